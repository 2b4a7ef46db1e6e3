using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sunshine.Web.Features.Requests;

namespace Sunshine.Web.Pages.Admin.Reports;

/// <summary>The report's tables 二/三/四 as an .xlsx workbook in the template's layout.</summary>
[Authorize(Roles = ReportRoles.Staff)]
public sealed class XlsxModel(AnnualReportService reports) : PageModel
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [BindProperty(SupportsGet = true)] public int Year { get; set; }

    [BindProperty(SupportsGet = true)] public int Unit { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var unit = reports.IsValidYear(Year) ? await reports.FindUnitAsync(Unit, HttpContext.RequestAborted) : null;
        if (unit is null)
        {
            return NotFound();
        }

        var view = await reports.LoadAsync(unit, Year, HttpContext.RequestAborted);
        if (view.Report is null)
        {
            // The facts could not be counted: the report page shows why.
            return Redirect($"/admin/reports/annual?year={Year}&unit={Unit}");
        }

        var bytes = ReportExcel.Build(view);
        return File(bytes, ContentType, $"{unit.Name}{Year}年政府信息公开工作年度报告.xlsx");
    }
}
