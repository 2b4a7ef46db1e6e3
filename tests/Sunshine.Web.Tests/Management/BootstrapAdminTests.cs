using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sunshine.Web.Platform.Commands;
using Sunshine.Web.Platform.Identity;
using Sunshine.Web.Tests.Infrastructure;

namespace Sunshine.Web.Tests.Management;

/// <summary>
/// Production path: no demo data, no hard-coded account. The first administrator comes from configuration
/// (BootstrapAdmin:*) or from the create-admin command; a refused password leaves nothing behind.
/// </summary>
public sealed class BootstrapAdminTests : IAsyncLifetime
{
    private ProductionFactory? _app;

    private sealed class ProductionFactory(TestDatabase db) : SunshineFactory(db)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.UseSetting("Demo:Enabled", "false");
            builder.UseSetting("BootstrapAdmin:UserName", "county.admin");
            builder.UseSetting("BootstrapAdmin:Password", "bootstrap2026pw");
        }
    }

    public async Task InitializeAsync()
    {
        _app = new ProductionFactory(await TestDatabase.CreateAsync(DbProvider.Sqlite));
        _ = _app.Server;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
            await _app.Database.DisposeAsync();
        }
    }

    [Fact]
    public async Task Without_demo_data_only_the_configured_administrator_exists_and_can_sign_in()
    {
        var app = _app!;
        var users = await app.WithDbAsync(db => db.Users.IgnoreQueryFilters().Select(u => u.UserName).ToListAsync());
        Assert.Equal(["county.admin"], users);
        var admin = await app.LoginAsAsync("county.admin", "bootstrap2026pw");
        await Http.ExpectOkAsync(await admin.GetAsync("/admin/users"), app, "county.admin");
    }

    [Fact]
    public async Task Create_admin_with_a_weak_password_is_refused_and_changes_nothing()
    {
        var app = _app!;
        var before = await app.WithDbAsync(db => db.OrgUnits.IgnoreQueryFilters().CountAsync());
        var (ok, message) = await app.WithServicesAsync(sp => Bootstrap.CreateAdminAsync(sp, "second.admin", "weak", "NO-SUCH-UNIT"));
        Assert.False(ok);
        Assert.Contains("找不到代码为“NO-SUCH-UNIT”的单位", message, StringComparison.Ordinal);

        var (ok2, message2) = await app.WithServicesAsync(sp => Bootstrap.CreateAdminAsync(sp, "second.admin", "weak", null));
        Assert.False(ok2);
        Assert.Contains("密码至少需要 10 位", message2, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.OrgUnits.IgnoreQueryFilters().CountAsync()));
        var exists = await app.WithServicesAsync(async sp => await sp.GetRequiredService<UserManager<StaffUser>>().FindByNameAsync("second.admin") is not null);
        Assert.False(exists);
    }
}
