using Sunshine.Domain.Calendar;
using static Sunshine.Domain.Tests.Calendar.TestDates;

namespace Sunshine.Domain.Tests.Calendar;

public class CalendarFileTests
{
    [Fact]
    public void Formatting_and_parsing_the_built_in_2026_data_round_trips()
    {
        var text = CalendarFile.Format(ChinaHolidays.Year2026);

        Assert.StartsWith("#", text, StringComparison.Ordinal);
        Assert.Contains("2026-02-14,workday,春节调休上班\n", text, StringComparison.Ordinal);
        Assert.Contains("2026-10-01,holiday,国庆节\n", text, StringComparison.Ordinal);
        Assert.Equal(ChinaHolidays.Year2026, CalendarFile.Parse(2026, text));
    }

    [Fact]
    public void Format_sorts_by_date()
    {
        var text = CalendarFile.Format(
        [
            new CalendarDay(D(2026, 2, 28), CalendarDayKind.MakeUpWorkday, "春节调休上班"),
            new CalendarDay(D(2026, 1, 1), CalendarDayKind.Holiday, "元旦"),
        ]);

        Assert.Equal("# 日期,类型(holiday=放假, workday=调休上班),名称\n2026-01-01,holiday,元旦\n2026-02-28,workday,春节调休上班\n", text);
    }

    [Fact]
    public void Parsing_ignores_comments_blank_lines_a_byte_order_mark_and_Windows_line_ends()
    {
        var text = "\uFEFF# 2026年节假日\r\n\r\n2026-02-28 , WORKDAY , 春节调休上班\r\n   \r\n2026-01-01,Holiday,元旦\r\n# end";

        var days = CalendarFile.Parse(2026, text);

        Assert.Equal(
            [
                new CalendarDay(D(2026, 1, 1), CalendarDayKind.Holiday, "元旦"),
                new CalendarDay(D(2026, 2, 28), CalendarDayKind.MakeUpWorkday, "春节调休上班"),
            ],
            days);
    }

    [Fact]
    public void A_bad_import_file_reports_every_bad_line_with_its_line_number()
    {
        var text = string.Join('\n',
            "# 2026",                              // 1 comment
            "2026-01-01,holiday,元旦",             // 2 ok
            "2025-12-31,holiday,跨年",             // 3 wrong year
            "2026-03-09,workday,周一调休",         // 4 Monday is not a weekend day
            "2026-02-15,vacation,春节",            // 5 unknown kind
            "2026-02-30,holiday,春节",             // 6 no such date
            "2026-01-01,holiday,元旦",             // 7 duplicate of line 2
            "2026-10-01 holiday 国庆节",           // 8 no commas
            "2026-10-02,holiday,",                 // 9 no name
            "",                                    // 10 blank
            "2026-02-14,workday,春节调休上班");    // 11 ok

        var error = Assert.Throws<CalendarFileException>(() => CalendarFile.Parse(2026, text));

        Assert.Equal("calendar.file-invalid", error.Code);
        Assert.Equal([3, 4, 5, 6, 7, 8, 9], error.Errors.Select(e => e.LineNumber));
        Assert.Contains("不属于2026年", error.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("星期一", error.Errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("vacation", error.Errors[2].Message, StringComparison.Ordinal);
        Assert.Contains("2026-02-30", error.Errors[3].Message, StringComparison.Ordinal);
        Assert.Contains("与第2行重复", error.Errors[4].Message, StringComparison.Ordinal);
        Assert.Contains("格式应为", error.Errors[5].Message, StringComparison.Ordinal);
        Assert.Contains("缺少名称", error.Errors[6].Message, StringComparison.Ordinal);
        // The user-facing message names every line.
        Assert.StartsWith("2026年工作日历文件有 7 处错误", error.Message, StringComparison.Ordinal);
        foreach (var line in new[] { 3, 4, 5, 6, 7, 8, 9 })
        {
            Assert.Contains($"第{line}行：", error.Message, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("第2行：", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("第11行", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_holiday_may_fall_on_a_weekend_because_official_off_ranges_include_them()
    {
        // Sat 2026-01-03 is part of the New Year off range 1/1–1/3.
        var days = CalendarFile.Parse(2026, "2026-01-03,holiday,元旦");

        Assert.Equal(CalendarDayKind.Holiday, Assert.Single(days).Kind);
    }

    [Fact]
    public void A_file_without_any_day_is_rejected()
    {
        var error = Assert.Throws<CalendarFileException>(() => CalendarFile.Parse(2027, "# nothing here\n\n"));

        Assert.Contains("没有任何日期", error.Message, StringComparison.Ordinal);
    }
}
