namespace Sunshine.Web.Platform.Jobs;

/// <summary>
/// A lease in the database that makes a recurring job run on one instance at a time,
/// even when several application instances share one PostgreSQL database.
/// </summary>
public sealed class JobLease
{
    public string Name { get; set; } = "";

    public string? Holder { get; set; }

    public DateTime LeaseUntilUtc { get; set; }

    public DateTime? LastStartedUtc { get; set; }

    public DateTime? LastFinishedUtc { get; set; }

    public string? LastError { get; set; }

    public long RunCount { get; set; }

    public long FailureCount { get; set; }
}
