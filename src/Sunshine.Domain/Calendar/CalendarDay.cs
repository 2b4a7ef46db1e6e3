namespace Sunshine.Domain.Calendar;

/// <summary>What a special day in the calendar is.</summary>
public enum CalendarDayKind
{
    /// <summary>Statutory holiday (法定节假日/放假日), including the weekend days inside an official off range.</summary>
    Holiday,

    /// <summary>Make-up working day (调休上班日): a Saturday or Sunday declared a working day.</summary>
    MakeUpWorkday,
}

/// <summary>One day that deviates from the plain Monday–Friday rule.</summary>
/// <param name="Date">The calendar date (China time).</param>
/// <param name="Kind">Holiday or make-up working day.</param>
/// <param name="Name">Display name, e.g. "春节", "春节调休上班".</param>
public sealed record CalendarDay(DateOnly Date, CalendarDayKind Kind, string Name);

/// <summary>What the calendar does for a date in a year whose holiday data has not been loaded.</summary>
public enum CalendarFallback
{
    /// <summary>Refuse: throw <see cref="CalendarYearNotLoadedException"/> (default).</summary>
    Throw,

    /// <summary>Treat every Monday–Friday as a working day and every weekend day as a rest day.</summary>
    WeekdaysOnly,
}
