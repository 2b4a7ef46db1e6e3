using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Sunshine.Web.Platform;

namespace Sunshine.Web.Pages;

/// <summary>监督评议: the reporting line, the five 好差评 levels, whistleblower confidentiality.</summary>
public sealed class SupervisionModel(IOptions<SiteOptions> site) : PageModel
{
    public SiteOptions Site { get; } = site.Value;

    /// <summary>Lines for supervision and reporting (监督/举报/投诉 in the name); when none is configured, every line.</summary>
    public IReadOnlyList<HotlineOption> ReportingLines { get; private set; } = [];

    public bool OnlyGeneralLines { get; private set; }

    /// <summary>The five satisfaction levels (GB/T 39735-2020): score, resource key, whether it is a bad review.</summary>
    public static readonly IReadOnlyList<(int Score, string Key, bool Bad)> Levels =
    [
        (5, "Supervision.Level.5", false),
        (4, "Supervision.Level.4", false),
        (3, "Supervision.Level.3", false),
        (2, "Supervision.Level.2", true),
        (1, "Supervision.Level.1", true),
    ];

    public void OnGet()
    {
        ReportingLines = Site.Hotlines.Where(h => InteractionModel.PurposeKey(h) == "Interaction.Purpose.Supervision").ToList();
        if (ReportingLines.Count == 0)
        {
            ReportingLines = Site.Hotlines;
            OnlyGeneralLines = true;
        }
    }
}
