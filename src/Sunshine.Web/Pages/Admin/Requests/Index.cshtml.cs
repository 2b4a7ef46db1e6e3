using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sunshine.Domain.Calendar;
using Sunshine.Domain.Requests;
using Sunshine.Web.Features.Requests;
using Sunshine.Web.Platform.Calendar;
using Sunshine.Web.Platform.Db;

namespace Sunshine.Web.Pages.Admin.Requests;

/// <summary>依申请公开办理: the applications in the staff member's scope, with due dates and warning levels.</summary>
[Authorize(Roles = WorkflowRoles.HandlingRoles)]
public sealed class IndexModel(SunshineDb db, CalendarService calendars, IOptions<ClockOptions> clockOptions) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(long Id, string TrackingNumber, string Applicant, string Agency, DateOnly ReceivedOn, RequestStatus Status,
        DateOnly? DueOn, int? Remaining, ClockLevel? Level, bool Suspended, bool Closed);

    [BindProperty(SupportsGet = true)] public RequestStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public int? Agency { get; set; }
    /// <summary>"overdue" or "warning".</summary>
    [BindProperty(SupportsGet = true)] public string? Level { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Agencies { get; private set; } = [];
    public int Total { get; private set; }
    public int OpenCount { get; private set; }
    public int WarningCount { get; private set; }
    public int OverdueCount { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var requests = db.Set<DisclosureRequest>().AsNoTracking();
        var withClock = from r in requests
                        join c in db.Clocks.AsNoTracking() on r.ClockId equals c.Id into cs
                        from c in cs.DefaultIfEmpty()
                        select new { r, c };

        var open = withClock.Where(x => x.c != null && x.c.State != ClockState.Closed);
        OpenCount = await open.CountAsync(ct);
        WarningCount = await open.CountAsync(x => x.c!.Level == ClockLevel.Warning, ct);
        OverdueCount = await open.CountAsync(x => x.c!.Level == ClockLevel.Overdue, ct);

        var agencyIds = await requests.Select(r => r.AgencyUnitId).Distinct().ToListAsync(ct);
        Agencies = (await db.OrgUnits.IgnoreQueryFilters().AsNoTracking().Where(u => agencyIds.Contains(u.Id))
                .OrderBy(u => u.Path).Select(u => new { u.Id, u.Name }).ToListAsync(ct))
            .Select(u => (u.Id, u.Name)).ToList();

        var q = withClock;
        if (Status is { } s)
        {
            q = q.Where(x => x.r.Status == s);
        }
        if (Agency is { } a)
        {
            q = q.Where(x => x.r.AgencyUnitId == a);
        }
        if (Level == "overdue")
        {
            q = q.Where(x => x.c != null && x.c.State != ClockState.Closed && x.c.Level == ClockLevel.Overdue);
        }
        else if (Level == "warning")
        {
            q = q.Where(x => x.c != null && x.c.State != ClockState.Closed && x.c.Level == ClockLevel.Warning);
        }
        else
        {
            Level = null;
        }
        Q = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();
        if (Q is not null)
        {
            var number = Q.ToUpperInvariant();
            q = q.Where(x => x.r.TrackingNumber.Contains(number));
        }
        Total = await q.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, 100_000);
        // Open cases first, nearest deadline first; finished cases after them, newest first.
        var page = await q
            .OrderBy(x => x.c == null || x.c.State == ClockState.Closed ? 1 : 0)
            .ThenBy(x => x.c != null ? x.c.DueDate : null)
            .ThenByDescending(x => x.r.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(x => new { x.r.Id, x.r.TrackingNumber, x.r.ApplicantName, x.r.AgencyUnitId, x.r.ReceivedOn, x.r.Status, Clock = x.c })
            .ToListAsync(ct);
        var names = await db.OrgUnits.IgnoreQueryFilters().AsNoTracking()
            .Where(u => page.Select(p => p.AgencyUnitId).Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var calendar = await calendars.GetAsync(ct);
        var now = db.Time.GetUtcNow().UtcDateTime;
        Rows = page.Select(p =>
        {
            DateOnly? due = p.Clock?.DueDate;
            int? remaining = null;
            var closed = p.Clock is null || p.Clock.State == ClockState.Closed;
            var suspended = p.Clock?.State == ClockState.Suspended;
            if (p.Clock is { } c && !closed && c.EvaluationError is null)
            {
                try
                {
                    var st = ClockService.ToClock(c).Evaluate(calendar, now, clockOptions.Value.ToSettings());
                    due = st.DueDate;
                    remaining = st.Remaining;
                }
                catch (CalendarYearNotLoadedException)
                {
                    // Shown without the remaining days; e-supervision reports the missing year.
                }
            }
            return new Row(p.Id, p.TrackingNumber, p.ApplicantName, names.GetValueOrDefault(p.AgencyUnitId, ""), p.ReceivedOn, p.Status,
                closed ? null : due, remaining, closed ? null : p.Clock?.Level, suspended, closed);
        }).ToList();
    }

    public string PageUrl(int page)
        => QueryString.Create(new Dictionary<string, string?>
        {
            ["status"] = Status?.ToString(),
            ["agency"] = Agency?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["level"] = Level,
            ["q"] = Q,
            ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(kv => kv.Value is not null)).ToString();
}
