#!/usr/bin/env bash
# Start-up time to first response and idle memory of Sunshine.Web (Release, SQLite, demo data).
# Usage: bash bench/startup.sh [runs]   — prints one line per run and a summary.
set -euo pipefail
runs=${1:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp -d)
dotnet publish "$root/src/Sunshine.Web" -c Release -o "$out/app" -p:UseAppHost=false >/dev/null
port=5199
for i in $(seq 1 "$runs"); do
  work=$(mktemp -d)
  for mode in cold warm; do
    if [ "$mode" = warm ]; then :; else rm -rf "$work/data"; fi
    start=$(date +%s%N)
    ( cd "$work" && ASPNETCORE_ENVIRONMENT=Development Jobs__Enabled=true Logging__LogLevel__Default=Warning \
        exec dotnet "$out/app/Sunshine.Web.dll" --urls "http://127.0.0.1:$port" >"$work/log-$mode.txt" 2>&1 ) &
    pid=$!
    until curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1; do sleep 0.02; done
    ready=$(( ($(date +%s%N) - start) / 1000000 ))
    curl -sf "http://127.0.0.1:$port/" >/dev/null
    sleep 10
    rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
    echo "run $i $mode: first response ${ready} ms, idle RSS ${rss} MiB"
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
done
rm -rf "$out"
