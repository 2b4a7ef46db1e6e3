namespace Sunshine.Domain.Calendar;

/// <summary>
/// Built-in mainland China holidays and make-up working days (RULES.md §1).
/// These seed the calendar; an administrator can replace or add years as data.
/// Holidays list every day of the official off range, weekend days included.
/// </summary>
public static class ChinaHolidays
{
    /// <summary>2025, 国办发明电〔2024〕12号.</summary>
    public static IReadOnlyList<CalendarDay> Year2025 { get; } = Build(
        Off(2025, 1, 1, 1, 1, "元旦"),
        Off(2025, 1, 28, 2, 4, "春节"),
        Off(2025, 4, 4, 4, 6, "清明节"),
        Off(2025, 5, 1, 5, 5, "劳动节"),
        Off(2025, 5, 31, 6, 2, "端午节"),
        Off(2025, 10, 1, 10, 8, "国庆节、中秋节"),
        Work(2025, 1, 26, "春节调休上班"),
        Work(2025, 2, 8, "春节调休上班"),
        Work(2025, 4, 27, "劳动节调休上班"),
        Work(2025, 9, 28, "国庆节、中秋节调休上班"),
        Work(2025, 10, 11, "国庆节、中秋节调休上班"));

    /// <summary>2026, State Council notice of 2025-11-04.</summary>
    public static IReadOnlyList<CalendarDay> Year2026 { get; } = Build(
        Off(2026, 1, 1, 1, 3, "元旦"),
        Off(2026, 2, 15, 2, 23, "春节"),
        Off(2026, 4, 4, 4, 6, "清明节"),
        Off(2026, 5, 1, 5, 5, "劳动节"),
        Off(2026, 6, 19, 6, 21, "端午节"),
        Off(2026, 9, 25, 9, 27, "中秋节"),
        Off(2026, 10, 1, 10, 7, "国庆节"),
        Work(2026, 1, 4, "元旦调休上班"),
        Work(2026, 2, 14, "春节调休上班"),
        Work(2026, 2, 28, "春节调休上班"),
        Work(2026, 5, 9, "劳动节调休上班"),
        Work(2026, 9, 20, "国庆节调休上班"),
        Work(2026, 10, 10, "国庆节调休上班"));

    /// <summary>Years built into the code.</summary>
    public static IReadOnlyList<int> BuiltInYears { get; } = [2025, 2026];

    /// <summary>The built-in data of a year; <see cref="CalendarYearNotLoadedException"/> for any other year.</summary>
    public static IReadOnlyList<CalendarDay> ForYear(int year) => year switch
    {
        2025 => Year2025,
        2026 => Year2026,
        _ => throw new CalendarYearNotLoadedException(year),
    };

    private static CalendarDay[] Build(params IEnumerable<CalendarDay>[] parts)
        => [.. parts.SelectMany(p => p).OrderBy(d => d.Date)];

    private static IEnumerable<CalendarDay> Off(int year, int fromMonth, int fromDay, int toMonth, int toDay, string name)
    {
        var to = new DateOnly(year, toMonth, toDay);
        for (var date = new DateOnly(year, fromMonth, fromDay); date <= to; date = date.AddDays(1))
        {
            yield return new CalendarDay(date, CalendarDayKind.Holiday, name);
        }
    }

    private static IEnumerable<CalendarDay> Work(int year, int month, int day, string name)
        => [new CalendarDay(new DateOnly(year, month, day), CalendarDayKind.MakeUpWorkday, name)];
}
