using Microsoft.AspNetCore.Mvc.RazorPages;
using Sunshine.Web.Features.Requests;

namespace Sunshine.Web.Pages.Reports;

/// <summary>
/// 政府信息公开工作年度报告 published by the county and its agencies, newest year first. Interim home of the reports
/// until the proactive-disclosure catalogue exists (they will be listed there as items).
/// </summary>
public sealed class IndexModel(AnnualReportService reports) : PageModel
{
    public IReadOnlyList<IGrouping<int, PublishedReportEntry>> Years { get; private set; } = [];

    public async Task OnGetAsync()
    {
        ViewData[Portal.SectionKey] = PortalSection.Disclosure;
        Years = (await reports.PublishedAsync(HttpContext.RequestAborted)).GroupBy(r => r.Year).ToList();
    }
}
