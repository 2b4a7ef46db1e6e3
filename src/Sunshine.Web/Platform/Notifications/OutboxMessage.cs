namespace Sunshine.Web.Platform.Notifications;

public enum OutboxChannel
{
    Email = 0,
    Sms = 1,
}

public enum OutboxStatus
{
    Pending = 0,
    Sent = 1,
    /// <summary>Recorded by the default sender (no SMTP/SMS provider configured); visible in /admin/outbox.</summary>
    Recorded = 2,
    Failed = 3,
}

/// <summary>待发消息: written in the same transaction as the change that causes it; a job sends it.</summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    public OutboxChannel Channel { get; set; }

    public string To { get; set; } = "";

    public string Subject { get; set; } = "";

    public string Body { get; set; } = "";

    /// <summary>Which case or event caused it, e.g. "work-order:WO2026-00012".</summary>
    public string? Reference { get; set; }

    public DateTime CreatedUtc { get; set; }

    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTime NextAttemptUtc { get; set; }

    public DateTime? SentUtc { get; set; }

    public string? LastError { get; set; }

    public string? SentBy { get; set; }
}
