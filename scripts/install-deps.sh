#!/usr/bin/env bash
# Installs what a bare Debian machine lacks to test Sunshine (the .NET SDK itself comes with the machine image):
# PostgreSQL server binaries (the HTTP tests start their own throw-away server), Chromium and CJK fonts
# (browser tests). Each piece is checked first, so this is quick when everything is present.
# Needs root (or sudo) only when something is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
fi

missing=()
have_pkg() { dpkg -s "$1" >/dev/null 2>&1; }

command -v chromium >/dev/null 2>&1 || missing+=(chromium)
have_pkg fonts-noto-cjk || missing+=(fonts-noto-cjk)
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    missing+=(POSTGRES)
fi

if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    $SUDO apt-get update -q
    packages=()
    for p in "${missing[@]}"; do
        if [ "$p" = POSTGRES ]; then
            # PostgreSQL 15 where the distribution has it (Debian 12); otherwise the distribution's default version.
            if apt-cache show postgresql-15 >/dev/null 2>&1; then packages+=(postgresql-15); else packages+=(postgresql); fi
        else
            packages+=("$p")
        fi
    done
    $SUDO apt-get install -y -q --no-install-recommends "${packages[@]}"
fi

if ! command -v dotnet >/dev/null 2>&1; then
    echo "The .NET 10 SDK (see global.json) is required and is part of this machine image; install it first." >&2
    exit 1
fi
