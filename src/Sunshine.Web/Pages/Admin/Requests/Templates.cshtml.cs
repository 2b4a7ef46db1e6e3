using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sunshine.Domain.Requests;
using Sunshine.Web.Features.Requests;
using Sunshine.Web.Platform.Db;

namespace Sunshine.Web.Pages.Admin.Requests;

/// <summary>答复模板: the editable reply-letter templates, one per reply type and sub-reason (administrators and reviewers).</summary>
[Authorize(Roles = WorkflowRoles.TemplateRoles)]
public sealed class TemplatesModel(SunshineDb db, ReplyTemplates templates, RequestWorkflowService workflow, IStringLocalizer<RequestsWorkflowResource> w) : PageModel
{
    public sealed record Row(int Id, ReplyOutcome Outcome, ReplyReason? Reason, string Label, string Title, DateTime UpdatedUtc);

    public sealed class EditInput
    {
        public int Version { get; set; }
        public string? Title { get; set; }
        public string? Body { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public EditInput Input { get; set; } = new();

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Row? Editing { get; private set; }
    public string? Message { get; private set; }
    public Dictionary<string, string> Errors { get; } = [];
    public string ReviewBody { get; private set; } = "";

    public async Task OnGetAsync(bool saved, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Editing is { } e)
        {
            var t = await db.Set<ReplyTemplate>().AsNoTracking().SingleAsync(x => x.Id == e.Id, ct);
            Input = new EditInput { Title = t.Title, Body = t.Body };
        }
        if (saved)
        {
            Message = w["Templates.Saved"];
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var t = Id is { } id ? await db.Set<ReplyTemplate>().SingleOrDefaultAsync(x => x.Id == id, ct) : null;
        if (t is null)
        {
            return NotFound();
        }
        var title = Input.Title?.Trim();
        var body = Input.Body?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(title))
        {
            Errors["Title"] = w["Templates.TitleRequired"];
        }
        else if (title.Length > 200)
        {
            Errors["Title"] = w["Templates.TitleTooLong"];
        }
        if (string.IsNullOrEmpty(body))
        {
            Errors["Body"] = w["Templates.BodyRequired"];
        }
        else if (body.Length > 20000)
        {
            Errors["Body"] = w["Templates.BodyTooLong"];
        }
        else if (!body.Contains("{申请人}", StringComparison.Ordinal))
        {
            Errors["Body"] = w["Templates.NeedsApplicant"];
        }
        if (Errors.Count > 0)
        {
            await LoadAsync(ct);
            return Page();
        }
        t.Title = title!;
        t.Body = body!;
        t.UpdatedUtc = db.Time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return Redirect($"/admin/requests/templates?id={t.Id}&saved=true");
    }

    /// <summary>A sample rendering of the template being edited, with made-up facts.</summary>
    public string Preview(string body) => ReplyTemplates.Render(body, new ReplyLetterFacts(
        "张三", "YSQ-2026-000001", new DateOnly(2026, 3, 2), "2025年度城乡低保资金发放情况",
        Editing is { } e ? ReplyTemplates.BasisText(e.Outcome, e.Reason) : "", ReplyTemplates.RemedyText(ReviewBody), null, null, null));

    private async Task LoadAsync(CancellationToken ct)
    {
        await templates.EnsureSeededAsync(ct);
        ReviewBody = await workflow.ReviewBodyAsync(ct);
        var rows = await db.Set<ReplyTemplate>().AsNoTracking().ToListAsync(ct);
        Rows = rows
            .Select(t => new Row(t.Id, t.Outcome, t.Reason, Label(t.Outcome, t.Reason), t.Title, t.UpdatedUtc))
            .OrderBy(r => (int)r.Outcome).ThenBy(r => r.Reason is { } x ? (int)x : -1)
            .ToList();
        Editing = Id is { } id ? Rows.FirstOrDefault(r => r.Id == id) : null;
    }

    public static string Label(ReplyOutcome outcome, ReplyReason? reason)
        => reason is { } r ? $"{ReplyCatalog.Get(outcome).Label}—{ReplyCatalog.Get(r).ShortLabel}" : ReplyCatalog.Get(outcome).Label;
}
