namespace Sunshine.Domain.Calendar;

/// <summary>
/// A working-day computation touched a year whose holidays and make-up working days
/// have not been loaded, and the calendar is configured not to guess.
/// </summary>
public sealed class CalendarYearNotLoadedException : DomainException
{
    public const string ErrorCode = "calendar.year-not-loaded";

    public CalendarYearNotLoadedException(int year)
        : base(ErrorCode, $"尚未载入{year}年的节假日安排，无法计算工作日期限。请管理员在“工作日历”中导入该年度数据。")
        => Year = year;

    /// <summary>The year that is missing.</summary>
    public int Year { get; }
}
