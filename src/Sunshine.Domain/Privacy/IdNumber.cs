using System.Globalization;
using Sunshine.Domain.Calendar;

namespace Sunshine.Domain.Privacy;

/// <summary>
/// Resident identity card numbers (公民身份号码, GB 11643-1999): 6-digit address code,
/// 8-digit date of birth, 3-digit sequence and a check character (ISO 7064 MOD 11-2, 0–9 or X).
/// Legacy 15-digit numbers (before 1999: 6-digit address, yyMMdd of a 19xx birth date, 3-digit
/// sequence, no check character) are accepted as a valid format.
/// </summary>
public static class IdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private const string CheckCharacters = "10X98765432";

    // First two digits: provinces (GB/T 2260), 71 Taiwan, 81/82 Hong Kong/Macao residence permits,
    // 83 Taiwan residence permits, 91 foreigners' permanent residence (older series).
    private static readonly HashSet<int> ProvinceCodes =
    [
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83, 91,
    ];

    private static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    /// <summary>
    /// The canonical text form: surrounding and inner white space and hyphens removed,
    /// full-width characters folded to ASCII, a lower-case check character x upper-cased.
    /// Does not validate. Null gives an empty string.
    /// </summary>
    public static string Normalise(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var folded = Width.Fold(value);
        var chars = new char[folded.Length];
        var length = 0;
        foreach (var c in folded)
        {
            if (c == '-' || char.IsWhiteSpace(c))
            {
                continue;
            }

            chars[length++] = c == 'x' ? 'X' : c;
        }

        return new string(chars, 0, length);
    }

    /// <summary>
    /// True when the value is an 18-character number with a correct check character, a known
    /// province code and a real birth date between 1900-01-01 and today (China time), or a
    /// 15-digit legacy number with a known province code and a real 19xx birth date.
    /// The value is normalised first (<see cref="Normalise"/>).
    /// </summary>
    public static bool IsValid(string? value) => IsValid(value, ChinaTime.ToChinaDate(DateTime.UtcNow));

    /// <summary>As <see cref="IsValid(string?)"/>, with birth dates after <paramref name="today"/> rejected.</summary>
    public static bool IsValid(string? value, DateOnly today) => Check(Normalise(value), today) == IdNumberCheck.Valid;

    /// <summary>
    /// The check character (0–9 or X) for the first 17 digits of an 18-character number.
    /// </summary>
    /// <exception cref="ArgumentException">The argument is not exactly 17 ASCII digits.</exception>
    public static char ComputeCheckCharacter(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        if (first17.Length != 17 || !AllDigits(first17))
        {
            throw new ArgumentException("Exactly 17 digits are required.", nameof(first17));
        }

        return CheckCharacterOf(first17);
    }

    /// <summary>The birth date encoded in a number of either length, if it is a real date.</summary>
    public static bool TryGetBirthDate(string? value, out DateOnly birthDate)
    {
        var id = Normalise(value);
        var digits = id.Length switch
        {
            18 => id.AsSpan(6, 8).ToString(),
            15 => "19" + id.AsSpan(6, 6).ToString(),
            _ => null,
        };

        birthDate = default;
        return digits is not null
            && AllDigits(digits)
            && DateOnly.TryParseExact(digits, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out birthDate);
    }

    /// <summary>
    /// The 18-character form of a valid number: a legacy 15-digit number gains the century "19"
    /// and its check character; an 18-character number is returned normalised. Null when invalid.
    /// </summary>
    public static string? ToEighteen(string? value)
    {
        var id = Normalise(value);
        if (!IsValid(id))
        {
            return null;
        }

        if (id.Length == 18)
        {
            return id;
        }

        var first17 = id[..6] + "19" + id[6..];
        return first17 + CheckCharacterOf(first17);
    }

    /// <summary>Structural check of a normalised value; tells a wrong check character apart.</summary>
    internal static IdNumberCheck Check(string id, DateOnly today)
    {
        switch (id.Length)
        {
            case 18:
                {
                    var body = id.AsSpan(0, 17);
                    var last = id[17];
                    if (!AllDigits(body) || !(char.IsAsciiDigit(last) || last == 'X') || !PlausibleRegionAndBirth(id, today))
                    {
                        return IdNumberCheck.Invalid;
                    }

                    return CheckCharacterOf(body) == last ? IdNumberCheck.Valid : IdNumberCheck.WrongCheckCharacter;
                }

            case 15:
                return AllDigits(id) && PlausibleRegionAndBirth(id, today) ? IdNumberCheck.Valid : IdNumberCheck.Invalid;

            default:
                return IdNumberCheck.Invalid;
        }
    }

    private static bool PlausibleRegionAndBirth(string id, DateOnly today)
    {
        var province = ((id[0] - '0') * 10) + (id[1] - '0');
        return ProvinceCodes.Contains(province)
            && TryGetBirthDate(id, out var birth)
            && birth >= EarliestBirthDate
            && birth <= today;
    }

    private static char CheckCharacterOf(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    private static bool AllDigits(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>Outcome of the structural check of an identity card number.</summary>
internal enum IdNumberCheck
{
    Invalid,

    /// <summary>Province code and birth date are plausible but the check character is wrong (a typo, most likely).</summary>
    WrongCheckCharacter,

    Valid,
}
