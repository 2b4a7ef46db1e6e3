using System.Text;
using IdNumberRules = Sunshine.Domain.Privacy.IdNumber;

namespace Sunshine.Domain.Privacy;

/// <summary>
/// The one masking policy for every public page, API, feed, export and search snippet
/// (DESIGN.md decision 5, RULES.md §9). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Null gives an empty string; white space is trimmed. Sealed data is the exception: a
/// whistleblower identity always gives <see cref="SealedText"/>, even when empty, so that the
/// output never tells whether a reporter gave a name.</item>
/// <item>A value that does not have the shape its kind expects gives <see cref="MaskOptions.FallbackMask"/>:
/// when in doubt, hide everything.</item>
/// <item>Every method is idempotent: masking a masked value returns it unchanged.</item>
/// </list>
/// </remarks>
public sealed class Masker
{
    /// <summary>What is shown for a whistleblower's identity, always, everywhere. Not configurable.</summary>
    public const string SealedText = "（身份信息已密封）";

    private readonly HashSet<string> _compoundSurnames;

    /// <param name="options">The policy; null for the defaults.</param>
    /// <exception cref="ArgumentException">The policy is looser than the rules or unusable.</exception>
    public Masker(MaskOptions? options = null)
    {
        Options = options ?? MaskOptions.Default;
        Options.Validate();
        _compoundSurnames = new HashSet<string>(Options.CompoundSurnames, StringComparer.Ordinal);
    }

    /// <summary>The masker with the default policy.</summary>
    public static Masker Default { get; } = new();

    /// <summary>The policy in force.</summary>
    public MaskOptions Options { get; }

    private char M => Options.MaskChar;

    /// <summary>Masks a value of the given kind.</summary>
    public string Mask(PersonalDataKind kind, string? value) => kind switch
    {
        PersonalDataKind.Name => Name(value),
        PersonalDataKind.IdNumber => IdNumber(value),
        PersonalDataKind.Mobile => Mobile(value),
        PersonalDataKind.Phone => Phone(value),
        PersonalDataKind.BankAccount => BankAccount(value),
        PersonalDataKind.Address => Address(value),
        PersonalDataKind.Email => Email(value),
        PersonalDataKind.DateOfBirth or PersonalDataKind.SensitiveDetail => Hidden(value),
        PersonalDataKind.WhistleblowerIdentity => WhistleblowerIdentity(value),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown personal data kind."),
    };

    /// <summary>Masks a personal field according to its kind.</summary>
    public string Mask(PersonalField field) => Mask(field.Kind, field.RawValue);

    /// <summary>
    /// A person's name: the surname and one mask character per hidden character, at most
    /// <see cref="MaskOptions.NameMaxMaskLength"/>, at least one (张 → 张*, 张三 → 张*, 张三丰 → 张**).
    /// A listed compound surname is kept whole when a given name follows (欧阳娜娜 → 欧阳**).
    /// Names with a middle dot (ethnic-minority and foreign names, where the first part is a
    /// given name) keep only the first character (阿依古丽·买买提 → 阿***).
    /// </summary>
    public string Name(string? value)
    {
        var name = value?.Trim() ?? string.Empty;
        if (name.Length == 0 || name.All(c => c == M))
        {
            return name;
        }

        var runes = new List<Rune>();
        var dotted = false;
        foreach (var rune in name.EnumerateRunes())
        {
            if (IsNameSeparator(rune))
            {
                dotted |= !Rune.IsWhiteSpace(rune);
                if (runes.Count == 0)
                {
                    continue;
                }
            }

            runes.Add(rune);
        }

        var keep = 1;
        if (!dotted && runes.Count > 2 && _compoundSurnames.Contains(string.Concat(runes[0].ToString(), runes[1].ToString())))
        {
            keep = 2;
        }

        var hidden = runes.Skip(keep).Count(r => !IsNameSeparator(r));
        var builder = new StringBuilder();
        foreach (var rune in runes.Take(keep))
        {
            builder.Append(rune.ToString());
        }

        return builder.Append(M, Math.Clamp(hidden, 1, Options.NameMaxMaskLength)).ToString();
    }

