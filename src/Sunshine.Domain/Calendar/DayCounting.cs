namespace Sunshine.Domain.Calendar;

/// <summary>
/// A pause of a day-counting clock: the clock stopped at the end of China date
/// <paramref name="From"/> and restarted at the end of <paramref name="To"/>, so days d
/// with From &lt; d &lt;= To are not counted.
/// </summary>
internal readonly record struct DayPause(DateOnly From, DateOnly To)
{
    public bool Covers(DateOnly day) => From < day && day <= To;
}

/// <summary>Counting of days (working or natural) with pauses; shared by the clock and the deadline calculator.</summary>
internal static class DayCounting
{
    public static bool IsPaused(DateOnly day, IReadOnlyList<DayPause> pauses)
    {
        foreach (var pause in pauses)
        {
            if (pause.Covers(day))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The n-th day (n &gt;= 1) after day0 that <paramref name="counts"/> accepts and no pause covers.</summary>
    public static DateOnly NthCountedDay(DateOnly day0, int n, Func<DateOnly, bool> counts, IReadOnlyList<DayPause> pauses)
    {
        var date = day0;
        var counted = 0;
        while (counted < n)
        {
            date = date.AddDays(1);
            if (counts(date) && !IsPaused(date, pauses))
            {
                counted++;
            }
        }

        return date;
    }

    /// <summary>Counted days d with afterExclusive &lt; d &lt;= toInclusive; 0 when to &lt;= after.</summary>
    public static int CountCounted(DateOnly afterExclusive, DateOnly toInclusive, Func<DateOnly, bool> counts, IReadOnlyList<DayPause> pauses)
    {
        var count = 0;
        for (var date = afterExclusive; date < toInclusive;)
        {
            date = date.AddDays(1);
            if (counts(date) && !IsPaused(date, pauses))
            {
                count++;
            }
        }

        return count;
    }
}
