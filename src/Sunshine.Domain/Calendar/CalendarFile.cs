using System.Globalization;
using System.Text;

namespace Sunshine.Domain.Calendar;

/// <summary>One bad line of a calendar import file.</summary>
/// <param name="LineNumber">1-based line number in the file.</param>
/// <param name="Message">What is wrong, in Chinese.</param>
public sealed record CalendarFileError(int LineNumber, string Message);

/// <summary>A calendar import file was rejected; <see cref="Errors"/> lists every bad line.</summary>
public sealed class CalendarFileException : DomainException
{
    public const string ErrorCode = "calendar.file-invalid";

    public CalendarFileException(int year, IReadOnlyList<CalendarFileError> errors)
        : base(ErrorCode, BuildMessage(year, errors))
    {
        Year = year;
        Errors = errors;
    }

    public int Year { get; }

    public IReadOnlyList<CalendarFileError> Errors { get; }

    private static string BuildMessage(int year, IReadOnlyList<CalendarFileError> errors)
    {
        var text = new StringBuilder($"{year}年工作日历文件有 {errors.Count} 处错误，未导入任何数据：");
        foreach (var error in errors)
        {
            text.Append('\n');
            text.Append(error.LineNumber > 0 ? $"第{error.LineNumber}行：{error.Message}" : error.Message);
        }

        return text.ToString();
    }
}

/// <summary>
/// The per-year calendar import file. One line per special day:
/// <c>YYYY-MM-DD,holiday|workday,Name</c> (e.g. <c>2026-02-15,holiday,春节</c>,
/// <c>2026-02-14,workday,春节调休上班</c>). Blank lines and lines starting with <c>#</c>
/// are ignored; the kind is case-insensitive; the name is everything after the second comma.
/// </summary>
/// <remarks>
/// Rules: every date lies in the given year; no date appears twice (so a day cannot be both
/// a holiday and a make-up day); a make-up working day is a Saturday or Sunday; a holiday may
/// fall on any day, because the official off ranges include weekend days; a name is required
/// (at most 50 characters); a file without any day is rejected (a year always has holidays,
/// an empty file is almost certainly the wrong file). The file is all or nothing: every bad
/// line is reported at once with its line number.
/// </remarks>
public static class CalendarFile
{
    public const string HolidayToken = "holiday";
    public const string WorkdayToken = "workday";

    /// <summary>Parses the file of one year; throws <see cref="CalendarFileException"/> listing every bad line.</summary>
    public static IReadOnlyList<CalendarDay> Parse(int year, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (year < 1 || year > 9998)
        {
            throw new DomainException("calendar.invalid-year", $"年份 {year} 无效。");
        }

        var errors = new List<CalendarFileError>();
        var days = new List<CalendarDay>();
        var firstLineOf = new Dictionary<DateOnly, int>();
        var lines = text.TrimStart('\uFEFF').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var lineNumber = i + 1;
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split(',', 3);
            if (fields.Length != 3)
            {
                errors.Add(new(lineNumber, $"格式应为“日期,类型,名称”，例如“{year}-10-01,holiday,国庆节”，实际为“{line}”"));
                continue;
            }

            var dateText = fields[0].Trim();
            var kindText = fields[1].Trim();
            var name = fields[2].Trim();
            var lineErrors = new List<string>();

            var dateOk = DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
            if (!dateOk)
            {
                lineErrors.Add($"日期“{dateText}”无效，应为 YYYY-MM-DD 格式的有效日期");
            }

            CalendarDayKind? kind = kindText.ToLowerInvariant() switch
            {
                HolidayToken => CalendarDayKind.Holiday,
                WorkdayToken => CalendarDayKind.MakeUpWorkday,
                _ => null,
            };
            if (kind is null)
            {
                lineErrors.Add($"类型“{kindText}”无效，应为 {HolidayToken}（放假）或 {WorkdayToken}（调休上班）");
            }

            if (name.Length == 0)
            {
                lineErrors.Add("缺少名称");
            }

            if (dateOk && kind is { } k)
            {
                var problem = CalendarRules.Check(
                    new CalendarDay(date, k, name.Length == 0 ? "-" : name),
                    date.Year == year ? null : $"日期 {WorkingCalendar.Format(date)} 不属于{year}年");
                if (problem is not null)
                {
                    lineErrors.Add(problem);
                }
            }
            else if (dateOk && date.Year != year)
            {
                lineErrors.Add($"日期 {WorkingCalendar.Format(date)} 不属于{year}年");
            }

            if (dateOk)
            {
                if (firstLineOf.TryGetValue(date, out var first))
                {
                    lineErrors.Add($"日期 {WorkingCalendar.Format(date)} 与第{first}行重复");
                }
                else
                {
                    firstLineOf[date] = lineNumber;
                }
            }

            if (lineErrors.Count > 0)
            {
                errors.Add(new(lineNumber, string.Join("；", lineErrors)));
            }
            else
            {
                days.Add(new CalendarDay(date, kind!.Value, name));
            }
        }

        if (errors.Count == 0 && days.Count == 0)
        {
            errors.Add(new(0, "文件中没有任何日期数据（每行一个日期：日期,holiday|workday,名称）"));
        }

        if (errors.Count > 0)
        {
            throw new CalendarFileException(year, errors);
        }

        return [.. days.OrderBy(d => d.Date)];
    }

    /// <summary>Writes days in the import format, sorted by date, with a comment header; <see cref="Parse"/> reads it back.</summary>
    public static string Format(IEnumerable<CalendarDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var text = new StringBuilder();
        text.Append("# 日期,类型(holiday=放假, workday=调休上班),名称\n");
        foreach (var day in days.OrderBy(d => d.Date))
        {
            if (day.Name.Contains('\n') || day.Name.Contains('\r'))
            {
                throw new ArgumentException($"Calendar day name on {WorkingCalendar.Format(day.Date)} contains a line break.", nameof(days));
            }

            var kind = day.Kind switch
            {
                CalendarDayKind.Holiday => HolidayToken,
                CalendarDayKind.MakeUpWorkday => WorkdayToken,
                _ => throw new ArgumentOutOfRangeException(nameof(days), day.Kind, "Unknown calendar day kind."),
            };
            text.Append(CultureInfo.InvariantCulture, $"{WorkingCalendar.Format(day.Date)},{kind},{day.Name.Trim()}\n");
        }

        return text.ToString();
    }
}
