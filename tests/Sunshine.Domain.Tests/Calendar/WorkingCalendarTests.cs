using Sunshine.Domain.Calendar;
using static Sunshine.Domain.Tests.Calendar.TestDates;

namespace Sunshine.Domain.Tests.Calendar;

public class WorkingCalendarTests
{
    private static readonly WorkingCalendar China = WorkingCalendar.ChinaDefault();

    [Theory]
    // Ordinary days.
    [InlineData("2026-03-09", true)]   // Monday
    [InlineData("2026-03-13", true)]   // Friday
    [InlineData("2026-03-07", false)]  // Saturday
    [InlineData("2026-03-08", false)]  // Sunday
    // 2025 (国办发明电〔2024〕12号).
    [InlineData("2025-01-01", false)]  // 元旦, Wednesday
    [InlineData("2025-01-26", true)]   // make-up Sunday before the Spring Festival
    [InlineData("2025-01-28", false)]  // 春节 first day, Tuesday
    [InlineData("2025-02-04", false)]  // 春节 last day, Tuesday
    [InlineData("2025-02-05", true)]   // first Wednesday after
    [InlineData("2025-02-08", true)]   // make-up Saturday
    [InlineData("2025-04-04", false)]  // 清明节, Friday
    [InlineData("2025-04-27", true)]   // make-up Sunday for 劳动节
    [InlineData("2025-05-05", false)]  // 劳动节, Monday
    [InlineData("2025-06-02", false)]  // 端午节, Monday
    [InlineData("2025-09-28", true)]   // make-up Sunday for 国庆节、中秋节
    [InlineData("2025-10-08", false)]  // 国庆节、中秋节 last day, Wednesday
    [InlineData("2025-10-09", true)]   // Thursday after
    [InlineData("2025-10-11", true)]   // make-up Saturday
    // 2026 (State Council notice of 2025-11-04).
    [InlineData("2026-01-02", false)]  // 元旦, Friday
    [InlineData("2026-01-04", true)]   // make-up Sunday
    [InlineData("2026-02-14", true)]   // make-up Saturday before the Spring Festival
    [InlineData("2026-02-16", false)]  // 春节, Monday
    [InlineData("2026-02-23", false)]  // 春节 last day, Monday
    [InlineData("2026-02-24", true)]   // Tuesday after
    [InlineData("2026-02-28", true)]   // make-up Saturday after the Spring Festival
    [InlineData("2026-04-06", false)]  // 清明节, Monday
    [InlineData("2026-05-05", false)]  // 劳动节, Tuesday
    [InlineData("2026-05-09", true)]   // make-up Saturday
    [InlineData("2026-06-19", false)]  // 端午节, Friday
    [InlineData("2026-09-20", true)]   // make-up Sunday
    [InlineData("2026-09-25", false)]  // 中秋节, Friday
    [InlineData("2026-10-07", false)]  // 国庆节 last day, Wednesday
    [InlineData("2026-10-08", true)]   // Thursday after
    [InlineData("2026-10-10", true)]   // make-up Saturday
    public void Working_day_is_weekdays_minus_holidays_plus_make_up_days(string date, bool expected)
    {
        Assert.Equal(expected, China.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Built_in_2025_data_has_28_holiday_days_and_5_make_up_weekend_days()
    {
        // Off: 1 (元旦) + 8 (春节 1/28–2/4) + 3 (清明) + 5 (劳动节) + 3 (端午) + 8 (国庆中秋 10/1–10/8) = 28.
        Assert.Equal(28, ChinaHolidays.Year2025.Count(d => d.Kind == CalendarDayKind.Holiday));
        var makeUp = ChinaHolidays.Year2025.Where(d => d.Kind == CalendarDayKind.MakeUpWorkday).Select(d => d.Date).ToArray();
        Assert.Equal([D(2025, 1, 26), D(2025, 2, 8), D(2025, 4, 27), D(2025, 9, 28), D(2025, 10, 11)], makeUp);
        Assert.All(makeUp, d => Assert.True(d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday));
        Assert.All(ChinaHolidays.Year2025, d => Assert.Equal(2025, d.Date.Year));
    }

    [Fact]
    public void Built_in_2026_data_has_33_holiday_days_and_6_make_up_weekend_days()
    {
        // Off: 3 (元旦) + 9 (春节 2/15–2/23) + 3 + 5 + 3 + 3 (中秋 9/25–9/27) + 7 (国庆 10/1–10/7) = 33.
        Assert.Equal(33, ChinaHolidays.Year2026.Count(d => d.Kind == CalendarDayKind.Holiday));
        var makeUp = ChinaHolidays.Year2026.Where(d => d.Kind == CalendarDayKind.MakeUpWorkday).Select(d => d.Date).ToArray();
        Assert.Equal([D(2026, 1, 4), D(2026, 2, 14), D(2026, 2, 28), D(2026, 5, 9), D(2026, 9, 20), D(2026, 10, 10)], makeUp);
        Assert.All(makeUp, d => Assert.True(d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday));
        // The notice says 2/15 is a Sunday and 10/1 a Thursday: the dates were typed right.
        Assert.Equal(DayOfWeek.Sunday, D(2026, 2, 15).DayOfWeek);
        Assert.Equal(DayOfWeek.Thursday, D(2026, 10, 1).DayOfWeek);
    }

    [Fact]
    public void Special_days_carry_their_Chinese_names()
    {
        Assert.Equal(new CalendarDay(D(2026, 2, 17), CalendarDayKind.Holiday, "春节"), China.GetSpecialDay(D(2026, 2, 17)));
        Assert.Equal(new CalendarDay(D(2026, 2, 28), CalendarDayKind.MakeUpWorkday, "春节调休上班"), China.GetSpecialDay(D(2026, 2, 28)));
        Assert.Equal("国庆节、中秋节", China.GetSpecialDay(D(2025, 10, 6))?.Name);
        Assert.Equal("元旦调休上班", China.GetSpecialDay(D(2026, 1, 4))?.Name);
        Assert.Null(China.GetSpecialDay(D(2026, 3, 9)));
        Assert.Null(China.GetSpecialDay(D(2027, 1, 1))); // never throws, even for an unloaded year
    }

    [Fact]
    public void Days_are_sorted_and_cover_both_built_in_years()
    {
        Assert.Equal(China.Days.OrderBy(d => d.Date), China.Days);
        Assert.Equal(28 + 5 + 33 + 6, China.Days.Count);
        Assert.Equal(new HashSet<int> { 2025, 2026 }, China.LoadedYears.ToHashSet());
        Assert.Equal(CalendarFallback.Throw, China.Fallback);
    }

    [Fact]
    public void Adding_working_days_across_the_year_boundary_skips_New_Year_and_counts_make_up_Sunday_4_January()
    {
        // Day 0 = Mon 2025-12-29: 12/30 (1), 12/31 (2), 1/1–1/3 off, Sun 1/4 make-up (3), 1/5 (4), 1/6 (5).
        Assert.Equal(D(2026, 1, 6), China.AddWorkingDays(D(2025, 12, 29), 5));
        // Day 0 = Wed 2025-12-31: the very next working day is the make-up Sunday.
        Assert.Equal(D(2026, 1, 4), China.AddWorkingDays(D(2025, 12, 31), 1));
    }

    [Fact]
    public void Counting_working_days_across_the_year_boundary()
    {
        // (Fri 2025-12-26, Fri 2026-01-09]: 12/29, 12/30, 12/31, Sun 1/4, 1/5–1/9 = 3 + 1 + 5 = 9.
        Assert.Equal(9, China.CountWorkingDays(D(2025, 12, 26), D(2026, 1, 9)));
        Assert.Equal(0, China.CountWorkingDays(D(2026, 1, 9), D(2026, 1, 9)));
        Assert.Equal(0, China.CountWorkingDays(D(2026, 1, 9), D(2025, 12, 26)));
        // Only holidays: (2025-12-31, 2026-01-03] has none.
        Assert.Equal(0, China.CountWorkingDays(D(2025, 12, 31), D(2026, 1, 3)));
    }

    [Fact]
    public void Adding_zero_working_days_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => China.AddWorkingDays(D(2026, 3, 2), 0));
        Assert.Equal("calendar.invalid-working-days", error.Code);
    }

