namespace Sunshine.Domain.Calendar;

/// <summary>
/// The working-day calendar: Monday–Friday, minus statutory holidays, plus make-up
/// working days (RULES.md §1). Holidays and make-up days are data, loaded per year;
/// a date in a year that is not loaded either throws
/// <see cref="CalendarYearNotLoadedException"/> or falls back to weekdays only,
/// depending on <see cref="Fallback"/>. Immutable.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly Dictionary<DateOnly, CalendarDay> _byDate;

    public WorkingCalendar(IEnumerable<int> loadedYears, IEnumerable<CalendarDay> days, CalendarFallback fallback = CalendarFallback.Throw)
    {
        ArgumentNullException.ThrowIfNull(loadedYears);
        ArgumentNullException.ThrowIfNull(days);
        if (!Enum.IsDefined(fallback))
        {
            throw new ArgumentOutOfRangeException(nameof(fallback), fallback, "Unknown calendar fallback.");
        }

        var years = new HashSet<int>();
        foreach (var year in loadedYears)
        {
            if (year < 1 || year > 9998)
            {
                throw new DomainException("calendar.invalid-year", $"年份 {year} 无效。");
            }

            years.Add(year);
        }

        _byDate = [];
        var problems = new List<string>();
        foreach (var day in days)
        {
            ArgumentNullException.ThrowIfNull(day, nameof(days));
            var problem = CalendarRules.Check(day, years.Contains(day.Date.Year) ? null : "该日期所在年份未列入已载入年度");
            if (problem is not null)
            {
                problems.Add($"{Format(day.Date)}：{problem}");
            }
            else if (!_byDate.TryAdd(day.Date, day))
            {
                problems.Add($"{Format(day.Date)}：日期重复");
            }
        }

        if (problems.Count > 0)
        {
            throw new DomainException("calendar.invalid-days", "工作日历数据有误：" + string.Join("；", problems));
        }

        LoadedYears = years;
        Fallback = fallback;
        Days = [.. _byDate.Values.OrderBy(d => d.Date)];
    }

    /// <summary>Years whose holidays and make-up working days are known.</summary>
    public IReadOnlySet<int> LoadedYears { get; }

    /// <summary>Behaviour for dates in years that are not loaded.</summary>
    public CalendarFallback Fallback { get; }

    /// <summary>All special days, sorted by date.</summary>
    public IReadOnlyList<CalendarDay> Days { get; }

    /// <summary>
    /// The built-in mainland China calendar (2025 and 2026, from the State Council notices in RULES.md §1).
    /// </summary>
    public static WorkingCalendar ChinaDefault(CalendarFallback fallback = CalendarFallback.Throw)
        => new([2025, 2026], [.. ChinaHolidays.Year2025, .. ChinaHolidays.Year2026], fallback);

    /// <summary>A copy of this calendar with the data of one year replaced (or added).</summary>
    public WorkingCalendar WithYear(int year, IEnumerable<CalendarDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        return new WorkingCalendar(
            LoadedYears.Append(year),
            Days.Where(d => d.Date.Year != year).Concat(days),
            Fallback);
    }

    /// <summary>A copy of this calendar with another fallback.</summary>
    public WorkingCalendar WithFallback(CalendarFallback fallback) => new(LoadedYears, Days, fallback);

    /// <summary>Whether the holiday data of the year is loaded.</summary>
    public bool IsYearLoaded(int year) => LoadedYears.Contains(year);

    /// <summary>
    /// Whether the date is a working day. For a year that is not loaded: throws
    /// <see cref="CalendarYearNotLoadedException"/>, or with <see cref="CalendarFallback.WeekdaysOnly"/>
    /// answers Monday–Friday.
    /// </summary>
    public bool IsWorkingDay(DateOnly date)
    {
        if (!LoadedYears.Contains(date.Year))
        {
            return Fallback switch
            {
                CalendarFallback.Throw => throw new CalendarYearNotLoadedException(date.Year),
                CalendarFallback.WeekdaysOnly => IsWeekday(date),
                _ => throw new InvalidOperationException($"Unknown calendar fallback {Fallback}."),
            };
        }

        if (_byDate.TryGetValue(date, out var special))
        {
            return special.Kind switch
            {
                CalendarDayKind.Holiday => false,
                CalendarDayKind.MakeUpWorkday => true,
                _ => throw new InvalidOperationException($"Unknown calendar day kind {special.Kind}."),
            };
        }

        return IsWeekday(date);
    }

    /// <summary>The holiday or make-up working day on that date, or null for an ordinary day (never throws).</summary>
    public CalendarDay? GetSpecialDay(DateOnly date) => _byDate.GetValueOrDefault(date);

    /// <summary>Special days with <paramref name="afterExclusive"/> &lt; date &lt;= <paramref name="toInclusive"/>, sorted.</summary>
    public IReadOnlyList<CalendarDay> SpecialDaysBetween(DateOnly afterExclusive, DateOnly toInclusive)
        => [.. Days.Where(d => d.Date > afterExclusive && d.Date <= toInclusive)];

    /// <summary>The <paramref name="n"/>-th working day strictly after <paramref name="day0"/> (n &gt;= 1).</summary>
    public DateOnly AddWorkingDays(DateOnly day0, int n)
    {
        if (n < 1)
        {
            throw new DomainException("calendar.invalid-working-days", $"工作日数必须至少为 1，实际为 {n}。");
        }

        var date = day0;
        var counted = 0;
        while (counted < n)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }

    /// <summary>Working days d with <paramref name="afterExclusive"/> &lt; d &lt;= <paramref name="toInclusive"/>; 0 if to &lt;= after.</summary>
    public int CountWorkingDays(DateOnly afterExclusive, DateOnly toInclusive)
    {
        var count = 0;
        for (var date = afterExclusive; date < toInclusive;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The first working day on or after the date.</summary>
    public DateOnly NextWorkingDayOnOrAfter(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    internal static bool IsWeekday(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    internal static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Rules every calendar day obeys, shared by the calendar and the import file.</summary>
internal static class CalendarRules
{
    public const int MaxNameLength = 50;

    /// <summary>Returns a Chinese description of what is wrong with the day, or null when it is valid.</summary>
    public static string? Check(CalendarDay day, string? yearProblem)
    {
        if (!Enum.IsDefined(day.Kind))
        {
            return "类型无效";
        }

        if (yearProblem is not null)
        {
            return yearProblem;
        }

        if (string.IsNullOrWhiteSpace(day.Name))
        {
            return "缺少名称";
        }

        if (day.Name.Length > MaxNameLength)
        {
            return $"名称过长（最多 {MaxNameLength} 个字符）";
        }

        if (day.Name.Contains('\n') || day.Name.Contains('\r'))
        {
            return "名称不能换行";
        }

        if (day.Kind == CalendarDayKind.MakeUpWorkday && WorkingCalendar.IsWeekday(day.Date))
        {
            return $"调休上班日必须是星期六或星期日，而该日是{ChineseWeekday(day.Date)}";
        }

        return null;
    }

    public static string ChineseWeekday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Monday => "星期一",
        DayOfWeek.Tuesday => "星期二",
        DayOfWeek.Wednesday => "星期三",
        DayOfWeek.Thursday => "星期四",
        DayOfWeek.Friday => "星期五",
        DayOfWeek.Saturday => "星期六",
        DayOfWeek.Sunday => "星期日",
        _ => throw new ArgumentOutOfRangeException(nameof(date)),
    };
}
