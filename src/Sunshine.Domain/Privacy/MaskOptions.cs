namespace Sunshine.Domain.Privacy;

/// <summary>
/// The masking policy (RULES.md §9, a local practice and therefore configuration). The defaults
/// are the rules' defaults. A configuration may make masking stricter than the defaults, never
/// looser: every "keep" count must lie between 0 and its default, which <see cref="Validate"/> checks.
/// </summary>
public sealed record MaskOptions
{
    /// <summary>
    /// Common Chinese compound surnames (复姓, from the 百家姓 and modern usage). A name starting with
    /// one of them keeps both characters (欧阳**). A single surname followed by a given name that
    /// happens to form one of these (钟 + 离…) shows one character too many; that ambiguity cannot
    /// be resolved from the name alone, which is why the list is configurable.
    /// </summary>
    public static IReadOnlyList<string> DefaultCompoundSurnames { get; } =
    [
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
        "宇文", "司徒", "令狐", "夏侯", "轩辕", "端木", "澹台", "独孤", "南宫", "呼延",
        "万俟", "闻人", "赫连", "宗政", "濮阳", "公冶", "太叔", "申屠", "仲孙", "钟离",
        "鲜于", "司空", "闾丘", "亓官", "司寇", "巫马", "公西", "颛孙", "壤驷", "公良",
        "漆雕", "乐正", "宰父", "谷梁", "拓跋", "夹谷", "段干", "百里", "东郭", "南门",
        "羊舌", "微生", "梁丘", "左丘", "西门", "第五", "太史", "公羊", "东门", "即墨",
    ];

    /// <summary>The policy with every default.</summary>
    /// <remarks>Declared after <see cref="DefaultCompoundSurnames"/>: static initialisers run in textual order.</remarks>
    public static MaskOptions Default { get; } = new();

    /// <summary>The character that replaces hidden characters. Must not be a letter, digit or white space.</summary>
    public char MaskChar { get; init; } = '*';

    /// <summary>Compound surnames kept whole in names; see <see cref="DefaultCompoundSurnames"/>.</summary>
    public IReadOnlyList<string> CompoundSurnames { get; init; } = DefaultCompoundSurnames;

    /// <summary>
    /// Upper bound of mask characters after the surname: one per hidden character up to this many,
    /// so 张三 → 张*, 欧阳娜娜 → 欧阳**, 阿依古丽·买买提 → 阿***. At least 1.
    /// </summary>
    public int NameMaxMaskLength { get; init; } = 3;

    /// <summary>Leading characters of an identity card number shown (at most 6).</summary>
    public int IdNumberKeepPrefix { get; init; } = 6;

    /// <summary>Trailing characters of an identity card number shown (at most 4).</summary>
    public int IdNumberKeepSuffix { get; init; } = 4;

    /// <summary>Leading digits of a mobile number shown (at most 3).</summary>
    public int MobileKeepPrefix { get; init; } = 3;

    /// <summary>Trailing digits of a mobile number shown (at most 4).</summary>
    public int MobileKeepSuffix { get; init; } = 4;

    /// <summary>Trailing digits of a landline's local number shown after the area code (at most 2).</summary>
    public int LandlineKeepSuffix { get; init; } = 2;

    /// <summary>Leading characters of an e-mail address's local part shown (at most 1).</summary>
    public int EmailKeepPrefix { get; init; } = 1;

    /// <summary>What replaces the rest of an e-mail address's local part, whatever its length.</summary>
    public string EmailMask { get; init; } = "***";

    /// <summary>What replaces the part of an address below the township (or county) level, whatever its length.</summary>
    public string AddressMask { get; init; } = "****";

    /// <summary>
    /// What is shown instead of data that is never published: bank accounts, dates of birth,
    /// health, disability and hardship details.
    /// </summary>
    public string HiddenText { get; init; } = "（已隐去）";

    /// <summary>What is shown for a value that does not have the shape its kind expects (an ID number of 11 characters, say).</summary>
    public string FallbackMask { get; init; } = "****";

    /// <summary>
    /// Whether <see cref="Masker.MaskText"/> also masks addresses. Off by default: address
    /// detection is heuristic and also matches the public addresses of offices, so the scanner
    /// flags addresses for a reviewer instead of rewriting them.
    /// </summary>
    public bool MaskAddressesInText { get; init; }

    /// <summary>
    /// Whether a 16–19 digit number must also start with a common card prefix (UnionPay 62/60,
    /// Visa 4, Mastercard 51–55 and 2221–2720, JCB 35, domestic 9) to count as a bank card.
    /// Off by default: fewer false positives, but cards of unusual issuers would be missed.
    /// </summary>
    public bool RequireKnownBankCardPrefix { get; init; }

    /// <summary>
    /// Whether an 18-character number with a plausible province code and birth date but a wrong
    /// check character (most likely a mistyped real ID number) is still treated as an ID number.
    /// Off by default, as the rules ask for a checksum; on trades false positives for fewer leaks.
    /// </summary>
    public bool AcceptIdNumbersWithWrongCheckCharacter { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> when the policy is looser than the rules or unusable.</summary>
    public void Validate()
    {
        if (char.IsLetterOrDigit(MaskChar) || char.IsWhiteSpace(MaskChar) || char.IsSurrogate(MaskChar))
        {
            throw new ArgumentException("The mask character must not be a letter, digit, white space or surrogate.", nameof(MaskChar));
        }

        ArgumentNullException.ThrowIfNull(CompoundSurnames, nameof(CompoundSurnames));
        foreach (var surname in CompoundSurnames)
        {
            if (string.IsNullOrWhiteSpace(surname))
            {
                throw new ArgumentException("Compound surnames must not be empty.", nameof(CompoundSurnames));
            }
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(NameMaxMaskLength, 1, nameof(NameMaxMaskLength));
        CheckKeep(IdNumberKeepPrefix, 6, nameof(IdNumberKeepPrefix));
        CheckKeep(IdNumberKeepSuffix, 4, nameof(IdNumberKeepSuffix));
        CheckKeep(MobileKeepPrefix, 3, nameof(MobileKeepPrefix));
        CheckKeep(MobileKeepSuffix, 4, nameof(MobileKeepSuffix));
        CheckKeep(LandlineKeepSuffix, 2, nameof(LandlineKeepSuffix));
        CheckKeep(EmailKeepPrefix, 1, nameof(EmailKeepPrefix));
        CheckMask(EmailMask, nameof(EmailMask));
        CheckMask(AddressMask, nameof(AddressMask));
        CheckMask(HiddenText, nameof(HiddenText));
        CheckMask(FallbackMask, nameof(FallbackMask));
    }

    private static void CheckKeep(int value, int max, string name)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value, name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, max, name);
    }

    // A replacement text must be visible and must not itself look like data (no letters or digits),
    // otherwise masking a masked text again could find something new.
    private static void CheckMask(string value, string name)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        if (value.Length == 0 || value.Any(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException("A replacement text must be non-empty and contain no ASCII letters or digits.", name);
        }
    }
}
