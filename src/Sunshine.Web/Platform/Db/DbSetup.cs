using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Sunshine.Web.Platform.Identity;

namespace Sunshine.Web.Platform.Db;

public static class DbSetup
{
    /// <summary>Registers <see cref="SunshineDb"/> for the configured provider.</summary>
    public static IServiceCollection AddSunshineDb(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var options = config.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (options.IsPostgres)
        {
            var cs = options.ConnectionString
                ?? throw new InvalidOperationException("Database:Provider=Postgres 需要配置 Database:ConnectionString。");
            services.AddDbContext<SunshineDb, PostgresSunshineDb>(o => o.UseNpgsql(cs, n => n.MigrationsHistoryTable("__ef_migrations")));
        }
        else
        {
            var cs = SqliteConnectionString(options.ConnectionString, env.ContentRootPath);
            services.AddDbContext<SunshineDb, SqliteSunshineDb>(o => o.UseSqlite(cs, s => s.MigrationsHistoryTable("__ef_migrations")));
        }
        return services;
    }

    /// <summary>Default file ./data/sunshine.db (relative to the working directory), folder created on first run.</summary>
    public static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(configured ?? "Data Source=data/sunshine.db");
        if (!string.Equals(builder.DataSource, ":memory:", StringComparison.Ordinal) && builder.Mode != SqliteOpenMode.Memory)
        {
            var path = Path.IsPathRooted(builder.DataSource)
                ? builder.DataSource
                : Path.GetFullPath(builder.DataSource, Directory.GetCurrentDirectory());
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }
        builder.DefaultTimeout = builder.DefaultTimeout < 30 ? 30 : builder.DefaultTimeout;
        builder.Pooling = true;
        _ = contentRoot;
        return builder.ToString();
    }

    /// <summary>Applies pending migrations and, for SQLite, switches the file to WAL.</summary>
    public static async Task MigrateAsync(SunshineDb db, CancellationToken ct = default)
    {
        if (!db.IsPostgres)
        {
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
                await db.Database.MigrateAsync(ct);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        else
        {
            await db.Database.MigrateAsync(ct);
        }
    }
}
