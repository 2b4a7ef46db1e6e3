using Microsoft.AspNetCore.Mvc.RazorPages;
using Sunshine.Web.Features.Requests;

namespace Sunshine.Web.Pages.Requests;

/// <summary>
/// 申请回执: shown once after a successful submission, from TempData (an encrypted cookie removed when read). A reload
/// or a bookmark shows only how to look the application up: the query code is not stored anywhere readable.
/// </summary>
public sealed class SubmittedModel : PageModel
{
    public IntakeReceipt? Receipt { get; private set; }

    public void OnGet()
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        Receipt = IntakeReceipts.Take(TempData);
    }
}
