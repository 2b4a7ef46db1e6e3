using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sunshine.Web.Platform.Db;
using Sunshine.Web.Platform.Jobs;

namespace Sunshine.Web.Pages.Admin.Jobs;

/// <summary>后台任务: the lease table shows which instance ran each job last and how it went.</summary>
public sealed class IndexModel(SunshineDb db) : PageModel
{
    public IReadOnlyList<JobLease> Rows { get; private set; } = [];

    public async Task OnGetAsync() => Rows = await db.JobLeases.AsNoTracking().OrderBy(l => l.Name).ToListAsync();
}
