using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sunshine.Web.Platform.Jobs;
using Sunshine.Web.Tests.Infrastructure;

namespace Sunshine.Web.Tests.Jobs;

/// <summary>
/// Two application instances (two hosts) on one database race to run the same recurring job.
/// The database lease must let exactly one run at a time.
/// </summary>
public abstract class JobLeaseTests(DbProvider provider)
{
    [Fact]
    public async Task Two_app_instances_on_one_database_never_run_the_same_job_at_the_same_time()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var probe = new ConcurrencyProbe();
        var name = "probe-" + Guid.NewGuid().ToString("N")[..8];
        void AddProbeJob(IServiceCollection s) => s.AddSingleton<IRecurringJob>(new ProbeJob(name, probe));

        await using var first = new SunshineFactory(database, AddProbeJob);
        _ = first.Server;
        await using var second = new SunshineFactory(database, AddProbeJob);
        _ = second.Server;
        await first.WithServicesAsync(sp => sp.GetRequiredService<JobLeaseStore>().EnsureAsync(name, CancellationToken.None));

        const int wanted = 8;
        var clock = Stopwatch.StartNew();
        async Task<(int Ran, int Refused)> RaceAsync(SunshineFactory app)
        {
            var runner = app.Services.GetRequiredService<JobRunner>();
            var job = app.Services.GetServices<IRecurringJob>().OfType<ProbeJob>().Single();
            int ran = 0, refused = 0;
            // Until the job has run often enough (time-boxed: a slow machine must not make this loop forever).
            while (probe.Runs < wanted && clock.Elapsed < TimeSpan.FromSeconds(30))
            {
                if (await runner.RunOnceAsync(job, CancellationToken.None))
                {
                    ran++;
                }
                else
                {
                    refused++;
                }
                await Task.Delay(Random.Shared.Next(1, 15));
            }
            return (ran, refused);
        }

        // Two contenders per instance, four in all.
        var results = await Task.WhenAll(RaceAsync(first), RaceAsync(second), RaceAsync(first), RaceAsync(second));

        var summary = $"runs={probe.Runs} in {clock.Elapsed.TotalSeconds:0.0} s, max in flight={probe.MaxInFlight}, "
            + $"per contender (ran/refused)=[{string.Join(", ", results.Select(r => $"{r.Ran}/{r.Refused}"))}]\n"
            + string.Join('\n', first.ServerLog.Concat(second.ServerLog).TakeLast(10));
        Assert.True(probe.MaxInFlight == 1, "the job ran concurrently: " + summary);
        Assert.True(probe.Runs >= wanted, $"the job should have run {wanted} times within 30 s: " + summary);
        Assert.True(results.Sum(r => r.Ran) == probe.Runs, "RunOnceAsync reported runs that did not happen: " + summary);
        Assert.True(results.Sum(r => r.Refused) > 0, "the contenders never collided, so the test proved nothing: " + summary);

        var lease = await first.WithDbAsync(db => db.JobLeases.AsNoTracking().SingleAsync(l => l.Name == name));
        Assert.Equal(probe.Runs, lease.RunCount);
        Assert.Equal(0, lease.FailureCount);
    }

    /// <summary>Shared by the job instances of both hosts: counts runs in flight.</summary>
    private sealed class ConcurrencyProbe
    {
        private int _inFlight;
        private int _max;
        private int _runs;

        public int MaxInFlight => Volatile.Read(ref _max);

        public int Runs => Volatile.Read(ref _runs);

        public async Task RunAsync(CancellationToken ct)
        {
            var now = Interlocked.Increment(ref _inFlight);
            int seen;
            while ((seen = Volatile.Read(ref _max)) < now && Interlocked.CompareExchange(ref _max, now, seen) != seen)
            {
            }
            try
            {
                await Task.Delay(200, ct);
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
                Interlocked.Increment(ref _runs);
            }
        }
    }

    private sealed class ProbeJob(string name, ConcurrencyProbe probe) : IRecurringJob
    {
        public string Name => name;

        public TimeSpan Interval => TimeSpan.Zero;

        public Task RunAsync(IServiceProvider services, CancellationToken ct) => probe.RunAsync(ct);
    }
}

public sealed class JobLeaseTests_Sqlite() : JobLeaseTests(DbProvider.Sqlite);

public sealed class JobLeaseTests_Postgres() : JobLeaseTests(DbProvider.Postgres);
