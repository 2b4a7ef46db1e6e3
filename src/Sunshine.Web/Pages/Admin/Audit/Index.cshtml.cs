using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sunshine.Web.Platform.Audit;
using Sunshine.Web.Platform.Db;

namespace Sunshine.Web.Pages.Admin.Audit;

/// <summary>审计日志: browse the chain and verify it.</summary>
public sealed class IndexModel(SunshineDb db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Rows { get; private set; } = [];
    public long Total { get; private set; }
    public AuditVerification? Verification { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostVerifyAsync()
    {
        Verification = await AuditVerifier.VerifyAsync(db);
        db.AddAuditEvent("verify-audit", "AuditLog", "chain", System.Text.Json.JsonSerializer.Serialize(new { ok = Verification.Ok, @checked = Verification.Checked }));
        await db.SaveChangesAsync();
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var q = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Actor))
        {
            q = q.Where(a => a.ActorName.Contains(Actor.Trim()));
        }
        if (!string.IsNullOrWhiteSpace(Action))
        {
            q = q.Where(a => a.Action == Action.Trim());
        }
        if (!string.IsNullOrWhiteSpace(Entity))
        {
            q = q.Where(a => a.EntityType == Entity.Trim() || a.EntityId == Entity.Trim());
        }
        Total = await q.LongCountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, 100_000);
        Rows = await q.OrderByDescending(a => a.Seq).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
    }
}
