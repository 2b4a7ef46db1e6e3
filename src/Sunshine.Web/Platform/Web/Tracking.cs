namespace Sunshine.Web.Platform.Web;

/// <summary>One dated step of a case's public timeline (受理、转办、答复…), already worded for the public.</summary>
/// <param name="AtUtc">When the step happened (UTC instant; shown in China time).</param>
/// <param name="Text">What happened, masked for the public (no personal data, no whistleblower identity).</param>
public sealed record TrackingStep(DateTime AtUtc, string Text);

/// <summary>What the public may see of one submission found by tracking number + query code (办理进度).</summary>
/// <param name="Title">Public title of the matter, e.g. 政府信息公开申请.</param>
/// <param name="Kind">Kind of matter, e.g. 依申请公开 / 咨询 / 投诉 / 办件.</param>
/// <param name="Status">Current state in words, e.g. 办理中, 已答复.</param>
/// <param name="Steps">Timeline in chronological order.</param>
/// <param name="Due">Current due date (China date), when a clock runs for the matter.</param>
public sealed record TrackingResult(string Title, string Kind, string Status, IReadOnlyList<TrackingStep> Steps, DateOnly? Due = null);

/// <summary>
/// 办理进度查询: a module that issues tracking numbers answers lookups for its own cases.
/// The public page asks every registered source and shows the first match.
/// </summary>
/// <remarks>
/// Implementations must compare the query code in constant time
/// (<see cref="System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(ReadOnlySpan{byte}, ReadOnlySpan{byte})"/>)
/// and return null both when the number is unknown and when the code is wrong, so the page cannot be
/// used to find out which numbers exist.
/// </remarks>
public interface ITrackingSource
{
    Task<TrackingResult?> FindAsync(string trackingNumber, string queryCode, CancellationToken ct);
}

/// <summary>
/// How tracking sources are wired: each module registers its own source,
/// <c>services.AddTrackingSource&lt;RequestTracking&gt;()</c>. Nothing is needed while no module
/// issues tracking numbers: DI resolves an empty <c>IEnumerable&lt;ITrackingSource&gt;</c>.
/// </summary>
public static class TrackingSetup
{
    /// <summary>Longest tracking number or query code the lookup form accepts.</summary>
    public const int MaxLength = 40;

    public static IServiceCollection AddTrackingSource<TSource>(this IServiceCollection services)
        where TSource : class, ITrackingSource
        => services.AddScoped<ITrackingSource, TSource>();

    /// <summary>Asks the sources in registration order; the first match wins.</summary>
    public static async Task<TrackingResult?> FindAsync(IEnumerable<ITrackingSource> sources, string trackingNumber, string queryCode, CancellationToken ct)
    {
        foreach (var source in sources)
        {
            var found = await source.FindAsync(trackingNumber, queryCode, ct);
            if (found is not null)
            {
                return found;
            }
        }
        return null;
    }
}
