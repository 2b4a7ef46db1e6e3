using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Sunshine.Web.Platform;

namespace Sunshine.Web.Pages;

/// <summary>
/// Friendly status pages. Program re-executes every empty error response here
/// (UseStatusCodePagesWithReExecute("/error/{0}")), whatever the method, so POST is answered too and
/// the antiforgery check (meaningless here) is skipped.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(IOptions<SiteOptions> site) : PageModel
{
    public SiteOptions Site { get; } = site.Value;

    public int Code { get; private set; }

    /// <summary>Resource key prefix for the message: Error.404, Error.403, … or Error.Other.</summary>
    public string Key { get; private set; } = "Error.Other";

    /// <summary>Original address when re-executed.</summary>
    public string? OriginalPath { get; private set; }

    public void OnGet(int? code) => Prepare(code);

    public void OnPost(int? code) => Prepare(code);

    private void Prepare(int? code)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        OriginalPath = reExecuted?.OriginalPath;
        Code = code is >= 400 and <= 599 ? code.Value : StatusCodes.Status404NotFound;
        // Visited directly (/error/500), the page still answers with the status it describes.
        Response.StatusCode = Code;
        Key = Code switch
        {
            400 or 401 or 403 or 404 or 405 or 429 or 500 or 503 => "Error." + Code.ToString(System.Globalization.CultureInfo.InvariantCulture),
            >= 500 => "Error.500",
            _ => "Error.Other",
        };
    }
}
