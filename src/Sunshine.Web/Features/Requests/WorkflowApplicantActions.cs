using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Sunshine.Domain.Requests;
using Sunshine.Web.Platform.Db;
using Sunshine.Web.Platform.Web;

namespace Sunshine.Web.Features.Requests;

/// <summary>
/// What the applicant-action forms (Pages/Requests/ActForms.cshtml) need: the tracking number and the verified query
/// code (echoed in hidden fields of POSTed forms only, never in a link), the version and the status.
/// </summary>
public sealed record ApplicantActionForms(string Number, string Code, int Version, RequestStatus Status, bool HasRated)
{
    /// <summary>Show only this form ("correction", "fee", "withdraw", "rate"); null = every form the status allows.</summary>
    public string? Only { get; init; }

    public string? Error { get; init; }
    public string? Text { get; init; }
    public int? Rating { get; init; }

    public bool Shows(string what) => Only is null || Only == what;

    public bool CanCorrect => Status == RequestStatus.AwaitingCorrection;
    public bool CanPay => Status == RequestStatus.AwaitingFee;
    public bool CanWithdraw => RequestWorkflow.CanApply(Status, RequestAction.Withdraw);
    public bool CanRate => Status == RequestStatus.Replied && !HasRated;
    public bool Any => CanCorrect || CanPay || CanWithdraw || CanRate;

    public static ApplicantActionForms From(ApplicantView v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new(v.TrackingNumber, v.QueryCode, v.Version, v.Status, v.Rating is not null);
    }
}

/// <summary>
/// Base of the public applicant-action pages: every POST carries the tracking number and the query code, which are
/// verified again (<see cref="QueryCodes.Matches"/>, constant time, the same answer for an unknown number and a wrong code).
/// </summary>
[EnableRateLimiting(WebSetup.TrackingPolicy)]
public abstract class ApplicantActionPageModel(SunshineDb db) : PageModel
{
    private static readonly string Decoy = QueryCodes.Hash("YSQ-0000-000000", "00000000");

    [BindProperty] public string? Number { get; set; }
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public int? Version { get; set; }

    /// <summary>The application the number and code belong to, or null.</summary>
    protected async Task<(long Id, RequestStatus Status, int Version, bool Rated)?> VerifyAsync(CancellationToken ct)
    {
        var number = Number?.Trim().ToUpperInvariant();
        var code = Code?.Trim();
        if (string.IsNullOrEmpty(number) || string.IsNullOrEmpty(code) || number.Length > TrackingSetup.MaxLength || code.Length > TrackingSetup.MaxLength)
        {
            return null;
        }
        var row = await db.Set<DisclosureRequest>().IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.TrackingNumber == number)
            .Select(r => new { r.Id, r.QueryCodeHash, r.Status, r.Version, r.Rating })
            .SingleOrDefaultAsync(ct);
        var matches = QueryCodes.Matches(row?.QueryCodeHash ?? Decoy, number, code);
        Response.Headers.CacheControl = "no-store";
        return matches && row is not null ? (row.Id, row.Status, row.Version, row.Rating is not null) : null;
    }

    /// <summary>The result page: says what happened; the query code is never in the address.</summary>
    protected IActionResult Done(string what) => Redirect($"/requests/act/done?what={what}&number={Uri.EscapeDataString(Number!.Trim().ToUpperInvariant())}");
}
