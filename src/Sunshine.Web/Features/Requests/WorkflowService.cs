using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sunshine.Domain;
using Sunshine.Domain.Calendar;
using Sunshine.Domain.Requests;
using Sunshine.Web.Platform.Calendar;
using Sunshine.Web.Platform.Db;
using Sunshine.Web.Platform.Files;
using Sunshine.Web.Platform.Notifications;
using Sunshine.Web.Platform.Org;
using Sunshine.Web.Platform.Web;

namespace Sunshine.Web.Features.Requests;

/// <summary>What the handler decides when drafting the reply.</summary>
public sealed record ReplyDraft(
    ReplyOutcome Outcome,
    ReplyReason? Reason,
    ReplyNote Note,
    string? SeparatedContent,
    string? DisclosedLocation,
    string? ResponsibleAgency,
    string? Text);

/// <summary>The result of a transfer: the new application and the query code to send to the applicant.</summary>
public sealed record TransferResult(long NewRequestId, string NewTrackingNumber, string AgencyName);

/// <summary>
/// 依申请公开办理: one method per transition. Each loads the application (the scope filter applies), checks the
/// actor's role, asks <see cref="RequestWorkflow.Next"/> for the next status, applies the action's clock effect
/// (<see cref="RequestWorkflow.ClockEffectOf"/>) to the shared clock, enforces the rules of the regulation, writes the
/// timeline event and the notice to the applicant, bumps <see cref="DisclosureRequest.Version"/> and saves once.
/// A second transition decided on the same version fails with "已被他人处理，请刷新" and changes nothing.
/// </summary>
public sealed partial class RequestWorkflowService(
    SunshineDb db,
    ClockService clocks,
    CalendarService calendars,
    TrackingNumbers numbers,
    FileStore files,
    ReplyTemplates templates,
    IOptions<RequestWorkflowOptions> options)
{
    public const string ClockOwnerType = "disclosure-request";

    /// <summary>Marks internal events that need a callback (回访) after a bad review.</summary>
    public const string CallbackMarker = "【待回访】";

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    [GeneratedRegex("^1[3-9][0-9]{9}$")]
    private static partial Regex Mobile();

    /// <summary>One transition in progress: the loaded rows and the moment it happens.</summary>
    private sealed class Step
    {
        public required DisclosureRequest Request { get; init; }
        public required ClockRecord? Clock { get; init; }
        public required WorkingCalendar Calendar { get; init; }
        public required RequestAction Action { get; init; }
        public required RequestStatus From { get; init; }
        public required RequestStatus To { get; init; }
        public required WorkflowActor Actor { get; init; }
        public required DateTime Now { get; init; }
        public DateOnly Today => ChinaTime.ToChinaDate(Now);
    }

    private RequestWorkflowOptions Options => options.Value;

    private DbSet<DisclosureRequest> Requests => db.Set<DisclosureRequest>();

    // ---- transitions -------------------------------------------------------------------------------------

    /// <summary>受理.</summary>
    public async Task AcceptAsync(long id, WorkflowActor actor, int? version, string? note = null, CancellationToken ct = default)
    {
        var s = await BeginAsync(id, RequestAction.Accept, actor, version, ct);
        await ApplyClockAsync(s, "受理", 0, ct);
        await CommitAsync(s, "申请已受理，正在办理。", Clean(note), notice: null, ct);
    }

    /// <summary>一次性告知补正 (Art. 30): within 7 working days of receipt, once; the clock stops until the correction arrives.</summary>
    public async Task RequestCorrectionAsync(long id, WorkflowActor actor, int? version, string whatIsMissing, CancellationToken ct = default)
    {
        var text = Required(whatIsMissing, 2000, "request.correction-text", "请写明需要补正的全部事项（一次性告知）。", "补正事项不能超过2000字。");
        var s = await BeginAsync(id, RequestAction.RequestCorrection, actor, version, ct);
        var r = s.Request;
        RequestWorkflow.EnsureCorrectionNoticeAllowed(s.Calendar, r.ReceivedOn, s.Today, r.CorrectionNoticeCount);
        r.CorrectionNoticeCount++;
        r.CorrectionRequest = text;
        r.CorrectionDueOn = s.Calendar.AddWorkingDays(s.Today, Options.CorrectionWorkingDays);
        await ApplyClockAsync(s, "发出补正告知", 0, ct);
        var due = Date(r.CorrectionDueOn.Value);
        var publicText = $"本机关已发出补正告知（一次性告知），请于{due}前补正：{text}。补正期间不计入答复期限；逾期无正当理由不补正的，视为放弃申请。";
        await CommitAsync(s, Limit(publicText, 1000), null,
            ("政府信息公开申请补正告知", $"您的政府信息公开申请（受理编号：{r.TrackingNumber}）需要补正：{text}\n请于{due}前通过办理进度页面或向本机关提交补正材料。逾期无正当理由不补正的，视为放弃申请。"), ct);
    }

    /// <summary>提交补正 (Art. 30): the reply period restarts from the day the correction arrives.</summary>
    public async Task SupplyCorrectionAsync(long id, WorkflowActor actor, int? version, string? text, Stream? file, string? fileName, CancellationToken ct = default)
    {
        var content = Clean(text);
        if (content is null && file is null)
        {
            throw new DomainException("request.correction-empty", "请填写补正内容或上传补正材料。");
        }
        if (content is { Length: > 2000 })
        {
            throw new DomainException("request.correction-too-long", "补正内容不能超过2000字。");
        }
        var s = await BeginAsync(id, RequestAction.SupplyCorrection, actor, version, ct);
        var r = s.Request;
        if (file is not null)
        {
            var stored = await files.SaveAsync(file, fileName ?? "补正材料", ClockOwnerType, r.Id.ToString(Inv), ct);
            db.Set<RequestAttachment>().Add(new RequestAttachment { RequestId = r.Id, FileId = stored.Id, Purpose = AttachmentPurpose.Correction });
        }
        await ApplyClockAsync(s, "收到补正材料，答复期限重新计算", 0, ct);
        var due = s.Clock?.DueDate is { } d ? Date(d) : null;
        var publicText = due is null
            ? $"{Date(s.Today)}收到补正材料，答复期限自该日起重新计算。"
            : $"{Date(s.Today)}收到补正材料，答复期限自该日起重新计算，答复期限至{due}。";
        await CommitAsync(s, publicText, content is null ? null : "补正内容：" + content, notice: null, ct);
    }

    /// <summary>逾期未补正 (Art. 30): deemed abandoned once the correction deadline has passed.</summary>
    public async Task CorrectionExpiredAsync(long id, WorkflowActor actor, int? version, CancellationToken ct = default)
    {
        var s = await BeginAsync(id, RequestAction.CorrectionExpired, actor, version, ct);
        var r = s.Request;
        if (r.CorrectionDueOn is { } due && s.Today <= due)
        {
            throw new DomainException("request.correction-not-expired", $"补正期限至{Date(due)}，尚未届满，不能按逾期未补正处理。");
        }
        await ApplyClockAsync(s, "逾期未补正", 0, ct);
        await CommitAsync(s, "申请人无正当理由逾期未补正，视为放弃申请，本机关不再处理该申请。", null,
            ("政府信息公开申请视为放弃", $"您的政府信息公开申请（受理编号：{r.TrackingNumber}）因逾期未补正，视为放弃申请。"), ct);
    }

    /// <summary>征求第三方意见 (Art. 32): the third party has 15 working days; the time is not counted (Art. 33 ¶3).</summary>
    public async Task StartThirdPartyConsultationAsync(long id, WorkflowActor actor, int? version, string thirdParty, CancellationToken ct = default)
    {
        var who = Required(thirdParty, 200, "request.third-party", "请填写征求意见的第三方。", "第三方名称不能超过200字。");
        var s = await BeginAsync(id, RequestAction.StartThirdPartyConsultation, actor, version, ct);
        var deadline = RequestWorkflow.ThirdPartyAnswerDeadline(s.Calendar, s.Today);
        await ApplyClockAsync(s, "征求第三方意见", 0, ct);
        await CommitAsync(s, $"该申请涉及第三方合法权益，本机关已书面征求第三方意见（第三方应于{Date(deadline)}前提出意见），征求意见期间不计入答复期限。",
            $"征求意见对象：{who}；答复截止：{Date(deadline)}（逾期未提出意见的，由本机关依法决定）。",
            ("政府信息公开申请征求第三方意见", $"您的政府信息公开申请（受理编号：{s.Request.TrackingNumber}）需征求第三方意见，征求意见期间不计入答复期限。"), ct);
    }

    /// <summary>第三方意见征求结束: answer received or 15 working days passed; the clock runs again.</summary>
    public async Task EndThirdPartyConsultationAsync(long id, WorkflowActor actor, int? version, string? outcome, CancellationToken ct = default)
    {
        var s = await BeginAsync(id, RequestAction.EndThirdPartyConsultation, actor, version, ct);
        await ApplyClockAsync(s, "第三方意见征求结束", 0, ct);
        await CommitAsync(s, ResumedText(s, "第三方意见征求结束"), Clean(outcome), notice: null, ct);
    }

    /// <summary>征求其他机关意见 (Art. 34): 15 working days, silence = consent; the time is not counted.</summary>
    public async Task StartAgencyConsultationAsync(long id, WorkflowActor actor, int? version, string agency, CancellationToken ct = default)
    {
        var who = Required(agency, 200, "request.agency", "请填写征求意见的机关。", "机关名称不能超过200字。");
        var s = await BeginAsync(id, RequestAction.StartAgencyConsultation, actor, version, ct);
        var deadline = RequestWorkflow.AgencyAnswerDeadline(s.Calendar, s.Today);
        await ApplyClockAsync(s, "征求其他机关意见", 0, ct);
        await CommitAsync(s, $"该信息由本机关与其他机关共同制作，本机关已征求相关机关意见（应于{Date(deadline)}前答复），征求意见期间不计入答复期限。",
            $"征求意见机关：{who}；答复截止：{Date(deadline)}（逾期未提出意见的视为同意公开）。",
            ("政府信息公开申请征求其他机关意见", $"您的政府信息公开申请（受理编号：{s.Request.TrackingNumber}）需征求其他机关意见，征求意见期间不计入答复期限。"), ct);
    }

    /// <summary>其他机关意见征求结束.</summary>
    public async Task EndAgencyConsultationAsync(long id, WorkflowActor actor, int? version, string? outcome, CancellationToken ct = default)
    {
        var s = await BeginAsync(id, RequestAction.EndAgencyConsultation, actor, version, ct);
        await ApplyClockAsync(s, "其他机关意见征求结束", 0, ct);
        await CommitAsync(s, ResumedText(s, "其他机关意见征求结束"), Clean(outcome), notice: null, ct);
    }

    /// <summary>
    /// 收费通知 (Art. 42, 国办函〔2020〕109号): per item counted per applicant per calendar month, or per page; the clock
    /// stops until the fee is paid.
    /// </summary>
    public async Task<FeeQuote> IssueFeeNoticeAsync(long id, WorkflowActor actor, int? version, FeeBasis basis, int count, CancellationToken ct = default)
    {
        var s = await BeginAsync(id, RequestAction.IssueFeeNotice, actor, version, ct);
        var r = s.Request;
        var earlier = basis == FeeBasis.PerItem ? await EarlierItemsThisMonthAsync(r, ct) : 0;
        var quote = FeeCalculator.Calculate(basis, count, earlier);
        if (quote.Total <= 0)
        {
            throw new DomainException("request.fee-free", $"按收费标准本申请无需收费（{quote.Explanation}），不能发出收费通知。");
        }
        r.FeeBasis = basis;
        r.FeeCount = count;
        r.FeeAmount = quote.Total;
        r.FeeExplanation = Limit(quote.Explanation, 1000);
        r.FeeDueOn = RequestWorkflow.FeePaymentDeadline(s.Calendar, s.Today, Options.FeePaymentWorkingDays);
        await ApplyClockAsync(s, "发出收费通知", 0, ct);
        var amount = quote.Total.ToString("0.##", Inv);
        var publicText = $"本机关已发出收费通知：信息处理费{amount}元（{quote.Explanation}），请于{Date(r.FeeDueOn.Value)}前缴纳。缴费期间不计入答复期限；逾期未缴纳的，视为放弃申请。";
        await CommitAsync(s, Limit(publicText, 1000), earlier > 0 ? $"该申请人本月此前已计{earlier}件。" : null,
            ("政府信息公开申请收费通知", $"您的政府信息公开申请（受理编号：{r.TrackingNumber}）需缴纳信息处理费{amount}元。\n计算方法：{quote.Explanation}\n请于{Date(r.FeeDueOn.Value)}前缴纳，逾期未缴纳的，视为放弃申请。"), ct);
        return quote;
    }

    /// <summary>已缴费: the clock runs again.</summary>
    public async Task FeePaidAsync(long id, WorkflowActor actor, int? version, CancellationToken ct = default)
    {
        var s = await BeginAsync(id, RequestAction.FeePaid, actor, version, ct);
        await ApplyClockAsync(s, "已缴纳信息处理费", 0, ct);
        await CommitAsync(s, ResumedText(s, "信息处理费已缴纳"),
            actor.Kind == WorkflowActorKind.Applicant ? "申请人在办理进度页面登记已缴费，请核对缴费凭证。" : null, notice: null, ct);
    }

    /// <summary>拒绝缴费或逾期未缴费: deemed abandoned (其他处理 / 逾期未缴费).</summary>
    public async Task FeeDeclinedOrExpiredAsync(long id, WorkflowActor actor, int? version, CancellationToken ct = default)
    {
        var s = await BeginAsync(id, RequestAction.FeeDeclinedOrExpired, actor, version, ct);
        var r = s.Request;
        var declined = actor.Kind == WorkflowActorKind.Applicant;
        if (!declined && r.FeeDueOn is { } due && s.Today <= due)
        {
            throw new DomainException("request.fee-not-expired", $"缴费期限至{Date(due)}，尚未届满，不能按逾期未缴费处理。");
        }
        await ApplyClockAsync(s, declined ? "申请人拒绝缴费" : "逾期未缴费", 0, ct);
        var text = declined ? "申请人表示不缴纳信息处理费，视为放弃申请，本机关不再处理该申请。" : "申请人逾期未按收费通知要求缴纳费用，视为放弃申请，本机关不再处理该申请。";
        await CommitAsync(s, text, null, ("政府信息公开申请视为放弃", $"您的政府信息公开申请（受理编号：{r.TrackingNumber}）：{text}"), ct);
    }

    /// <summary>延长答复期限 (Art. 33 ¶2): once, at most 20 working days, approved by the head of the disclosure office; the applicant is told.</summary>
    public async Task ExtendAsync(long id, WorkflowActor actor, int? version, int workingDays, string reason, CancellationToken ct = default)
    {
        var why = Required(reason, 500, "request.extension-reason", "请填写延长答复期限的理由。", "延期理由不能超过500字。");
        var s = await BeginAsync(id, RequestAction.Extend, actor, version, ct);
        var r = s.Request;
        RequestWorkflow.EnsureExtensionAllowed(r.ExtensionCount, workingDays);
        r.ExtensionCount++;
        await ApplyClockAsync(s, "延长答复期限：" + why, workingDays, ct);
        var due = s.Clock?.DueDate is { } d ? $"，延长后的答复期限至{Date(d)}" : "";
        var text = $"经政府信息公开工作机构负责人同意，答复期限延长{workingDays}个工作日{due}。";
        await CommitAsync(s, text, "延期理由：" + why, ("政府信息公开申请延期答复告知", $"您的政府信息公开申请（受理编号：{r.TrackingNumber}）{text}"), ct);
    }

    /// <summary>确定延迟答复的合理期限 (Art. 35): reasonable but very large application; not the Art. 33 extension.</summary>
    public async Task SetLongerDeadlineAsync(long id, WorkflowActor actor, int? version, int workingDays, string reason, CancellationToken ct = default)
    {
        var why = Required(reason, 500, "request.longer-reason", "请填写确定延迟答复期限的理由。", "理由不能超过500字。");
        RequestWorkflow.EnsureLongerDeadlineAllowed(workingDays);
        var s = await BeginAsync(id, RequestAction.SetLongerDeadline, actor, version, ct);
        await ApplyClockAsync(s, "确定延迟答复期限：" + why, workingDays, ct);
        var due = s.Clock?.DueDate is { } d ? $"，答复期限至{Date(d)}" : "";
        var text = $"申请内容较多，本机关确定延迟答复的合理期限，增加{workingDays}个工作日{due}。";
        await CommitAsync(s, text, "理由：" + why, ("政府信息公开申请延迟答复告知", $"您的政府信息公开申请（受理编号：{s.Request.TrackingNumber}）{text}"), ct);
    }

    /// <summary>拟写答复: outcome and reason from <see cref="ReplyCatalog"/>; the letter comes from the template unless the handler wrote it.</summary>
    public async Task DraftReplyAsync(long id, WorkflowActor actor, int? version, ReplyDraft draft, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var decision = ReplyDecision.Create(draft.Outcome, draft.Reason, draft.Note);
        var separated = Clean(draft.SeparatedContent);
        var location = Clean(draft.DisclosedLocation);
        var responsible = Clean(draft.ResponsibleAgency);
        if (decision.Outcome == ReplyOutcome.PartiallyDisclosed && separated is null)
        {
            throw new DomainException("request.separated-required", "部分公开的，必须写明经区分处理后不予公开的内容及理由。");
        }
        if (decision.Note == ReplyNote.AlreadyProactivelyDisclosed && location is null)
        {
            throw new DomainException("request.location-required", "已主动公开的，必须告知申请人获取该信息的方式和途径。");
        }
        if (decision.Note == ReplyNote.NotThisAgency && responsible is null)
        {
            throw new DomainException("request.responsible-required", "不属于本机关负责公开的，必须写明负责公开该信息的机关（能够确定时）。");
        }
        Limit(separated, 4000, "部分公开说明不能超过4000字。");
        Limit(location, 500, "获取方式和途径不能超过500字。");
        Limit(responsible, 200, "负责公开的机关名称不能超过200字。");
        Limit(Clean(draft.Text), 20000, "答复正文不能超过20000字。");

        var s = await BeginAsync(id, RequestAction.DraftReply, actor, version, ct);
        var r = s.Request;
        r.Outcome = decision.Outcome;
        r.Reason = decision.Reason;
        r.ReplyNote = decision.Note;
        r.SeparatedContent = decision.Outcome == ReplyOutcome.PartiallyDisclosed ? separated : null;
        r.DisclosedLocation = decision.Note == ReplyNote.AlreadyProactivelyDisclosed ? location : null;
        r.ResponsibleAgency = decision.Note == ReplyNote.NotThisAgency ? responsible : null;
        r.ReplyText = Clean(draft.Text) is { } own ? await WithRemedyAsync(own, ct) : await GenerateLetterAsync(r, ct);
        r.DraftedById = actor.UserId;
        r.DraftedUtc = s.Now;
        r.ApprovedById = null;
        await ApplyClockAsync(s, "拟写答复", 0, ct);
        await CommitAsync(s, "答复已拟写，正在审核。", "拟答复：" + decision.Label, notice: null, ct);
    }

    /// <summary>The letter text generated from the template for the application's current decision.</summary>
    public async Task<string> GenerateLetterAsync(DisclosureRequest r, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(r);
        var outcome = r.Outcome ?? throw new DomainException("request.no-outcome", "尚未选择答复类型。");
        var template = await templates.GetAsync(outcome, r.Reason, ct);
        return ReplyTemplates.Render(template.Body, await FactsAsync(r, ct));
    }

    /// <summary>A letter the handler wrote must still tell the applicant the remedy (行政复议/行政诉讼).</summary>
    private async Task<string> WithRemedyAsync(string text, CancellationToken ct)
        => text.Contains("行政复议", StringComparison.Ordinal) ? text : Limit(text + "\n\n" + ReplyTemplates.RemedyText(await ReviewBodyAsync(ct)), 20000);

    /// <summary>The values of the letter placeholders for an application.</summary>
    public async Task<ReplyLetterFacts> FactsAsync(DisclosureRequest r, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new ReplyLetterFacts(
            r.ApplicantName, r.TrackingNumber, r.ReceivedOn, r.Description,
            r.Outcome is { } o ? ReplyTemplates.BasisText(o, r.Reason, r.ReplyNote) : "",
            ReplyTemplates.RemedyText(await ReviewBodyAsync(ct)),
            r.SeparatedContent, r.DisclosedLocation, r.ResponsibleAgency);
    }

    /// <summary>复议机关 for the remedy sentence: configured, else the county government (root unit).</summary>
    public async Task<string> ReviewBodyAsync(CancellationToken ct = default)
    {
        if (!string.IsNullOrWhiteSpace(Options.ReviewBody))
        {
            return Options.ReviewBody.Trim();
        }
        var root = await db.OrgUnits.IgnoreQueryFilters().AsNoTracking()
            .Where(u => u.ParentId == null).OrderBy(u => u.Id).Select(u => u.Name).FirstOrDefaultAsync(ct);
        return root is null ? "本级人民政府" : root + "人民政府";
    }

    /// <summary>退回答复稿: the reviewer sends the draft back with comments.</summary>
    public async Task ReturnDraftAsync(long id, WorkflowActor actor, int? version, string comments, CancellationToken ct = default)
    {
        var text = Required(comments, 1000, "request.return-comments", "请填写退回意见。", "退回意见不能超过1000字。");
        var s = await BeginAsync(id, RequestAction.ReturnDraft, actor, version, ct);
        await ApplyClockAsync(s, "退回答复稿", 0, ct);
        await CommitAsync(s, "答复稿退回修改。", "退回意见：" + text, notice: null, ct);
    }

    /// <summary>审核通过并答复: by a second person (reviewer or leader); stops the clock and sends the letter.</summary>
    public async Task ApproveReplyAsync(long id, WorkflowActor actor, int? version, CancellationToken ct = default)
    {
        var s = await BeginAsync(id, RequestAction.ApproveReply, actor, version, ct);
        var r = s.Request;
        if (actor.UserId is null || string.Equals(actor.UserId, r.DraftedById, StringComparison.Ordinal))
        {
            throw new DomainException("request.self-approval", "答复须经拟稿人以外的另一人审核：您不能审核自己拟写的答复。");
        }
        if (r.Outcome is null || string.IsNullOrWhiteSpace(r.ReplyText))
        {
            throw new DomainException("request.no-draft", "尚无答复稿，不能审核。");
        }
        r.ApprovedById = actor.UserId;
        r.RepliedUtc = s.Now;
        await ApplyClockAsync(s, "已答复", 0, ct);
        var label = ReplyDecision.Create(r.Outcome.Value, r.Reason, r.ReplyNote).Label;
        var letter = await LetterTitleAsync(r, ct);
        await CommitAsync(s, $"已答复：{label}。答复告知书已发送，可在办理进度页面查看。", null,
            (letter, r.ReplyText!), ct, smsBody: $"您的政府信息公开申请（受理编号：{r.TrackingNumber}）已答复（{label}），请凭受理编号和查询码查看答复告知书。");
    }

    /// <summary>
    /// 转办 (Art. 36(5)): not this agency's information. This application closes as transferred; a new application is
    /// created for the target agency, received on the transfer date with its own clock. The applicant gets the new
    /// tracking number in the public timeline and a new query code by e-mail or SMS.
    /// </summary>
    public async Task<TransferResult> TransferAsync(long id, WorkflowActor actor, int? version, int targetUnitId, string reason, CancellationToken ct = default)
    {
        var why = Required(reason, 500, "request.transfer-reason", "请填写转办理由。", "转办理由不能超过500字。");
        var target = await db.OrgUnits.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(u => u.Id == targetUnitId && u.IsActive, ct)
            ?? throw new DomainException("request.transfer-target", "请选择接收转办的机关。");
        if (OrgUnit.IsRegion(target.Kind) && target.ParentId is null)
        {
            throw new DomainException("request.transfer-target", "请选择具体的机关，不能转办给县级行政区本身。");
        }
        var s = await BeginAsync(id, RequestAction.Transfer, actor, version, ct);
        var r = s.Request;
        if (target.Id == r.AgencyUnitId)
        {
            throw new DomainException("request.transfer-same", "不能转办给本机关。");
        }
        var fromAgency = await db.OrgUnits.IgnoreQueryFilters().Where(u => u.Id == r.AgencyUnitId).Select(u => u.Name).SingleAsync(ct);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var number = await numbers.NextAsync("YSQ", s.Now, ct);
        var code = QueryCodes.New();
        var copy = new DisclosureRequest
        {
            TrackingNumber = number,
            QueryCodeHash = QueryCodes.Hash(number, code),
            Channel = r.Channel,
            ReceivedOn = s.Today,
            SubmittedUtc = r.SubmittedUtc,
            ApplicantKind = r.ApplicantKind,
            ApplicantName = r.ApplicantName,
            IdType = r.IdType,
            IdNumber = r.IdNumber,
            OrganisationCode = r.OrganisationCode,
            LegalRepresentative = r.LegalRepresentative,
            ContactPerson = r.ContactPerson,
            Phone = r.Phone,
            Email = r.Email,
            Address = r.Address,
            PostCode = r.PostCode,
            Description = r.Description,
            Purpose = r.Purpose,
            PreferredForm = r.PreferredForm,
            AgencyUnitId = target.Id,
            OrgPath = target.Path,
            Status = RequestStatus.Received,
            TransferredFromId = r.Id,
            CreatedUtc = s.Now,
        };
        Requests.Add(copy);
        r.ResponsibleAgency = target.Name;
        await ApplyClockAsync(s, "转办", 0, ct);
        var contact = ContactOf(r);
        var codeNote = contact is null
            ? $"请向{target.Name}查询新的查询码。"
            : "新的查询码已通过" + (contact.Value.Channel == OutboxChannel.Email ? "电子邮件" : "短信") + "发送给您。";
        var publicText = $"经审查，该信息不属于本机关负责公开，已转交{target.Name}办理（《中华人民共和国政府信息公开条例》第三十六条第（五）项）。新的受理编号：{number}，{codeNote}";
        await CommitAsync(s, Limit(publicText, 1000), "转办理由：" + why,
            ("政府信息公开申请转办告知", $"您的政府信息公开申请（受理编号：{r.TrackingNumber}）所需信息不属于{fromAgency}负责公开，已转交{target.Name}办理。\n新的受理编号：{number}\n新的查询码：{code}\n请妥善保管查询码，凭受理编号和查询码查询办理进度。"),
            ct, smsBody: $"您的政府信息公开申请{r.TrackingNumber}已转交{target.Name}办理，新受理编号{number}，查询码{code}。");

        var clock = await clocks.StartAsync(ClockOwnerType, copy.Id.ToString(Inv), Limit($"{number} 政府信息公开申请", 200), target.Id, target.Path,
            s.Now, BudgetUnit.WorkingDays, RequestWorkflow.ReplyWorkingDays, ct);
        await db.SaveChangesAsync(ct);
        copy.ClockId = clock.Id;
        var attachments = await db.Set<RequestAttachment>().AsNoTracking().Where(a => a.RequestId == r.Id && a.Purpose != AttachmentPurpose.ReplyDocument).ToListAsync(ct);
        foreach (var a in attachments)
        {
            db.Set<RequestAttachment>().Add(new RequestAttachment { RequestId = copy.Id, FileId = a.FileId, Purpose = a.Purpose });
        }
        db.Set<RequestEvent>().Add(new RequestEvent
        {
            RequestId = copy.Id,
            AtUtc = s.Now,
            ToStatus = RequestStatus.Received,
            ActorName = actor.Name,
            PublicText = Limit($"{fromAgency}转来的政府信息公开申请（原受理编号：{r.TrackingNumber}），本机关于{Date(s.Today)}收到，答复期限自该日起计算。", 1000),
            InternalNote = "转办理由：" + why,
            IsPublic = true,
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new TransferResult(copy.Id, number, target.Name);
    }

    /// <summary>撤回申请 (the applicant).</summary>
    public async Task WithdrawAsync(long id, WorkflowActor actor, int? version, string? reason, CancellationToken ct = default)
    {
        var why = Clean(reason);
        Limit(why, 500, "撤回理由不能超过500字。");
        var s = await BeginAsync(id, RequestAction.Withdraw, actor, version, ct);
        await ApplyClockAsync(s, "申请人撤回申请", 0, ct);
        await CommitAsync(s, "申请人已撤回申请，本机关不再处理。", why is null ? null : "撤回理由：" + why,
            ("政府信息公开申请已撤回", $"您的政府信息公开申请（受理编号：{s.Request.TrackingNumber}）已撤回。"), ct);
    }

    /// <summary>
    /// 评价 (1–5) after the reply. 1 and 2 are a bad review (差评): an internal event marked for callback is recorded
    /// (RULES.md §7: every bad review is called back).
    /// </summary>
    public async Task RateAsync(long id, WorkflowActor actor, int rating, string? comment, CancellationToken ct = default)
    {
        if (actor.Kind != WorkflowActorKind.Applicant)
        {
            throw new DomainException("request.rating-actor", "只有申请人可以评价办理结果。");
        }
        if (rating is < 1 or > 5)
        {
            throw new DomainException("request.rating-range", "请选择评价等级（1至5）。");
        }
        var text = Clean(comment);
        Limit(text, 1000, "评价意见不能超过1000字。");
        var r = await Requests.SingleOrDefaultAsync(x => x.Id == id, ct) ?? throw NotFound();
        if (r.Status != RequestStatus.Replied)
        {
            throw new DomainException("request.rating-status", "申请答复后才能评价。");
        }
        if (r.Rating is not null)
        {
            throw new DomainException("request.rating-twice", "您已评价过本次办理，不能重复评价。");
        }
        var now = db.Time.GetUtcNow().UtcDateTime;
        r.Rating = rating;
        r.RatingComment = text;
        r.Version++;
        db.Set<RequestEvent>().Add(new RequestEvent
        {
            RequestId = r.Id,
            AtUtc = now,
            ToStatus = r.Status,
            ActorName = actor.Name,
            PublicText = $"申请人评价：{RatingLabel(rating)}。",
            InternalNote = text is null ? null : "评价意见：" + text,
            IsPublic = true,
        });
        if (rating <= 2)
        {
            db.Set<RequestEvent>().Add(new RequestEvent
            {
                RequestId = r.Id,
                AtUtc = now,
                ToStatus = r.Status,
                ActorName = "系统",
                PublicText = "",
                InternalNote = $"{CallbackMarker}申请人差评（{RatingLabel(rating)}），须回访核实并整改或说明。",
                IsPublic = false,
            });
        }
        await SaveAsync(ct);
    }

    /// <summary>The Chinese label of a satisfaction level (GB/T 39734: 非常满意 … 非常不满意).</summary>
    public static string RatingLabel(int rating) => rating switch
    {
        5 => "非常满意",
        4 => "满意",
        3 => "基本满意",
        2 => "不满意",
        1 => "非常不满意",
        _ => rating.ToString(Inv),
    };

    // ---- review and litigation records ------------------------------------------------------------------

    /// <summary>登记行政复议/行政诉讼 about an application (feeds Table 四).</summary>
    public async Task<RequestReviewCase> AddReviewCaseAsync(long requestId, WorkflowActor actor, ReviewProceeding proceeding, DateOnly filedOn,
        string body, string? caseNumber, string? note, CancellationToken ct = default)
    {
        EnsureStaff(actor);
        if (!Enum.IsDefined(proceeding))
        {
            throw new DomainException("review.proceeding", "请选择复议或诉讼类型。");
        }
        var who = Required(body, 200, "review.body", "请填写复议机关或审理法院。", "复议机关或法院名称不能超过200字。");
        var number = Clean(caseNumber);
        Limit(number, 60, "案号不能超过60字。");
        var text = Clean(note);
        Limit(text, 1000, "备注不能超过1000字。");
        var r = await Requests.AsNoTracking().SingleOrDefaultAsync(x => x.Id == requestId, ct) ?? throw NotFound();
        var today = ChinaTime.ToChinaDate(db.Time.GetUtcNow().UtcDateTime);
        if (filedOn < r.ReceivedOn || filedOn > today)
        {
            throw new DomainException("review.filed-on", $"提起日期应在收到申请之日（{Date(r.ReceivedOn)}）与今天之间。");
        }
        var row = new RequestReviewCase
        {
            RequestId = r.Id,
            Proceeding = proceeding,
            FiledOn = filedOn,
            Body = who,
            CaseNumber = number,
            Note = text,
            OrgPath = r.OrgPath,
        };
        db.Set<RequestReviewCase>().Add(row);
        db.Set<RequestEvent>().Add(new RequestEvent
        {
            RequestId = r.Id,
            AtUtc = db.Time.GetUtcNow().UtcDateTime,
            ToStatus = r.Status,
            ActorName = actor.Name,
            PublicText = "",
            InternalNote = $"登记{ProceedingLabel(proceeding)}：{who}{(number is null ? "" : "，" + number)}，{Date(filedOn)}提起。",
            IsPublic = false,
        });
        await SaveAsync(ct);
        return row;
    }

    /// <summary>审结: records the result (维持/纠正/其他) or leaves it 尚未审结 (result null).</summary>
    public async Task ConcludeReviewCaseAsync(long caseId, WorkflowActor actor, ReviewResult? result, DateOnly? concludedOn, CancellationToken ct = default)
    {
        EnsureStaff(actor);
        var row = await db.Set<RequestReviewCase>().SingleOrDefaultAsync(c => c.Id == caseId, ct)
            ?? throw new DomainException("review.not-found", "复议或诉讼记录不存在或不在您的管辖范围内。");
        if (result is { } res && !Enum.IsDefined(res))
        {
            throw new DomainException("review.result", "请选择审理结果。");
        }
        var today = ChinaTime.ToChinaDate(db.Time.GetUtcNow().UtcDateTime);
        if (result is null)
        {
            row.Result = null;
            row.ConcludedOn = null;
        }
        else
        {
            var on = concludedOn ?? throw new DomainException("review.concluded-on", "请填写审结日期。");
            if (on < row.FiledOn || on > today)
            {
                throw new DomainException("review.concluded-on", $"审结日期应在提起日期（{Date(row.FiledOn)}）与今天之间。");
            }
            row.Result = result;
            row.ConcludedOn = on;
        }
        var status = await Requests.Where(x => x.Id == row.RequestId).Select(x => x.Status).SingleAsync(ct);
        db.Set<RequestEvent>().Add(new RequestEvent
        {
            RequestId = row.RequestId,
            AtUtc = db.Time.GetUtcNow().UtcDateTime,
            ToStatus = status,
            ActorName = actor.Name,
            PublicText = "",
            InternalNote = $"{ProceedingLabel(row.Proceeding)}（{row.Body}）审理结果：{ResultLabel(row.Result)}。",
            IsPublic = false,
        });
        await SaveAsync(ct);
    }

    public static string ProceedingLabel(ReviewProceeding p) => p switch
    {
        ReviewProceeding.AdministrativeReview => "行政复议",
        ReviewProceeding.LitigationWithoutReview => "行政诉讼（未经复议直接起诉）",
        ReviewProceeding.LitigationAfterReview => "行政诉讼（复议后起诉）",
        _ => p.ToString(),
    };

    public static string ResultLabel(ReviewResult? r) => r switch
    {
        null => "尚未审结",
        ReviewResult.Upheld => "结果维持",
        ReviewResult.Corrected => "结果纠正",
        ReviewResult.Other => "其他结果",
        _ => r.Value.ToString(),
    };

    // ---- the machinery -----------------------------------------------------------------------------------

    /// <summary>Per item: the applicant's items counted earlier in the same calendar month (by ID number or organisation code).</summary>
    public async Task<int> EarlierItemsThisMonthAsync(DisclosureRequest r, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(r);
        var idNumber = Clean(r.IdNumber)?.ToUpperInvariant();
        var orgCode = Clean(r.OrganisationCode)?.ToUpperInvariant();
        if (idNumber is null && orgCode is null)
        {
            return 0;
        }
        var first = new DateOnly(r.ReceivedOn.Year, r.ReceivedOn.Month, 1);
        var next = first.AddMonths(1);
        // Every application of the applicant to any agency counts (per applicant, not per agency): no scope filter.
        var earlier = await Requests.IgnoreQueryFilters().AsNoTracking()
            .Where(x => x.Id != r.Id && x.ReceivedOn >= first && x.ReceivedOn < next
                && (x.ReceivedOn < r.ReceivedOn || (x.ReceivedOn == r.ReceivedOn && x.Id < r.Id))
                && x.TransferredFromId == null
                && ((idNumber != null && x.IdNumber != null && x.IdNumber.ToUpper() == idNumber)
                    || (orgCode != null && x.OrganisationCode != null && x.OrganisationCode.ToUpper() == orgCode)))
            .Select(x => new { x.FeeBasis, x.FeeCount })
            .ToListAsync(ct);
        return earlier.Sum(x => x.FeeBasis == FeeBasis.PerItem && x.FeeCount is > 0 ? x.FeeCount.Value : 1);
    }

    private async Task<Step> BeginAsync(long id, RequestAction action, WorkflowActor actor, int? version, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var r = await Requests.SingleOrDefaultAsync(x => x.Id == id, ct) ?? throw NotFound();
        if (version is { } v && v != r.Version)
        {
            throw Stale();
        }
        if (!WorkflowRoles.MayPerform(actor, action))
        {
            throw new DomainException("request.forbidden-action", RoleMessage(action));
        }
        var to = RequestWorkflow.Next(r.Status, action);
        ClockRecord? clock = null;
        if (r.ClockId is { } clockId)
        {
            clock = await db.Clocks.IgnoreQueryFilters().SingleOrDefaultAsync(c => c.Id == clockId, ct);
        }
        return new Step
        {
            Request = r,
            Clock = clock,
            Calendar = await calendars.GetAsync(ct),
            Action = action,
            From = r.Status,
            To = to,
            Actor = actor,
            Now = db.Time.GetUtcNow().UtcDateTime,
        };
    }

    private static string RoleMessage(RequestAction action) => action switch
    {
        RequestAction.Extend or RequestAction.SetLongerDeadline => "延长答复期限须经政府信息公开工作机构负责人（审核员或分管领导）批准，您没有批准权限。",
        RequestAction.ReturnDraft or RequestAction.ApproveReply => "只有审核员或分管领导可以审核答复稿。",
        RequestAction.Withdraw => "只有申请人本人可以撤回申请。",
        _ => $"您没有“{RequestWorkflow.Label(action)}”的权限。",
    };

    /// <summary>Applies the action's clock effect from the domain table to the shared clock.</summary>
    private async Task ApplyClockAsync(Step s, string reason, int amount, CancellationToken ct)
    {
        var clock = s.Clock;
        var effect = RequestWorkflow.ClockEffectOf(s.Action);
        if (clock is null)
        {
            if (effect == ClockEffect.None)
            {
                return;
            }
            throw new DomainException("request.no-clock", "该申请没有答复时限记录，无法办理。请联系系统管理员。");
        }
        switch (effect)
        {
            case ClockEffect.None:
                break;
            case ClockEffect.Suspend:
                await clocks.SuspendAsync(clock, s.Now, reason, ct);
                break;
            case ClockEffect.Resume:
                await clocks.ResumeAsync(clock, s.Now, reason, ct);
                break;
            case ClockEffect.Restart:
                await clocks.RestartAsync(clock, s.Now, reason, ct);
                break;
            case ClockEffect.Extend:
                await clocks.ExtendAsync(clock, amount, s.Now, reason, ct);
                break;
            case ClockEffect.Stop:
                await clocks.CloseAsync(clock, s.Now, ct);
                break;
            default:
                throw new InvalidOperationException($"Unknown clock effect {effect}.");
        }
    }

    /// <summary>Moves the status, records the closing decision, writes the event and the notice, bumps the version, saves once.</summary>
    private async Task CommitAsync(Step s, string publicText, string? internalNote, (string Subject, string Body)? notice, CancellationToken ct, string? smsBody = null)
    {
        var r = s.Request;
        r.Status = s.To;
        if (RequestWorkflow.IsTerminal(s.To))
        {
            r.ClosedOn = s.Today;
            if (RequestWorkflow.ClosingDecisionOf(s.Action) is { } decision)
            {
                r.Outcome = decision.Outcome;
                r.Reason = decision.Reason;
                r.ReplyNote = decision.Note;
            }
        }
        r.Version++;
        db.Set<RequestEvent>().Add(new RequestEvent
        {
            RequestId = r.Id,
            AtUtc = s.Now,
            Action = s.Action,
            FromStatus = s.From,
            ToStatus = s.To,
            ActorName = Limit(s.Actor.Name, 120),
            PublicText = Limit(publicText, 1000),
            InternalNote = internalNote is null ? null : Limit(internalNote, 2000),
            IsPublic = IsPublicAction(s.Action),
        });
        if (notice is { } n)
        {
            Notify(r, n.Subject, n.Body, smsBody);
        }
        await SaveAsync(ct);
    }

    /// <summary>Internal steps (drafting, returning a draft) are not shown to the applicant.</summary>
    public static bool IsPublicAction(RequestAction action) => action is not (RequestAction.DraftReply or RequestAction.ReturnDraft);

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw Stale();
        }
    }

    /// <summary>The applicant's own contact: e-mail if given, else a mobile number for SMS; null when neither (post).</summary>
    private static (OutboxChannel Channel, string To)? ContactOf(DisclosureRequest r)
    {
        if (Clean(r.Email) is { } email)
        {
            return (OutboxChannel.Email, email);
        }
        var phone = Clean(r.Phone)?.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return phone is not null && Mobile().IsMatch(phone) ? (OutboxChannel.Sms, phone) : null;
    }

    private void Notify(DisclosureRequest r, string subject, string body, string? smsBody)
    {
        if (ContactOf(r) is not { } contact)
        {
            return;
        }
        var text = contact.Channel == OutboxChannel.Sms ? smsBody ?? body : body;
        db.Enqueue(contact.Channel, contact.To, Limit(subject, 200), text, "disclosure-request:" + r.Id.ToString(Inv));
    }

    private async Task<string> LetterTitleAsync(DisclosureRequest r, CancellationToken ct)
    {
        var agency = await db.OrgUnits.IgnoreQueryFilters().Where(u => u.Id == r.AgencyUnitId).Select(u => u.Name).SingleAsync(ct);
        var template = r.Outcome is { } o ? await templates.GetAsync(o, r.Reason, ct) : null;
        return Limit($"{agency}{template?.Title ?? ReplyTemplates.DefaultTitle}（{r.TrackingNumber}）", 200);
    }

    private static string ResumedText(Step s, string what)
        => s.Clock?.DueDate is { } d ? $"{what}，恢复计算答复期限，答复期限至{Date(d)}。" : $"{what}，恢复计算答复期限。";

    private static void EnsureStaff(WorkflowActor actor)
    {
        if (!actor.HasAny(WorkflowRoles.Handling))
        {
            throw new DomainException("review.forbidden", "您没有登记复议、诉讼情况的权限。");
        }
    }

    private static DomainException NotFound() => new("request.not-found", "申请不存在或不在您的管辖范围内。");

    private static DomainException Stale() => new("request.stale", "该申请已被他人处理，请刷新页面后重试。");

    public static string Date(DateOnly d) => d.ToString("yyyy年M月d日", Inv);

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Required(string? value, int max, string code, string missing, string tooLong)
    {
        var v = Clean(value) ?? throw new DomainException(code, missing);
        return v.Length > max ? throw new DomainException(code, tooLong) : v;
    }

    private static void Limit(string? value, int max, string message)
    {
        if (value is not null && value.Length > max)
        {
            throw new DomainException("request.too-long", message);
        }
    }

    private static string Limit(string value, int max) => value.Length <= max ? value : value[..(max - 1)] + "…";
}