    [Fact]
    public void A_date_in_a_year_not_yet_loaded_throws_a_clear_Chinese_error()
    {
        var error = Assert.Throws<CalendarYearNotLoadedException>(() => China.IsWorkingDay(D(2027, 1, 4)));

        Assert.Equal(2027, error.Year);
        Assert.Equal("calendar.year-not-loaded", error.Code);
        Assert.Equal("尚未载入2027年的节假日安排，无法计算工作日期限。请管理员在“工作日历”中导入该年度数据。", error.Message);
        Assert.IsAssignableFrom<DomainException>(error);
    }

    [Fact]
    public void Adding_working_days_into_an_unloaded_year_throws_by_default()
    {
        // Wed 2026-12-30: 12/31 (1), then 2027-01-01 must be looked up -> not loaded.
        var error = Assert.Throws<CalendarYearNotLoadedException>(() => China.AddWorkingDays(D(2026, 12, 30), 3));
        Assert.Equal(2027, error.Year);
    }

    [Fact]
    public void The_WeekdaysOnly_fallback_counts_Monday_to_Friday_in_an_unloaded_year()
    {
        var calendar = WorkingCalendar.ChinaDefault(CalendarFallback.WeekdaysOnly);

        // Wed 2026-12-30: 12/31 Thu (1), 2027-01-01 Fri (2, a weekday: its holiday is unknown), Mon 1/4 (3).
        Assert.Equal(D(2027, 1, 4), calendar.AddWorkingDays(D(2026, 12, 30), 3));
        Assert.True(calendar.IsWorkingDay(D(2027, 1, 1)));
        Assert.False(calendar.IsWorkingDay(D(2027, 1, 2))); // Saturday
        // Loaded years keep their real data under the fallback.
        Assert.False(calendar.IsWorkingDay(D(2026, 10, 1)));
        Assert.True(calendar.IsWorkingDay(D(2026, 10, 10)));
    }

