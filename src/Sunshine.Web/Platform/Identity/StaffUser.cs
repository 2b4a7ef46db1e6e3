using Microsoft.AspNetCore.Identity;
using Sunshine.Web.Platform.Org;

namespace Sunshine.Web.Platform.Identity;

/// <summary>工作人员账号. Belongs to exactly one unit of the organisation tree.</summary>
public sealed class StaffUser : IdentityUser, IAudited, IOrgScoped
{
    /// <summary>姓名</summary>
    public string DisplayName { get; set; } = "";

    public int OrgUnitId { get; set; }

    public OrgUnit? OrgUnit { get; set; }

    /// <summary>Copy of the unit's path, so scoping is one prefix match.</summary>
    public string OrgPath { get; set; } = "/";

    /// <summary>工号 / badge number (seed 000: staff wear numbered badges).</summary>
    public string? BadgeNumber { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTime CreatedUtc { get; set; }

    public DateTime? LastLoginUtc { get; set; }

    public bool MustChangePassword { get; set; }
}

/// <summary>Role names. Stored in Identity's role table; UI labels come from resources.</summary>
public static class Roles
{
    /// <summary>系统管理员</summary>
    public const string Admin = "admin";
    /// <summary>信息发布员</summary>
    public const string Publisher = "publisher";
    /// <summary>审核员(含保密审查)</summary>
    public const string Reviewer = "reviewer";
    /// <summary>派单员/分办员</summary>
    public const string Dispatcher = "dispatcher";
    /// <summary>承办人</summary>
    public const string Handler = "handler";
    /// <summary>电子监察员</summary>
    public const string Supervision = "supervision";
    /// <summary>纪检监察员 — the only role that may see sealed whistleblower identities.</summary>
    public const string Discipline = "discipline";
    /// <summary>行风监督员 (read-only)</summary>
    public const string ConductSupervisor = "conduct";
    /// <summary>分管领导</summary>
    public const string Leader = "leader";

    public static readonly IReadOnlyList<string> All =
        [Admin, Publisher, Reviewer, Dispatcher, Handler, Supervision, Discipline, ConductSupervisor, Leader];
}

/// <summary>Claim types the platform adds to the staff principal.</summary>
public static class StaffClaims
{
    public const string DisplayName = "sunshine:name";
    public const string UnitId = "sunshine:unit";
    public const string UnitPath = "sunshine:unit_path";
    public const string ScopePath = "sunshine:scope_path";
    /// <summary>Present when the scope is the whole county (the root of the tree).</summary>
    public const string CountyWide = "sunshine:county_wide";
    /// <summary>Present when an administrator set the password: the user must choose their own before working.</summary>
    public const string MustChangePassword = "sunshine:must_change_password";
}
