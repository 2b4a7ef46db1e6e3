namespace Sunshine.Domain.Privacy;

/// <summary>
/// A value that is personal data, together with its kind. Carrying the kind with the value
/// lets every output path mask structured data uniformly with <see cref="Masker.Mask(PersonalField)"/>.
/// </summary>
/// <remarks>
/// The raw value is deliberately called <see cref="RawValue"/> so that reading it stands out in
/// review. <see cref="ToString"/> returns the masked value under the default policy, so string
/// interpolation, logging or a forgotten binding can never print the raw value.
/// </remarks>
/// <param name="Kind">What kind of personal data the value is.</param>
/// <param name="RawValue">The unmasked value; for staff with the right to see it, never for public output.</param>
public readonly record struct PersonalField(PersonalDataKind Kind, string? RawValue)
{
    /// <summary>True for sealed data (whistleblower identity), which no masking policy ever reveals.</summary>
    public bool IsSealed => Kind == PersonalDataKind.WhistleblowerIdentity;

    /// <summary>The value masked under the given policy (the default policy when null).</summary>
    public string Masked(Masker? masker = null) => (masker ?? Masker.Default).Mask(Kind, RawValue);

    /// <summary>The masked value under the default policy; never the raw value.</summary>
    public override string ToString() => Masked();
}
