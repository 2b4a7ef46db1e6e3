using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Sunshine.Web.Platform.Commands;
using Sunshine.Web.Platform.Db;
using Sunshine.Web.Platform.Demo;
using Sunshine.Web.Platform.Identity;

namespace Sunshine.Web.Platform;

/// <summary>What happens once at start: migrate, roles, calendar defaults, first admin, demo data.</summary>
public static class StartupTasks
{
    public static async Task RunAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var log = sp.GetRequiredService<ILoggerFactory>().CreateLogger("Sunshine.Startup");
        var db = sp.GetRequiredService<SunshineDb>();
        using var actor = SystemActor.Use("startup");

        if (sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStart)
        {
            await DbSetup.MigrateAsync(db);
        }
        await Bootstrap.EnsureRolesAsync(sp);
        await Bootstrap.EnsureCalendarAsync(sp);

        var demo = sp.GetRequiredService<IOptions<DemoOptions>>().Value;
        if (demo.Enabled)
        {
            await DemoSeeder.SeedAsync(sp, demo.Password);
            await Features.Requests.RequestsDemoSeeder.SeedAsync(sp);
            log.LogWarning("演示模式 Demo mode: demo data loaded. Sign in at /admin/login with any of these users, password {Password}: {Users}",
                demo.Password, string.Join(", ", DemoSeeder.Users.Select(u => $"{u.UserName} ({u.Name}, {string.Join('/', u.Roles)})")));
        }

        var boot = sp.GetRequiredService<IOptions<BootstrapAdminOptions>>().Value;
        if (!string.IsNullOrWhiteSpace(boot.UserName) && !string.IsNullOrWhiteSpace(boot.Password))
        {
            var users = sp.GetRequiredService<UserManager<StaffUser>>();
            if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count == 0)
            {
                var (ok, message) = await Bootstrap.CreateAdminAsync(sp, boot.UserName, boot.Password, null);
                if (ok)
                {
                    log.LogInformation("{Message}", message);
                }
                else
                {
                    log.LogError("{Message}", message);
                }
            }
        }
    }
}
