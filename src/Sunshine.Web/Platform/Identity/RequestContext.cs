using System.Diagnostics;
using System.Security.Claims;

namespace Sunshine.Web.Platform.Identity;

/// <summary>
/// Who is acting in the current unit of work and what they may see. Filled from the HTTP user;
/// commands and background jobs act as "system" with no scope restriction.
/// </summary>
public interface IRequestContext
{
    string? UserId { get; }

    string ActorName { get; }

    string? RequestId { get; }

    /// <summary>Path prefix the actor may see; null = unrestricted (system, or not signed in).</summary>
    string? ScopePath { get; }
}

public sealed class HttpRequestContext(IHttpContextAccessor accessor) : IRequestContext
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } u ? u : null;

    public string? UserId => User?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string ActorName => User is { } u
        ? $"{u.FindFirstValue(StaffClaims.DisplayName)}({u.Identity!.Name})"
        : accessor.HttpContext is null ? SystemActor.Current : "anonymous";

    public string? RequestId => Activity.Current?.TraceId.ToString() ?? accessor.HttpContext?.TraceIdentifier;

    public string? ScopePath => User?.FindFirstValue(StaffClaims.ScopePath);
}

/// <summary>Used by commands, the seeder and tests: acts as the named system actor, unrestricted.</summary>
public sealed class SystemRequestContext(string actor = "system") : IRequestContext
{
    public string? UserId => null;

    public string ActorName => actor;

    public string? RequestId => null;

    public string? ScopePath => null;
}

/// <summary>Names the system actor for work outside a request (a job, a command), for the audit log.</summary>
public static class SystemActor
{
    private static readonly AsyncLocal<string?> Name = new();

    public static string Current => Name.Value ?? "system";

    public static IDisposable Use(string name)
    {
        var previous = Name.Value;
        Name.Value = name;
        return new Restore(previous);
    }

    private sealed class Restore(string? previous) : IDisposable
    {
        public void Dispose() => Name.Value = previous;
    }
}
