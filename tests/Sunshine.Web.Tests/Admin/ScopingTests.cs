using System.Net;
using Microsoft.EntityFrameworkCore;
using Sunshine.Web.Tests.Infrastructure;

namespace Sunshine.Web.Tests.Admin;

/// <summary>
/// Data scoping is one global query filter: a township administrator (cg.admin, 城关镇) sees the 城关镇 subtree only,
/// the county administrator sees everything. Records outside one's scope do not exist for that person (404).
/// </summary>
public abstract class ScopingTests(AppFixture fixture)
{
    private SunshineFactory App => fixture.App;

    private Task<string> UserIdAsync(string userName)
        => App.WithDbAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    private Task<int> UnitIdAsync(string code)
        => App.WithDbAsync(db => db.OrgUnits.IgnoreQueryFilters().Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    [Fact]
    public async Task Township_admin_gets_404_for_a_user_of_another_township_while_the_county_admin_opens_it()
    {
        var otherTownship = await UserIdAsync("dh.clerk");
        var ownTownship = await UserIdAsync("cg.clerk");
        var township = await App.LoginAsAsync("cg.admin");
        var county = await App.LoginAsAsync("admin");

        await Http.ExpectAsync(await township.GetAsync($"/admin/users/edit/{otherTownship}"), HttpStatusCode.NotFound, App);
        await Http.ExpectOkAsync(await township.GetAsync($"/admin/users/edit/{ownTownship}"), App, "陈小燕");
        await Http.ExpectOkAsync(await county.GetAsync($"/admin/users/edit/{otherTownship}"), App, "杨春梅");
    }

    [Fact]
    public async Task Township_admin_gets_404_for_a_unit_of_another_township_while_the_county_admin_opens_it()
    {
        var dongHe = await UnitIdAsync("SFX-DH");
        var ownVillage = await UnitIdAsync("SFX-CG-03");
        var township = await App.LoginAsAsync("cg.admin");
        var county = await App.LoginAsAsync("admin");

        await Http.ExpectAsync(await township.GetAsync($"/admin/units/edit/{dongHe}"), HttpStatusCode.NotFound, App);
        await Http.ExpectOkAsync(await township.GetAsync($"/admin/units/edit/{ownVillage}"), App, "南关村");
        await Http.ExpectOkAsync(await county.GetAsync($"/admin/units/edit/{dongHe}"), App, "东河乡");
    }

    [Fact]
    public async Task Township_admin_lists_only_the_staff_and_units_of_the_own_township()
    {
        var township = await App.LoginAsAsync("cg.admin");
        var county = await App.LoginAsAsync("admin");

        var users = await Http.ExpectOkAsync(await township.GetAsync("/admin/users"), App, "陈小燕", "刘德明");
        Assert.DoesNotContain("杨春梅", users, StringComparison.Ordinal);
        Assert.DoesNotContain("dh.clerk", users, StringComparison.Ordinal);
        await Http.ExpectOkAsync(await county.GetAsync("/admin/users"), App, "陈小燕", "杨春梅", "黄海波");

        var units = await Http.ExpectOkAsync(await township.GetAsync("/admin/units"), App, "城关镇", "南关村第一村民小组");
        Assert.DoesNotContain("东河乡", units, StringComparison.Ordinal);
        Assert.DoesNotContain("柳树湾村", units, StringComparison.Ordinal);
        await Http.ExpectOkAsync(await county.GetAsync("/admin/units"), App, "示范县", "城关镇", "东河乡", "柳树湾村", "西山镇");
    }
}

public sealed class ScopingTests_Sqlite(SqliteApp fixture) : ScopingTests(fixture), IClassFixture<SqliteApp>;

public sealed class ScopingTests_Postgres(PostgresApp fixture) : ScopingTests(fixture), IClassFixture<PostgresApp>;
