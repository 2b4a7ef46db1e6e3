using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Sunshine.Web.Platform;

namespace Sunshine.Web.Pages;

/// <summary>政府信息公开指南 (Art. 12 of the 2019 regulation): classification, how to obtain, the office's contacts.</summary>
public sealed class DisclosureModel(IOptions<SiteOptions> site) : PageModel
{
    public SiteOptions Site { get; } = site.Value;

    public void OnGet()
    {
    }
}
