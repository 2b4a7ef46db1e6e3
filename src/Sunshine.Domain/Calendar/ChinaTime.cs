namespace Sunshine.Domain.Calendar;

/// <summary>
/// Maps instants to China calendar dates. China Standard Time is a fixed UTC+08:00
/// (no daylight saving since 1991), so no time-zone database is needed.
/// </summary>
/// <remarks>
/// Instants are expected as UTC <see cref="DateTime"/>. A value of kind
/// <see cref="DateTimeKind.Unspecified"/> is taken to be UTC (that is how SQLite
/// hands stored UTC instants back); a value of kind <see cref="DateTimeKind.Local"/>
/// is converted to UTC first.
/// </remarks>
public static class ChinaTime
{
    /// <summary>The fixed offset of China Standard Time.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The China calendar date on which the instant falls.</summary>
    public static DateOnly ToChinaDate(DateTime utc) => DateOnly.FromDateTime(AsUtc(utc) + Offset);

    /// <summary>The UTC instant at which the given China date begins (00:00 China time).</summary>
    public static DateTime StartOfChinaDayUtc(DateOnly date)
        => DateTime.SpecifyKind(date.ToDateTime(TimeOnly.MinValue) - Offset, DateTimeKind.Utc);

    /// <summary>Normalises an instant to kind UTC (Unspecified is taken as UTC, Local is converted).</summary>
    public static DateTime AsUtc(DateTime instant) => instant.Kind switch
    {
        DateTimeKind.Utc => instant,
        DateTimeKind.Unspecified => DateTime.SpecifyKind(instant, DateTimeKind.Utc),
        DateTimeKind.Local => instant.ToUniversalTime(),
        _ => throw new ArgumentOutOfRangeException(nameof(instant), instant.Kind, "Unknown DateTimeKind."),
    };
}
