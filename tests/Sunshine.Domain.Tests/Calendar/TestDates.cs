namespace Sunshine.Domain.Tests.Calendar;

internal static class TestDates
{
    public static DateOnly D(int year, int month, int day) => new(year, month, day);

    /// <summary>The UTC instant of a China wall-clock time (UTC+8).</summary>
    public static DateTime China(int year, int month, int day, int hour = 9, int minute = 0)
        => new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc).AddHours(-8);
}
