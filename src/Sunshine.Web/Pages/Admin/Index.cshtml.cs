using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sunshine.Domain.Calendar;
using Sunshine.Web.Platform.Calendar;
using Sunshine.Web.Platform.Db;
using Sunshine.Web.Platform.Identity;
using Sunshine.Web.Platform.Notifications;

namespace Sunshine.Web.Pages.Admin;

/// <summary>工作台: who I am, what my scope holds, the clocks that need attention.</summary>
public sealed class IndexModel(SunshineDb db) : PageModel
{
    public string UnitName { get; private set; } = "";
    public string ScopeName { get; private set; } = "";
    public IReadOnlyList<string> RoleNames { get; private set; } = [];
    public int UnitCount { get; private set; }
    public int StaffCount { get; private set; }
    public int OpenClocks { get; private set; }
    public int WarningClocks { get; private set; }
    public int OverdueClocks { get; private set; }
    public int PendingMessages { get; private set; }
    public IReadOnlyList<ClockRecord> Urgent { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var unitId = int.Parse(User.FindFirstValue(StaffClaims.UnitId) ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        var scope = User.FindFirstValue(StaffClaims.ScopePath) ?? "/";
        UnitName = await db.OrgUnits.Where(u => u.Id == unitId).Select(u => u.Name).SingleOrDefaultAsync() ?? "";
        var scopeId = scope.Trim('/').Split('/').LastOrDefault();
        ScopeName = int.TryParse(scopeId, out var sid)
            ? await db.OrgUnits.Where(u => u.Id == sid).Select(u => u.Name).SingleOrDefaultAsync() ?? ""
            : "";
        RoleNames = Roles.All.Where(User.IsInRole).ToList();
        UnitCount = await db.OrgUnits.CountAsync(u => u.IsActive);
        StaffCount = await db.Users.CountAsync(u => u.IsActive);
        OpenClocks = await db.Clocks.CountAsync(c => c.State != ClockState.Closed);
        WarningClocks = await db.Clocks.CountAsync(c => c.State != ClockState.Closed && c.Level == ClockLevel.Warning);
        OverdueClocks = await db.Clocks.CountAsync(c => c.State != ClockState.Closed && c.Level == ClockLevel.Overdue);
        PendingMessages = await db.Outbox.CountAsync(m => m.Status == OutboxStatus.Pending);
        Urgent = await db.Clocks.AsNoTracking()
            .Where(c => c.State != ClockState.Closed && c.Level != ClockLevel.Normal)
            .OrderByDescending(c => c.Level).ThenBy(c => c.DueDate)
            .Take(20).ToListAsync();
    }
}
