using System.ComponentModel.DataAnnotations;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Sunshine.Web.Platform.Db;
using Sunshine.Web.Platform.Jobs;

namespace Sunshine.Web.Platform.Notifications;

public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    /// <summary>SMTP host; when empty, messages are only recorded (visible at /admin/outbox).</summary>
    public string? Host { get; set; }

    [Range(1, 65535)] public int Port { get; set; } = 25;

    public bool UseStartTls { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "noreply@example.gov.cn";

    public string FromName { get; set; } = "阳光政务平台";
}

/// <summary>Queues messages in the same transaction as the change that causes them.</summary>
public static class OutboxExtensions
{
    public static OutboxMessage Enqueue(this SunshineDb db, OutboxChannel channel, string to, string subject, string body, string? reference = null)
    {
        var now = db.Time.GetUtcNow().UtcDateTime;
        var m = new OutboxMessage
        {
            Channel = channel,
            To = to,
            Subject = subject,
            Body = body,
            Reference = reference,
            CreatedUtc = now,
            NextAttemptUtc = now,
            Status = OutboxStatus.Pending,
        };
        db.Outbox.Add(m);
        return m;
    }
}

/// <summary>Delivers one message; returns the status it ended in.</summary>
public interface IMessageSender
{
    Task<OutboxStatus> SendAsync(OutboxMessage message, CancellationToken ct);
}

/// <summary>Default when no provider is configured: the message is kept and shown in the back office.</summary>
public sealed class RecordingSender : IMessageSender
{
    public Task<OutboxStatus> SendAsync(OutboxMessage message, CancellationToken ct) => Task.FromResult(OutboxStatus.Recorded);
}

/// <summary>Email through SMTP (MailKit); SMS falls back to recording until a provider is plugged in.</summary>
public sealed class SmtpSender(IOptions<SmtpOptions> options) : IMessageSender
{
    public async Task<OutboxStatus> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        if (message.Channel != OutboxChannel.Email)
        {
            return OutboxStatus.Recorded;
        }
        var o = options.Value;
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(o.FromName, o.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.Body = new TextPart("plain") { Text = message.Body };
        using var client = new SmtpClient();
        await client.ConnectAsync(o.Host ?? "localhost", o.Port, o.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
        if (!string.IsNullOrEmpty(o.UserName))
        {
            await client.AuthenticateAsync(o.UserName, o.Password ?? "", ct);
        }
        await client.SendAsync(mime, ct);
        await client.DisconnectAsync(true, ct);
        return OutboxStatus.Sent;
    }
}

/// <summary>Sends pending messages; retries with back-off, gives up after 5 attempts.</summary>
public sealed class OutboxSendJob : IRecurringJob
{
    public const int MaxAttempts = 5;

    public string Name => "outbox-send";

    public TimeSpan Interval => TimeSpan.FromSeconds(10);

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<SunshineDb>();
        var sender = services.GetRequiredService<IMessageSender>();
        var log = services.GetRequiredService<ILogger<OutboxSendJob>>();
        var now = db.Time.GetUtcNow().UtcDateTime;
        var due = await db.Outbox.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptUtc <= now)
            .OrderBy(m => m.Id).Select(m => new { m.Id, m.Attempts }).Take(100).ToListAsync(ct);
        foreach (var item in due)
        {
            // Claim the message with a guarded update, so that even a second sender (a lease that expired during a
            // very long run) cannot send it twice: only the update that still sees the old attempt count wins.
            var claimed = await db.Outbox
                .Where(m => m.Id == item.Id && m.Status == OutboxStatus.Pending && m.Attempts == item.Attempts)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Attempts, item.Attempts + 1)
                    .SetProperty(m => m.NextAttemptUtc, now.AddMinutes(10)), ct);
            if (claimed != 1)
            {
                continue;
            }
            var m = await db.Outbox.SingleAsync(x => x.Id == item.Id, ct);
            try
            {
                m.Status = await sender.SendAsync(m, ct);
                m.SentUtc = db.Time.GetUtcNow().UtcDateTime;
                m.SentBy = sender.GetType().Name;
                m.LastError = null;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Outbox message {Id} failed (attempt {Attempt})", m.Id, m.Attempts);
                m.LastError = e.Message.Length > 1000 ? e.Message[..1000] : e.Message;
                if (m.Attempts >= MaxAttempts)
                {
                    m.Status = OutboxStatus.Failed;
                }
                else
                {
                    m.NextAttemptUtc = now.AddMinutes(Math.Pow(2, m.Attempts));
                }
            }
            await db.SaveChangesAsync(ct);
        }
    }
}