    /// <summary>
    /// An identity card number (18 or legacy 15 characters): at most the first 6 and last 4
    /// shown, one mask character for each hidden one (110101********1234).
    /// </summary>
    public string IdNumber(string? value)
    {
        var id = IdNumberRules.Normalise(value);
        if (id.Length == 0)
        {
            return string.Empty;
        }

        if (id.Length is not (15 or 18) || !id.All(c => char.IsAsciiDigit(c) || c == 'X' || c == M))
        {
            return Options.FallbackMask;
        }

        return KeepEnds(id, Options.IdNumberKeepPrefix, Options.IdNumberKeepSuffix);
    }

    /// <summary>
    /// A mobile number: 138****5678. Separators and a +86/0086 country code are dropped. A value
    /// that is not a mobile number is masked as a landline (<see cref="Phone"/>).
    /// </summary>
    public string Mobile(string? value) => Phone(value);

    /// <summary>
    /// A telephone number. Mobiles as <see cref="Mobile"/>; landlines keep the area code and the
    /// last digits of the local number (010-******78, 0755-******34; ******34 without an area
    /// code). An extension (转/分机/ext) is dropped.
    /// </summary>
    public string Phone(string? value)
    {
        var text = Width.Fold(value ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            return string.Empty;
        }

        if (TryMobile(text, out var mobile))
        {
            return KeepEnds(mobile, Options.MobileKeepPrefix, Options.MobileKeepSuffix);
        }

        if (TryLandline(text, out var area, out var local))
        {
            var masked = KeepEnds(local, 0, Options.LandlineKeepSuffix);
            return area.Length == 0 ? masked : area + "-" + masked;
        }

        return Options.FallbackMask;
    }

    /// <summary>A bank account or card number: never shown, whatever it is (<see cref="MaskOptions.HiddenText"/>).</summary>
    public string BankAccount(string? value) => Hidden(value);

    /// <summary>
    /// An address: kept down to the first township-level unit (乡/镇/街道/苏木), or else to the
    /// deepest county, city or province unit, and the rest replaced by
    /// <see cref="MaskOptions.AddressMask"/> (示范县城关镇人民路12号3单元 → 示范县城关镇****).
    /// The rule is described on <see cref="AddressRules"/>.
    /// </summary>
    public string Address(string? value)
    {
        var address = value?.Trim() ?? string.Empty;
        if (address.Length == 0)
        {
            return string.Empty;
        }

        var keep = AddressRules.PublicPrefixLength(address, M);
        return keep == address.Length ? address : address[..keep] + Options.AddressMask;
    }

    /// <summary>An e-mail address: the first character of the local part and the domain (a***@example.com).</summary>
    public string Email(string? value)
    {
        var email = Width.Fold(value ?? string.Empty).Trim();
        if (email.Length == 0)
        {
            return string.Empty;
        }

        var at = email.LastIndexOf('@');
        var domain = at < 0 ? string.Empty : email[(at + 1)..];
        if (at <= 0 || domain.Length == 0 || domain.Any(char.IsWhiteSpace) || email.AsSpan(0, at).ContainsAny(' ', '\t'))
        {
            return Options.FallbackMask;
        }

        var keep = Math.Min(Options.EmailKeepPrefix, at);
        if (keep == 1 && char.IsHighSurrogate(email[0]))
        {
            keep = 2;
        }

        return email[..keep] + Options.EmailMask + "@" + domain;
    }

    /// <summary>A whistleblower's identity or contact: always <see cref="SealedText"/>, never masked or otherwise shown.</summary>
    public string WhistleblowerIdentity(string? value) => SealedText;

