using System.ComponentModel.DataAnnotations;
using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sunshine.Web.Platform.Db;
using Sunshine.Web.Platform.Identity;

namespace Sunshine.Web.Platform.Jobs;

/// <summary>A recurring piece of background work. It must be an idempotent sweep over rows that are due.</summary>
public interface IRecurringJob
{
    /// <summary>Unique name, also the lease key.</summary>
    string Name { get; }

    TimeSpan Interval { get; }

    Task RunAsync(IServiceProvider services, CancellationToken ct);
}

public sealed class JobOptions
{
    public const string Section = "Jobs";

    public bool Enabled { get; set; } = true;

    /// <summary>How often the runner looks for due jobs.</summary>
    [Range(1, 3600)] public int PollSeconds { get; set; } = 15;

    /// <summary>Lease length; a job must finish within it (a crashed holder's lease expires after it).</summary>
    [Range(5, 86400)] public int LeaseSeconds { get; set; } = 600;

    /// <summary>Identifies this instance in the lease table.</summary>
    public string InstanceName { get; set; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";
}

/// <summary>Database leases: a job runs on the one instance that holds its lease, never twice at once.</summary>
public sealed class JobLeaseStore(SunshineDb db, TimeProvider time)
{
    public async Task EnsureAsync(string name, CancellationToken ct)
    {
        if (await db.JobLeases.AnyAsync(l => l.Name == name, ct))
        {
            return;
        }
        try
        {
            db.JobLeases.Add(new JobLease { Name = name, LeaseUntilUtc = DateTime.MinValue.ToUniversalTime() });
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another instance inserted it first: fine.
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Guarded single-statement update: succeeds for exactly one instance while the lease is free.</summary>
    public async Task<bool> TryAcquireAsync(string name, string holder, TimeSpan lease, TimeSpan interval, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var until = now + lease;
        var dueBefore = now - interval;
        var rows = await db.JobLeases
            .Where(l => l.Name == name && l.LeaseUntilUtc < now && (l.LastStartedUtc == null || l.LastStartedUtc <= dueBefore))
            .ExecuteUpdateAsync(s => s
                .SetProperty(l => l.Holder, holder)
                .SetProperty(l => l.LeaseUntilUtc, until)
                .SetProperty(l => l.LastStartedUtc, now), ct);
        return rows == 1;
    }

    /// <summary>Extends a lease this holder still has; false when it was lost.</summary>
    public async Task<bool> RenewAsync(string name, string holder, TimeSpan lease, CancellationToken ct)
    {
        var until = time.GetUtcNow().UtcDateTime + lease;
        return await db.JobLeases.Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.LeaseUntilUtc, until), ct) == 1;
    }

    public async Task ReleaseAsync(string name, string holder, string? error, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var message = error is { Length: > 1000 } ? error[..1000] : error;
        var failed = error is null ? 0 : 1;
        await db.JobLeases.Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s
                .SetProperty(l => l.LeaseUntilUtc, now)
                .SetProperty(l => l.LastFinishedUtc, now)
                .SetProperty(l => l.LastError, message)
                .SetProperty(l => l.RunCount, l => l.RunCount + 1)
                .SetProperty(l => l.FailureCount, l => l.FailureCount + failed), ct);
    }
}

/// <summary>The hosted runner: polls, takes leases, runs due jobs one by one. Failures are logged and counted.</summary>
public sealed class JobRunner(IServiceScopeFactory scopes, IEnumerable<IRecurringJob> jobs, IOptions<JobOptions> options,
    ILogger<JobRunner> log, IMeterFactory meters) : BackgroundService
{
    private readonly Counter<long> _runs = meters.Create("Sunshine.Jobs").CreateCounter<long>("sunshine_job_runs", description: "Job runs by result");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.Enabled)
        {
            return;
        }
        var list = jobs.ToList();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(o.PollSeconds));
        do
        {
            foreach (var job in list)
            {
                await RunOnceAsync(job, stoppingToken);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>
    /// Extends the lease every third of its length while the job runs; if the lease was lost (another instance took
    /// it after an expiry), the job is cancelled so it never runs twice at once.
    /// </summary>
    private async Task RenewWhileRunningAsync(string name, string holder, TimeSpan lease, CancellationTokenSource lost, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await Task.Delay(lease / 3, stop);
                await using var scope = scopes.CreateAsyncScope();
                if (!await scope.ServiceProvider.GetRequiredService<JobLeaseStore>().RenewAsync(name, holder, lease, stop))
                {
                    log.LogWarning("Job {Job} lost its lease; cancelling this run", name);
                    await lost.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The job finished (or the instance is stopping).
        }
        catch (Exception e)
        {
            log.LogError(e, "Could not renew the lease of {Job}; cancelling this run", name);
            await lost.CancelAsync();
        }
    }

    /// <summary>One attempt at one job; returns true when this instance ran it.</summary>
    public async Task<bool> RunOnceAsync(IRecurringJob job, CancellationToken ct)
    {
        var o = options.Value;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<JobLeaseStore>();
            await store.EnsureAsync(job.Name, ct);
            if (!await store.TryAcquireAsync(job.Name, o.InstanceName, TimeSpan.FromSeconds(o.LeaseSeconds), job.Interval, ct))
            {
                return false;
            }
            string? error = null;
            var lease = TimeSpan.FromSeconds(o.LeaseSeconds);
            using var lost = CancellationTokenSource.CreateLinkedTokenSource(ct);
            using var renewing = new CancellationTokenSource();
            var renewal = RenewWhileRunningAsync(job.Name, o.InstanceName, lease, lost, renewing.Token);
            try
            {
                using (SystemActor.Use($"job:{job.Name}"))
                {
                    await using var work = scopes.CreateAsyncScope();
                    await job.RunAsync(work.ServiceProvider, lost.Token);
                    _runs.Add(1, new KeyValuePair<string, object?>("job", job.Name), new KeyValuePair<string, object?>("result", "ok"));
                }
            }
            catch (OperationCanceledException) when (lost.IsCancellationRequested)
            {
                error = ct.IsCancellationRequested ? "已取消（实例停止）" : "租约丢失，任务已中止";
            }
            catch (Exception e)
            {
                error = e.Message;
                log.LogError(e, "Job {Job} failed", job.Name);
                _runs.Add(1, new KeyValuePair<string, object?>("job", job.Name), new KeyValuePair<string, object?>("result", "error"));
            }
            finally
            {
                await renewing.CancelAsync();
                await renewal;
            }
            // Always give the lease back, also when the instance is stopping, so another instance can take over at once.
            await store.ReleaseAsync(job.Name, o.InstanceName, error, CancellationToken.None);
            return true;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception e)
        {
            log.LogError(e, "Job runner could not schedule {Job}", job.Name);
            return false;
        }
    }
}

/// <summary>Re-derives due dates and levels of all open clocks so warnings appear without anyone opening a page.</summary>
public sealed class ClockSweepJob : IRecurringJob
{
    public string Name => "clock-sweep";

    public TimeSpan Interval => TimeSpan.FromMinutes(30);

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
        => await services.GetRequiredService<Calendar.ClockService>().RecomputeOpenAsync(ct);
}
