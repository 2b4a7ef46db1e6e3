using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sunshine.Domain;
using Sunshine.Domain.Calendar;
using Sunshine.Web.Platform.Api;
using Sunshine.Web.Platform.Calendar;

namespace Sunshine.Web.Pages.Tools;

/// <summary>
/// 期限计算器: the public face of <see cref="DeadlineCalculator"/>. A GET form, so it works without JavaScript
/// and a result can be bookmarked; parsing and counting are the API's (<see cref="CalendarApi.ParseDueQuery"/>).
/// </summary>
public sealed class DeadlineModel(CalendarService calendars, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int PauseRows = 3;
    public const int DefaultWorkingDays = 20;

    /// <summary>A syntactically valid stand-in used to check one field at a time with the shared parser.</summary>
    private const string ProbeDate = "2000-01-01";

    public sealed class PauseRow
    {
        public string? From { get; set; }
        public string? To { get; set; }
        public string? Error { get; set; }
        public bool IsEmpty => string.IsNullOrWhiteSpace(From) && string.IsNullOrWhiteSpace(To);
    }

    /// <summary>Consecutive holiday days with one name, e.g. 春节 2月15日至2月23日.</summary>
    public sealed record HolidaySpan(string Name, DateOnly From, DateOnly To, int Days);

    public string? Received { get; private set; }
    public string? WorkingDays { get; private set; }
    public IReadOnlyList<PauseRow> Pauses { get; } = [.. Enumerable.Range(0, PauseRows).Select(_ => new PauseRow())];

    public string? ReceivedError { get; private set; }
    public string? WorkingDaysError { get; private set; }
    /// <summary>A problem with the pauses taken together (e.g. a pause starting before the receipt date).</summary>
    public string? PausesError { get; private set; }
    /// <summary>The calendar cannot answer (year not loaded) or another rule was broken.</summary>
    public string? CalculationError { get; private set; }

    public bool Submitted { get; private set; }
    public bool HasFieldErrors => ReceivedError is not null || WorkingDaysError is not null || PausesError is not null || Pauses.Any(p => p.Error is not null);

    public DeadlineResult? Result { get; private set; }
    public string? Sentence { get; private set; }
    public IReadOnlyList<HolidaySpan> Holidays { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = Request.Query;
        Submitted = query.ContainsKey("received");
        Received = query["received"].ToString().Trim();
        WorkingDays = query.ContainsKey("workingDays") ? query["workingDays"].ToString().Trim() : DefaultWorkingDays.ToString(CultureInfo.InvariantCulture);
        ReadPauses(query);
        if (!Submitted)
        {
            return;
        }

        int? workingDays = int.TryParse(WorkingDays, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        ReceivedError = CalendarApi.ParseDueQuery(Received, DefaultWorkingDays, null).Error;
        WorkingDaysError = CalendarApi.ParseDueQuery(ProbeDate, workingDays, null).Error;
        foreach (var row in Pauses.Where(p => !p.IsEmpty))
        {
            row.Error = string.IsNullOrWhiteSpace(row.From) || string.IsNullOrWhiteSpace(row.To)
                ? l["Deadline.Error.PauseIncomplete"]
                : CalendarApi.ParseDueQuery(ProbeDate, DefaultWorkingDays, [Joined(row)]).Error;
        }
        if (HasFieldErrors)
        {
            return;
        }

        var (ok, parsed, error) = CalendarApi.ParseDueQuery(Received, workingDays, Pauses.Where(p => !p.IsEmpty).Select(Joined));
        if (!ok)
        {
            CalculationError = error;
            return;
        }
        var calendar = await calendars.GetAsync(ct);
        try
        {
            Result = DeadlineCalculator.Compute(calendar, parsed.Received, parsed.WorkingDays, parsed.Pauses);
        }
        catch (CalendarYearNotLoadedException e)
        {
            CalculationError = e.Message;
            return;
        }
        catch (DomainException e) when (e.Code.StartsWith("deadline.invalid-pause", StringComparison.Ordinal))
        {
            PausesError = e.Message;
            return;
        }
        catch (DomainException e)
        {
            CalculationError = e.Message;
            return;
        }
        Sentence = Describe(Result, parsed.Pauses);
        Holidays = Group(Result.HolidaysCrossed);
    }

    private void ReadPauses(IQueryCollection query)
    {
        for (var i = 0; i < PauseRows; i++)
        {
            Pauses[i].From = query[$"pauseFrom{i + 1}"].ToString().Trim();
            Pauses[i].To = query[$"pauseTo{i + 1}"].ToString().Trim();
        }
        // The API's form (pause=A..B, repeatable) fills the rows too, so an API address opens here unchanged.
        var free = Pauses.Where(p => p.IsEmpty).ToList();
        var given = query["pause"].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToList();
        for (var i = 0; i < Math.Min(free.Count, given.Count); i++)
        {
            var parts = given[i].Split("..", 2, StringSplitOptions.TrimEntries);
            free[i].From = parts[0];
            free[i].To = parts.Length > 1 ? parts[1] : "";
        }
    }

    private static string Joined(PauseRow row) => $"{row.From}..{row.To}";

    private string Describe(DeadlineResult r, IEnumerable<DeadlinePause> pauses)
    {
        var paused = pauses
            .Where(p => p.To > p.From)
            // A..B stops the clock at the end of day A and restarts it at the end of day B: days A+1..B are paused.
            .Select(p => Portal.DateRange(p.From.AddDays(1), p.To, l))
            .ToList();
        var pausePart = paused.Count == 0 ? "" : l["Deadline.Sentence.Pause", string.Join(l["Format.ListSeparator"], paused)].Value;
        return l["Deadline.Sentence", Portal.Date(r.Received, l), r.WorkingDays, pausePart, Portal.Date(r.Due, l), Portal.Weekday(r.Due)];
    }

    private static List<HolidaySpan> Group(IReadOnlyList<CalendarDay> days)
    {
        var spans = new List<HolidaySpan>();
        foreach (var d in days)
        {
            if (spans.Count > 0 && spans[^1].Name == d.Name && spans[^1].To.AddDays(1) == d.Date)
            {
                spans[^1] = spans[^1] with { To = d.Date, Days = spans[^1].Days + 1 };
            }
            else
            {
                spans.Add(new HolidaySpan(d.Name, d.Date, d.Date, 1));
            }
        }
        return spans;
    }
}
