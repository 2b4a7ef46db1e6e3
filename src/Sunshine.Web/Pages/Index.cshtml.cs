using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Sunshine.Web.Platform;

namespace Sunshine.Web.Pages;

/// <summary>首页: welcome banner, quick service tiles and what the platform is for.</summary>
public sealed class IndexModel(IOptions<SiteOptions> site) : PageModel
{
    public SiteOptions Site { get; } = site.Value;

    /// <summary>The service line (12345) if configured, else the first configured hotline (none: no tile).</summary>
    public HotlineOption? MainHotline { get; private set; }

    public void OnGet()
        => MainHotline = Site.Hotlines.FirstOrDefault(h => h.Purpose == HotlinePurpose.Service) ?? Site.Hotlines.FirstOrDefault();
}
