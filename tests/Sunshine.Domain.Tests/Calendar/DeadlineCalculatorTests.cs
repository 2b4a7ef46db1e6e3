using Sunshine.Domain.Calendar;
using static Sunshine.Domain.Tests.Calendar.TestDates;

namespace Sunshine.Domain.Tests.Calendar;

public class DeadlineCalculatorTests
{
    private static readonly WorkingCalendar China = WorkingCalendar.ChinaDefault();

    [Fact]
    public void Reply_deadline_paused_across_the_Spring_Festival_2026_counts_the_make_up_Saturday_28_February()
    {
        // Day 0 = Fri 1/30. Counted: 2/2, 2/3, 2/4, 2/5 (4). Pause (2/5, 2/26] skips 2/6, 2/9–2/13,
        // make-up Sat 2/14, [2/15–2/23 Spring Festival], 2/24–2/26. Then 2/27 (5), make-up Sat 2/28 (6),
        // 3/2–3/6 (11), 3/9–3/13 (16), 3/16 (17), 3/17 (18), 3/18 (19), 3/19 (20).
        var result = DeadlineCalculator.Compute(China, D(2026, 1, 30), 20, [new DeadlinePause(D(2026, 2, 5), D(2026, 2, 26))]);

        Assert.Equal(D(2026, 3, 19), result.Due);
        Assert.Equal(D(2026, 1, 30), result.Received);
        Assert.Equal(20, result.WorkingDays);
        Assert.Equal(
            [D(2026, 2, 6), D(2026, 2, 9), D(2026, 2, 10), D(2026, 2, 11), D(2026, 2, 12), D(2026, 2, 13), D(2026, 2, 14), D(2026, 2, 24), D(2026, 2, 25), D(2026, 2, 26)],
            result.PausedWorkingDays);
        Assert.Equal([D(2026, 2, 14), D(2026, 2, 28)], result.MakeUpDaysCrossed.Select(d => d.Date));
        Assert.Equal(9, result.HolidaysCrossed.Count); // 2/15–2/23
        Assert.All(result.HolidaysCrossed, d => Assert.Equal("春节", d.Name));
    }

    [Fact]
    public void Reply_deadline_skips_the_Spring_Festival_and_counts_the_make_up_Saturdays()
    {
        // Day 0 = Tue 2026-02-10: 2/11, 2/12, 2/13 (3), make-up Sat 2/14 (4), 2/15–2/23 off, 2/24–2/27 (8),
        // make-up Sat 2/28 (9), 3/2–3/6 (14), 3/9–3/13 (19), 3/16 (20). Plain weekdays would give 3/10.
        var result = DeadlineCalculator.Compute(China, D(2026, 2, 10), 20, []);

        Assert.Equal(D(2026, 3, 16), result.Due);
        Assert.Equal([D(2026, 2, 14), D(2026, 2, 28)], result.MakeUpDaysCrossed.Select(d => d.Date));
        Assert.Empty(result.PausedWorkingDays);
    }

    [Fact]
    public void Receipt_before_the_Spring_Festival_2025_counts_make_up_Sunday_26_January_and_Saturday_8_February()
    {
        // Day 0 = Fri 2025-01-24: make-up Sun 1/26 (1), 1/27 (2), 1/28–2/4 off, 2/5, 2/6, 2/7 (5),
        // make-up Sat 2/8 (6), 2/10–2/13 (10).
        var result = DeadlineCalculator.Compute(China, D(2025, 1, 24), 10, []);

        Assert.Equal(D(2025, 2, 13), result.Due);
        Assert.Equal(8, result.HolidaysCrossed.Count); // 1/28–2/4
    }