    [Fact]
    public void Built_in_holidays_for_another_year_are_not_loaded()
    {
        Assert.Same(ChinaHolidays.Year2026, ChinaHolidays.ForYear(2026));
        Assert.Same(ChinaHolidays.Year2025, ChinaHolidays.ForYear(2025));
        Assert.Equal(2027, Assert.Throws<CalendarYearNotLoadedException>(() => ChinaHolidays.ForYear(2027)).Year);
    }

    [Fact]
    public void Importing_a_new_year_makes_it_count()
    {
        var year2027 = CalendarFile.Parse(2027, "2027-01-01,holiday,元旦\n");
        var calendar = WorkingCalendar.ChinaDefault().WithYear(2027, year2027);

        // Wed 2026-12-30: 12/31 (1), 1/1 off, Mon 1/4 (2), Tue 1/5 (3).
        Assert.Equal(D(2027, 1, 5), calendar.AddWorkingDays(D(2026, 12, 30), 3));
        Assert.Contains(2027, calendar.LoadedYears);
    }

    [Fact]
    public void Replacing_a_year_drops_its_old_days()
    {
        var calendar = WorkingCalendar.ChinaDefault().WithYear(2026, [new CalendarDay(D(2026, 3, 9), CalendarDayKind.Holiday, "测试")]);

        Assert.False(calendar.IsWorkingDay(D(2026, 3, 9)));
        Assert.True(calendar.IsWorkingDay(D(2026, 2, 16))); // the Spring Festival was replaced away
        Assert.False(calendar.IsWorkingDay(D(2025, 1, 28))); // 2025 untouched
    }

    [Fact]
    public void A_calendar_rejects_a_make_up_day_on_a_weekday_a_duplicate_and_a_day_outside_its_years()
    {
        var error = Assert.Throws<DomainException>(() => new WorkingCalendar(
            [2026],
            [
                new CalendarDay(D(2026, 3, 9), CalendarDayKind.MakeUpWorkday, "周一调休"),
                new CalendarDay(D(2026, 5, 1), CalendarDayKind.Holiday, "劳动节"),
                new CalendarDay(D(2026, 5, 1), CalendarDayKind.Holiday, "五一"),
                new CalendarDay(D(2025, 5, 1), CalendarDayKind.Holiday, "劳动节"),
            ]));

        Assert.Equal("calendar.invalid-days", error.Code);
        Assert.Contains("2026-03-09", error.Message, StringComparison.Ordinal);
        Assert.Contains("星期一", error.Message, StringComparison.Ordinal);
        Assert.Contains("2026-05-01：日期重复", error.Message, StringComparison.Ordinal);
        Assert.Contains("2025-05-01", error.Message, StringComparison.Ordinal);
    }
}
