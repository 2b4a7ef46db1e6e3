using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Sunshine.Domain.Calendar;
using Sunshine.Web.Platform.Db;
using Sunshine.Web.Platform.Identity;
using Sunshine.Web.Platform.Jobs;
using Sunshine.Web.Platform.Notifications;
using Sunshine.Web.Platform.Org;

namespace Sunshine.Web.Features.Requests;

/// <summary>Settings of the annual report (section "Reports").</summary>
public sealed class AnnualReportOptions
{
    public const string Section = "Reports";

    /// <summary>
    /// Code of the unit that prepares the government's overall report (usually 县政府办公室); its publishers and
    /// leaders get the March reminder besides the county unit's own. Empty: only the county unit's staff.
    /// </summary>
    public string? GovernmentOfficeUnitCode { get; set; }
}

/// <summary>
/// Due-date reminders (Art. 49): in January every department and township whose report on last year is not published
/// (due 31 January); in March the county, whose overall report is due 31 March. One reminder per agency and year —
/// the outbox reference <c>annual-report:{year}:{unitId}</c> is looked up first, so a second run queues nothing.
/// Sent to the unit's active publishers and leaders that have an e-mail address; with none, the reminder is only
/// recorded (visible at /admin/outbox).
/// </summary>
public sealed class AnnualReportReminderJob : IRecurringJob
{
    public string Name => "annual-report-reminder";

    public TimeSpan Interval => TimeSpan.FromHours(6);

    public static string ReferenceOf(int year, int unitId) => string.Create(CultureInfo.InvariantCulture, $"annual-report:{year}:{unitId}");

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
        => await QueueAsync(services, ct);

    /// <summary>Queues the reminders due today; returns how many agencies were reminded.</summary>
    public static async Task<int> QueueAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var db = services.GetRequiredService<SunshineDb>();
        var text = services.GetRequiredService<IStringLocalizer<RequestsReportsResource>>();
        var options = services.GetRequiredService<IOptions<AnnualReportOptions>>().Value;
        var today = ChinaTime.ToChinaDate(db.Time.GetUtcNow().UtcDateTime);
        var year = today.Year - 1;
        var government = today.Month == 3;
        if (today.Month != 1 && !government)
        {
            return 0;
        }

        var units = await db.OrgUnits.AsNoTracking()
            .Where(u => u.IsActive)
            .Where(u => government ? u.Kind == OrgUnitKind.County : u.Kind == OrgUnitKind.Bureau || u.Kind == OrgUnitKind.Township)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Id)
            .Select(u => new { u.Id, u.Code, u.Name, u.Path })
            .ToListAsync(ct);
        var published = await db.Set<AnnualReportText>().AsNoTracking()
            .Where(t => t.Year == year && t.PublishedUtc != null).Select(t => t.AgencyUnitId).ToListAsync(ct);
        var prefix = string.Create(CultureInfo.InvariantCulture, $"annual-report:{year}:");
        var reminded = (await db.Outbox.AsNoTracking()
            .Where(m => m.Reference != null && m.Reference.StartsWith(prefix)).Select(m => m.Reference!).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);

        int? officeId = null;
        if (government && !string.IsNullOrWhiteSpace(options.GovernmentOfficeUnitCode))
        {
            officeId = await db.OrgUnits.AsNoTracking().Where(u => u.Code == options.GovernmentOfficeUnitCode)
                .Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
        }

        var roleIds = await db.Roles.Where(r => r.Name == Roles.Publisher || r.Name == Roles.Leader).Select(r => r.Id).ToListAsync(ct);
        var count = 0;
        foreach (var unit in units)
        {
            var reference = ReferenceOf(year, unit.Id);
            if (published.Contains(unit.Id) || reminded.Contains(reference))
            {
                continue;
            }

            var recipientUnits = officeId is { } office ? new[] { unit.Id, office } : [unit.Id];
            var emails = await db.Users.AsNoTracking()
                .Where(u => u.IsActive && recipientUnits.Contains(u.OrgUnitId) && u.Email != null && u.Email != "")
                .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)))
                .OrderBy(u => u.UserName)
                .Select(u => u.Email!)
                .ToListAsync(ct);
            var deadline = government ? Domain.Requests.AnnualReport.GovernmentDeadline(year) : Domain.Requests.AnnualReport.DepartmentDeadline(year);
            var subject = text["Reminder.Subject", unit.Name, year].Value;
            var body = text["Reminder.Body", unit.Name, year, deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"/admin/reports/annual?year={year}&unit={unit.Id}")].Value;
            if (emails.Count == 0)
            {
                var m = db.Enqueue(OutboxChannel.Email, text["Reminder.NoAddress", unit.Name].Value, subject, body, reference);
                m.Status = OutboxStatus.Recorded;
                m.SentBy = "annual-report-reminder";
            }
            else
            {
                foreach (var email in emails.Distinct(StringComparer.OrdinalIgnoreCase))
                {
                    db.Enqueue(OutboxChannel.Email, email, subject, body, reference);
                }
            }

            await db.SaveChangesAsync(ct);
            count++;
        }

        return count;
    }
}
