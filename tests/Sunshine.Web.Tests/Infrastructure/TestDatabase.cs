using Microsoft.Data.Sqlite;
using Sunshine.Web.Platform.Db;

namespace Sunshine.Web.Tests.Infrastructure;

public enum DbProvider
{
    Sqlite,
    Postgres,
}

/// <summary>An empty database of its own for one test class (or one test that needs several hosts on one database).</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract DbProvider Provider { get; }

    /// <summary>Value for the app's Database:Provider setting.</summary>
    public string ProviderSetting => Provider.ToString();

    public abstract string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(DbProvider provider)
    {
        TestDatabase db = provider switch
        {
            DbProvider.Sqlite => new SqliteTestDatabase(),
            DbProvider.Postgres => new PostgresTestDatabase(),
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };
        await db.InitializeAsync();
        return db;
    }

    protected abstract Task InitializeAsync();

    public abstract ValueTask DisposeAsync();
}

/// <summary>A SQLite file in a fresh temp folder.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sunshine-tests", Guid.NewGuid().ToString("N")[..12]);

    public override DbProvider Provider => DbProvider.Sqlite;

    public string FilePath => Path.Combine(_folder, "sunshine.db");

    public override string ConnectionString => $"Data Source={FilePath}";

    protected override Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        return Task.CompletedTask;
    }

    public override ValueTask DisposeAsync()
    {
        // The app pools connections under its own normalised connection string.
        SqliteConnection.ClearPool(new SqliteConnection(DbSetup.SqliteConnectionString(ConnectionString, _folder)));
        SqliteConnection.ClearPool(new SqliteConnection(ConnectionString));
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the temp folder is cleaned by the OS otherwise.
        }
        return ValueTask.CompletedTask;
    }
}

/// <summary>A database sunshine_&lt;random&gt; on the run's shared PostgreSQL server, dropped at the end.</summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private PostgresServer? _server;
    private string? _connectionString;

    public string Name { get; } = "sunshine_" + Guid.NewGuid().ToString("N")[..12];

    public override DbProvider Provider => DbProvider.Postgres;

    public override string ConnectionString => _connectionString ?? throw new InvalidOperationException("Database not created yet.");

    protected override async Task InitializeAsync()
    {
        _server = await PostgresServer.GetAsync();
        _connectionString = await _server.CreateDatabaseAsync(Name);
    }

    public override async ValueTask DisposeAsync()
    {
        if (_server is not null && _connectionString is not null)
        {
            await _server.DropDatabaseAsync(Name);
        }
    }
}
