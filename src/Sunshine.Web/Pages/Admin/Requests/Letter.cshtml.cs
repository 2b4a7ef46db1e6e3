using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sunshine.Domain.Calendar;
using Sunshine.Domain.Requests;
using Sunshine.Web.Features.Requests;
using Sunshine.Web.Platform.Db;

namespace Sunshine.Web.Pages.Admin.Requests;

/// <summary>答复告知书 print view (A4): agency, number, date, the applicant (addressed to them), body, legal basis, seal area.</summary>
[Authorize(Roles = WorkflowRoles.HandlingRoles)]
public sealed class LetterModel(SunshineDb db, ReplyTemplates templates) : PageModel
{
    public DisclosureRequest Application { get; private set; } = null!;
    public string AgencyName { get; private set; } = "";
    public string Title { get; private set; } = ReplyTemplates.DefaultTitle;
    public string Basis { get; private set; } = "";
    public string DecisionLabel { get; private set; } = "";
    public DateOnly? LetterDate { get; private set; }
    public bool IsFinal => Application.Status == RequestStatus.Replied;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var r = await db.Set<DisclosureRequest>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (r is null || string.IsNullOrEmpty(r.ReplyText) || r.Outcome is not { } outcome)
        {
            return NotFound();
        }
        Application = r;
        AgencyName = await db.OrgUnits.IgnoreQueryFilters().Where(u => u.Id == r.AgencyUnitId).Select(u => u.Name).SingleAsync(ct);
        Title = (await templates.GetAsync(outcome, r.Reason, ct)).Title;
        Basis = ReplyTemplates.BasisText(outcome, r.Reason, r.ReplyNote);
        DecisionLabel = ReplyDecision.Create(outcome, r.Reason, r.ReplyNote).Label;
        LetterDate = r.RepliedUtc is { } replied ? ChinaTime.ToChinaDate(replied) : null;
        return Page();
    }
}
