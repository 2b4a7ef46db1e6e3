using System.Globalization;
using Sunshine.Domain.Calendar;

namespace Sunshine.Domain.Requests;

/// <summary>Statutory time limits of the workflow. All periods count working days; the start day is day 0.</summary>
public static partial class RequestWorkflow
{
    /// <summary>Reply period: 20 working days from receipt (Art. 33 ¶2).</summary>
    public const int ReplyWorkingDays = 20;

    /// <summary>Longest extension: 20 working days (Art. 33 ¶2).</summary>
    public const int MaxExtensionWorkingDays = 20;

    /// <summary>Extensions allowed per application: one (Art. 33 ¶2, "延长的期限最长不得超过20个工作日").</summary>
    public const int MaxExtensions = 1;

    /// <summary>The one-time correction notice must go out within 7 working days of receipt (Art. 30).</summary>
    public const int CorrectionNoticeWorkingDays = 7;

    /// <summary>A third party (Art. 32) or another agency (Art. 34) answers within 15 working days of receiving the letter.</summary>
    public const int ConsultationWorkingDays = 15;

    /// <summary>Default payment window of a fee notice (RULES.md §2 [open], the 20 working days of 国办函〔2020〕109号).</summary>
    public const int DefaultFeePaymentWorkingDays = 20;

    /// <summary>The last day on which the one-time correction notice may be sent (7th working day after receipt).</summary>
    public static DateOnly CorrectionNoticeDeadline(WorkingCalendar calendar, DateOnly received)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.AddWorkingDays(received, CorrectionNoticeWorkingDays);
    }

    /// <summary>
    /// Whether a correction notice may be sent <paramref name="today"/> for an application received
    /// on <paramref name="received"/>: from the day of receipt up to the 7th working day after it (Art. 30).
    /// </summary>
    public static bool CorrectionNoticeAllowed(WorkingCalendar calendar, DateOnly received, DateOnly today)
        => today >= received && today <= CorrectionNoticeDeadline(calendar, received);

    /// <summary>
    /// Throws a Chinese <see cref="DomainException"/> unless a correction notice may be sent: at most one
    /// (一次性告知) and within 7 working days of receipt (Art. 30).
    /// </summary>
    public static void EnsureCorrectionNoticeAllowed(WorkingCalendar calendar, DateOnly received, DateOnly today, int priorCorrectionNotices)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(priorCorrectionNotices);
        if (priorCorrectionNotices > 0)
        {
            throw new DomainException(
                "request.correction-already-requested",
                "补正告知应当一次性作出，本申请已发出过补正告知，不能再次要求补正。");
        }

        if (today < received)
        {
            throw new DomainException(
                "request.correction-before-receipt",
                $"补正告知日期（{Format(today)}）不能早于收到申请的日期（{Format(received)}）。");
        }

        var deadline = CorrectionNoticeDeadline(calendar, received);
        if (today > deadline)
        {
            throw new DomainException(
                "request.correction-too-late",
                $"补正告知应当自收到申请之日起{CorrectionNoticeWorkingDays}个工作日内作出（收到申请{Format(received)}，最迟{Format(deadline)}），今天（{Format(today)}）已超过期限。");
        }
    }

    /// <summary>
    /// Throws a Chinese <see cref="DomainException"/> unless an extension of <paramref name="workingDays"/>
    /// may be granted after <paramref name="priorExtensions"/> earlier ones: only once, 1–20 working days (Art. 33 ¶2).
    /// </summary>
    public static void EnsureExtensionAllowed(int priorExtensions, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(priorExtensions);
        if (priorExtensions >= MaxExtensions)
        {
            throw new DomainException(
                "request.extension-already-granted",
                "答复期限只能延长一次，本申请已延长过答复期限。");
        }

        if (workingDays < 1 || workingDays > MaxExtensionWorkingDays)
        {
            throw new DomainException(
                "request.invalid-extension",
                $"延长的期限必须在1至{MaxExtensionWorkingDays}个工作日之间，实际为{workingDays}个工作日。");
        }
    }

    /// <summary>
    /// Throws unless a longer deadline under Art. 35 (reasonable but very large application) is at least
    /// one working day. Art. 35 sets no upper bound and is not the Art. 33 extension, so it does not use it up.
    /// </summary>
    public static void EnsureLongerDeadlineAllowed(int workingDays)
    {
        if (workingDays < 1 || workingDays > WorkingDayClock.MaxDays)
        {
            throw new DomainException(
                "request.invalid-longer-deadline",
                $"延迟答复的期限必须在1至{WorkingDayClock.MaxDays}个工作日之间，实际为{workingDays}个工作日。");
        }
    }

    /// <summary>
    /// The last day a third party may answer (Art. 32): the 15th working day after it received the
    /// letter asking for its opinion. Silence means the agency decides.
    /// </summary>
    public static DateOnly ThirdPartyAnswerDeadline(WorkingCalendar calendar, DateOnly letterReceived)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.AddWorkingDays(letterReceived, ConsultationWorkingDays);
    }

    /// <summary>
    /// The last day a consulted agency may answer (Art. 34): the 15th working day after it received the
    /// letter. Silence means consent to disclosure.
    /// </summary>
    public static DateOnly AgencyAnswerDeadline(WorkingCalendar calendar, DateOnly letterReceived)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.AddWorkingDays(letterReceived, ConsultationWorkingDays);
    }

    /// <summary>The last day to pay a fee notice received on <paramref name="noticeReceived"/> (default 20 working days).</summary>
    public static DateOnly FeePaymentDeadline(WorkingCalendar calendar, DateOnly noticeReceived, int workingDays = DefaultFeePaymentWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.AddWorkingDays(noticeReceived, workingDays);
    }

    private static string Format(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
