using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sunshine.Web.Platform.Db;

namespace Sunshine.Web.Pages.Admin.Users;

public sealed class IndexModel(SunshineDb db) : PageModel
{
    public sealed record Row(string Id, string UserName, string DisplayName, string Unit, string? Badge, bool Active, bool Locked, IReadOnlyList<string> Roles, DateTime? LastLogin);

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var now = db.Time.GetUtcNow();
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            query = query.Where(u => u.UserName!.Contains(q) || u.DisplayName.Contains(q) || u.OrgUnit!.Name.Contains(q));
        }
        var users = await query.OrderBy(u => u.OrgPath).ThenBy(u => u.UserName)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, Unit = u.OrgUnit!.Name, u.BadgeNumber, u.IsActive, u.LockoutEnd, u.LastLoginUtc })
            .Take(500).ToListAsync();
        var ids = users.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync();
        Rows = users.Select(u => new Row(u.Id, u.UserName ?? "", u.DisplayName, u.Unit, u.BadgeNumber, u.IsActive,
                u.LockoutEnd is { } end && end > now,
                roles.Where(r => r.UserId == u.Id).Select(r => r.Name ?? "").ToList(), u.LastLoginUtc))
            .ToList();
    }
}
