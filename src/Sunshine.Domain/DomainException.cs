namespace Sunshine.Domain;

/// <summary>
/// A rule of the domain was broken by the caller (an illegal transition, invalid input).
/// The message is user-facing Simplified Chinese; the web layer maps it to 409/400 problem details.
/// </summary>
public class DomainException : Exception
{
    public DomainException(string code, string message) : base(message) => Code = code;

    public DomainException(string code, string message, Exception inner) : base(message, inner) => Code = code;

    /// <summary>Stable machine-readable code, e.g. "calendar.year-not-loaded".</summary>
    public string Code { get; }
}
