using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Sunshine.Domain;
using Sunshine.Domain.Calendar;
using Sunshine.Domain.Requests;
using Sunshine.Web.Features.Requests;
using Sunshine.Web.Platform.Calendar;
using Sunshine.Web.Platform.Db;
using Sunshine.Web.Platform.Files;
using Sunshine.Web.Platform.Identity;
using Sunshine.Web.Platform.Org;

namespace Sunshine.Web.Pages.Admin.Requests;

/// <summary>
/// 办理页: everything staff need to handle one application — applicant, request, attachments, the clock and its
/// ledger, the timeline — and only the action forms that the status allows and the user's roles permit.
/// </summary>
[Authorize(Roles = WorkflowRoles.HandlingRoles)]
public sealed class HandleModel(
    SunshineDb db,
    RequestWorkflowService workflow,
    CalendarService calendars,
    FileStore files,
    IRequestContext context,
    IOptions<ClockOptions> clockOptions,
    IStringLocalizer<RequestsWorkflowResource> w) : PageModel
{
    public sealed class ActInput
    {
        public RequestAction Action { get; set; }
        public int Version { get; set; }
        public string? Text { get; set; }
        public int? Days { get; set; }
        public FeeBasis? Basis { get; set; }
        public int? Count { get; set; }
        /// <summary>"Disclosed", "PartiallyDisclosed", "R:{reason}" or "R:NotHeld:NotThisAgency".</summary>
        public string? Decision { get; set; }
        public bool AlreadyDisclosed { get; set; }
        public string? Location { get; set; }
        public string? Separated { get; set; }
        public string? Responsible { get; set; }
        public string? ReplyText { get; set; }
        public int? Target { get; set; }
        public IFormFile? File { get; set; }
    }

    public sealed class ReviewInput
    {
        public ReviewProceeding? Proceeding { get; set; }
        public DateOnly? FiledOn { get; set; }
        public string? Body { get; set; }
        public string? CaseNumber { get; set; }
        public string? Note { get; set; }
    }

    public sealed class ConcludeInput
    {
        public long CaseId { get; set; }
        /// <summary>"Upheld", "Corrected", "Other" or "Pending".</summary>
        public string? Result { get; set; }
        public DateOnly? ConcludedOn { get; set; }
    }

    public sealed record AttachmentRow(Guid FileId, string FileName, long Length, AttachmentPurpose Purpose);

    public sealed record LedgerLine(DateOnly Date, ClockEntryKind Kind, int Amount, string? Reason);

    [BindProperty] public ActInput Act { get; set; } = new();
    [BindProperty] public ReviewInput Review { get; set; } = new();
    [BindProperty] public ConcludeInput Conclude { get; set; } = new();

    public DisclosureRequest Application { get; private set; } = null!;
    public string AgencyName { get; private set; } = "";
    public ClockRecord? Clock { get; private set; }
    public ClockStatus? ClockNow { get; private set; }
    public string? ClockProblem { get; private set; }
    public IReadOnlyList<LedgerLine> Ledger { get; private set; } = [];
    public IReadOnlyList<RequestEvent> Events { get; private set; } = [];
    public IReadOnlyList<AttachmentRow> Attachments { get; private set; } = [];
    public IReadOnlyList<RequestReviewCase> ReviewCases { get; private set; } = [];
    public IReadOnlyList<RequestAction> Actions { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> TransferTargets { get; private set; } = [];
    public string? DrafterName { get; private set; }
    public string? ApproverName { get; private set; }
    public string? TransferredFrom { get; private set; }
    public IReadOnlyList<(long Id, string Number)> TransferredTo { get; private set; } = [];
    public DateOnly? CorrectionNoticeDeadline { get; private set; }
    public int EarlierItems { get; private set; }
    public bool CurrentUserDrafted { get; private set; }

    /// <summary>The error of the last POST and the form it belongs to ("review", "conclude" or an action name).</summary>
    public string? Error { get; private set; }
    public string? ErrorForm { get; private set; }
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, string? done, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (done is not null)
        {
            var text = w["Done." + done];
            Message = text.ResourceNotFound ? null : text.Value;
        }
        return Page();
    }

    /// <summary>Downloads an attachment of an application in scope (staff only); the view is audited.</summary>
    public async Task<IActionResult> OnGetFileAsync(long id, Guid fileId, CancellationToken ct)
    {
        var visible = await db.Set<DisclosureRequest>().AnyAsync(r => r.Id == id, ct);
        var attached = visible && await db.Set<RequestAttachment>().AnyAsync(a => a.RequestId == id && a.FileId == fileId, ct);
        var file = attached ? await db.Set<StoredFile>().AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId, ct) : null;
        if (file is null)
        {
            return NotFound();
        }
        db.AddAuditEvent("download", nameof(DisclosureRequest), id.ToString(CultureInfo.InvariantCulture), file.FileName);
        await db.SaveChangesAsync(ct);
        return File(files.OpenRead(file), file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnPostActAsync(long id, CancellationToken ct)
    {
        var actor = WorkflowActor.Staff(User, context);
        var error = ModelState.IsValid ? null : FirstModelError();
        if (error is null)
        {
            try
            {
                error = await ActAsync(id, actor, ct);
            }
            catch (DomainException e)
            {
                if (e.Code == "request.not-found")
                {
                    return NotFound();
                }
                Response.StatusCode = StatusCodes.Status409Conflict;
                error = e.Message;
            }
        }
        if (error is null)
        {
            return Redirect($"/admin/requests/{id}?done={Act.Action}");
        }
        return await ShowErrorAsync(id, Act.Action.ToString(), error, ct);
    }

    public async Task<IActionResult> OnPostReviewAsync(long id, CancellationToken ct)
    {
        var actor = WorkflowActor.Staff(User, context);
        string? error = ModelState.IsValid ? null : FirstModelError();
        if (error is null && Review.Proceeding is null)
        {
            error = w["Error.ProceedingRequired"];
        }
        if (error is null && Review.FiledOn is null)
        {
            error = w["Error.FiledOnRequired"];
        }
        if (error is null)
        {
            try
            {
                await workflow.AddReviewCaseAsync(id, actor, Review.Proceeding!.Value, Review.FiledOn!.Value, Review.Body ?? "", Review.CaseNumber, Review.Note, ct);
                return Redirect($"/admin/requests/{id}?done=Review");
            }
            catch (DomainException e)
            {
                if (e.Code == "request.not-found")
                {
                    return NotFound();
                }
                Response.StatusCode = StatusCodes.Status409Conflict;
                error = e.Message;
            }
        }
        return await ShowErrorAsync(id, "review", error, ct);
    }

    public async Task<IActionResult> OnPostConcludeAsync(long id, CancellationToken ct)
    {
        var actor = WorkflowActor.Staff(User, context);
        string? error = ModelState.IsValid ? null : FirstModelError();
        ReviewResult? result = Conclude.Result switch
        {
            "Upheld" => ReviewResult.Upheld,
            "Corrected" => ReviewResult.Corrected,
            "Other" => ReviewResult.Other,
            _ => null,
        };
        if (error is null && Conclude.Result is not ("Upheld" or "Corrected" or "Other" or "Pending"))
        {
            error = w["Error.ResultRequired"];
        }
        var belongs = await db.Set<RequestReviewCase>().AnyAsync(c => c.Id == Conclude.CaseId && c.RequestId == id, ct);
        if (!belongs)
        {
            return NotFound();
        }
        if (error is null)
        {
            try
            {
                await workflow.ConcludeReviewCaseAsync(Conclude.CaseId, actor, result, Conclude.ConcludedOn, ct);
                return Redirect($"/admin/requests/{id}?done=Conclude");
            }
            catch (DomainException e)
            {
                Response.StatusCode = StatusCodes.Status409Conflict;
                error = e.Message;
            }
        }
        return await ShowErrorAsync(id, "conclude", error, ct);
    }

    private async Task<IActionResult> ShowErrorAsync(long id, string form, string? error, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Error = error;
        ErrorForm = form;
        return Page();
    }

    private string FirstModelError()
        => ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).FirstOrDefault(m => !string.IsNullOrEmpty(m)) ?? w["Error.Invalid"];

    /// <summary>Runs the posted action; returns a Chinese message for a missing field, null on success.</summary>
    private async Task<string?> ActAsync(long id, WorkflowActor actor, CancellationToken ct)
    {
        var v = Act.Version;
        switch (Act.Action)
        {
            case RequestAction.Accept:
                await workflow.AcceptAsync(id, actor, v, Act.Text, ct);
                break;
            case RequestAction.RequestCorrection:
                await workflow.RequestCorrectionAsync(id, actor, v, Act.Text ?? "", ct);
                break;
            case RequestAction.SupplyCorrection:
                if (Act.File is { Length: > 0 } file)
                {
                    await using var stream = file.OpenReadStream();
                    await workflow.SupplyCorrectionAsync(id, actor, v, Act.Text, stream, file.FileName, ct);
                }
                else
                {
                    await workflow.SupplyCorrectionAsync(id, actor, v, Act.Text, null, null, ct);
                }
                break;
            case RequestAction.CorrectionExpired:
                await workflow.CorrectionExpiredAsync(id, actor, v, ct);
                break;
            case RequestAction.StartThirdPartyConsultation:
                await workflow.StartThirdPartyConsultationAsync(id, actor, v, Act.Text ?? "", ct);
                break;
            case RequestAction.EndThirdPartyConsultation:
                await workflow.EndThirdPartyConsultationAsync(id, actor, v, Act.Text, ct);
                break;
            case RequestAction.StartAgencyConsultation:
                await workflow.StartAgencyConsultationAsync(id, actor, v, Act.Text ?? "", ct);
                break;
            case RequestAction.EndAgencyConsultation:
                await workflow.EndAgencyConsultationAsync(id, actor, v, Act.Text, ct);
                break;
            case RequestAction.IssueFeeNotice:
                if (Act.Basis is not { } basis)
                {
                    return w["Error.BasisRequired"];
                }
                if (Act.Count is not { } count)
                {
                    return w["Error.CountRequired"];
                }
                await workflow.IssueFeeNoticeAsync(id, actor, v, basis, count, ct);
                break;
            case RequestAction.FeePaid:
                await workflow.FeePaidAsync(id, actor, v, ct);
                break;
            case RequestAction.FeeDeclinedOrExpired:
                await workflow.FeeDeclinedOrExpiredAsync(id, actor, v, ct);
                break;
            case RequestAction.Extend:
                await workflow.ExtendAsync(id, actor, v, Act.Days ?? RequestWorkflow.MaxExtensionWorkingDays, Act.Text ?? "", ct);
                break;
            case RequestAction.SetLongerDeadline:
                if (Act.Days is not { } days)
                {
                    return w["Error.DaysRequired"];
                }
                await workflow.SetLongerDeadlineAsync(id, actor, v, days, Act.Text ?? "", ct);
                break;
            case RequestAction.DraftReply:
                if (ParseDecision(Act.Decision) is not { } d)
                {
                    return w["Error.DecisionRequired"];
                }
                var note = d.Note != ReplyNote.None ? d.Note : Act.AlreadyDisclosed ? ReplyNote.AlreadyProactivelyDisclosed : ReplyNote.None;
                await workflow.DraftReplyAsync(id, actor, v,
                    new ReplyDraft(d.Outcome, d.Reason, note, Act.Separated, Act.Location, Act.Responsible, Act.ReplyText), ct);
                break;
            case RequestAction.ReturnDraft:
                await workflow.ReturnDraftAsync(id, actor, v, Act.Text ?? "", ct);
                break;
            case RequestAction.ApproveReply:
                await workflow.ApproveReplyAsync(id, actor, v, ct);
                break;
            case RequestAction.Transfer:
                if (Act.Target is not { } target)
                {
                    return w["Error.TargetRequired"];
                }
                await workflow.TransferAsync(id, actor, v, target, Act.Text ?? "", ct);
                break;
            case RequestAction.Withdraw:
                await workflow.WithdrawAsync(id, actor, v, Act.Text, ct);
                break;
            default:
                return w["Error.Invalid"];
        }
        return null;
    }

    /// <summary>The reply choices of the draft form: value and label, grouped by reply type.</summary>
    public static IReadOnlyList<(string Group, IReadOnlyList<(string Value, string Label)> Options)> DecisionChoices()
    {
        var groups = new List<(string, IReadOnlyList<(string, string)>)>();
        foreach (var o in ReplyCatalog.Outcomes)
        {
            var options = new List<(string, string)>();
            if (o.Reasons.Count == 0)
            {
                options.Add((o.Outcome.ToString(), $"{o.Number}{o.Label}"));
            }
            foreach (var r in o.Reasons)
            {
                var info = ReplyCatalog.Get(r);
                options.Add(("R:" + r, $"{o.Label}—{info.Number}{info.ShortLabel}"));
                if (r == ReplyReason.NotHeld)
                {
                    options.Add(("R:NotHeld:NotThisAgency", $"{o.Label}—{info.Number}{info.ShortLabel}（不属于本机关负责公开，第三十六条第（五）项）"));
                }
            }
            groups.Add(($"{o.Number}{o.Label}", options));
        }
        return groups;
    }

    public static (ReplyOutcome Outcome, ReplyReason? Reason, ReplyNote Note)? ParseDecision(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var parts = value.Split(':');
        if (parts.Length == 1 && Enum.TryParse<ReplyOutcome>(parts[0], out var outcome) && Enum.IsDefined(outcome)
            && ReplyCatalog.Get(outcome).Reasons.Count == 0)
        {
            return (outcome, null, ReplyNote.None);
        }
        if (parts.Length is 2 or 3 && parts[0] == "R" && Enum.TryParse<ReplyReason>(parts[1], out var reason) && Enum.IsDefined(reason))
        {
            var note = parts.Length == 3 && parts[2] == nameof(ReplyNote.NotThisAgency) ? ReplyNote.NotThisAgency : ReplyNote.None;
            return parts.Length == 3 && note == ReplyNote.None ? null : (ReplyCatalog.OutcomeOf(reason), reason, note);
        }
        return null;
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var r = await db.Set<DisclosureRequest>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (r is null)
        {
            return false;
        }
        Application = r;
        AgencyName = await db.OrgUnits.IgnoreQueryFilters().Where(u => u.Id == r.AgencyUnitId).Select(u => u.Name).SingleAsync(ct);
        var calendar = await calendars.GetAsync(ct);
        if (r.ClockId is { } clockId)
        {
            Clock = await db.Clocks.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(c => c.Id == clockId, ct);
        }
        if (Clock is { } c)
        {
            var clock = ClockService.ToClock(c);
            Ledger = clock.Ledger.Select(e => new LedgerLine(ChinaTime.ToChinaDate(e.AtUtc), e.Kind, e.Amount, e.Reason)).ToList();
            try
            {
                var at = c.State == ClockState.Closed && c.ClosedUtc is { } closed ? closed : db.Time.GetUtcNow().UtcDateTime;
                ClockNow = clock.Evaluate(calendar, at, clockOptions.Value.ToSettings());
            }
            catch (CalendarYearNotLoadedException e)
            {
                ClockProblem = e.Message;
            }
        }
        Events = await db.Set<RequestEvent>().AsNoTracking().Where(e => e.RequestId == id).OrderBy(e => e.AtUtc).ThenBy(e => e.Id).ToListAsync(ct);
        Attachments = await (from a in db.Set<RequestAttachment>().AsNoTracking()
                             join f in db.Set<StoredFile>().AsNoTracking() on a.FileId equals f.Id
                             where a.RequestId == id
                             orderby a.Id
                             select new AttachmentRow(f.Id, f.FileName, f.Length, a.Purpose)).ToListAsync(ct);
        ReviewCases = await db.Set<RequestReviewCase>().AsNoTracking().Where(x => x.RequestId == id).OrderBy(x => x.FiledOn).ThenBy(x => x.Id).ToListAsync(ct);

        var userIds = new[] { r.DraftedById, r.ApprovedById }.OfType<string>().ToList();
        var names = await db.Users.IgnoreQueryFilters().AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        DrafterName = r.DraftedById is { } d ? names.GetValueOrDefault(d) : null;
        ApproverName = r.ApprovedById is { } ap ? names.GetValueOrDefault(ap) : null;
        CurrentUserDrafted = r.DraftedById is not null && r.DraftedById == context.UserId;
        if (r.TransferredFromId is { } from)
        {
            TransferredFrom = await db.Set<DisclosureRequest>().IgnoreQueryFilters().Where(x => x.Id == from).Select(x => x.TrackingNumber).SingleOrDefaultAsync(ct);
        }
        TransferredTo = (await db.Set<DisclosureRequest>().IgnoreQueryFilters().Where(x => x.TransferredFromId == id)
            .Select(x => new { x.Id, x.TrackingNumber }).ToListAsync(ct)).Select(x => (x.Id, x.TrackingNumber)).ToList();

        var actor = WorkflowActor.Staff(User, context);
        Actions = RequestWorkflow.AllowedActions(r.Status)
            .Where(a => !WorkflowRoles.IsApplicantOnly(a) && WorkflowRoles.MayPerform(actor, a))
            .ToList();
        if (Actions.Contains(RequestAction.RequestCorrection))
        {
            CorrectionNoticeDeadline = RequestWorkflow.CorrectionNoticeDeadline(calendar, r.ReceivedOn);
        }
        if (Actions.Contains(RequestAction.IssueFeeNotice))
        {
            EarlierItems = await workflow.EarlierItemsThisMonthAsync(r, ct);
        }
        if (Actions.Contains(RequestAction.Transfer))
        {
            TransferTargets = (await db.OrgUnits.IgnoreQueryFilters().AsNoTracking()
                    .Where(u => u.IsActive && u.Id != r.AgencyUnitId
                        && (u.Kind == OrgUnitKind.Bureau || u.Kind == OrgUnitKind.TownshipOffice || u.Kind == OrgUnitKind.ServiceCentre))
                    .OrderBy(u => u.Path).Select(u => new { u.Id, u.Name }).ToListAsync(ct))
                .Select(u => (u.Id, u.Name)).ToList();
        }
        return true;
    }
}
