using Sunshine.Domain.Calendar;
using static Sunshine.Domain.Tests.Calendar.TestDates;

namespace Sunshine.Domain.Tests.Calendar;

public class ChinaTimeTests
{
    [Fact]
    public void An_instant_before_16_00_UTC_is_still_the_same_China_date()
    {
        // 2026-01-31 15:59:59Z = 2026-01-31 23:59:59 in Beijing.
        Assert.Equal(D(2026, 1, 31), ChinaTime.ToChinaDate(new DateTime(2026, 1, 31, 15, 59, 59, DateTimeKind.Utc)));
    }

    [Fact]
    public void An_instant_at_16_00_UTC_is_already_the_next_China_date()
    {
        // 2026-01-31 16:00Z = 2026-02-01 00:00 in Beijing.
        Assert.Equal(D(2026, 2, 1), ChinaTime.ToChinaDate(new DateTime(2026, 1, 31, 16, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Start_of_a_China_day_is_16_00_UTC_of_the_previous_day()
    {
        var start = ChinaTime.StartOfChinaDayUtc(D(2026, 2, 1));

        Assert.Equal(new DateTime(2026, 1, 31, 16, 0, 0, DateTimeKind.Utc), start);
        Assert.Equal(DateTimeKind.Utc, start.Kind);
        Assert.Equal(D(2026, 2, 1), ChinaTime.ToChinaDate(start));
        Assert.Equal(D(2026, 1, 31), ChinaTime.ToChinaDate(start.AddTicks(-1)));
    }

    [Fact]
    public void Unspecified_kind_is_read_as_UTC_the_way_SQLite_returns_it()
    {
        // 2026-07-01 20:00 (unspecified, meaning UTC) = 2026-07-02 04:00 in Beijing; summer changes nothing (no DST).
        Assert.Equal(D(2026, 7, 2), ChinaTime.ToChinaDate(new DateTime(2026, 7, 1, 20, 0, 0, DateTimeKind.Unspecified)));
    }
}
