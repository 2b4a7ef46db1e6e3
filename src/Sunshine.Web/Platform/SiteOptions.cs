using System.ComponentModel.DataAnnotations;

namespace Sunshine.Web.Platform;

/// <summary>Portal identity: site name, region and public contact points (all regional, so configuration).</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>站点名称, e.g. 示范县阳光政务平台.</summary>
    [Required] public string Name { get; set; } = "示范县阳光政务平台";

    /// <summary>Region name shown in the header and footer, e.g. 示范县.</summary>
    [Required] public string Region { get; set; } = "示范县";

    /// <summary>主办单位 shown in the footer.</summary>
    public string Organizer { get; set; } = "示范县人民政府办公室";

    public string Address { get; set; } = "示范县人民路1号";

    public string PostCode { get; set; } = "000000";

    public string OfficeHours { get; set; } = "工作日 上午8:30–12:00，下午14:30–17:30";

    public string Email { get; set; } = "zwgk@example.gov.cn";

    public string Fax { get; set; } = "0000-1234567";

    /// <summary>Public hotlines shown in the footer (name + number). 12345 is the national government service hotline.</summary>
    public List<HotlineOption> Hotlines { get; set; } = [];

    /// <summary>ICP licence / record numbers for the footer, if any.</summary>
    public string? Icp { get; set; }
}

public sealed class HotlineOption
{
    [Required] public string Name { get; set; } = "";
    [Required] public string Number { get; set; } = "";

    /// <summary>What the line is for; decides where the portal lists it.</summary>
    public HotlinePurpose Purpose { get; set; } = HotlinePurpose.Other;
}

public enum HotlinePurpose
{
    /// <summary>政务服务便民热线 (12345): consultation, help, complaints, suggestions.</summary>
    Service = 0,
    /// <summary>政务公开咨询</summary>
    Disclosure = 1,
    /// <summary>监督举报</summary>
    Supervision = 2,
    Other = 3,
}

/// <summary>Database selection. SQLite is the default and needs nothing installed.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>"Sqlite" (default) or "Postgres".</summary>
    [Required] public string Provider { get; set; } = "Sqlite";

    /// <summary>Connection string. For SQLite defaults to Data Source=./data/sunshine.db.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply migrations at start-up (default true).</summary>
    public bool MigrateOnStart { get; set; } = true;

    public bool IsPostgres => string.Equals(Provider, "Postgres", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Provider, "PostgreSQL", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Demo mode seeds a fictional county and prints demo credentials. Never on in production.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";
    public bool Enabled { get; set; }
    public string Password { get; set; } = "Demo@2026!";
}

/// <summary>First administrator created at start when no administrator exists (production path; never hard-coded).</summary>
public sealed class BootstrapAdminOptions
{
    public const string Section = "BootstrapAdmin";
    public string? UserName { get; set; }
    public string? Password { get; set; }
}
