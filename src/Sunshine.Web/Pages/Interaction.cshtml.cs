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

    /// <summary>Resource key describing what a configured line is for (Site:Hotlines:n:Purpose).</summary>
    public static string? PurposeKey(HotlineOption line) => line.Purpose switch
    {
        HotlinePurpose.Service => "Interaction.Purpose.12345",
        HotlinePurpose.Disclosure => "Interaction.Purpose.Disclosure",
        HotlinePurpose.Supervision => "Interaction.Purpose.Supervision",
        _ => null,
    };
}
