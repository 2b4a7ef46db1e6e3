namespace Sunshine.Domain.Calendar;

/// <summary>
/// A stretch during which the clock did not run: it stopped at the end of day
/// <paramref name="From"/> and restarted at the end of day <paramref name="To"/>,
/// so working days d with From &lt; d &lt;= To are not counted.
/// </summary>
public sealed record DeadlinePause(DateOnly From, DateOnly To);

/// <summary>The due date of a working-day deadline and why it falls there.</summary>
/// <param name="Received">Day 0.</param>
/// <param name="WorkingDays">The budget.</param>
/// <param name="Due">The <paramref name="WorkingDays"/>-th counted working day after day 0.</param>
/// <param name="HolidaysCrossed">Every holiday day in (Received, Due], weekend days of an off range included.</param>
/// <param name="MakeUpDaysCrossed">Every make-up working day in (Received, Due] (those inside a pause are also in <paramref name="PausedWorkingDays"/>).</param>
/// <param name="PausedWorkingDays">Working days in (Received, Due] that were not counted because a pause covered them.</param>
public sealed record DeadlineResult(
    DateOnly Received,
    int WorkingDays,
    DateOnly Due,
    IReadOnlyList<CalendarDay> HolidaysCrossed,
    IReadOnlyList<CalendarDay> MakeUpDaysCrossed,
    IReadOnlyList<DateOnly> PausedWorkingDays);

/// <summary>
/// Computes a working-day deadline from a receipt date, a budget and pauses (the
/// date-level twin of <see cref="WorkingDayClock"/>, with the same counting).
/// </summary>
/// <remarks>
/// Receipt day is day 0. Overlapping or touching pauses are allowed and merged: a day
/// covered by any pause is not counted, once. Concurrent pauses are legitimate (a third
/// party and another agency consulted at the same time, RULES.md §2 Art. 33/34), and the
/// result does not depend on how the stretches are cut.
/// </remarks>
public static class DeadlineCalculator
{
    public const int MaxWorkingDays = 3650;

    public static DeadlineResult Compute(WorkingCalendar calendar, DateOnly received, int workingDays, IReadOnlyList<DeadlinePause> pauses)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(pauses);

        if (workingDays < 1 || workingDays > MaxWorkingDays)
        {
            throw new DomainException(
                "deadline.invalid-working-days",
                $"工作日数必须在 1 到 {MaxWorkingDays} 之间，实际为 {workingDays}。");
        }

        var problems = new List<string>();
        for (var i = 0; i < pauses.Count; i++)
        {
            var pause = pauses[i];
            if (pause is null)
            {
                problems.Add($"第{i + 1}个暂停区间为空");
                continue;
            }

            if (pause.From > pause.To)
            {
                problems.Add($"第{i + 1}个暂停区间的开始日期 {WorkingCalendar.Format(pause.From)} 晚于结束日期 {WorkingCalendar.Format(pause.To)}");
            }

            if (pause.From < received)
            {
                problems.Add($"第{i + 1}个暂停区间的开始日期 {WorkingCalendar.Format(pause.From)} 早于收到申请的日期 {WorkingCalendar.Format(received)}");
            }
        }

        if (problems.Count > 0)
        {
            throw new DomainException("deadline.invalid-pause", "暂停区间有误：" + string.Join("；", problems) + "。");
        }

        var dayPauses = pauses.Select(p => new DayPause(p.From, p.To)).ToArray();
        var paused = new List<DateOnly>();
        var date = received;
        var counted = 0;
        while (counted < workingDays)
        {
            date = date.AddDays(1);
            if (!calendar.IsWorkingDay(date))
            {
                continue;
            }

            if (DayCounting.IsPaused(date, dayPauses))
            {
                paused.Add(date);
            }
            else
            {
                counted++;
            }
        }

        var special = calendar.SpecialDaysBetween(received, date);
        return new DeadlineResult(
            received,
            workingDays,
            date,
            [.. special.Where(d => d.Kind == CalendarDayKind.Holiday)],
            [.. special.Where(d => d.Kind == CalendarDayKind.MakeUpWorkday)],
            paused);
    }
}
