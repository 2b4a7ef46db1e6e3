using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sunshine.Domain;
using Sunshine.Web.Features.Requests;

namespace Sunshine.Web.Pages.Admin.Reports;

/// <summary>
/// 政府信息公开工作年度报告 of one unit and year in the 2021 template: texts 一/五/六 and Table 二 editable, tables
/// 三 and 四 computed, the check's messages, save and publish.
/// </summary>
[Authorize(Roles = ReportRoles.Staff)]
public sealed class AnnualModel(AnnualReportService reports, IStringLocalizer<RequestsReportsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Year { get; set; }

    [BindProperty(SupportsGet = true)] public int Unit { get; set; }

    [BindProperty] public AnnualReportInput Input { get; set; } = new();

    public AnnualReportView View { get; private set; } = null!;

    public string? Error { get; private set; }

    public string? Message { get; private set; }

    public bool CanPublish => ReportRoles.Publishers.Any(User.IsInRole);

    public async Task<IActionResult> OnGetAsync(string? done)
    {
        var unit = await FindAsync();
        if (unit is null)
        {
            return NotFound();
        }

        View = await reports.LoadAsync(unit, Year, HttpContext.RequestAborted);
        Input = AnnualReportInput.From(View.Exists ? new AnnualReportText { Overview = View.Overview, Problems = View.Problems, Other = View.Other } : null, View.Table2);
        Message = done switch
        {
            "saved" => text["Annual.Saved"].Value,
            "published" => text["Annual.PublishedOk"].Value,
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync()
    {
        var unit = await FindAsync();
        if (unit is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            Error = text["Annual.InvalidInput"];
            return await RedisplayAsync(unit);
        }

        try
        {
            await reports.SaveAsync(unit, Year, Input, HttpContext.RequestAborted);
        }
        catch (DomainException e)
        {
            Error = e.Message;
            return await RedisplayAsync(unit);
        }

        return Redirect($"/admin/reports/annual?year={Year}&unit={Unit}&done=saved");
    }

    public async Task<IActionResult> OnPostPublishAsync()
    {
        var unit = await FindAsync();
        if (unit is null)
        {
            return NotFound();
        }

        if (!CanPublish)
        {
            return Forbid();
        }

        try
        {
            await reports.PublishAsync(unit, Year, HttpContext.RequestAborted);
        }
        catch (DomainException e)
        {
            Error = e.Message;
            View = await reports.LoadAsync(unit, Year, HttpContext.RequestAborted);
            Input = AnnualReportInput.From(new AnnualReportText { Overview = View.Overview, Problems = View.Problems, Other = View.Other }, View.Table2);
            return Page();
        }

        return Redirect($"/admin/reports/annual?year={Year}&unit={Unit}&done=published");
    }

    private async Task<IActionResult> RedisplayAsync(ReportUnit unit)
    {
        View = await reports.LoadAsync(unit, Year, HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>The unit when it is a reporting unit in the actor's scope and the year is valid; else null (404).</summary>
    private async Task<ReportUnit?> FindAsync()
        => reports.IsValidYear(Year) ? await reports.FindUnitAsync(Unit, HttpContext.RequestAborted) : null;
}
