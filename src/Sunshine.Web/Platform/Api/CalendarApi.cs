using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Sunshine.Domain;
using Sunshine.Domain.Calendar;
using Sunshine.Web.Platform.Calendar;

namespace Sunshine.Web.Platform.Api;

public sealed record CalendarDayDto(string Date, string Kind, string Name);

public sealed record DueDateResponse(
    string Received,
    int WorkingDays,
    string Due,
    IReadOnlyList<CalendarDayDto> HolidaysCrossed,
    IReadOnlyList<CalendarDayDto> MakeUpDaysCrossed,
    IReadOnlyList<string> PausedWorkingDays,
    string Rule);

public sealed record CalendarYearResponse(int Year, IReadOnlyList<CalendarDayDto> Days);

/// <summary>Public calendar API: the deadline calculator and the holiday arrangement per year.</summary>
public static class CalendarApi
{
    public const string Rule = "收到申请之日为第0日，自次日起按工作日计算；暂停期间（A..B，即A日之后至B日）的工作日不计入。";

    public static void MapCalendarApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/calendar").WithTags("Calendar");
        g.MapGet("/due", GetDueAsync).WithName("CalendarDue")
            .WithSummary("期限计算器：按工作日计算答复期限")
            .WithDescription("received=YYYY-MM-DD（收到日，第0日）；workingDays=工作日数；pause=A..B 可重复，表示A日结束时暂停、B日结束时恢复，A < d ≤ B 的工作日不计入。");
        g.MapGet("/{year:int}", GetYearAsync).WithName("CalendarYear").WithSummary("某年度的节假日与调休上班日");
    }

    private static CalendarDayDto Dto(CalendarDay d)
        => new(d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Kind == CalendarDayKind.Holiday ? "holiday" : "workday", d.Name);

    public static async Task<Results<Ok<DueDateResponse>, ProblemHttpResult>> GetDueAsync(
        [FromQuery] string? received, [FromQuery] int? workingDays, [FromQuery] string[]? pause, CalendarService calendars, CancellationToken ct)
    {
        var (ok, parsed, error) = ParseDueQuery(received, workingDays, pause);
        if (!ok)
        {
            return TypedResults.Problem(title: error, statusCode: StatusCodes.Status400BadRequest);
        }
        var calendar = await calendars.GetAsync(ct);
        try
        {
            var r = DeadlineCalculator.Compute(calendar, parsed.Received, parsed.WorkingDays, parsed.Pauses);
            return TypedResults.Ok(ToResponse(r));
        }
        catch (DomainException e)
        {
            var status = e is CalendarYearNotLoadedException ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status400BadRequest;
            return TypedResults.Problem(title: e.Message, statusCode: status, extensions: new Dictionary<string, object?> { ["code"] = e.Code });
        }
    }

    public static DueDateResponse ToResponse(DeadlineResult r) => new(
        r.Received.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        r.WorkingDays,
        r.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        r.HolidaysCrossed.Select(Dto).ToList(),
        r.MakeUpDaysCrossed.Select(Dto).ToList(),
        r.PausedWorkingDays.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList(),
        Rule);

    public sealed record DueQuery(DateOnly Received, int WorkingDays, IReadOnlyList<DeadlinePause> Pauses);

    /// <summary>Shared by the API and the page: parses and checks the inputs, with Chinese messages.</summary>
    public static (bool Ok, DueQuery Query, string? Error) ParseDueQuery(string? received, int? workingDays, IEnumerable<string>? pauses)
    {
        var empty = new DueQuery(default, 0, []);
        if (!DateOnly.TryParseExact(received, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var r))
        {
            return (false, empty, "请填写收到申请的日期，格式为 YYYY-MM-DD，例如 2026-01-30。");
        }
        if (r.Year is < 2000 or > 2100)
        {
            return (false, empty, "收到申请的日期须在2000年至2100年之间。");
        }
        if (workingDays is not { } n || n < 1 || n > 3650)
        {
            return (false, empty, "工作日数须为 1 至 3650 之间的整数。");
        }
        var list = new List<DeadlinePause>();
        foreach (var p in pauses ?? [])
        {
            if (string.IsNullOrWhiteSpace(p))
            {
                continue;
            }
            var parts = p.Split("..", StringSplitOptions.TrimEntries);
            if (parts.Length != 2
                || !DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var a)
                || !DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var b))
            {
                return (false, empty, $"暂停区间“{p}”格式不正确，应为 YYYY-MM-DD..YYYY-MM-DD。");
            }
            if (a.Year is < 2000 or > 2100 || b.Year is < 2000 or > 2100)
            {
                return (false, empty, $"暂停区间“{p}”的日期须在2000年至2100年之间。");
            }
            list.Add(new DeadlinePause(a, b));
        }
        return (true, new DueQuery(r, n, list), null);
    }

    public static async Task<Results<Ok<CalendarYearResponse>, NotFound<ProblemDetails>>> GetYearAsync(int year, CalendarService calendars, CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(ct);
        if (!calendar.LoadedYears.Contains(year))
        {
            return TypedResults.NotFound(new ProblemDetails { Title = $"尚未载入{year}年的节假日安排。", Status = 404 });
        }
        return TypedResults.Ok(new CalendarYearResponse(year, calendar.Days.Where(d => d.Date.Year == year).Select(Dto).ToList()));
    }
}
