using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Sunshine.Web.Tests.Infrastructure;

/// <summary>
/// One throw-away PostgreSQL server per test run, started on first use (an assembly-level lazy singleton),
/// listening on 127.0.0.1 and a free port, data in a temp folder, fsync off.
/// Stopped when the test process exits; a detached watchdog stops it too if the test process is killed.
/// With SUNSHINE_TEST_PG set (a connection string to an existing server) that server is used instead.
/// </summary>
public sealed class PostgresServer
{
    public const string MissingMessage = "PostgreSQL 15 server not found: apt-get install postgresql-15";

    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartOrConnectAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    private PostgresServer(string adminConnectionString, string description)
    {
        AdminConnectionString = adminConnectionString;
        Description = description;
    }

    /// <summary>Connection string of a superuser on the maintenance database "postgres".</summary>
    public string AdminConnectionString { get; }

    public string Description { get; }

    public static Task<PostgresServer> GetAsync() => Shared.Value;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using (var conn = new NpgsqlConnection(AdminConnectionString))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    public async Task DropDatabaseAsync(string name)
    {
        using (var pooled = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }
        await using var conn = new NpgsqlConnection(AdminConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<PostgresServer> StartOrConnectAsync()
    {
        var external = Environment.GetEnvironmentVariable("SUNSHINE_TEST_PG");
        if (!string.IsNullOrWhiteSpace(external))
        {
            var cs = new NpgsqlConnectionStringBuilder(external);
            if (string.IsNullOrEmpty(cs.Database))
            {
                cs.Database = "postgres";
            }
            return new PostgresServer(cs.ConnectionString, $"external server {cs.Host}:{cs.Port} (SUNSHINE_TEST_PG)");
        }
        return await Task.Run(StartLocal);
    }

    /// <summary>PostgreSQL 15 preferred; a newer major version installed by a distribution's "postgresql" package is accepted.</summary>
    private static string FindBinaries()
    {
        var candidates = new List<string> { "/usr/lib/postgresql/15/bin" };
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(x => x.Version >= 15)
                .OrderByDescending(x => x.Version)
                .Select(x => x.Dir));
        }
        foreach (var dir in candidates)
        {
            if (File.Exists(Path.Combine(dir, "postgres")) && File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")))
            {
                return dir;
            }
        }
        throw new InvalidOperationException(MissingMessage);
    }

    private static PostgresServer StartLocal()
    {
        var bin = FindBinaries();
        // postgres refuses to run as root: run it as the "postgres" OS user when the tests run as root.
        var asRoot = Environment.UserName == "root";
        var root = Path.Combine(Path.GetTempPath(), $"sunshine-pg-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(root);
        var data = Path.Combine(root, "data");
        var log = Path.Combine(root, "postgres.log");
        if (asRoot)
        {
            Run("chown", ["postgres:postgres", root]);
        }

        Run(Tool(bin, "initdb", asRoot), Args(asRoot, bin, "initdb",
            ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync", "--no-instructions"]));

        Exception? last = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var port = FreePort();
            var options = string.Join(' ',
                "-c listen_addresses=127.0.0.1", $"-p {port}", $"-c unix_socket_directories={root}",
                "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off",
                "-c max_connections=300", "-c max_parallel_workers_per_gather=0");
            try
            {
                Run(Tool(bin, "pg_ctl", asRoot), Args(asRoot, bin, "pg_ctl", ["-D", data, "-l", log, "-w", "-t", "60", "-o", options, "start"]));
            }
            catch (InvalidOperationException e)
            {
                last = new InvalidOperationException(e.Message + "\n--- postgres.log ---\n" + Tail(log), e);
                continue;
            }

            var stop = string.Join(' ', (asRoot ? new[] { "runuser", "-u", "postgres", "--" } : [])
                .Concat([Path.Combine(bin, "pg_ctl"), "-D", data, "-m", "fast", "-w", "stop"]).Select(Quote));
            StartWatchdog(stop, root);
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                try
                {
                    RunShell($"{stop} >/dev/null 2>&1; rm -rf {Quote(root)}");
                }
                catch (Exception)
                {
                    // The watchdog stops it anyway.
                }
            };
            var cs = new NpgsqlConnectionStringBuilder
            {
                Host = "127.0.0.1",
                Port = port,
                Username = "postgres",
                Database = "postgres",
                Pooling = true,
                MaxPoolSize = 40,
                Timeout = 30,
            }.ConnectionString;
            return new PostgresServer(cs, $"local PostgreSQL from {bin} on 127.0.0.1:{port}, data in {root}");
        }
        throw last ?? new InvalidOperationException("PostgreSQL did not start.");
    }

    /// <summary>A detached shell that waits for this process to end, then stops the server and removes its files.</summary>
    private static void StartWatchdog(string stopCommand, string root)
    {
        var script = $"exec </dev/null >/dev/null 2>&1; while kill -0 {Environment.ProcessId}; do sleep 1; done; {stopCommand}; rm -rf {Quote(root)}";
        var psi = new ProcessStartInfo("setsid") { UseShellExecute = false, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add("bash");
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(script);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("Could not start the PostgreSQL watchdog.");
    }

    private static string Tool(string bin, string name, bool asRoot) => asRoot ? "runuser" : Path.Combine(bin, name);

    private static string[] Args(bool asRoot, string bin, string name, string[] args)
        => asRoot ? ["-u", "postgres", "--", Path.Combine(bin, name), .. args] : args;

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private static string Quote(string s) => "'" + s.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static void RunShell(string command) => Run("bash", ["-c", command]);

    private static void Run(string file, string[] args)
    {
        var psi = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"Could not start {file}.");
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            p.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} timed out.");
        }
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed with exit code {p.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
        }
    }

    private static string Tail(string file)
    {
        try
        {
            var lines = File.ReadAllLines(file);
            return string.Join('\n', lines.TakeLast(30));
        }
        catch (IOException)
        {
            return "(no log)";
        }
        catch (UnauthorizedAccessException)
        {
            return "(log not readable)";
        }
    }
}
