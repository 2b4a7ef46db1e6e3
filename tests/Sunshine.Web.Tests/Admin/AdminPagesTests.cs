using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sunshine.Web.Platform.Jobs;
using Sunshine.Web.Platform.Notifications;
using Sunshine.Web.Tests.Infrastructure;

namespace Sunshine.Web.Tests.Admin;

/// <summary>The administrator's pages open and show the demo county's data.</summary>
public abstract class AdminPagesTests(AppFixture fixture)
{
    private SunshineFactory App => fixture.App;

    [Theory]
    [InlineData("/admin", "系统管理员")]
    [InlineData("/admin/users", "cg.admin")]
    [InlineData("/admin/units", "南关村第二村民小组")]
    [InlineData("/admin/outbox", "平台发出的所有通知都先写入发件箱")]
    public async Task County_admin_opens_the_back_office_page(string url, string shows)
    {
        var admin = await App.LoginAsAsync("admin");

        await Http.ExpectOkAsync(await admin.GetAsync(url), App, shows);
    }

    [Fact]
    public async Task Audit_page_filtered_by_action_lists_the_admins_own_sign_in()
    {
        var admin = await App.LoginAsAsync("admin");
        var entry = await App.WithDbAsync(async db =>
        {
            var id = await db.Users.Where(u => u.UserName == "admin").Select(u => u.Id).SingleAsync();
            return await db.AuditEntries.AsNoTracking().Where(a => a.Action == "login" && a.EntityId == id).OrderByDescending(a => a.Seq).FirstAsync();
        });

        var html = await Http.ExpectOkAsync(await admin.GetAsync("/admin/audit?action=login"), App, entry.EntityId, entry.Hash[..12]);
        Assert.DoesNotContain("title=\"insert\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queued_message_is_handled_by_the_outbox_job_and_listed_in_the_outbox()
    {
        var subject = "测试通知 " + Guid.NewGuid().ToString("N")[..6];
        var id = await App.WithDbAsync(async db =>
        {
            var m = db.Enqueue(OutboxChannel.Sms, "13800000000", subject, "您的申请已受理。", "test:outbox");
            await db.SaveChangesAsync();
            return m.Id;
        });

        var ran = await App.WithServicesAsync(async sp =>
        {
            var job = sp.GetServices<IRecurringJob>().OfType<OutboxSendJob>().Single();
            await sp.GetRequiredService<JobLeaseStore>().EnsureAsync(job.Name, CancellationToken.None);
            return await sp.GetRequiredService<JobRunner>().RunOnceAsync(job, CancellationToken.None);
        });

        Assert.True(ran, "the outbox job did not get its lease");
        var sent = await App.WithDbAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.Equal(OutboxStatus.Recorded, sent.Status);
        Assert.Equal(nameof(RecordingSender), sent.SentBy);
        Assert.Equal(1, sent.Attempts);

        var admin = await App.LoginAsAsync("admin");
        await Http.ExpectOkAsync(await admin.GetAsync("/admin/outbox"), App, subject);
    }
}

public sealed class AdminPagesTests_Sqlite(SqliteApp fixture) : AdminPagesTests(fixture), IClassFixture<SqliteApp>;

public sealed class AdminPagesTests_Postgres(PostgresApp fixture) : AdminPagesTests(fixture), IClassFixture<PostgresApp>;
