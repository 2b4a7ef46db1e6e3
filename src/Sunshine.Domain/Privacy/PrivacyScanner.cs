using System.Text.RegularExpressions;
using Sunshine.Domain.Calendar;

namespace Sunshine.Domain.Privacy;

/// <summary>
/// Finds personal data in free text, for the privacy review before publication (issue 6) and for
/// <see cref="Masker.MaskText"/>. Pure and thread-safe; linear in the length of the text.
/// </summary>
/// <remarks>
/// What is found, and the trade-offs:
/// <list type="bullet">
/// <item><b>Identity card numbers</b>: 18 characters (17 digits + digit or X) with a correct
/// GB 11643 check character, a known province code and a real birth date from 1900 to today;
/// 15-digit legacy numbers with a known province code and a real 19xx birth date. Also written
/// in groups 6-8-4. A mistyped number (wrong check character) is missed unless
/// <see cref="MaskOptions.AcceptIdNumbersWithWrongCheckCharacter"/> is on. Roughly 3% of random
/// 15-digit numbers look like legacy numbers: those are false positives.</item>
/// <item><b>Mobile numbers</b>: 1[3-9] + 9 digits, optionally +86/0086/86 before, also written
/// 3-4-4 with spaces or hyphens; never part of a longer digit run (an order number containing
/// 11 mobile-like digits is not a mobile).</item>
/// <item><b>Bank card numbers</b>: 16–19 digits (or groups of 4) passing the Luhn check; one in
/// ten random numbers of that length passes, so long reference numbers may be flagged.
/// <see cref="MaskOptions.RequireKnownBankCardPrefix"/> narrows it to common card prefixes.</item>
/// <item><b>E-mail addresses</b>: ASCII local part and domain with a letter-only top-level
/// domain; internationalised addresses are missed. Offices' mailboxes are found too.</item>
/// <item><b>Street addresses</b> (heuristic, kept conservative): division words (省 市 县 区 乡
/// 镇 街道 …) followed by a street, village or estate word (路 街 巷 村 社区 小区 …) and a house
/// number (12号, 3组, 2单元, 501室); or, without a division, a street word with a building,
/// unit or room number (人民路12号3单元). An office's address such as 示范县城关镇人民路1号 is
/// flagged too (a reviewer overrides it); a bare 人民路1号 is not, nor are addresses without a
/// number or written without Chinese words. Lead-in words (家住, 住在, 地址 …) are trimmed.</item>
/// </list>
/// Names and landlines are not searched for in free text: no pattern tells them from ordinary
/// words and from offices' published numbers without many false positives.
/// Full-width digits and letters are folded to ASCII before matching. Overlapping candidates are
/// resolved longest first (an e-mail whose local part is a mobile is one e-mail), then by kind.
/// </remarks>
public static partial class PrivacyScanner
{
    private const string Cjk = @"[\u3400-\u4DBF\u4E00-\u9FFF]";
    private const string Division = "(?:特别行政区|自治区|自治州|自治县|地区|街道|苏木|省|市|州|盟|县|区|旗|乡|镇)";
    private const string Street = "(?:大街|大道|胡同|社区|小区|嘎查|路|街|巷|弄|村|屯)";
    private const string Number = "(?:[0-9]{1,5}(?:-[0-9]{1,5})?|[一二三四五六七八九十百零〇两]{1,4})";
    private const string HouseUnit = "(?:号院|号楼|号|栋|幢|座|单元|层|楼|室|户|组)";
    private const string FlatUnit = "(?:号楼|栋|幢|座|单元|层|楼|室|户)";

    // Divisions, then a street/village word, then at least one house number.
    private const string AddressWithDivision =
        "(?:" + Cjk + "{1,8}" + Division + "){1,5}" + Cjk + "{0,12}" + Street + "(?:" + Number + HouseUnit + "){1,5}";

    // A street word with a building, unit or room number: a dwelling even without a division.
    private const string AddressWithFlat =
        Cjk + "{1,10}" + Street + "(?:" + Number + "号院?)?(?:" + Number + FlatUnit + "){1,4}";

    // Words that introduce an address in a sentence; a match starting before one is trimmed after it.
    private static readonly string[] LeadIns =
    [
        "居住在", "家住", "住在", "住址", "地址", "住所", "现住", "居住", "位于", "来自", "户籍", "籍贯",
        "寄往", "寄到", "送往", "送到", "搬到", "搬至", "家在", "住于", "住", "为", "是", "在",
    ];

    /// <summary>Finds personal data in the text; masked previews follow the default policy.</summary>
    public static IReadOnlyList<PrivacyFinding> Scan(string? text) => Scan(text, Masker.Default);

    /// <summary>Finds personal data in the text; detection options and masked previews follow the masker's policy.</summary>
    /// <returns>Non-overlapping findings ordered by position; empty for null or empty text.</returns>
    public static IReadOnlyList<PrivacyFinding> Scan(string? text, Masker masker)
    {
        ArgumentNullException.ThrowIfNull(masker);
        return string.IsNullOrEmpty(text) ? [] : Find(text, masker, includeAddresses: true);
    }

