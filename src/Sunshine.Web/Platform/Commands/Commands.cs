using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sunshine.Web.Platform.Audit;
using Sunshine.Web.Platform.Db;
using Sunshine.Web.Platform.Identity;
using Sunshine.Web.Platform.Org;

namespace Sunshine.Web.Platform.Commands;

/// <summary>
/// Operator commands: `dotnet run --project src/Sunshine.Web -- migrate | verify-audit | create-admin USER PASSWORD [UNIT-CODE]`.
/// They use the same configuration as the web host and exit with 0 on success.
/// </summary>
public static class CliCommands
{
    public static readonly string[] Names = ["migrate", "verify-audit", "create-admin"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Names.Contains(args[0]);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<SunshineDb>();
        using var actor = SystemActor.Use($"cli:{args[0]}");
        switch (args[0])
        {
            case "migrate":
                await DbSetup.MigrateAsync(db);
                Console.WriteLine("数据库已迁移到最新版本。");
                return 0;
            case "verify-audit":
                var result = await AuditVerifier.VerifyAsync(db);
                Console.WriteLine(result.Message);
                return result.Ok ? 0 : 2;
            case "create-admin":
                if (args.Length < 3)
                {
                    Console.Error.WriteLine("用法: create-admin <用户名> <密码> [单位代码]");
                    return 64;
                }
                await DbSetup.MigrateAsync(db);
                var (ok, message) = await Bootstrap.CreateAdminAsync(sp, args[1], args[2], args.Length > 3 ? args[3] : null);
                (ok ? Console.Out : Console.Error).WriteLine(message);
                return ok ? 0 : 1;
            default:
                return 64;
        }
    }
}

/// <summary>Start-up essentials that every deployment needs (roles, calendar defaults, a root unit, the first admin).</summary>
public static class Bootstrap
{
    public static async Task EnsureRolesAsync(IServiceProvider sp)
    {
        var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var r in Roles.All)
        {
            if (!await roles.RoleExistsAsync(r))
            {
                await roles.CreateAsync(new IdentityRole(r));
            }
        }
    }

    /// <summary>Ships the 2025 and 2026 arrangements on first start; administrators edit or import later years.</summary>
    public static async Task EnsureCalendarAsync(IServiceProvider sp)
    {
        var db = sp.GetRequiredService<SunshineDb>();
        var calendar = sp.GetRequiredService<Calendar.CalendarService>();
        foreach (var (year, source) in new[] { (2025, "国办发明电〔2024〕12号"), (2026, "国务院办公厅2025年11月4日通知") })
        {
            if (!await db.CalendarYears.AnyAsync(y => y.Year == year))
            {
                await calendar.ReplaceYearAsync(year, Sunshine.Domain.Calendar.ChinaHolidays.ForYear(year), source);
            }
        }
    }

    public static async Task<(bool Ok, string Message)> CreateAdminAsync(IServiceProvider sp, string userName, string password, string? unitCode)
    {
        var db = sp.GetRequiredService<SunshineDb>();
        var users = sp.GetRequiredService<UserManager<StaffUser>>();
        await EnsureRolesAsync(sp);
        // All or nothing: a refused password must not leave a root unit behind.
        await using var tx = await db.Database.BeginTransactionAsync();
        var unit = unitCode is null
            ? await db.OrgUnits.Where(u => u.ParentId == null).OrderBy(u => u.Id).FirstOrDefaultAsync()
            : await db.OrgUnits.SingleOrDefaultAsync(u => u.Code == unitCode);
        if (unit is null)
        {
            if (unitCode is not null)
            {
                return (false, $"找不到代码为“{unitCode}”的单位。");
            }
            var org = sp.GetRequiredService<OrgService>();
            unit = await org.CreateAsync(null, "000000", "本级人民政府", OrgUnitKind.County);
        }
        if (await users.FindByNameAsync(userName) is not null)
        {
            return (false, $"用户名“{userName}”已存在。");
        }
        var user = new StaffUser
        {
            UserName = userName,
            DisplayName = "系统管理员",
            OrgUnitId = unit.Id,
            OrgPath = unit.Path,
            CreatedUtc = db.Time.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return (false, "创建失败：" + string.Concat(created.Errors.Select(e => e.Description)));
        }
        await users.AddToRoleAsync(user, Roles.Admin);
        db.AddAuditEvent("roles-changed", nameof(StaffUser), user.Id, "{\"after\":[\"admin\"]}");
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        return (true, $"已创建系统管理员“{userName}”（单位：{unit.Name}）。");
    }
}
