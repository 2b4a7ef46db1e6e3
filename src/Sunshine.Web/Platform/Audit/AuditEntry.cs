namespace Sunshine.Web.Platform.Audit;

/// <summary>审计日志: one append-only, hash-chained entry.</summary>
public sealed class AuditEntry
{
    /// <summary>Position in the chain, 1, 2, 3… without gaps.</summary>
    public long Seq { get; set; }

    /// <summary>UTC, truncated to milliseconds so both databases store it exactly.</summary>
    public DateTime AtUtc { get; set; }

    public string? ActorId { get; set; }

    public string ActorName { get; set; } = "";

    /// <summary>"insert", "update", "delete" or an event such as "login", "login-failed", "view-sealed".</summary>
    public string Action { get; set; } = "";

    public string EntityType { get; set; } = "";

    public string EntityId { get; set; } = "";

    public string? Before { get; set; }

    public string? After { get; set; }

    public string? RequestId { get; set; }

    public string PrevHash { get; set; } = "";

    public string Hash { get; set; } = "";
}

/// <summary>The chain's head, updated in the same transaction, so deleting the newest entries is detected too.</summary>
public sealed class AuditHead
{
    public int Id { get; set; } = 1;

    public long LastSeq { get; set; }

    public string LastHash { get; set; } = "";
}
