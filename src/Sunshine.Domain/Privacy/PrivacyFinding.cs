namespace Sunshine.Domain.Privacy;

/// <summary>
/// One item of personal data found in a text. Holds only where the item is and its masked form,
/// never the raw value, so a finding can be shown, logged or stored without leaking anything.
/// </summary>
/// <param name="Kind">What was found.</param>
/// <param name="Start">Index (UTF-16) of the first character in the scanned text.</param>
/// <param name="Length">Number of UTF-16 characters.</param>
/// <param name="MaskedPreview">The item masked under the policy the scan used.</param>
public sealed record PrivacyFinding(PersonalDataKind Kind, int Start, int Length, string MaskedPreview)
{
    /// <summary>Index just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>Staff-facing description, e.g. "身份证号：110101********1234".</summary>
    public string DisplayText => $"{Kind.DisplayName()}：{MaskedPreview}";
}