    [Fact]
    public void Receipt_before_National_Day_2025_skips_1_to_8_October_and_counts_both_make_up_days()
    {
        // Day 0 = Fri 2025-09-26: make-up Sun 9/28 (1), 9/29 (2), 9/30 (3), 10/1–10/8 off, 10/9 (4), 10/10 (5),
        // make-up Sat 10/11 (6), 10/13–10/17 (11), 10/20–10/24 (16), 10/27–10/30 (20).
        var result = DeadlineCalculator.Compute(China, D(2025, 9, 26), 20, []);

        Assert.Equal(D(2025, 10, 30), result.Due);
        Assert.Equal([D(2025, 9, 28), D(2025, 10, 11)], result.MakeUpDaysCrossed.Select(d => d.Date));
        Assert.Equal(8, result.HolidaysCrossed.Count);
        Assert.All(result.HolidaysCrossed, d => Assert.Equal("国庆节、中秋节", d.Name));
    }

    [Fact]
    public void Receipt_on_the_last_day_of_National_Day_2025_counts_from_the_next_day()
    {
        // Day 0 = Wed 2025-10-08 (a holiday, received online): 10/9 (1), 10/10 (2), make-up Sat 10/11 (3),
        // 10/13 (4), 10/14 (5).
        var result = DeadlineCalculator.Compute(China, D(2025, 10, 8), 5, []);

        Assert.Equal(D(2025, 10, 14), result.Due);
        Assert.Empty(result.HolidaysCrossed); // day 0 itself is not crossed
    }

    [Fact]
    public void Receipt_before_National_Day_2026_skips_1_to_7_October_and_counts_Saturday_10_October()
    {
        // Day 0 = Wed 2026-09-30: 10/1–10/7 off, 10/8 (1), 10/9 (2), make-up Sat 10/10 (3),
        // 10/12–10/16 (8), 10/19 (9), 10/20 (10).
        var result = DeadlineCalculator.Compute(China, D(2026, 9, 30), 10, []);

        Assert.Equal(D(2026, 10, 20), result.Due);
        Assert.Equal(7, result.HolidaysCrossed.Count);
    }

    [Fact]
    public void Receipt_before_Mid_Autumn_2026_counts_make_up_Sunday_20_September()
    {
        // Day 0 = Fri 2026-09-18: make-up Sun 9/20 (1), 9/21–9/24 (5), 9/25–9/27 off (中秋节), 9/28 (6), 9/29 (7).
        Assert.Equal(D(2026, 9, 24), DeadlineCalculator.Compute(China, D(2026, 9, 18), 5, []).Due);
        Assert.Equal(D(2026, 9, 29), DeadlineCalculator.Compute(China, D(2026, 9, 18), 7, []).Due);
    }

    [Fact]
    public void Deadline_across_the_year_boundary_skips_1_to_3_January_and_counts_make_up_Sunday_4_January()
    {
        // Day 0 = Thu 2025-12-25: 12/26 (1), 12/29–12/31 (4), 1/1–1/3 off, make-up Sun 1/4 (5), 1/5 (6), 1/6 (7).
        var result = DeadlineCalculator.Compute(China, D(2025, 12, 25), 7, []);

        Assert.Equal(D(2026, 1, 6), result.Due);
        Assert.Equal([D(2026, 1, 1), D(2026, 1, 2), D(2026, 1, 3)], result.HolidaysCrossed.Select(d => d.Date));
        Assert.Equal([D(2026, 1, 4)], result.MakeUpDaysCrossed.Select(d => d.Date));
    }

    [Fact]
    public void Overlapping_pauses_are_merged_and_each_day_is_skipped_once()
    {
        // Day 0 = Mon 2026-03-02. Pauses (3/3, 3/6] and (3/5, 3/10] merge to (3/3, 3/10]:
        // 3/3 (1), skip 3/4, 3/5, 3/6, 3/9, 3/10, then 3/11 (2), 3/12 (3), 3/13 (4), 3/16 (5).
        var merged = DeadlineCalculator.Compute(China, D(2026, 3, 2), 5,
            [new DeadlinePause(D(2026, 3, 3), D(2026, 3, 6)), new DeadlinePause(D(2026, 3, 5), D(2026, 3, 10))]);
        var single = DeadlineCalculator.Compute(China, D(2026, 3, 2), 5, [new DeadlinePause(D(2026, 3, 3), D(2026, 3, 10))]);

        Assert.Equal(D(2026, 3, 16), merged.Due);
        Assert.Equal([D(2026, 3, 4), D(2026, 3, 5), D(2026, 3, 6), D(2026, 3, 9), D(2026, 3, 10)], merged.PausedWorkingDays);
        Assert.Equal(single.Due, merged.Due);
        Assert.Equal(single.PausedWorkingDays, merged.PausedWorkingDays);
    }

