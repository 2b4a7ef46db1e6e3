using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sunshine.Web.Features.Requests;
using Sunshine.Web.Platform.Db;
using Sunshine.Web.Platform.Identity;
using Sunshine.Web.Platform.Jobs;
using Sunshine.Web.Platform.Notifications;
using Sunshine.Web.Tests.Infrastructure;

namespace Sunshine.Web.Tests.Requests.Reports;

/// <summary>The app on a database of its own with a clock the test moves (15 January 2026, 10:00 China time, at start).</summary>
public abstract class ClockedApp(DbProvider provider) : AppFixture(provider, new DateTimeOffset(2026, 1, 15, 2, 0, 0, TimeSpan.Zero))
{
    public FakeTimeProvider Clock => FakeTime!;
}

public sealed class ClockedSqliteApp() : ClockedApp(DbProvider.Sqlite);

public sealed class ClockedPostgresApp() : ClockedApp(DbProvider.Postgres);

/// <summary>
/// Due-date reminders (Art. 49): in January every department and township whose 2025 report is not published gets one
/// reminder (31 January), in March the county (31 March); a second run queues nothing.
/// </summary>
public abstract class ReportReminderTests(ClockedApp fixture)
{
    private SunshineFactory App => fixture.App;

    private Task RunJobAsync() => App.WithServicesAsync(sp =>
        sp.GetServices<IRecurringJob>().OfType<AnnualReportReminderJob>().Single().RunAsync(sp, CancellationToken.None));

    private Task<List<OutboxMessage>> RemindersAsync() => App.WithDbAsync(db =>
        db.Outbox.Where(m => m.Reference != null && m.Reference.StartsWith("annual-report:2025:")).OrderBy(m => m.Id).ToListAsync());

    [Fact]
    public async Task January_reminds_each_department_and_township_once_March_the_county_once_and_published_reports_are_skipped()
    {
        var units = await App.WithDbAsync(db => db.OrgUnits.ToDictionaryAsync(u => u.Code, u => u.Id));
        await App.WithServicesAsync(async sp =>
        {
            // 卫健局's publisher has an e-mail address; 民政局 has already published its 2025 report.
            var users = sp.GetRequiredService<UserManager<StaffUser>>();
            var publisher = await users.FindByNameAsync("health.handler");
            publisher!.Email = "wjj.publisher@example.gov.cn";
            await users.UpdateAsync(publisher);
            var db = sp.GetRequiredService<SunshineDb>();
            db.Add(new AnnualReportText
            {
                Year = 2025,
                AgencyUnitId = units["SFX-MZJ"],
                OrgPath = "/",
                Overview = "已发布",
                PublishedUtc = new DateTime(2026, 1, 10, 2, 0, 0, DateTimeKind.Utc),
                UpdatedUtc = new DateTime(2026, 1, 10, 2, 0, 0, DateTimeKind.Utc),
            });
            await db.SaveChangesAsync();
        });

        // 15 January 2026: the seven county departments and three townships, less 民政局 (published) = 9.
        fixture.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 15, 2, 0, 0, TimeSpan.Zero));
        await RunJobAsync();
        var january = await RemindersAsync();
        string[] expected = ["SFX-ZFB", "SFX-WJJ", "SFX-CZJ", "SFX-SCJ", "SFX-RSJ", "SFX-JW", "SFX-CG", "SFX-DH", "SFX-XS"];
        Assert.Equal(
            expected.Select(c => $"annual-report:2025:{units[c]}").Order(StringComparer.Ordinal),
            january.Select(m => m.Reference!).Order(StringComparer.Ordinal));

        var health = january.Single(m => m.Reference == $"annual-report:2025:{units["SFX-WJJ"]}");
        Assert.Equal("wjj.publisher@example.gov.cn", health.To);
        Assert.Equal(OutboxStatus.Pending, health.Status);
        Assert.Contains("示范县卫生健康局2025年政府信息公开工作年度报告尚未发布", health.Subject, StringComparison.Ordinal);
        Assert.Contains("2026-01-31", health.Body, StringComparison.Ordinal);
        Assert.Contains($"/admin/reports/annual?year=2025&unit={units["SFX-WJJ"]}", health.Body, StringComparison.Ordinal);
        // Nobody with an address at 财政局: recorded only, visible at /admin/outbox.
        var finance = january.Single(m => m.Reference == $"annual-report:2025:{units["SFX-CZJ"]}");
        Assert.Equal(OutboxStatus.Recorded, finance.Status);
        Assert.Contains("示范县财政局", finance.To, StringComparison.Ordinal);

        // Same day again, and later in January: nothing new.
        await RunJobAsync();
        fixture.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 28, 2, 0, 0, TimeSpan.Zero));
        await RunJobAsync();
        Assert.Equal(january.Count, (await RemindersAsync()).Count);

        // February: no reminders are due.
        fixture.Clock.SetUtcNow(new DateTimeOffset(2026, 2, 10, 2, 0, 0, TimeSpan.Zero));
        await RunJobAsync();
        Assert.Equal(january.Count, (await RemindersAsync()).Count);

        // March: the government's overall report, once.
        fixture.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 5, 2, 0, 0, TimeSpan.Zero));
        await RunJobAsync();
        await RunJobAsync();
        var march = (await RemindersAsync()).Skip(january.Count).ToList();
        var county = Assert.Single(march);
        Assert.Equal($"annual-report:2025:{units["SFX"]}", county.Reference);
        Assert.Contains("2026-03-31", county.Body, StringComparison.Ordinal);
    }
}

public sealed class ReportReminderTests_Sqlite(ClockedSqliteApp fixture) : ReportReminderTests(fixture), IClassFixture<ClockedSqliteApp>;

public sealed class ReportReminderTests_Postgres(ClockedPostgresApp fixture) : ReportReminderTests(fixture), IClassFixture<ClockedPostgresApp>;
