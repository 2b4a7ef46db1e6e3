using Sunshine.Web.Platform.Identity;

namespace Sunshine.Web.Features.Requests;

/// <summary>Who works on annual reports.</summary>
public static class ReportRoles
{
    /// <summary>May open, edit and export reports of units in their scope.</summary>
    public const string Staff = Roles.Admin + "," + Roles.Leader + "," + Roles.Reviewer + "," + Roles.Publisher;

    /// <summary>May publish a report that passes the check.</summary>
    public static readonly IReadOnlyList<string> Publishers = [Roles.Admin, Roles.Leader, Roles.Publisher];
}
