using Microsoft.EntityFrameworkCore;
using Sunshine.Domain;
using Sunshine.Domain.Calendar;
using Sunshine.Domain.Requests;
using Sunshine.Web.Platform.Db;
using Sunshine.Web.Platform.Jobs;

namespace Sunshine.Web.Features.Requests;

/// <summary>
/// 逾期视为放弃: an idempotent sweep that abandons applications whose correction deadline (Art. 30) or fee deadline
/// (国办函〔2020〕109号) has passed. Each row moves through the workflow service on its own scope; the version check
/// (a guarded UPDATE … WHERE Version = n) means two instances cannot both move it, and a row already moved is skipped.
/// </summary>
public sealed class RequestDeadlineJob(ILogger<RequestDeadlineJob> log) : IRecurringJob
{
    public string Name => "request-deadlines";

    public TimeSpan Interval => TimeSpan.FromHours(1);

    /// <summary>Rows moved by the last run (for tests and logs).</summary>
    public sealed record Outcome(int Abandoned, int Skipped, int Failed);

    public async Task RunAsync(IServiceProvider services, CancellationToken ct) => await SweepAsync(services, ct);

    public async Task<Outcome> SweepAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<SunshineDb>();
        var today = ChinaTime.ToChinaDate(db.Time.GetUtcNow().UtcDateTime);
        var due = await db.Set<DisclosureRequest>().IgnoreQueryFilters().AsNoTracking()
            .Where(r => (r.Status == RequestStatus.AwaitingCorrection && r.CorrectionDueOn != null && r.CorrectionDueOn < today)
                || (r.Status == RequestStatus.AwaitingFee && r.FeeDueOn != null && r.FeeDueOn < today))
            .OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.Status, r.Version })
            .Take(1000)
            .ToListAsync(ct);
        int abandoned = 0, skipped = 0, failed = 0;
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        foreach (var row in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            var workflow = scope.ServiceProvider.GetRequiredService<RequestWorkflowService>();
            var actor = WorkflowActor.System("系统（逾期检查）");
            try
            {
                if (row.Status == RequestStatus.AwaitingCorrection)
                {
                    await workflow.CorrectionExpiredAsync(row.Id, actor, row.Version, ct);
                }
                else
                {
                    await workflow.FeeDeclinedOrExpiredAsync(row.Id, actor, row.Version, ct);
                }
                abandoned++;
            }
            catch (DomainException e) when (e.Code is "request.stale" or "request.illegal-transition")
            {
                // Moved meanwhile by someone else (another instance, the applicant, staff): nothing to do.
                skipped++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failed++;
                log.LogError(e, "Deadline sweep could not move disclosure request {Id}", row.Id);
            }
        }
        if (failed > 0)
        {
            throw new InvalidOperationException($"逾期检查：{failed}件申请处理失败（已放弃{abandoned}件，跳过{skipped}件）。");
        }
        return new Outcome(abandoned, skipped, failed);
    }
}
