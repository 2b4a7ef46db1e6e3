using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Sunshine.Web.Platform.Identity;

namespace Sunshine.Web.Platform.Db;

/// <summary>SQLite flavour; its migrations live in Platform/Db/Migrations/Sqlite.</summary>
public sealed class SqliteSunshineDb(DbContextOptions<SqliteSunshineDb> options, IRequestContext? context = null, TimeProvider? time = null)
    : SunshineDb(options, context, time);

/// <summary>PostgreSQL flavour; its migrations live in Platform/Db/Migrations/Postgres.</summary>
public sealed class PostgresSunshineDb(DbContextOptions<PostgresSunshineDb> options, IRequestContext? context = null, TimeProvider? time = null)
    : SunshineDb(options, context, time);

/// <summary>Used by `dotnet ef migrations add` only.</summary>
public sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteSunshineDb>
{
    public SqliteSunshineDb CreateDbContext(string[] args)
        => new(new DbContextOptionsBuilder<SqliteSunshineDb>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Used by `dotnet ef migrations add` only.</summary>
public sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresSunshineDb>
{
    public PostgresSunshineDb CreateDbContext(string[] args)
        => new(new DbContextOptionsBuilder<PostgresSunshineDb>().UseNpgsql("Host=localhost;Database=design").Options);
}