    [Fact]
    public void A_pause_that_starts_and_ends_on_the_same_day_excludes_nothing()
    {
        // Day 0 = Mon 2026-03-02: 3/3, 3/4, 3/5, 3/6, 3/9 — as if there were no pause.
        var result = DeadlineCalculator.Compute(China, D(2026, 3, 2), 5, [new DeadlinePause(D(2026, 3, 4), D(2026, 3, 4))]);

        Assert.Equal(D(2026, 3, 9), result.Due);
        Assert.Empty(result.PausedWorkingDays);
    }

    [Fact]
    public void A_pause_from_the_receipt_day_skips_from_the_first_day()
    {
        // Day 0 = Mon 2026-03-02, pause (3/2, 3/4]: skip 3/3, 3/4; 3/5 (1), 3/6 (2), 3/9 (3).
        var result = DeadlineCalculator.Compute(China, D(2026, 3, 2), 3, [new DeadlinePause(D(2026, 3, 2), D(2026, 3, 4))]);

        Assert.Equal(D(2026, 3, 9), result.Due);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(3651)]
    public void Working_days_outside_1_to_3650_are_refused(int workingDays)
    {
        var error = Assert.Throws<DomainException>(() => DeadlineCalculator.Compute(China, D(2026, 3, 2), workingDays, []));

        Assert.Equal("deadline.invalid-working-days", error.Code);
        Assert.Contains(workingDays.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_largest_allowed_budget_of_3650_working_days_is_accepted()
    {
        var calendar = WorkingCalendar.ChinaDefault(CalendarFallback.WeekdaysOnly);

        var result = DeadlineCalculator.Compute(calendar, D(2026, 3, 2), 3650, []);

        Assert.Equal(3650, calendar.CountWorkingDays(D(2026, 3, 2), result.Due));
    }

    [Fact]
    public void Reversed_pauses_and_pauses_before_receipt_are_all_reported()
    {
        var error = Assert.Throws<DomainException>(() => DeadlineCalculator.Compute(China, D(2026, 3, 2), 20,
        [
            new DeadlinePause(D(2026, 3, 3), D(2026, 3, 5)),
            new DeadlinePause(D(2026, 3, 10), D(2026, 3, 6)),
            new DeadlinePause(D(2026, 2, 27), D(2026, 3, 4)),
        ]));

        Assert.Equal("deadline.invalid-pause", error.Code);
        Assert.Contains("第2个暂停区间的开始日期 2026-03-10 晚于结束日期 2026-03-06", error.Message, StringComparison.Ordinal);
        Assert.Contains("第3个暂停区间的开始日期 2026-02-27 早于收到申请的日期 2026-03-02", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("第1个", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deadline_running_into_2027_throws_until_2027_is_loaded_or_the_fallback_is_on()
    {
        // Day 0 = Tue 2026-12-01: December has 22 working days after it (12/2–12/31), so day 30 is in 2027.
        var error = Assert.Throws<CalendarYearNotLoadedException>(() => DeadlineCalculator.Compute(China, D(2026, 12, 1), 30, []));
        Assert.Equal(2027, error.Year);

        // Fallback: 1/1 Fri (23), 1/4–1/8 (28), 1/11 (29), 1/12 (30).
        var result = DeadlineCalculator.Compute(WorkingCalendar.ChinaDefault(CalendarFallback.WeekdaysOnly), D(2026, 12, 1), 30, []);
        Assert.Equal(D(2027, 1, 12), result.Due);
    }

    [Fact]
    public void Without_pauses_the_deadline_equals_AddWorkingDays_for_every_receipt_day_of_2025()
    {
        for (var received = D(2025, 1, 1); received.Year == 2025; received = received.AddDays(1))
        {
            Assert.Equal(China.AddWorkingDays(received, 20), DeadlineCalculator.Compute(China, received, 20, []).Due);
        }
    }
}
