using System.Buffers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sunshine.Web.Platform.Web;

namespace Sunshine.Web.Pages;

/// <summary>
/// 办理进度查询: tracking number + query code, asked of every module's <see cref="ITrackingSource"/>.
/// The same "not found" answer whether the number exists or not, so numbers cannot be enumerated.
/// </summary>
public sealed class TrackModel(IEnumerable<ITrackingSource> sources, IStringLocalizer<SharedResource> l) : PageModel
{
    private static readonly SearchValues<char> Allowed =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-");

    [BindProperty(SupportsGet = true, Name = "number")]
    public string? Number { get; set; }

    [BindProperty(SupportsGet = true, Name = "code")]
    public string? Code { get; set; }

    public string? NumberError { get; private set; }
    public string? CodeError { get; private set; }

    /// <summary>The form was sent (either field present in the query).</summary>
    public bool Submitted { get; private set; }

    public bool NoMatch { get; private set; }

    public TrackingResult? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Submitted = Request.Query.ContainsKey("number") || Request.Query.ContainsKey("code");
        if (!Submitted)
        {
            return;
        }
        // The query code is in the address: keep it out of caches and out of Referer headers.
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";

        Number = Number?.Trim();
        Code = Code?.Trim();
        NumberError = Check(Number, "Track.Error.NumberMissing", "Track.Error.NumberFormat");
        CodeError = Check(Code, "Track.Error.CodeMissing", "Track.Error.CodeFormat");
        if (NumberError is not null || CodeError is not null)
        {
            return;
        }
        Result = await TrackingSetup.FindAsync(sources, Number!, Code!, ct);
        NoMatch = Result is null;
    }

    private string? Check(string? value, string missingKey, string formatKey)
    {
        if (string.IsNullOrEmpty(value))
        {
            return l[missingKey];
        }
        if (value.Length > TrackingSetup.MaxLength || value.AsSpan().ContainsAnyExcept(Allowed))
        {
            return l[formatKey, TrackingSetup.MaxLength];
        }
        return null;
    }
}
