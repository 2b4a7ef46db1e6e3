using Sunshine.Domain.Calendar;
using static Sunshine.Domain.Tests.Calendar.TestDates;

namespace Sunshine.Domain.Tests.Calendar;

public class WorkingDayClockTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.ChinaDefault();

    // ---- working days -------------------------------------------------------------------------

    [Fact]
    public void Clock_suspended_across_the_Spring_Festival_2026_is_due_on_19_March_like_the_calculator()
    {
        // Same case as the calculator: day 0 = Fri 1/30 (received 10:00), suspended Thu 2/5 15:00,
        // resumed Thu 2/26 09:00 -> working days in (2/5, 2/26] are not counted; due 3/19.
        var clock = new WorkingDayClock(China(2026, 1, 30, 10), BudgetUnit.WorkingDays, 20)
            .Suspend(China(2026, 2, 5, 15), "征求第三方意见")
            .Resume(China(2026, 2, 26, 9), "第三方已答复");

        var status = clock.Evaluate(Calendar, China(2026, 3, 2, 12));

        Assert.Equal(D(2026, 3, 19), status.DueDate);
        // Used in (1/30, 3/2]: 2/2–2/5 (4), 2/27 (5), make-up Sat 2/28 (6), 3/2 (7).
        Assert.Equal(7, status.Used);
        Assert.Equal(13, status.Remaining);
        Assert.Equal(20, status.TotalBudget);
        Assert.Equal(ClockLevel.Normal, status.Level);
        Assert.False(status.Suspended);
        Assert.Null(status.DueAtUtc);
        Assert.Equal(
            DeadlineCalculator.Compute(Calendar, D(2026, 1, 30), 20, [new DeadlinePause(D(2026, 2, 5), D(2026, 2, 26))]).Due,
            status.DueDate);
    }

    [Fact]
    public void An_open_suspension_freezes_the_clock_at_the_suspension_date()
    {
        var clock = new WorkingDayClock(China(2026, 1, 30, 10), BudgetUnit.WorkingDays, 20)
            .Suspend(China(2026, 2, 5, 15), "征求第三方意见");

        // During the Spring Festival and long after the unpaused due date (3/5): still frozen.
        foreach (var now in new[] { China(2026, 2, 20), China(2026, 4, 30) })
        {
            var status = clock.Evaluate(Calendar, now);

            Assert.True(status.Suspended);
            Assert.Null(status.DueDate);
            Assert.Equal(4, status.Used);       // 2/2, 2/3, 2/4, 2/5
            Assert.Equal(16, status.Remaining);
            Assert.Equal(ClockLevel.Normal, status.Level);
        }

        Assert.True(clock.IsSuspended);
    }

    [Fact]
    public void Evaluating_before_a_ledger_entry_ignores_that_entry()
    {
        var clock = new WorkingDayClock(China(2026, 1, 30, 10), BudgetUnit.WorkingDays, 20)
            .Suspend(China(2026, 2, 5, 15), "征求第三方意见")
            .Resume(China(2026, 2, 26, 9));

        // As of 2/20 the resume has not happened yet.
        Assert.True(clock.Evaluate(Calendar, China(2026, 2, 20)).Suspended);
        // As of 2/4 not even the suspension: day 0 = 1/30, due = 20th working day = 3/5 (see extension test).
        var early = clock.Evaluate(Calendar, China(2026, 2, 4, 12));
        Assert.False(early.Suspended);
        Assert.Equal(D(2026, 3, 5), early.DueDate);
        Assert.Equal(3, early.Used);
    }

    [Fact]
    public void Before_the_start_nothing_is_used_and_the_whole_budget_remains()
    {
        // Day 0 = Mon 3/2 (received 09:00); asked on Fri 2/27: 5 working days are still 5.
        var status = new WorkingDayClock(China(2026, 3, 2), BudgetUnit.WorkingDays, 5).Evaluate(Calendar, China(2026, 2, 27));

        Assert.Equal(0, status.Used);
        Assert.Equal(5, status.Remaining);
        Assert.Equal(D(2026, 3, 9), status.DueDate);
    }

    [Fact]
    public void Suspend_and_resume_on_the_same_China_date_excludes_nothing()
    {
        // Day 0 = Mon 3/2: 3/3, 3/4, 3/5, 3/6, 3/9 -> due 3/9 as if never paused.
        var clock = new WorkingDayClock(China(2026, 3, 2), BudgetUnit.WorkingDays, 5)
            .Suspend(China(2026, 3, 4, 10), "等待缴费")
            .Resume(China(2026, 3, 4, 16));

        Assert.Equal(D(2026, 3, 9), clock.Evaluate(Calendar, China(2026, 3, 5)).DueDate);
    }

    [Fact]
    public void Suspension_dates_are_China_dates_not_UTC_dates()
    {
        // Suspended at 2026-03-03 16:30Z = Wed 3/4 00:30 in Beijing, resumed Thu 3/5 10:00:
        // pause (3/4, 3/5] skips only 3/5. Day 0 = Mon 3/2: 3/3 (1), 3/4 (2), 3/6 (3), 3/9 (4), 3/10 (5).
        // Read as UTC dates the pause would be (3/3, 3/5] and the due date 3/11.
        var clock = new WorkingDayClock(China(2026, 3, 2), BudgetUnit.WorkingDays, 5)
            .Suspend(new DateTime(2026, 3, 3, 16, 30, 0, DateTimeKind.Utc), "等待补充材料")
            .Resume(China(2026, 3, 5, 10));

        Assert.Equal(D(2026, 3, 10), clock.Evaluate(Calendar, China(2026, 3, 5, 12)).DueDate);
    }

    [Fact]
    public void An_extension_of_20_working_days_moves_the_due_date_and_clears_the_warning()
    {
        // Day 0 = Fri 1/30, 20 working days, no pause: 2/2–2/6 (5), 2/9–2/13 (10), make-up Sat 2/14 (11),
        // 2/24–2/27 (15), make-up Sat 2/28 (16), 3/2–3/5 (20) -> due 3/5.
        var clock = new WorkingDayClock(China(2026, 1, 30, 10), BudgetUnit.WorkingDays, 20);
        var before = clock.Evaluate(Calendar, China(2026, 3, 3, 8));
        Assert.Equal(D(2026, 3, 5), before.DueDate);
        Assert.Equal(18, before.Used);             // 16 + 3/2, 3/3
        Assert.Equal(2, before.Remaining);
        Assert.Equal(ClockLevel.Warning, before.Level); // 18 >= 80 % of 20

        var extended = clock.Extend(20, China(2026, 3, 3, 9), "经本机关负责人批准延长答复期限");
        var after = extended.Evaluate(Calendar, China(2026, 3, 3, 12));

        // 20 more after 3/5: 3/6 (1), 3/9–3/13 (6), 3/16–3/20 (11), 3/23–3/27 (16), 3/30, 3/31, 4/1, 4/2 (20).
        Assert.Equal(D(2026, 4, 2), after.DueDate);
        Assert.Equal(40, after.TotalBudget);
        Assert.Equal(40, extended.TotalBudget);
        Assert.Equal(20, extended.Budget);
        Assert.Equal(18, after.Used);
        Assert.Equal(22, after.Remaining);
        Assert.Equal(ClockLevel.Normal, after.Level);
    }

    [Fact]
    public void A_restart_after_correction_makes_the_correction_date_day_0()
    {
        // Received Mon 3/2, one-time notice to correct; the clock waits (suspended 3/4); the corrected
        // application arrives Fri 3/20 11:00 -> restart: day 0 = 3/20, the earlier 2 used days are gone.
        // 20 working days: 3/23–3/27 (5), 3/30–4/3 (10), 4/4–4/6 清明节, 4/7–4/10 (14), 4/13–4/17 (19), 4/20 (20).
        var clock = new WorkingDayClock(China(2026, 3, 2, 10), BudgetUnit.WorkingDays, 20)
            .Extend(5, China(2026, 3, 3), "测试：重新计时后不再有效")
            .Suspend(China(2026, 3, 4), "一次性告知补正")
            .Restart(China(2026, 3, 20, 11), "收到补正后的申请");

        var status = clock.Evaluate(Calendar, China(2026, 3, 24, 12));

        Assert.False(clock.IsSuspended);
        Assert.False(status.Suspended);
        Assert.Equal(D(2026, 3, 20), clock.Day0);
        Assert.Equal(D(2026, 4, 20), status.DueDate);
        Assert.Equal(20, status.TotalBudget);
        Assert.Equal(20, clock.TotalBudget);
        Assert.Equal(2, status.Used);        // 3/23, 3/24
        Assert.Equal(18, status.Remaining);
        // Before the restart the same clock was suspended with 2 used (3/3, 3/4) of 25.
        var beforeRestart = clock.Evaluate(Calendar, China(2026, 3, 19));
        Assert.True(beforeRestart.Suspended);
        Assert.Equal(2, beforeRestart.Used);
        Assert.Equal(25, beforeRestart.TotalBudget);
    }

    [Theory]
    // Day 0 = Mon 3/2, 10 working days: 3/3–3/6 (4), 3/9–3/13 (9), 3/16 (10) -> due 3/16.
    [InlineData(9, 12, 0, 5, 5, ClockLevel.Normal)]    // used 3/3–3/6, 3/9
    [InlineData(11, 12, 0, 7, 3, ClockLevel.Normal)]
    [InlineData(12, 12, 0, 8, 2, ClockLevel.Warning)]  // 8 >= 80 % of 10
    [InlineData(13, 12, 0, 9, 1, ClockLevel.Warning)]
    [InlineData(16, 23, 59, 10, 0, ClockLevel.Warning)] // the due day itself is still on time
    [InlineData(17, 0, 0, 11, 0, ClockLevel.Overdue)]   // first minute of 3/17 in Beijing
    public void Working_day_clock_turns_yellow_then_red(int day, int hour, int minute, int used, int remaining, ClockLevel level)
    {
        var clock = new WorkingDayClock(China(2026, 3, 2), BudgetUnit.WorkingDays, 10);

        var status = clock.Evaluate(Calendar, China(2026, 3, day, hour, minute));

        Assert.Equal(D(2026, 3, 16), status.DueDate);
        Assert.Equal(used, status.Used);
        Assert.Equal(remaining, status.Remaining);
        Assert.Equal(level, status.Level);
    }

    [Fact]
    public void Warning_on_the_last_working_day_alone_triggers_without_the_fraction()
    {
        var settings = new ClockSettings(WarningWorkingDays: 1, WarningFraction: 1.0);
        var clock = new WorkingDayClock(China(2026, 3, 2), BudgetUnit.WorkingDays, 10);

        Assert.Equal(ClockLevel.Normal, clock.Evaluate(Calendar, China(2026, 3, 12), settings).Level);  // 2 left
        Assert.Equal(ClockLevel.Warning, clock.Evaluate(Calendar, China(2026, 3, 13), settings).Level); // 1 left
    }

    [Fact]
    public void Warning_by_fraction_alone_triggers_without_the_days()
    {
        var settings = new ClockSettings(WarningWorkingDays: 0, WarningFraction: 0.5);
        var clock = new WorkingDayClock(China(2026, 3, 2), BudgetUnit.WorkingDays, 10);

        Assert.Equal(ClockLevel.Normal, clock.Evaluate(Calendar, China(2026, 3, 6), settings).Level);  // used 4
        Assert.Equal(ClockLevel.Warning, clock.Evaluate(Calendar, China(2026, 3, 9), settings).Level); // used 5 = 50 %
    }

    [Fact]
    public void A_clock_already_overdue_when_suspended_stays_overdue()
    {
        // Day 0 = Mon 3/2, 5 working days -> due 3/9. Suspended Wed 3/11 (used 3/3–3/6, 3/9, 3/10, 3/11 = 7).
        var clock = new WorkingDayClock(China(2026, 3, 2), BudgetUnit.WorkingDays, 5)
            .Suspend(China(2026, 3, 11), "等待缴费");

        var status = clock.Evaluate(Calendar, China(2026, 3, 20));

        Assert.Equal(ClockLevel.Overdue, status.Level);
        Assert.True(status.Suspended);
        Assert.Null(status.DueDate);
        Assert.Equal(7, status.Used);
        Assert.Equal(0, status.Remaining);
    }

    [Fact]
    public void A_clock_running_into_2027_throws_by_default_and_counts_weekdays_with_the_fallback()
    {
        // Day 0 = Sun 2026-12-20: 12/21–12/25 (5), 12/28–12/31 (9), then 2027 is needed.
        var clock = new WorkingDayClock(China(2026, 12, 20), BudgetUnit.WorkingDays, 20);

        var error = Assert.Throws<CalendarYearNotLoadedException>(() => clock.Evaluate(Calendar, China(2026, 12, 21)));
        Assert.Equal(2027, error.Year);

        // Weekdays only: 2027-01-01 Fri (10), 1/4–1/8 (15), 1/11–1/15 (20).
        var status = clock.Evaluate(WorkingCalendar.ChinaDefault(CalendarFallback.WeekdaysOnly), China(2026, 12, 21));
        Assert.Equal(D(2027, 1, 15), status.DueDate);
        Assert.Equal(1, status.Used);
    }

    // ---- natural days -------------------------------------------------------------------------

    [Fact]
    public void A_natural_day_period_ending_on_National_Day_ends_on_the_next_working_day()
    {
        // Day 0 = Thu 9/24, 7 natural days -> Thu 10/1 (国庆节); 10/1–10/7 off -> Thu 10/8.
        var clock = new WorkingDayClock(China(2026, 9, 24, 10), BudgetUnit.NaturalDays, 7);

        Assert.Equal(D(2026, 10, 8), clock.Evaluate(Calendar, China(2026, 9, 25)).DueDate);
        Assert.Equal(D(2026, 10, 1), clock.Evaluate(Calendar, China(2026, 9, 25), new ClockSettings(NaturalDeadlineMovesToNextWorkingDay: false)).DueDate);
        // On 10/5 the plain due date has passed but the moved one has not: the holiday days belong to the budget,
        // so 11 of 14 days (9/24 → 10/8) are used and 3 are left — never "11 of 7".
        var status = clock.Evaluate(Calendar, China(2026, 10, 5));
        Assert.Equal(11, status.Used);
        Assert.Equal(3, status.Remaining);
        Assert.Equal(14, status.TotalBudget);
        Assert.Equal(ClockLevel.Warning, status.Level);
    }

    [Fact]
    public void A_natural_day_period_ending_on_a_make_up_Saturday_stays_there()
    {
        // Day 0 = Mon 2/23 (itself a holiday), 5 natural days -> Sat 2/28, a make-up working day.
        var clock = new WorkingDayClock(China(2026, 2, 23), BudgetUnit.NaturalDays, 5);

        Assert.Equal(D(2026, 2, 28), clock.Evaluate(Calendar, China(2026, 2, 24)).DueDate);
    }

    [Fact]
    public void A_natural_day_period_is_extended_by_the_paused_days_and_then_moved_off_the_weekend()
    {
        // Day 0 = Mon 3/2, 10 natural days, paused (3/5, 3/8] = 3 days -> 3/15 (Sun) -> Mon 3/16.
        var clock = new WorkingDayClock(China(2026, 3, 2), BudgetUnit.NaturalDays, 10)
            .Suspend(China(2026, 3, 5, 10), "等待补充材料")
            .Resume(China(2026, 3, 8, 10));

        var onTenth = clock.Evaluate(Calendar, China(2026, 3, 10));
        Assert.Equal(D(2026, 3, 16), onTenth.DueDate);
        Assert.Equal(5, onTenth.Used);         // 8 days in (3/2, 3/10] minus 3 paused
        Assert.Equal(6, onTenth.Remaining);    // 3/11–3/16
        Assert.Equal(ClockLevel.Normal, onTenth.Level);

        Assert.Equal(ClockLevel.Warning, clock.Evaluate(Calendar, China(2026, 3, 14)).Level); // used 9
        Assert.Equal(ClockLevel.Warning, clock.Evaluate(Calendar, China(2026, 3, 16, 23, 59)).Level);
        Assert.Equal(ClockLevel.Overdue, clock.Evaluate(Calendar, China(2026, 3, 17, 0, 0)).Level);
    }

    // ---- hours --------------------------------------------------------------------------------

    [Fact]
    public void An_hour_budget_is_extended_by_the_suspended_time()
    {
        // Start 3/2 01:00Z, 24 h; suspended 05:00Z–11:00Z (6 h) -> due 3/3 07:00Z = 3/3 15:00 in Beijing.
        var start = new DateTime(2026, 3, 2, 1, 0, 0, DateTimeKind.Utc);
        var clock = new WorkingDayClock(start, BudgetUnit.Hours, 24)
            .Suspend(start.AddHours(4), "联系不上来电人")
            .Resume(start.AddHours(10));
        var dueAt = new DateTime(2026, 3, 3, 7, 0, 0, DateTimeKind.Utc);

        // 3/2 20:30Z: 19.5 h elapsed - 6 h paused = 13.5 h used -> 13 used, 11 left (10.5 rounded up).
        var evening = clock.Evaluate(Calendar, new DateTime(2026, 3, 2, 20, 30, 0, DateTimeKind.Utc));
        Assert.Equal(dueAt, evening.DueAtUtc);
        Assert.Equal(D(2026, 3, 3), evening.DueDate);
        Assert.Equal(13, evening.Used);
        Assert.Equal(11, evening.Remaining);
        Assert.Equal(ClockLevel.Normal, evening.Level);

        // 3/3 02:30Z: 19.5 h used >= 80 % of 24 (19.2 h) -> warning.
        var morning = clock.Evaluate(Calendar, new DateTime(2026, 3, 3, 2, 30, 0, DateTimeKind.Utc));
        Assert.Equal(19, morning.Used);
        Assert.Equal(5, morning.Remaining);
        Assert.Equal(ClockLevel.Warning, morning.Level);

        var atDue = clock.Evaluate(Calendar, dueAt);
        Assert.Equal(ClockLevel.Warning, atDue.Level);
        Assert.Equal(0, atDue.Remaining);
        Assert.Equal(ClockLevel.Overdue, clock.Evaluate(Calendar, dueAt.AddSeconds(1)).Level);
    }

    [Fact]
    public void An_hour_budget_warns_at_exactly_80_percent()
    {
        var start = new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc);
        var clock = new WorkingDayClock(start, BudgetUnit.Hours, 10);

        Assert.Equal(ClockLevel.Normal, clock.Evaluate(Calendar, start.AddHours(8).AddSeconds(-1)).Level);
        Assert.Equal(ClockLevel.Warning, clock.Evaluate(Calendar, start.AddHours(8)).Level);
    }

    [Fact]
    public void A_suspended_hour_clock_is_frozen_without_a_due_time()
    {
        var start = new DateTime(2026, 3, 2, 1, 0, 0, DateTimeKind.Utc);
        var clock = new WorkingDayClock(start, BudgetUnit.Hours, 24).Suspend(start.AddHours(4), "联系不上来电人");

        var status = clock.Evaluate(Calendar, start.AddHours(40));

        Assert.True(status.Suspended);
        Assert.Null(status.DueAtUtc);
        Assert.Null(status.DueDate);
        Assert.Equal(4, status.Used);
        Assert.Equal(20, status.Remaining);
        Assert.Equal(ClockLevel.Normal, status.Level);
    }

    [Fact]
    public void An_hour_clock_ignores_the_calendar_and_runs_through_holidays()
    {
        // Start 2026-02-15 (Spring Festival) 02:00Z, 48 h -> 2/17 02:00Z.
        var start = new DateTime(2026, 2, 15, 2, 0, 0, DateTimeKind.Utc);
        var status = new WorkingDayClock(start, BudgetUnit.Hours, 48).Evaluate(Calendar, start.AddHours(1));

        Assert.Equal(new DateTime(2026, 2, 17, 2, 0, 0, DateTimeKind.Utc), status.DueAtUtc);
    }

    // ---- validation and immutability ----------------------------------------------------------

    [Fact]
    public void Suspending_twice_is_refused()
    {
        var clock = new WorkingDayClock(China(2026, 3, 2), BudgetUnit.WorkingDays, 20).Suspend(China(2026, 3, 3), "征求第三方意见");

        var error = Assert.Throws<DomainException>(() => clock.Suspend(China(2026, 3, 4), "再次暂停"));

        Assert.Equal("clock.already-suspended", error.Code);
        Assert.Contains("不能重复暂停", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resuming_a_running_clock_is_refused()
    {
        var clock = new WorkingDayClock(China(2026, 3, 2), BudgetUnit.WorkingDays, 20);

        var error = Assert.Throws<DomainException>(() => clock.Resume(China(2026, 3, 3)));

        Assert.Equal("clock.not-suspended", error.Code);
        // Also after a suspend/resume pair.
        var resumed = clock.Suspend(China(2026, 3, 3), "等待缴费").Resume(China(2026, 3, 4));
        Assert.Equal("clock.not-suspended", Assert.Throws<DomainException>(() => resumed.Resume(China(2026, 3, 5))).Code);
    }

    [Fact]
    public void An_entry_before_the_start_or_before_the_last_entry_is_refused()
    {
        var clock = new WorkingDayClock(China(2026, 3, 2, 10), BudgetUnit.WorkingDays, 20);

        Assert.Equal("clock.entry-out-of-order", Assert.Throws<DomainException>(() => clock.Suspend(China(2026, 3, 2, 9), "早于开始")).Code);

        var suspended = clock.Suspend(China(2026, 3, 5), "等待缴费");
        Assert.Equal("clock.entry-out-of-order", Assert.Throws<DomainException>(() => suspended.Resume(China(2026, 3, 4))).Code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(3651)]
    public void A_day_budget_outside_1_to_3650_is_refused(int budget)
    {
        var error = Assert.Throws<DomainException>(() => new WorkingDayClock(China(2026, 3, 2), BudgetUnit.WorkingDays, budget));

        Assert.Equal("clock.invalid-budget", error.Code);
    }

    [Fact]
    public void An_extension_of_zero_and_an_empty_reason_are_refused()
    {
        var clock = new WorkingDayClock(China(2026, 3, 2), BudgetUnit.WorkingDays, 20);

        Assert.Equal("clock.invalid-extension", Assert.Throws<DomainException>(() => clock.Extend(0, China(2026, 3, 3), "延期")).Code);
        Assert.Equal("clock.reason-required", Assert.Throws<DomainException>(() => clock.Extend(20, China(2026, 3, 3), " ")).Code);
        Assert.Equal("clock.reason-required", Assert.Throws<DomainException>(() => clock.Suspend(China(2026, 3, 3), "")).Code);
        Assert.Equal("clock.reason-required", Assert.Throws<DomainException>(() => clock.Restart(China(2026, 3, 3), "")).Code);
    }

    [Fact]
    public void A_stored_ledger_is_validated_when_the_clock_is_rebuilt()
    {
        var error = Assert.Throws<DomainException>(() => new WorkingDayClock(
            China(2026, 3, 2), BudgetUnit.WorkingDays, 20,
            [new ClockEntry(ClockEntryKind.Resume, China(2026, 3, 3))]));

        Assert.Equal("clock.not-suspended", error.Code);
    }

    [Fact]
    public void A_stored_ledger_rebuilds_the_same_clock()
    {
        var original = new WorkingDayClock(China(2026, 1, 30, 10), BudgetUnit.WorkingDays, 20)
            .Suspend(China(2026, 2, 5, 15), "征求第三方意见")
            .Resume(China(2026, 2, 26, 9))
            .Extend(20, China(2026, 3, 3), "延期");

        var rebuilt = new WorkingDayClock(original.StartUtc, original.Unit, original.Budget, original.Ledger);

        Assert.Equal(original.Ledger, rebuilt.Ledger);
        Assert.Equal(original.Evaluate(Calendar, China(2026, 3, 10)), rebuilt.Evaluate(Calendar, China(2026, 3, 10)));
        Assert.Equal(40, rebuilt.TotalBudget);
    }

    [Fact]
    public void Invalid_warning_settings_are_refused()
    {
        var clock = new WorkingDayClock(China(2026, 3, 2), BudgetUnit.WorkingDays, 20);

        Assert.Equal("clock.invalid-settings", Assert.Throws<DomainException>(() => clock.Evaluate(Calendar, China(2026, 3, 3), new ClockSettings(WarningFraction: 0))).Code);
        Assert.Equal("clock.invalid-settings", Assert.Throws<DomainException>(() => clock.Evaluate(Calendar, China(2026, 3, 3), new ClockSettings(WarningWorkingDays: -1))).Code);
    }

    [Fact]
    public void Every_change_returns_a_new_clock_and_leaves_the_old_one_alone()
    {
        var clock = new WorkingDayClock(China(2026, 3, 2), BudgetUnit.WorkingDays, 20);

        var suspended = clock.Suspend(China(2026, 3, 3), "等待缴费");

        Assert.NotSame(clock, suspended);
        Assert.Empty(clock.Ledger);
        Assert.False(clock.IsSuspended);
        Assert.True(suspended.IsSuspended);
        Assert.Equal(ClockEntryKind.Suspend, Assert.Single(suspended.Ledger).Kind);
    }
}
