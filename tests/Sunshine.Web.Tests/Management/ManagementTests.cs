using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sunshine.Domain.Calendar;
using Sunshine.Web.Platform.Calendar;
using Sunshine.Web.Platform.Identity;
using Sunshine.Web.Tests.Infrastructure;

namespace Sunshine.Web.Tests.Management;

/// <summary>
/// The back office's write paths through the real forms: users, units and the calendar. Bad input shows a Chinese
/// message and changes nothing; a calendar change recomputes the open clocks at once.
/// </summary>
public abstract class ManagementTests(AppFixture fixture)
{
    private SunshineFactory App => fixture.App;

    private async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formUrl, string postUrl, Dictionary<string, string> fields)
    {
        var token = await App.GetAntiforgeryTokenAsync(client, formUrl);
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(postUrl, content);
    }

    private Task<int> UnitIdAsync(string code)
        => App.WithDbAsync(db => db.OrgUnits.IgnoreQueryFilters().Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    [Fact]
    public async Task County_admin_creates_a_staff_account_who_can_then_sign_in_and_the_creation_is_audited()
    {
        var admin = await App.LoginAsAsync("admin");
        var unit = await UnitIdAsync("SFX-MZJ");
        var response = await PostFormAsync(admin, "/admin/users/edit", "/admin/users/edit", new()
        {
            ["Input.UserName"] = "mz.new",
            ["Input.DisplayName"] = "许文静",
            ["Input.OrgUnitId"] = unit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Roles"] = Roles.Handler,
            ["Input.Active"] = "true",
            ["Input.Password"] = "firstpass2026",
        });
        var location = await RedirectUnderAsync(response, "/admin/users/edit/");
        var id = location.AbsolutePath.Split('/').Last();

        await Http.ExpectOkAsync(await admin.GetAsync(location), App, "许文静", "账号已创建");
        var inserted = await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "insert" && a.EntityType == "StaffUser" && a.EntityId == id));
        Assert.True(inserted, "the new account must be in the audit log");
        var passwordInLog = await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.After!.Contains("AQAAAA")));
        Assert.False(passwordInLog, "password hashes must never be copied into the audit log");

        // The administrator chose that password, so the new user must replace it before doing anything else.
        var user = await App.LoginAsAsync("mz.new", "firstpass2026");
        await Http.ExpectRedirectAsync(await user.GetAsync("/admin"), "/admin/account/password", App);
        var same = await PostFormAsync(user, "/admin/account/password", "/admin/account/password", new()
        {
            ["Input.Current"] = "firstpass2026",
            ["Input.New"] = "firstpass2026",
            ["Input.Confirm"] = "firstpass2026",
        });
        await Http.ExpectOkAsync(same, App, "新密码不能与原密码相同");
        var changed = await PostFormAsync(user, "/admin/account/password", "/admin/account/password", new()
        {
            ["Input.Current"] = "firstpass2026",
            ["Input.New"] = "mychoice2026x",
            ["Input.Confirm"] = "mychoice2026x",
        });
        await Http.ExpectOkAsync(changed, App, "密码已修改");
        await Http.ExpectOkAsync(await user.GetAsync("/admin"), App, "工作台");
    }

    [Fact]
    public async Task A_weak_password_or_missing_role_is_refused_in_Chinese_and_no_account_is_created()
    {
        var admin = await App.LoginAsAsync("admin");
        var unit = await UnitIdAsync("SFX-MZJ");
        var weak = await PostFormAsync(admin, "/admin/users/edit", "/admin/users/edit", new()
        {
            ["Input.UserName"] = "weak.user",
            ["Input.DisplayName"] = "弱密码",
            ["Input.OrgUnitId"] = unit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Roles"] = Roles.Handler,
            ["Input.Password"] = "short",
        });
        await Http.ExpectOkAsync(weak, App, "密码至少需要 10 位");

        var noRole = await PostFormAsync(admin, "/admin/users/edit", "/admin/users/edit", new()
        {
            ["Input.UserName"] = "norole.user",
            ["Input.DisplayName"] = "无角色",
            ["Input.OrgUnitId"] = unit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Password"] = "goodpassword2026",
        });
        await Http.ExpectOkAsync(noRole, App, "请至少选择一个角色");

        var created = await App.WithDbAsync(db => db.Users.IgnoreQueryFilters().CountAsync(u => u.UserName == "weak.user" || u.UserName == "norole.user"));
        Assert.Equal(0, created);
    }

    [Fact]
    public async Task Township_admin_cannot_grant_the_discipline_inspector_role_nor_place_staff_in_another_township()
    {
        var township = await App.LoginAsAsync("cg.admin");
        var own = await UnitIdAsync("SFX-CG-ZF");
        var other = await UnitIdAsync("SFX-DH-ZF");

        var discipline = await PostFormAsync(township, "/admin/users/edit", "/admin/users/edit", new()
        {
            ["Input.UserName"] = "cg.inspector",
            ["Input.DisplayName"] = "越权",
            ["Input.OrgUnitId"] = own.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Roles"] = Roles.Discipline,
            ["Input.Password"] = "goodpassword2026",
        });
        await Http.ExpectOkAsync(discipline, App, "纪检监察员角色只能由县级系统管理员授予");

        var elsewhere = await PostFormAsync(township, "/admin/users/edit", "/admin/users/edit", new()
        {
            ["Input.UserName"] = "cg.elsewhere",
            ["Input.DisplayName"] = "越界",
            ["Input.OrgUnitId"] = other.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Roles"] = Roles.Handler,
            ["Input.Password"] = "goodpassword2026",
        });
        await Http.ExpectOkAsync(elsewhere, App, "请选择所属单位");

        var created = await App.WithDbAsync(db => db.Users.IgnoreQueryFilters().CountAsync(u => u.UserName == "cg.inspector" || u.UserName == "cg.elsewhere"));
        Assert.Equal(0, created);
    }

    [Fact]
    public async Task Admin_adds_a_village_under_a_township_and_a_duplicate_code_is_refused()
    {
        var admin = await App.LoginAsAsync("admin");
        var township = await UnitIdAsync("SFX-XS");
        var form = $"/admin/units/edit?parent={township}";
        var response = await PostFormAsync(admin, form, form, new()
        {
            ["Input.Name"] = "红旗村",
            ["Input.Code"] = "SFX-XS-05",
            ["Input.Kind"] = "Village",
            ["Input.SortOrder"] = "50",
            ["Parent"] = township.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await RedirectUnderAsync(response, "/admin/units/edit/");
        var (path, scope) = await App.WithDbAsync(async db =>
        {
            var u = await db.OrgUnits.IgnoreQueryFilters().SingleAsync(x => x.Code == "SFX-XS-05");
            var t = await db.OrgUnits.IgnoreQueryFilters().SingleAsync(x => x.Id == township);
            return (u.Path.StartsWith(t.Path, StringComparison.Ordinal) ? "under" : u.Path, u.ScopePath == t.Path ? "township" : u.ScopePath);
        });
        Assert.Equal(("under", "township"), (path, scope));

        var duplicate = await PostFormAsync(admin, form, form, new()
        {
            ["Input.Name"] = "重复村",
            ["Input.Code"] = "SFX-XS-05",
            ["Input.Kind"] = "Village",
            ["Parent"] = township.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await Http.ExpectOkAsync(duplicate, App, "单位代码“SFX-XS-05”已被其他单位使用");

        var wrongKind = await PostFormAsync(admin, form, form, new()
        {
            ["Input.Name"] = "县直局",
            ["Input.Code"] = "SFX-XS-99",
            ["Input.Kind"] = "Bureau",
            ["Parent"] = township.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await Http.ExpectOkAsync(wrongKind, App, "上级单位下不能设立该类型的单位");
        var count = await App.WithDbAsync(db => db.OrgUnits.IgnoreQueryFilters().CountAsync(u => u.Name == "重复村" || u.Code == "SFX-XS-99"));
        Assert.Equal(0, count);
    }

    [Fact]
    public async Task Declaring_an_extra_holiday_moves_the_due_date_of_an_open_clock_at_once()
    {
        // Received Friday 2026-03-06 (day 0), 5 working days: 3/9 3/10 3/11 3/12 3/13 -> due 2026-03-13.
        var ownerId = "T-" + Guid.NewGuid().ToString("N")[..8];
        var received = ChinaTime.StartOfChinaDayUtc(new DateOnly(2026, 3, 6)).AddHours(2);
        await App.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<Sunshine.Web.Platform.Db.SunshineDb>();
            var clocks = sp.GetRequiredService<ClockService>();
            var unit = await db.OrgUnits.IgnoreQueryFilters().SingleAsync(u => u.Code == "SFX-MZJ");
            await clocks.StartAsync("test-case", ownerId, "测试事项", unit.Id, unit.Path, received, BudgetUnit.WorkingDays, 5);
            await db.SaveChangesAsync();
        });
        Assert.Equal(new DateOnly(2026, 3, 13), await DueAsync(ownerId));

        // A holiday on Wednesday 2026-03-11 pushes it to Monday 2026-03-16.
        var admin = await App.LoginAsAsync("admin");
        var response = await PostFormAsync(admin, "/admin/calendar?year=2026", "/admin/calendar?handler=SetDay", new()
        {
            ["Day.Date"] = "2026-03-11",
            ["Day.Kind"] = "Holiday",
            ["Day.Name"] = "测试假日",
        });
        await Http.ExpectRedirectAsync(response, "/admin/calendar", App);
        Assert.Equal(new DateOnly(2026, 3, 16), await DueAsync(ownerId));
        var api = await Http.ExpectOkAsync(await App.CreateBrowser().GetAsync("/api/v1/calendar/due?received=2026-03-06&workingDays=5"), App);
        Assert.Contains("\"due\":\"2026-03-16\"", api, StringComparison.Ordinal);

        // Removing it again restores the original due date.
        var removed = await PostFormAsync(admin, "/admin/calendar?year=2026", "/admin/calendar?handler=RemoveDay&date=2026-03-11", []);
        await Http.ExpectRedirectAsync(removed, "/admin/calendar", App);
        Assert.Equal(new DateOnly(2026, 3, 13), await DueAsync(ownerId));
    }

    [Fact]
    public async Task A_calendar_import_with_bad_lines_lists_every_bad_line_and_changes_nothing()
    {
        var admin = await App.LoginAsAsync("admin");
        var before = await App.WithDbAsync(db => db.CalendarDays.CountAsync(d => d.Year == 2026));
        var response = await PostFormAsync(admin, "/admin/calendar?year=2026", "/admin/calendar?handler=Import", new()
        {
            ["Import.Year"] = "2026",
            ["Import.Text"] = "2026-01-01,holiday,元旦\n2026-13-01,holiday,坏日期\n2026-03-04,workday,周三不能调休\n",
        });
        var html = await Http.ExpectOkAsync(response, App, "第2行", "第3行");
        Assert.DoesNotContain("第1行", html, StringComparison.Ordinal);
        Assert.Equal(before, await App.WithDbAsync(db => db.CalendarDays.CountAsync(d => d.Year == 2026)));
    }

    [Fact]
    public async Task Importing_next_year_makes_its_dates_computable()
    {
        var anonymous = App.CreateBrowser();
        await Http.ExpectAsync(await anonymous.GetAsync("/api/v1/calendar/due?received=2031-12-20&workingDays=10"), HttpStatusCode.UnprocessableEntity, App, "尚未载入2031年的节假日安排");

        var admin = await App.LoginAsAsync("admin");
        foreach (var (year, text) in new[] { (2031, "2031-12-31,holiday,测试\n"), (2032, "2032-01-01,holiday,元旦\n") })
        {
            var response = await PostFormAsync(admin, "/admin/calendar", "/admin/calendar?handler=Import", new()
            {
                ["Import.Year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Import.Source"] = "测试通知",
                ["Import.Text"] = text,
            });
            await Http.ExpectRedirectAsync(response, "/admin/calendar", App);
        }
        // 2031-12-20 is a Saturday. Working days: 12/22..12/26 (5), 12/29, 12/30 (7), 12/31 off, 2032-01-01 off,
        // 1/2 Fri (8), 1/5 (9), 1/6 (10).
        var json = await Http.ExpectOkAsync(await anonymous.GetAsync("/api/v1/calendar/due?received=2031-12-20&workingDays=10"), App);
        Assert.Contains("\"due\":\"2032-01-06\"", json, StringComparison.Ordinal);
    }

    /// <summary>Expects a 302 whose target lies under the given path (e.g. the page of a record just created).</summary>
    private async Task<Uri> RedirectUnderAsync(HttpResponseMessage response, string prefix)
    {
        if (response.StatusCode != HttpStatusCode.Found || response.Headers.Location is not { } location
            || !Http.Absolute(location).AbsolutePath.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw Http.Fail(response, await Http.ReadAsync(response), App, $"expected a redirect under {prefix}");
        }
        return Http.Absolute(location);
    }

    private Task<DateOnly?> DueAsync(string ownerId)
        => App.WithDbAsync(db => db.Clocks.IgnoreQueryFilters().Where(c => c.OwnerId == ownerId).Select(c => c.DueDate).SingleAsync());
}

public sealed class ManagementTests_Sqlite(SqliteApp fixture) : ManagementTests(fixture), IClassFixture<SqliteApp>;

public sealed class ManagementTests_Postgres(PostgresApp fixture) : ManagementTests(fixture), IClassFixture<PostgresApp>;
