using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sunshine.Web.Platform.Db;
using Sunshine.Web.Platform.Org;

namespace Sunshine.Web.Pages.Admin.Units;

/// <summary>组织机构: the part of the tree inside the admin's scope.</summary>
public sealed class IndexModel(SunshineDb db) : PageModel
{
    public sealed record Node(OrgUnit Unit, int StaffCount, List<Node> Children);

    public IReadOnlyList<Node> Roots { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var units = await db.OrgUnits.AsNoTracking().OrderBy(u => u.SortOrder).ThenBy(u => u.Id).ToListAsync();
        var staff = await db.Users.GroupBy(u => u.OrgUnitId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
        var nodes = units.ToDictionary(u => u.Id, u => new Node(u, staff.GetValueOrDefault(u.Id), []));
        var roots = new List<Node>();
        foreach (var n in nodes.Values.OrderBy(n => n.Unit.SortOrder).ThenBy(n => n.Unit.Id))
        {
            if (n.Unit.ParentId is { } p && nodes.TryGetValue(p, out var parent))
            {
                parent.Children.Add(n);
            }
            else
            {
                roots.Add(n);
            }
        }
        Roots = roots;
    }
}
