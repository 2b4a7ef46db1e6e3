using Microsoft.EntityFrameworkCore;
using Sunshine.Domain.Requests;
using Sunshine.Web.Platform.Org;

namespace Sunshine.Web.Features.Requests;

/// <summary>How the application reached the agency; decides the receipt date (Art. 31).</summary>
public enum RequestChannel
{
    /// <summary>网上申请: received when both sides confirm (the platform's instant acknowledgement).</summary>
    Online = 0,
    /// <summary>当面提交: the day it is handed in.</summary>
    InPerson = 1,
    /// <summary>挂号信/EMS: the day it is signed for.</summary>
    RegisteredPost = 2,
    /// <summary>平常信函: the day receipt is confirmed with the applicant.</summary>
    OrdinaryPost = 3,
    /// <summary>传真: the day both sides confirm.</summary>
    Fax = 4,
    /// <summary>电子邮件: the day both sides confirm.</summary>
    Email = 5,
}

/// <summary>获取信息的方式 the applicant prefers.</summary>
public enum PreferredForm
{
    /// <summary>纸质</summary>
    Paper = 0,
    /// <summary>电子邮件</summary>
    Email = 1,
    /// <summary>光盘/电子数据（网上下载）</summary>
    Electronic = 2,
    /// <summary>当场阅读、抄录</summary>
    ViewOnSite = 3,
}

/// <summary>身份证件类型</summary>
public enum IdDocumentType
{
    ResidentIdCard = 0,
    Passport = 1,
    HongKongMacaoPass = 2,
    TaiwanPass = 3,
    Other = 9,
}

/// <summary>
/// 政府信息公开申请. Personal data (name of a natural person, ID number, phone, email, address) never leaves the
/// back office unmasked; the public sees only the tracking page of its own application.
/// </summary>
public sealed class DisclosureRequest : IAudited, IOrgScoped
{
    public long Id { get; set; }

    /// <summary>受理编号, e.g. YSQ-2026-000123.</summary>
    public string TrackingNumber { get; set; } = "";

    /// <summary>PBKDF2 hash of the 8-digit query code (<see cref="Platform.Web.QueryCodes"/>).</summary>
    public string QueryCodeHash { get; set; } = "";

    public RequestChannel Channel { get; set; }

    /// <summary>收到申请之日 (China date, Art. 31): day 0 of the reply clock.</summary>
    public DateOnly ReceivedOn { get; set; }

    public DateTime SubmittedUtc { get; set; }

    /// <summary>Staff member who registered an in-person/post/fax application; null when submitted online.</summary>
    public string? RegisteredById { get; set; }

    public ApplicantKind ApplicantKind { get; set; }

    /// <summary>申请人姓名 (natural person) or 单位名称 (organisation). Personal data for natural persons.</summary>
    public string ApplicantName { get; set; } = "";

    public IdDocumentType? IdType { get; set; }

    /// <summary>证件号码 (personal data).</summary>
    public string? IdNumber { get; set; }

    /// <summary>统一社会信用代码 (organisations).</summary>
    public string? OrganisationCode { get; set; }

    /// <summary>法定代表人/负责人 (organisations).</summary>
    public string? LegalRepresentative { get; set; }

    /// <summary>联系人 (organisations).</summary>
    public string? ContactPerson { get; set; }

    /// <summary>联系电话 (personal data).</summary>
    public string? Phone { get; set; }

    /// <summary>电子邮箱 (personal data).</summary>
    public string? Email { get; set; }

    /// <summary>通信地址 (personal data).</summary>
    public string? Address { get; set; }

    public string? PostCode { get; set; }

    /// <summary>所需信息的名称、文号或者便于查询的其他特征性描述 (Art. 29).</summary>
    public string Description { get; set; } = "";

    /// <summary>申请用途 (optional).</summary>
    public string? Purpose { get; set; }

    public PreferredForm PreferredForm { get; set; }

    /// <summary>The agency the application is addressed to and that answers it.</summary>
    public int AgencyUnitId { get; set; }

    public OrgUnit? AgencyUnit { get; set; }

    public string OrgPath { get; set; } = "/";

    public RequestStatus Status { get; set; }

    /// <summary>The shared statutory clock (20 working days, ledger of pauses and the extension).</summary>
    public long? ClockId { get; set; }

    public int ExtensionCount { get; set; }

    public int CorrectionNoticeCount { get; set; }

    /// <summary>补正期限: after it the application is deemed abandoned.</summary>
    public DateOnly? CorrectionDueOn { get; set; }

    /// <summary>What must be corrected (the one-time notice, 一次性告知).</summary>
    public string? CorrectionRequest { get; set; }

