using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sunshine.Web.Platform.Db;
using Sunshine.Web.Platform.Identity;
using Sunshine.Web.Platform.Org;

namespace Sunshine.Web.Platform.Demo;

/// <summary>
/// A believable fictional county (示范县) for demos and manual testing. Deterministic and idempotent:
/// rows are found by their codes / user names, so running it again adds nothing.
/// Modules add their own demo records in their own seeders after this one.
/// </summary>
public static class DemoSeeder
{
    public sealed record DemoUser(string UserName, string Name, string UnitCode, string[] Roles, string Badge);

    private static readonly (string Code, string Name, OrgUnitKind Kind, string? Parent, string? Phone)[] Units =
    [
        ("SFX", "示范县", OrgUnitKind.County, null, "0000-12345"),
        ("SFX-ZFB", "示范县人民政府办公室", OrgUnitKind.Bureau, "SFX", "0000-6210001"),
        ("SFX-WJJ", "示范县卫生健康局", OrgUnitKind.Bureau, "SFX", "0000-6210002"),
        ("SFX-MZJ", "示范县民政局", OrgUnitKind.Bureau, "SFX", "0000-6210003"),
        ("SFX-CZJ", "示范县财政局", OrgUnitKind.Bureau, "SFX", "0000-6210004"),
        ("SFX-SCJ", "示范县市场监督管理局", OrgUnitKind.Bureau, "SFX", "0000-6210005"),
        ("SFX-RSJ", "示范县人力资源和社会保障局", OrgUnitKind.Bureau, "SFX", "0000-6210006"),
        ("SFX-JW", "示范县纪委监委", OrgUnitKind.Bureau, "SFX", "0000-6210007"),
        ("SFX-ZWFW", "示范县政务服务中心", OrgUnitKind.ServiceCentre, "SFX", "0000-6210008"),
        ("SFX-ZWFW-W01", "综合受理窗口", OrgUnitKind.Window, "SFX-ZWFW", null),
        ("SFX-ZWFW-W02", "卫生健康窗口", OrgUnitKind.Window, "SFX-ZWFW", null),
        ("SFX-ZWFW-W03", "民政窗口", OrgUnitKind.Window, "SFX-ZWFW", null),
        ("SFX-ZWFW-W04", "效能监察窗口", OrgUnitKind.Window, "SFX-ZWFW", null),
        ("SFX-CG", "城关镇", OrgUnitKind.Township, "SFX", "0000-6220001"),
        ("SFX-CG-ZF", "城关镇人民政府党政办", OrgUnitKind.TownshipOffice, "SFX-CG", "0000-6220002"),
        ("SFX-CG-BM", "城关镇便民服务中心", OrgUnitKind.ServiceCentre, "SFX-CG", "0000-6220003"),
        ("SFX-CG-01", "东街社区", OrgUnitKind.Village, "SFX-CG", null),
        ("SFX-CG-02", "西街社区", OrgUnitKind.Village, "SFX-CG", null),
        ("SFX-CG-03", "南关村", OrgUnitKind.Village, "SFX-CG", null),
        ("SFX-CG-03-01", "南关村第一村民小组", OrgUnitKind.Group, "SFX-CG-03", null),
        ("SFX-CG-03-02", "南关村第二村民小组", OrgUnitKind.Group, "SFX-CG-03", null),
        ("SFX-DH", "东河乡", OrgUnitKind.Township, "SFX", "0000-6230001"),
        ("SFX-DH-ZF", "东河乡人民政府党政办", OrgUnitKind.TownshipOffice, "SFX-DH", "0000-6230002"),
        ("SFX-DH-01", "河口村", OrgUnitKind.Village, "SFX-DH", null),
        ("SFX-DH-02", "柳树湾村", OrgUnitKind.Village, "SFX-DH", null),
        ("SFX-DH-03", "杏花村", OrgUnitKind.Village, "SFX-DH", null),
        ("SFX-DH-01-01", "河口村第一村民小组", OrgUnitKind.Group, "SFX-DH-01", null),
        ("SFX-XS", "西山镇", OrgUnitKind.Township, "SFX", "0000-6240001"),
        ("SFX-XS-ZF", "西山镇人民政府党政办", OrgUnitKind.TownshipOffice, "SFX-XS", "0000-6240002"),
        ("SFX-XS-01", "石桥村", OrgUnitKind.Village, "SFX-XS", null),
        ("SFX-XS-02", "枣园村", OrgUnitKind.Village, "SFX-XS", null),
        ("SFX-XS-03", "青松村", OrgUnitKind.Village, "SFX-XS", null),
        ("SFX-XS-04", "白沙社区", OrgUnitKind.Village, "SFX-XS", null),
    ];

