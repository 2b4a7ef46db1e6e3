using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sunshine.Web.Features.Requests;

namespace Sunshine.Web.Pages.Admin.Reports;

/// <summary>年度报告: pick a year and a reporting unit in the staff member's scope; status and due date of each.</summary>
[Authorize(Roles = ReportRoles.Staff)]
public sealed class IndexModel(AnnualReportService reports) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public int SelectedYear { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<ReportUnit> Units { get; private set; } = [];

    public Dictionary<int, (DateTime? PublishedUtc, DateTime UpdatedUtc)> Statuses { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        var current = reports.CurrentYear;
        // Last year is the one being reported on for most of the year.
        SelectedYear = Year is { } y && reports.IsValidYear(y) ? y : current - 1;
        Years = Enumerable.Range(AnnualReportService.FirstYear, current - AnnualReportService.FirstYear + 1).Reverse().ToList();
        Units = await reports.ReportingUnitsAsync(HttpContext.RequestAborted);
        Statuses = await reports.StatusesAsync(SelectedYear, HttpContext.RequestAborted);
        Today = reports.Today;
    }
}
