using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sunshine.Web.Features.Requests;

namespace Sunshine.Web.Pages.Admin.Reports;

/// <summary>Print view of the report (A4 portrait, the template's table structure, one section per page where it fits).</summary>
[Authorize(Roles = ReportRoles.Staff)]
public sealed class PrintModel(AnnualReportService reports) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Year { get; set; }

    [BindProperty(SupportsGet = true)] public int Unit { get; set; }

    public AnnualReportView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var unit = reports.IsValidYear(Year) ? await reports.FindUnitAsync(Unit, HttpContext.RequestAborted) : null;
        if (unit is null)
        {
            return NotFound();
        }

        View = await reports.LoadAsync(unit, Year, HttpContext.RequestAborted);
        return Page();
    }
}