    public FeeBasis? FeeBasis { get; set; }

    public int? FeeCount { get; set; }

    public decimal? FeeAmount { get; set; }

    public DateOnly? FeeDueOn { get; set; }

    /// <summary>The computation shown on the fee notice.</summary>
    public string? FeeExplanation { get; set; }

    public ReplyOutcome? Outcome { get; set; }

    public ReplyReason? Reason { get; set; }

    public ReplyNote ReplyNote { get; set; }

    /// <summary>The reply letter (告知书) text, generated from the template and edited by the handler.</summary>
    public string? ReplyText { get; set; }

    /// <summary>部分公开: the content that was separated and withheld, and why.</summary>
    public string? SeparatedContent { get; set; }

    /// <summary>Art. 36(1): where the already disclosed information can be found.</summary>
    public string? DisclosedLocation { get; set; }

    /// <summary>Art. 36(5): the agency that holds the information.</summary>
    public string? ResponsibleAgency { get; set; }

    public string? DraftedById { get; set; }

    public DateTime? DraftedUtc { get; set; }

    /// <summary>Second person who reviewed the reply before it went out.</summary>
    public string? ApprovedById { get; set; }

    public DateTime? RepliedUtc { get; set; }

    /// <summary>办结日期 (China date): decides the annual-report year of the result.</summary>
    public DateOnly? ClosedOn { get; set; }

    /// <summary>Set on the new application created when this one was transferred to another agency in the tree.</summary>
    public long? TransferredFromId { get; set; }

    /// <summary>Satisfaction 1–5 given by the applicant (非常不满意 … 非常满意).</summary>
    public int? Rating { get; set; }

    public string? RatingComment { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>Optimistic concurrency: a transition only succeeds on the version it was decided on.</summary>
    public int Version { get; set; }
}

/// <summary>One step of an application's timeline; public steps are shown on the tracking page.</summary>
public sealed class RequestEvent
{
    public long Id { get; set; }

    public long RequestId { get; set; }

    public DateTime AtUtc { get; set; }

    public RequestAction? Action { get; set; }

    public RequestStatus? FromStatus { get; set; }

    public RequestStatus ToStatus { get; set; }

    public string ActorName { get; set; } = "";

    /// <summary>What the applicant sees (no personal data, no internal notes).</summary>
    public string PublicText { get; set; } = "";

    /// <summary>Staff-only note.</summary>
    public string? InternalNote { get; set; }

    public bool IsPublic { get; set; } = true;
}

public enum AttachmentPurpose
{
    /// <summary>身份证明材料</summary>
    IdentityDocument = 0,
    /// <summary>补正材料</summary>
    Correction = 1,
    /// <summary>答复附件 (delivered through the tracking page)</summary>
    ReplyDocument = 2,
    /// <summary>其他</summary>
    Other = 9,
}

/// <summary>A file attached to an application.</summary>
public sealed class RequestAttachment
{
    public long Id { get; set; }

    public long RequestId { get; set; }

    public Guid FileId { get; set; }

    public AttachmentPurpose Purpose { get; set; }

    /// <summary>Reply documents are downloadable by the applicant with the tracking number and query code.</summary>
    public bool VisibleToApplicant { get; set; }
}

/// <summary>行政复议/行政诉讼 about an application (feeds Table 四).</summary>
public sealed class RequestReviewCase : IAudited, IOrgScoped
{
    public long Id { get; set; }

    public long RequestId { get; set; }

    public ReviewProceeding Proceeding { get; set; }

    public DateOnly FiledOn { get; set; }

    public ReviewResult? Result { get; set; }

    public DateOnly? ConcludedOn { get; set; }

    /// <summary>复议机关 or 法院.</summary>
    public string Body { get; set; } = "";

    public string? CaseNumber { get; set; }

    public string? Note { get; set; }

    public string OrgPath { get; set; } = "/";
}

/// <summary>Editable reply-letter template (告知书) per outcome and reason; placeholders in {braces}.</summary>
public sealed class ReplyTemplate : IAudited
{
    public int Id { get; set; }

    public ReplyOutcome Outcome { get; set; }

    public ReplyReason? Reason { get; set; }

    public string Title { get; set; } = "";

    public string Body { get; set; } = "";

    public DateTime UpdatedUtc { get; set; }
}

/// <summary>政府信息公开工作年度报告: the texts of sections 一/五/六 and Table 二's figures for one agency (or the county government) and year.</summary>
public sealed class AnnualReportText : IAudited, IOrgScoped
{
    public long Id { get; set; }

    public int Year { get; set; }