    public static readonly DemoUser[] Users =
    [
        new("admin", "系统管理员", "SFX-ZFB", [Roles.Admin], "SFX0001"),
        new("publisher", "林晓雯", "SFX-ZFB", [Roles.Publisher], "SFX0101"),
        new("reviewer", "周建国", "SFX-ZFB", [Roles.Reviewer], "SFX0102"),
        new("leader", "郑怀远", "SFX-ZFB", [Roles.Leader], "SFX0103"),
        new("dispatcher", "何静", "SFX-ZWFW", [Roles.Dispatcher], "SFX0201"),
        new("handler", "马志强", "SFX-MZJ", [Roles.Handler], "SFX0301"),
        new("mz.head", "谢文华", "SFX-MZJ", [Roles.Reviewer], "SFX0302"),
        new("health.handler", "赵丽华", "SFX-WJJ", [Roles.Handler, Roles.Publisher], "SFX0401"),
        new("wjj.head", "彭立新", "SFX-WJJ", [Roles.Reviewer], "SFX0402"),
        new("window.clerk", "孙悦", "SFX-ZWFW-W01", [Roles.Handler], "SFX0202"),
        new("supervision", "钱立群", "SFX-ZWFW-W04", [Roles.Supervision], "SFX0203"),
        new("discipline", "吴正清", "SFX-JW", [Roles.Discipline], "SFX0501"),
        new("conduct", "冯秀兰", "SFX", [Roles.ConductSupervisor], "SFX0601"),
        new("cg.clerk", "陈小燕", "SFX-CG-ZF", [Roles.Handler, Roles.Publisher], "CG0101"),
        new("cg.head", "刘德明", "SFX-CG-ZF", [Roles.Reviewer, Roles.Leader], "CG0102"),
        new("cg.admin", "王建华", "SFX-CG-ZF", [Roles.Admin], "CG0103"),
        new("dh.clerk", "杨春梅", "SFX-DH-ZF", [Roles.Handler, Roles.Publisher], "DH0101"),
        new("xs.clerk", "黄海波", "SFX-XS-ZF", [Roles.Handler, Roles.Publisher], "XS0101"),
    ];

    public static async Task SeedAsync(IServiceProvider sp, string password, CancellationToken ct = default)
    {
        var db = sp.GetRequiredService<SunshineDb>();
        var org = sp.GetRequiredService<OrgService>();
        var users = sp.GetRequiredService<UserManager<StaffUser>>();

        var byCode = await db.OrgUnits.IgnoreQueryFilters().ToDictionaryAsync(u => u.Code, ct);
        var order = 0;
        foreach (var (code, name, kind, parent, phone) in Units)
        {
            order++;
            if (byCode.ContainsKey(code))
            {
                continue;
            }
            var parentId = parent is null ? (int?)null : byCode[parent].Id;
            byCode[code] = await org.CreateAsync(parentId, code, name, kind, order, phone, null, ct);
        }

        foreach (var u in Users)
        {
            if (await users.FindByNameAsync(u.UserName) is not null)
            {
                continue;
            }
            var unit = byCode[u.UnitCode];
            var user = new StaffUser
            {
                UserName = u.UserName,
                DisplayName = u.Name,
                OrgUnitId = unit.Id,
                OrgPath = unit.Path,
                BadgeNumber = u.Badge,
                CreatedUtc = db.Time.GetUtcNow().UtcDateTime,
            };
            var result = await users.CreateAsync(user, password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("Demo user " + u.UserName + ": " + string.Join("; ", result.Errors.Select(e => e.Description)));
            }
            await users.AddToRolesAsync(user, u.Roles);
            db.AddAuditEvent("roles-changed", nameof(StaffUser), user.Id, System.Text.Json.JsonSerializer.Serialize(new { after = u.Roles }));
            await db.SaveChangesAsync(ct);
        }
    }
}
