using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sunshine.Web.Features.Requests;

namespace Sunshine.Web.Pages.Reports;

/// <summary>A published annual report: texts and the frozen aggregate tables only (no application, no personal data).</summary>
public sealed class AnnualModel(AnnualReportService reports) : PageModel
{
    public AnnualReportView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int year, string unitCode)
    {
        var view = await reports.LoadPublishedAsync(year, unitCode, HttpContext.RequestAborted);
        if (view is null)
        {
            return NotFound();
        }

        ViewData[Portal.SectionKey] = PortalSection.Disclosure;
        View = view;
        return Page();
    }
}
