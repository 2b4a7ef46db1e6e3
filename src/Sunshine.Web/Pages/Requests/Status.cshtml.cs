using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Sunshine.Web.Features.Requests;
using Sunshine.Web.Platform.Files;
using Sunshine.Web.Platform.Web;

namespace Sunshine.Web.Pages.Requests;

/// <summary>
/// 我的申请: the applicant's own view (timeline, days left, reply, documents) after tracking number + query code,
/// sent by POST so the code stays out of addresses, logs and Referer headers. Documents are served by a POST
/// handler that checks the code again; there is no download address that works on its own.
/// </summary>
[EnableRateLimiting(WebSetup.TrackingPolicy)]
public sealed class StatusModel(ApplicantAccess access, FileStore files, IStringLocalizer<RequestsIntakeResource> l) : PageModel
{
    [BindProperty]
    public string? Number { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public string? NumberError { get; private set; }

    public string? CodeError { get; private set; }

    public bool NoMatch { get; private set; }

    public ApplicantView? View { get; private set; }

    public void OnGet(string? number)
    {
        // Only the number may come from a link; the code is always typed.
        Number = number is { Length: <= TrackingSetup.MaxLength } ? number.Trim() : null;
    }

    public async Task OnPostAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostDownloadAsync(long attachment, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Page();
        }
        var file = await access.DocumentAsync(View!.RequestId, attachment, ct);
        if (file is null)
        {
            return NotFound();
        }
        return File(files.OpenRead(file), file.ContentType, file.FileName);
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        Number = Number?.Trim();
        Code = Code?.Trim();
        NumberError = string.IsNullOrEmpty(Number) ? l["Status.Error.Number"].Value : Number.Length > TrackingSetup.MaxLength ? l["Status.Error.NumberFormat"].Value : null;
        CodeError = string.IsNullOrEmpty(Code) ? l["Status.Error.Code"].Value : Code.Length > TrackingSetup.MaxLength ? l["Status.Error.CodeFormat"].Value : null;
        if (NumberError is not null || CodeError is not null)
        {
            return false;
        }
        var id = await access.FindAsync(Number, Code, ct);
        View = id is null ? null : await access.ViewAsync(id.Value, Code!, ct);
        NoMatch = View is null;
        if (View is not null)
        {
            Number = View.TrackingNumber;
        }
        return View is not null;
    }
}
