using Sunshine.Domain.Requests;
using Sunshine.Web.Platform.Web;

namespace Sunshine.Web.Features.Requests;

/// <summary>A reply document the applicant may download (答复附件, <see cref="RequestAttachment.VisibleToApplicant"/>).</summary>
public sealed record ApplicantDocument(long AttachmentId, string FileName, long Length, AttachmentPurpose Purpose);

/// <summary>
/// What the applicant sees of their own application on /requests/status after giving the tracking number and the
/// query code. Built by <see cref="ApplicantAccess.ViewAsync"/>; personal data is masked (name) or left out.
/// </summary>
/// <remarks>
/// <see cref="QueryCode"/> is the code the applicant has just typed and that was verified against the stored hash.
/// It exists only in this object to be echoed in hidden fields of POSTed forms (applicant actions re-verify it);
/// never put it in a link or a query string.
/// </remarks>
public sealed class ApplicantView
{
    public required long RequestId { get; init; }

    /// <summary>受理编号, e.g. YSQ-2026-000123.</summary>
    public required string TrackingNumber { get; init; }

    /// <summary>The verified query code (for hidden form fields only).</summary>
    public required string QueryCode { get; init; }

    public required RequestStatus Status { get; init; }

    /// <summary><see cref="RequestWorkflow.Label(RequestStatus)"/>, e.g. 办理中.</summary>
    public required string StatusLabel { get; init; }

    /// <summary>Replied, transferred, withdrawn or abandoned.</summary>
    public bool IsFinished => RequestWorkflow.IsTerminal(Status);

    /// <summary>Row version of the application (optimistic concurrency of transitions).</summary>
    public required int Version { get; init; }

    public required ApplicantKind ApplicantKind { get; init; }

    /// <summary>Natural person: Masker.Default.Name (张*); organisation: its name.</summary>
    public required string ApplicantDisplayName { get; init; }

    public required int AgencyUnitId { get; init; }

    public required string AgencyName { get; init; }

    public required RequestChannel Channel { get; init; }

    /// <summary>收到申请之日 (Art. 31), day 0 of the reply clock.</summary>
    public required DateOnly ReceivedOn { get; init; }

    public required DateTime SubmittedUtc { get; init; }

    /// <summary>The applicant's description, personal data in it masked (Masker.MaskText).</summary>
    public required string Description { get; init; }

    public required PreferredForm PreferredForm { get; init; }

    /// <summary>Current reply deadline; null while the clock is suspended, after the case ended, or when the calendar of that year is not loaded.</summary>
    public DateOnly? DueOn { get; init; }

    /// <summary>Working days left up to <see cref="DueOn"/> (0 when overdue); null when there is no running clock.</summary>
    public int? RemainingWorkingDays { get; init; }

    /// <summary>The clock is paused (waiting for a correction, a fee, a consultation).</summary>
    public bool ClockSuspended { get; init; }

    public bool Overdue { get; init; }

    public int ExtensionCount { get; init; }

    /// <summary>补正: what must be corrected and by when (status AwaitingCorrection).</summary>
    public string? CorrectionRequest { get; init; }

    public DateOnly? CorrectionDueOn { get; init; }

    /// <summary>收费: amount, deadline and the computation shown on the fee notice (status AwaitingFee).</summary>
    public decimal? FeeAmount { get; init; }

    public DateOnly? FeeDueOn { get; init; }

    public string? FeeExplanation { get; init; }

    /// <summary>Set once Replied (or closed by an action that fixes the result).</summary>
    public ReplyOutcome? Outcome { get; init; }

    /// <summary>ReplyCatalog label, e.g. 部分公开.</summary>
    public string? OutcomeLabel { get; init; }

    public ReplyReason? Reason { get; init; }

    public string? ReasonLabel { get; init; }

    /// <summary>The reply letter (告知书), only when Replied; the applicant's own name in it masked.</summary>
    public string? ReplyText { get; init; }

    public DateTime? RepliedUtc { get; init; }

    /// <summary>Art. 36(1): where the information is already published.</summary>
    public string? DisclosedLocation { get; init; }

    /// <summary>Art. 36(5): the agency that holds the information.</summary>
    public string? ResponsibleAgency { get; init; }

    /// <summary>满意度 1–5 once rated.</summary>
    public int? Rating { get; init; }

    public string? RatingComment { get; init; }

    /// <summary>Public steps (RequestEvent.IsPublic) in order, masked.</summary>
    public required IReadOnlyList<TrackingStep> Timeline { get; init; }

    /// <summary>Documents visible to the applicant; download through POST /requests/status?handler=Download (re-checks the code).</summary>
    public required IReadOnlyList<ApplicantDocument> Documents { get; init; }
}
