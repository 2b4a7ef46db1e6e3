using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Sunshine.Web.Platform.Jobs;
using Sunshine.Web.Tests.Infrastructure;

namespace Sunshine.Web.Tests.Jobs;

/// <summary>A job that runs longer than its lease keeps the lease by renewing it, so a second instance cannot start it meanwhile.</summary>
public sealed class LeaseRenewalTests
{
    private sealed class ShortLeaseFactory(TestDatabase db, Action<IServiceCollection> services) : SunshineFactory(db, services)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Jobs:LeaseSeconds", "6");
        }
    }

    private sealed class SlowJob(string name, TimeSpan duration) : IRecurringJob
    {
        public int Started;

        public string Name => name;

        public TimeSpan Interval => TimeSpan.Zero;

        public async Task RunAsync(IServiceProvider services, CancellationToken ct)
        {
            Interlocked.Increment(ref Started);
            await Task.Delay(duration, ct);
        }
    }

    [Fact]
    public async Task A_job_running_past_its_lease_length_keeps_the_lease_and_a_second_instance_cannot_start_it()
    {
        await using var database = await TestDatabase.CreateAsync(DbProvider.Sqlite);
        var name = "slow-" + Guid.NewGuid().ToString("N")[..8];
        var job = new SlowJob(name, TimeSpan.FromSeconds(9)); // longer than the 6 s lease
        await using var first = new ShortLeaseFactory(database, s => s.AddSingleton<IRecurringJob>(job));
        _ = first.Server;
        await using var second = new ShortLeaseFactory(database, s => s.AddSingleton<IRecurringJob>(job));
        _ = second.Server;

        var running = first.Services.GetRequiredService<JobRunner>().RunOnceAsync(job, CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(7.5)); // past the original lease: only a renewal keeps it
        var stolen = await second.Services.GetRequiredService<JobRunner>().RunOnceAsync(job, CancellationToken.None);

        Assert.False(stolen, "the second instance started the job while the first still ran it");
        Assert.True(await running, "the first instance should have run the job");
        Assert.Equal(1, job.Started);
    }
}