    /// <summary>
    /// Free text with every personal data item that <see cref="PrivacyScanner"/> finds reliably —
    /// identity card numbers (checksum), mobile numbers, bank card numbers (Luhn) and e-mail
    /// addresses, plus addresses when <see cref="MaskOptions.MaskAddressesInText"/> is on —
    /// replaced by its mask. Names and landlines in free text are not recognised.
    /// </summary>
    public string MaskText(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var findings = PrivacyScanner.Find(text, this, Options.MaskAddressesInText);
        if (findings.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var finding in findings)
        {
            builder.Append(text, position, finding.Start - position).Append(finding.MaskedPreview);
            position = finding.Start + finding.Length;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    private string Hidden(string? value) => string.IsNullOrWhiteSpace(value) ? string.Empty : Options.HiddenText;

    private string KeepEnds(string value, int prefix, int suffix)
    {
        if (prefix + suffix >= value.Length)
        {
            return new string(M, value.Length);
        }

        return string.Concat(value.AsSpan(0, prefix), new string(M, value.Length - prefix - suffix), value.AsSpan(value.Length - suffix));
    }

    private static bool IsNameSeparator(Rune rune)
        => Rune.IsWhiteSpace(rune) || rune.Value is '·' or '•' or '・' or '‧' or '.' or '．' or '-' or '‐' or '－' or '･';

    // A mobile is 11 characters 1[3-9]xxxxxxxxx once separators and a country code are dropped.
    // Mask characters count as digits so that a masked mobile is recognised again (idempotence).
    private bool TryMobile(string text, out string mobile)
    {
        var compact = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c) || c == M || (c == '+' && compact.Length == 0))
            {
                compact.Append(c);
            }
            else if (!IsPhoneSeparator(c))
            {
                mobile = string.Empty;
                return false;
            }
        }

        var s = compact.ToString();
        foreach (var country in (ReadOnlySpan<string>)["+86", "0086", "86"])
        {
            if (s.Length == 11 + country.Length && s.StartsWith(country, StringComparison.Ordinal))
            {
                s = s[country.Length..];
                break;
            }
        }

        mobile = s;
        return s.Length == 11
            && (s[0] == '1' || s[0] == M)
            && (s[1] is >= '3' and <= '9' || s[1] == M)
            && s.All(c => char.IsAsciiDigit(c) || c == M);
    }

    private bool TryLandline(string text, out string area, out string local)
    {
        area = local = string.Empty;
        var s = text;
        foreach (var marker in (ReadOnlySpan<string>)["转", "分机", "ext", "x", "#"])
        {
            var at = s.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                s = s[..at];
            }
        }

        var international = false;
        foreach (var country in (ReadOnlySpan<string>)["+86", "0086"])
        {
            if (s.StartsWith(country, StringComparison.Ordinal))
            {
                s = s[country.Length..];
                international = true;
                break;
            }
        }

        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var c in s)
        {
            if (char.IsAsciiDigit(c) || c == M)
            {
                current.Append(c);
            }
            else if (IsPhoneSeparator(c))
            {
                if (current.Length > 0)
                {
                    tokens.Add(current.ToString());
                    current.Clear();
                }
            }
            else
            {
                return false;
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        if (tokens.Count == 0)
        {
            return false;
        }

        // International form drops the trunk prefix: +86 10 12345678 is 010-12345678.
        if (international && tokens[0][0] != '0')
        {
            tokens[0] = "0" + tokens[0];
        }

        var all = string.Concat(tokens);
        if (tokens.Count >= 2 && tokens[0] is ['0', ..] && tokens[0].Length is 3 or 4 && tokens[0].All(char.IsAsciiDigit))
        {
            area = tokens[0];
            local = string.Concat(tokens.Skip(1));
        }
        else if (all is ['0', _, ..] && all.Length >= 10 && all.AsSpan(0, 4).IndexOf(M) < 0)
        {
            // Without a separator: Beijing 010 and the 02x cities have 3-digit area codes, the rest 4.
            var length = all[1] is '1' or '2' ? 3 : 4;
            area = all[..length];
            local = all[length..];
        }
        else
        {
            local = all;
        }

        return local.Length is >= 5 and <= 8;
    }

    private static bool IsPhoneSeparator(char c) => c is ' ' or '-' or '(' or ')' or '.' or '/' or '\t';
}
