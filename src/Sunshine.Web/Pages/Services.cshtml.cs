using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Sunshine.Web.Platform;

namespace Sunshine.Web.Pages;

/// <summary>政务服务: tracking lookup, deadline calculator, office hours and the service principles.</summary>
public sealed class ServicesModel(IOptions<SiteOptions> site) : PageModel
{
    public SiteOptions Site { get; } = site.Value;

    public void OnGet()
    {
    }
}
