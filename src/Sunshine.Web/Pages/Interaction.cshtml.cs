using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Sunshine.Web.Platform;

namespace Sunshine.Web.Pages;

/// <summary>互动交流: the configured hotlines and what each is for, and how to follow a matter up.</summary>
public sealed class InteractionModel(IOptions<SiteOptions> site) : PageModel
{
    public SiteOptions Site { get; } = site.Value;

    public void OnGet()
    {
    }

    /// <summary>
    /// Resource key describing what a configured line is for. Hotlines carry only a name and a number, so
    /// the purpose is inferred from the national number 12345 and from the words in the name; a line that
    /// matches nothing is shown by its name alone.
    /// </summary>
    public static string? PurposeKey(HotlineOption line)
    {
        if (line.Number.Trim() == "12345")
        {
            return "Interaction.Purpose.12345";
        }
        if (line.Name.Contains("公开", StringComparison.Ordinal))
        {
            return "Interaction.Purpose.Disclosure";
        }
        if (line.Name.Contains("监督", StringComparison.Ordinal) || line.Name.Contains("举报", StringComparison.Ordinal)
            || line.Name.Contains("投诉", StringComparison.Ordinal))
        {
            return "Interaction.Purpose.Supervision";
        }
        return null;
    }
}
