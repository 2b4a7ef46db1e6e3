using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sunshine.Web.Platform.Db;
using Sunshine.Web.Platform.Notifications;

namespace Sunshine.Web.Pages.Admin.Outbox;

/// <summary>消息发件箱: every message the platform queued, with its delivery state.</summary>
public sealed class IndexModel(SunshineDb db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public OutboxStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<OutboxMessage> Rows { get; private set; } = [];
    public int Total { get; private set; }

    public async Task OnGetAsync()
    {
        var q = db.Outbox.AsNoTracking();
        if (Status is { } s)
        {
            q = q.Where(m => m.Status == s);
        }
        Total = await q.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, 100_000);
        Rows = await q.OrderByDescending(m => m.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
    }

    public async Task<IActionResult> OnPostRetryAsync(long id)
    {
        var m = await db.Outbox.SingleOrDefaultAsync(x => x.Id == id);
        if (m is null)
        {
            return NotFound();
        }
        if (m.Status == OutboxStatus.Failed)
        {
            m.Status = OutboxStatus.Pending;
            m.Attempts = 0;
            m.NextAttemptUtc = db.Time.GetUtcNow().UtcDateTime;
            db.AddAuditEvent("outbox-retry", nameof(OutboxMessage), id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await db.SaveChangesAsync();
        }
        return Redirect("/admin/outbox");
    }
}
