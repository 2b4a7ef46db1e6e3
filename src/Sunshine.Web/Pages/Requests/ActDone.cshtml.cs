using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Sunshine.Web.Pages.Requests;

/// <summary>What the applicant's action did. Only the tracking number is in the address, never the query code.</summary>
public sealed class ActDoneModel : PageModel
{
    public string What { get; private set; } = "";
    public string? Number { get; private set; }

    public void OnGet(string? what, string? number)
    {
        What = what is "correction" or "fee" or "fee-declined" or "withdraw" or "rate" ? what : "unknown";
        Number = number is { Length: > 0 and <= 40 } n && n.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? n : null;
    }
}
