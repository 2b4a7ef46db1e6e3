using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Sunshine.Domain.Calendar;
using Sunshine.Domain.Privacy;
using Sunshine.Domain.Requests;
using Sunshine.Web.Platform.Calendar;
using Sunshine.Web.Platform.Db;
using Sunshine.Web.Platform.Files;
using Sunshine.Web.Platform.Web;

namespace Sunshine.Web.Features.Requests;

/// <summary>
/// The applicant's key to their own application: tracking number + query code, compared in constant time, the same
/// answer (null) for an unknown number and a wrong code. The code is the authorisation, so the staff scope filter is
/// not applied (a signed-in clerk of another township may look up their own application too).
/// </summary>
public sealed class ApplicantAccess(SunshineDb db, CalendarService calendars, IOptions<ClockOptions> clockOptions)
{
    // Hashed when the number is unknown, so both failures take the same time.
    private static readonly string Decoy = new('0', 64);

    public static string NormaliseNumber(string? number) => (number ?? "").Trim().ToUpperInvariant();

    /// <summary>The application's id when the code belongs to the number; otherwise null.</summary>
    public async Task<long?> FindAsync(string? trackingNumber, string? queryCode, CancellationToken ct = default)
    {
        var number = NormaliseNumber(trackingNumber);
        var code = (queryCode ?? "").Trim();
        if (number.Length is 0 or > TrackingSetup.MaxLength || code.Length != QueryCodes.Length || !code.All(char.IsAsciiDigit))
        {
            return null;
        }
        var row = await db.Set<DisclosureRequest>().IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.TrackingNumber == number)
            .Select(r => new { r.Id, r.QueryCodeHash })
            .SingleOrDefaultAsync(ct);
        var matches = QueryCodes.Matches(row?.QueryCodeHash ?? Decoy, number, code);
        return matches && row is not null ? row.Id : null;
    }

    /// <summary>The application as its applicant may see it (masked), for a number and code already verified.</summary>
    public async Task<ApplicantView?> ViewAsync(long requestId, string verifiedCode, CancellationToken ct = default)
    {
        var r = await db.Set<DisclosureRequest>().IgnoreQueryFilters().AsNoTracking()
            .Where(x => x.Id == requestId)
            .Select(x => new
            {
                Request = x,
                Agency = x.AgencyUnit!.Name,
            })
            .SingleOrDefaultAsync(ct);
        if (r is null)
        {
            return null;
        }
        var q = r.Request;
        var timeline = await TimelineAsync(q, ct);
        var clock = await ClockAsync(q, ct);
        var documents = await (
                from a in db.Set<RequestAttachment>().AsNoTracking()
                join f in db.Set<StoredFile>().AsNoTracking() on a.FileId equals f.Id
                where a.RequestId == requestId && a.VisibleToApplicant
                orderby a.Id
                select new ApplicantDocument(a.Id, f.FileName, f.Length, a.Purpose))
            .ToListAsync(ct);
        var replied = q.Status == RequestStatus.Replied;
        return new ApplicantView
        {
            RequestId = q.Id,
            TrackingNumber = q.TrackingNumber,
            QueryCode = verifiedCode,
            Status = q.Status,
            StatusLabel = RequestWorkflow.Label(q.Status),
            Version = q.Version,
            ApplicantKind = q.ApplicantKind,
            ApplicantDisplayName = q.ApplicantKind == ApplicantKind.NaturalPerson ? Masker.Default.Name(q.ApplicantName) : q.ApplicantName,
            AgencyUnitId = q.AgencyUnitId,
            AgencyName = r.Agency,
            Channel = q.Channel,
            ReceivedOn = q.ReceivedOn,
            SubmittedUtc = q.SubmittedUtc,
            Description = Scrub(q, q.Description),
            PreferredForm = q.PreferredForm,
            DueOn = clock.Due,
            RemainingWorkingDays = clock.Remaining,
            ClockSuspended = clock.Suspended,
            Overdue = clock.Overdue,
            ExtensionCount = q.ExtensionCount,
            CorrectionRequest = q.Status == RequestStatus.AwaitingCorrection ? Scrub(q, q.CorrectionRequest) : null,
            CorrectionDueOn = q.Status == RequestStatus.AwaitingCorrection ? q.CorrectionDueOn : null,
            FeeAmount = q.FeeAmount,
            FeeDueOn = q.FeeDueOn,
            FeeExplanation = q.FeeExplanation,
            Outcome = q.Outcome,
            OutcomeLabel = q.Outcome is { } o ? ReplyCatalog.Get(o).Label : null,
            Reason = q.Reason,
            ReasonLabel = q.Reason is { } reason ? ReplyCatalog.Get(reason).Label : null,
            ReplyText = replied ? Scrub(q, q.ReplyText) : null,
            RepliedUtc = q.RepliedUtc,
            DisclosedLocation = q.DisclosedLocation,
            ResponsibleAgency = q.ResponsibleAgency,
            Rating = q.Rating,
            RatingComment = q.RatingComment is null ? null : Scrub(q, q.RatingComment),
            Timeline = timeline,
            Documents = documents,
        };
    }

    /// <summary>A document of the application the applicant may download, or null (not theirs, not released).</summary>
    public Task<StoredFile?> DocumentAsync(long requestId, long attachmentId, CancellationToken ct = default)
        => (from a in db.Set<RequestAttachment>().AsNoTracking()
            join f in db.Set<StoredFile>().AsNoTracking() on a.FileId equals f.Id
            where a.Id == attachmentId && a.RequestId == requestId && a.VisibleToApplicant
            select f).SingleOrDefaultAsync(ct);

    /// <summary>The public timeline of an application, masked.</summary>
    public async Task<IReadOnlyList<TrackingStep>> TimelineAsync(DisclosureRequest q, CancellationToken ct = default)
    {
        var events = await db.Set<RequestEvent>().AsNoTracking()
            .Where(e => e.RequestId == q.Id && e.IsPublic)
            .OrderBy(e => e.AtUtc).ThenBy(e => e.Id)
            .Select(e => new { e.AtUtc, e.PublicText })
            .ToListAsync(ct);
        return [.. events.Select(e => new TrackingStep(DateTime.SpecifyKind(e.AtUtc, DateTimeKind.Utc), Scrub(q, e.PublicText)))];
    }

    public sealed record ClockView(DateOnly? Due, int? Remaining, bool Suspended, bool Overdue);

    /// <summary>Deadline and working days left, evaluated now; nothing once the case ended.</summary>
    public async Task<ClockView> ClockAsync(DisclosureRequest q, CancellationToken ct = default)
    {
        if (q.ClockId is not { } clockId || RequestWorkflow.IsTerminal(q.Status))
        {
            return new ClockView(null, null, false, false);
        }
        var record = await db.Clocks.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(c => c.Id == clockId, ct);
        if (record is null || record.State == ClockState.Closed)
        {
            return new ClockView(null, null, false, false);
        }
        try
        {
            var status = ClockService.ToClock(record).Evaluate(await calendars.GetAsync(ct), db.Time.GetUtcNow().UtcDateTime, clockOptions.Value.ToSettings());
            return new ClockView(status.DueDate, status.Suspended ? null : status.Remaining, status.Suspended, status.Level == ClockLevel.Overdue);
        }
        catch (CalendarYearNotLoadedException)
        {
            // The deadline falls in a year whose holidays are not published yet: show what the sweep stored, if anything.
            return new ClockView(record.State == ClockState.Suspended ? null : record.DueDate, null, record.State == ClockState.Suspended, record.Level == ClockLevel.Overdue);
        }
    }

    /// <summary>
    /// Text shown to the applicant: their own name and ID number replaced by the masked forms, then the one masking
    /// policy for anything else that looks like personal data (phones, ID numbers, e-mails).
    /// </summary>
    public static string Scrub(DisclosureRequest q, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        if (q.ApplicantKind == ApplicantKind.NaturalPerson && q.ApplicantName.Length > 0)
        {
            text = text.Replace(q.ApplicantName, Masker.Default.Name(q.ApplicantName), StringComparison.Ordinal);
        }
        if (!string.IsNullOrEmpty(q.IdNumber))
        {
            text = text.Replace(q.IdNumber, Masker.Default.IdNumber(q.IdNumber), StringComparison.OrdinalIgnoreCase);
        }
        return Masker.Default.MaskText(text);
    }
}

/// <summary>办理进度查询 for 依申请公开: /track asks this source with the tracking number and the query code.</summary>
public sealed class RequestTrackingSource(SunshineDb db, ApplicantAccess access, IStringLocalizer<RequestsIntakeResource> l) : ITrackingSource
{
    public async Task<TrackingResult?> FindAsync(string trackingNumber, string queryCode, CancellationToken ct)
    {
        // Other modules' numbers have other prefixes (public knowledge): no need to hash for them.
        if (!ApplicantAccess.NormaliseNumber(trackingNumber).StartsWith("YSQ-", StringComparison.Ordinal))
        {
            return null;
        }
        var id = await access.FindAsync(trackingNumber, queryCode, ct);
        if (id is null)
        {
            return null;
        }
        var q = await db.Set<DisclosureRequest>().IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.Id == id, ct);
        var steps = await access.TimelineAsync(q, ct);
        var clock = await access.ClockAsync(q, ct);
        return new TrackingResult(l["Track.Title"], l["Track.Kind"], RequestWorkflow.Label(q.Status), steps, clock.Due);
    }
}
