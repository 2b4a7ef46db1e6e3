using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Sunshine.Web.Platform.Db;
using Sunshine.Web.Platform.Jobs;
using Sunshine.Web.Platform.Notifications;
using Sunshine.Web.Tests.Infrastructure;

namespace Sunshine.Web.Tests.Notifications;

/// <summary>With an SMTP host configured, the outbox job delivers email through real SMTP (MailKit) to a loopback sink.</summary>
public sealed class SmtpDeliveryTests : IAsyncLifetime
{
    private readonly SmtpSink _sink = new();
    private SmtpFactory? _app;

    private sealed class SmtpFactory(TestDatabase db, int port) : SunshineFactory(db)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Smtp:Host", "127.0.0.1");
            builder.UseSetting("Smtp:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Smtp:From", "noreply@sfx.example.gov.cn");
        }
    }

    public async Task InitializeAsync()
    {
        _app = new SmtpFactory(await TestDatabase.CreateAsync(DbProvider.Sqlite), _sink.Port);
        _ = _app.Server;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
            await _app.Database.DisposeAsync();
        }
        await _sink.DisposeAsync();
    }

    [Fact]
    public async Task Queued_email_is_sent_over_SMTP_with_its_Chinese_subject_and_marked_sent()
    {
        var app = _app!;
        var id = await app.WithDbAsync(async db =>
        {
            var m = db.Enqueue(OutboxChannel.Email, "handler@sfx.example.gov.cn", "临期预警：SQ2026-00001", "您办理的事项将于2026年3月19日到期，请及时答复。", "test:smtp");
            await db.SaveChangesAsync();
            return m.Id;
        });

        var ran = await app.WithServicesAsync(sp =>
        {
            var runner = sp.GetRequiredService<JobRunner>();
            var job = sp.GetServices<IRecurringJob>().Single(j => j.Name == "outbox-send");
            return runner.RunOnceAsync(job, CancellationToken.None);
        });
        Assert.True(ran, "the outbox job should have taken its lease and run");

        var (status, sentBy) = await app.WithDbAsync(async db =>
        {
            var m = await db.Outbox.AsNoTracking().SingleAsync(x => x.Id == id);
            return (m.Status, m.SentBy);
        });
        Assert.Equal((OutboxStatus.Sent, nameof(SmtpSender)), (status, sentBy));

        var received = Assert.Single(_sink.Messages);
        Assert.Contains("handler@sfx.example.gov.cn", received.To.Single(), StringComparison.Ordinal);
        using var raw = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(received.Data));
        var mime = await MimeMessage.LoadAsync(raw);
        Assert.Equal("临期预警：SQ2026-00001", mime.Subject);
        Assert.Contains("2026年3月19日到期", mime.TextBody, StringComparison.Ordinal);
        Assert.Equal("noreply@sfx.example.gov.cn", mime.From.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task An_unreachable_SMTP_server_leaves_the_message_pending_with_the_error_and_a_later_retry_time()
    {
        var app = _app!;
        await _sink.DisposeAsync(); // nobody listens on the port any more
        var id = await app.WithDbAsync(async db =>
        {
            var m = db.Enqueue(OutboxChannel.Email, "nobody@sfx.example.gov.cn", "测试", "正文");
            await db.SaveChangesAsync();
            return m.Id;
        });
        await app.WithServicesAsync(async sp =>
        {
            var job = sp.GetServices<IRecurringJob>().Single(j => j.Name == "outbox-send");
            await job.RunAsync(sp, CancellationToken.None);
        });
        var m = await app.WithDbAsync(db => db.Outbox.AsNoTracking().SingleAsync(x => x.Id == id));
        Assert.Equal(OutboxStatus.Pending, m.Status);
        Assert.Equal(1, m.Attempts);
        Assert.False(string.IsNullOrEmpty(m.LastError));
        Assert.True(m.NextAttemptUtc > m.CreatedUtc, "a failed message waits before the next attempt");
    }
}