    /// <summary>The reporting agency; the county (root) unit means the government's overall report.</summary>
    public int AgencyUnitId { get; set; }

    public string OrgPath { get; set; } = "/";

    public string Overview { get; set; } = "";

    public string Problems { get; set; } = "";

    public string Other { get; set; } = "";

    /// <summary>Table 二 figures as JSON (entered or imported by the office).</summary>
    public string Table2Json { get; set; } = "{}";

    public DateTime? PublishedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }
}

/// <summary>EF mapping of the module; called from <see cref="Platform.Db.SunshineDb"/>.</summary>
public static class RequestsModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<DisclosureRequest>(e =>
        {
            e.ToTable("disclosure_requests");
            e.Property(x => x.TrackingNumber).HasMaxLength(24);
            e.HasIndex(x => x.TrackingNumber).IsUnique();
            e.Property(x => x.QueryCodeHash).HasMaxLength(64);
            e.Property(x => x.ApplicantName).HasMaxLength(100);
            e.Property(x => x.IdNumber).HasMaxLength(40);
            e.Property(x => x.OrganisationCode).HasMaxLength(30);
            e.Property(x => x.LegalRepresentative).HasMaxLength(60);
            e.Property(x => x.ContactPerson).HasMaxLength(60);
            e.Property(x => x.Phone).HasMaxLength(40);
            e.Property(x => x.Email).HasMaxLength(120);
            e.Property(x => x.Address).HasMaxLength(200);
            e.Property(x => x.PostCode).HasMaxLength(10);
            e.Property(x => x.Description).HasMaxLength(4000);
            e.Property(x => x.Purpose).HasMaxLength(1000);
            e.Property(x => x.OrgPath).HasMaxLength(400);
            e.Property(x => x.CorrectionRequest).HasMaxLength(2000);
            e.Property(x => x.FeeAmount).HasPrecision(12, 2);
            e.Property(x => x.FeeExplanation).HasMaxLength(1000);
            e.Property(x => x.ReplyText).HasMaxLength(20000);
            e.Property(x => x.SeparatedContent).HasMaxLength(4000);
            e.Property(x => x.DisclosedLocation).HasMaxLength(500);
            e.Property(x => x.ResponsibleAgency).HasMaxLength(200);
            e.Property(x => x.DraftedById).HasMaxLength(64);
            e.Property(x => x.ApprovedById).HasMaxLength(64);
            e.Property(x => x.RegisteredById).HasMaxLength(64);
            e.Property(x => x.RatingComment).HasMaxLength(1000);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasOne(x => x.AgencyUnit).WithMany().HasForeignKey(x => x.AgencyUnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.OrgPath);
            e.HasIndex(x => new { x.Status, x.ReceivedOn });
            e.HasIndex(x => x.ClosedOn);
        });
        b.Entity<RequestEvent>(e =>
        {
            e.ToTable("disclosure_request_events");
            e.Property(x => x.ActorName).HasMaxLength(120);
            e.Property(x => x.PublicText).HasMaxLength(1000);
            e.Property(x => x.InternalNote).HasMaxLength(2000);
            e.HasIndex(x => new { x.RequestId, x.AtUtc });
        });
        b.Entity<RequestAttachment>(e =>
        {
            e.ToTable("disclosure_request_attachments");
            e.HasIndex(x => x.RequestId);
        });
        b.Entity<RequestReviewCase>(e =>
        {
            e.ToTable("disclosure_request_reviews");
            e.Property(x => x.Body).HasMaxLength(200);
            e.Property(x => x.CaseNumber).HasMaxLength(60);
            e.Property(x => x.Note).HasMaxLength(1000);
            e.Property(x => x.OrgPath).HasMaxLength(400);
            e.HasIndex(x => x.RequestId);
            e.HasIndex(x => x.FiledOn);
        });
        b.Entity<ReplyTemplate>(e =>
        {
            e.ToTable("disclosure_reply_templates");
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Body).HasMaxLength(20000);
            e.HasIndex(x => new { x.Outcome, x.Reason }).IsUnique();
        });
        b.Entity<AnnualReportText>(e =>
        {
            e.ToTable("disclosure_annual_reports");
            e.Property(x => x.Overview).HasMaxLength(20000);
            e.Property(x => x.Problems).HasMaxLength(20000);
            e.Property(x => x.Other).HasMaxLength(20000);
            e.Property(x => x.Table2Json).HasMaxLength(4000);
            e.Property(x => x.OrgPath).HasMaxLength(400);
            e.HasIndex(x => new { x.Year, x.AgencyUnitId }).IsUnique();
        });
    }
}