    /// <summary>Digit boundaries on both sides; 18 characters, 15 digits, or 6-8-4 groups.</summary>
    [GeneratedRegex(@"(?<![0-9])(?:[0-9]{17}[0-9Xx]|[0-9]{15}|[0-9]{6}[ -][0-9]{8}[ -][0-9]{3}[0-9Xx])(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex IdNumberPattern();

    [GeneratedRegex(@"(?<![0-9])(?:[0-9]{16,19}|[0-9]{4}(?:[ -][0-9]{4}){3}(?:[ -][0-9]{1,3})?)(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex BankCardPattern();

    [GeneratedRegex(@"(?<![0-9])(?:(?:\+|00)86[ -]?|86)?1[3-9][0-9](?:[0-9]{8}|[ -][0-9]{4}[ -][0-9]{4})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex MobilePattern();

    // The local part may only start where a run of local-part characters starts, and every part
    // has a length bound, so each position is tried at most once: linear time.
    [GeneratedRegex(@"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]{1,64}@(?:[A-Za-z0-9\-]{1,63}\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9\-])", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    // Nested bounded repetitions over overlapping character classes would backtrack
    // exponentially; the non-backtracking engine guarantees linear time.
    [GeneratedRegex(AddressWithDivision + "|" + AddressWithFlat, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex AddressPattern();

    internal static List<PrivacyFinding> Find(string text, Masker masker, bool includeAddresses)
    {
        var folded = Width.Fold(text);
        var options = masker.Options;
        var today = ChinaTime.ToChinaDate(DateTime.UtcNow);
        var candidates = new List<Candidate>();

        foreach (var m in IdNumberPattern().EnumerateMatches(folded))
        {
            var check = IdNumber.Check(IdNumber.Normalise(folded.Substring(m.Index, m.Length)), today);
            if (check == IdNumberCheck.Valid || (check == IdNumberCheck.WrongCheckCharacter && options.AcceptIdNumbersWithWrongCheckCharacter))
            {
                candidates.Add(new(PersonalDataKind.IdNumber, m.Index, m.Length));
            }
        }

        foreach (var m in BankCardPattern().EnumerateMatches(folded))
        {
            var digits = string.Concat(folded.AsSpan(m.Index, m.Length).ToString().Where(char.IsAsciiDigit));
            if (digits.Length is >= 16 and <= 19 && Luhn.IsValid(digits) && (!options.RequireKnownBankCardPrefix || HasKnownCardPrefix(digits)))
            {
                candidates.Add(new(PersonalDataKind.BankAccount, m.Index, m.Length));
            }
        }

        foreach (var m in MobilePattern().EnumerateMatches(folded))
        {
            candidates.Add(new(PersonalDataKind.Mobile, m.Index, m.Length));
        }

        foreach (var m in EmailPattern().EnumerateMatches(folded))
        {
            candidates.Add(new(PersonalDataKind.Email, m.Index, m.Length));
        }

        if (includeAddresses)
        {
            foreach (var m in AddressPattern().EnumerateMatches(folded))
            {
                var skip = LeadInLength(folded.AsSpan(m.Index, m.Length));
                candidates.Add(new(PersonalDataKind.Address, m.Index + skip, m.Length - skip));
            }
        }

        return Resolve(candidates, folded, masker);
    }

    // Longest first, then by kind (enum order, so an ID number beats a bank card of the same span),
    // then leftmost; a candidate overlapping one already taken is dropped. Marking taken
    // characters keeps this linear in the text length.
    private static List<PrivacyFinding> Resolve(List<Candidate> candidates, string folded, Masker masker)
    {
        if (candidates.Count == 0)
        {
            return [];
        }

        candidates.Sort(static (a, b) =>
        {
            var order = b.Length.CompareTo(a.Length);
            order = order != 0 ? order : a.Kind.CompareTo(b.Kind);
            return order != 0 ? order : a.Start.CompareTo(b.Start);
        });

        var taken = new bool[folded.Length];
        var findings = new List<PrivacyFinding>();
        foreach (var candidate in candidates)
        {
            if (Array.IndexOf(taken, true, candidate.Start, candidate.Length) >= 0)
            {
                continue;
            }

            Array.Fill(taken, true, candidate.Start, candidate.Length);
            var preview = masker.Mask(candidate.Kind, folded.Substring(candidate.Start, candidate.Length));
            findings.Add(new PrivacyFinding(candidate.Kind, candidate.Start, candidate.Length, preview));
        }

        findings.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return findings;
    }

    // Start after the last lead-in word that ends before the first division or street word,
    // leaving at least one character of the place name.
    private static int LeadInLength(ReadOnlySpan<char> match)
    {
        var firstWord = match.IndexOfAny("省市州盟县区旗乡镇街道苏木路巷弄村屯社小胡嘎");
        if (firstWord <= 0)
        {
            return 0;
        }

        var skip = 0;
        var head = match[..firstWord];
        foreach (var word in LeadIns)
        {
            var at = head.LastIndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && at + word.Length < firstWord)
            {
                skip = Math.Max(skip, at + word.Length);
            }
        }

        return skip;
    }

    private static bool HasKnownCardPrefix(string digits)
    {
        if (digits[0] is '4' or '9' || digits.StartsWith("62", StringComparison.Ordinal) || digits.StartsWith("60", StringComparison.Ordinal)
            || digits.StartsWith("35", StringComparison.Ordinal))
        {
            return true;
        }

        var two = ((digits[0] - '0') * 10) + (digits[1] - '0');
        var four = int.Parse(digits.AsSpan(0, 4), provider: System.Globalization.CultureInfo.InvariantCulture);
        return two is >= 51 and <= 55 || four is >= 2221 and <= 2720;
    }

    private readonly record struct Candidate(PersonalDataKind Kind, int Start, int Length);
}
