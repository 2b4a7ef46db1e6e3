using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sunshine.Web.Features.Requests;

namespace Sunshine.Web.Pages.Reports;

/// <summary>Print view of a published report.</summary>
public sealed class PrintModel(AnnualReportService reports) : PageModel
{
    public AnnualReportView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int year, string unitCode)
    {
        var view = await reports.LoadPublishedAsync(year, unitCode, HttpContext.RequestAborted);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }
}
