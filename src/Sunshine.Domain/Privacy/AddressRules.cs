namespace Sunshine.Domain.Privacy;

/// <summary>
/// How much of an address may be published: the administrative divisions down to the township.
/// </summary>
/// <remarks>
/// The address is read from the left. Reading stops at the first sign of a place below the
/// township — a street, lane, village, community, housing estate, group, house, building, unit
/// or room word (路 街 大道 巷 弄 胡同 村 屯 嘎查 社区 小区 园区 居委会 组 号 栋 幢 楼 单元 室 层 院),
/// a digit, a Latin letter or a mask character. Before that point, division words are looked for:
/// province (省 自治区 特别行政区), city (市 州 盟 地区; only before any county), county (县 区 旗)
/// and township (乡 镇 街道 苏木). The published part ends after the first township word, or
/// else after the last division word found; without any, nothing is published.
/// <para>
/// The rule errs towards hiding: a county whose name contains a stop word (路桥区) is cut before
/// it, and a township word inside a street name (镇江路) keeps one character too many, which is
/// not personal. Reading from the left means a township is never passed, so a village or house
/// is never published.
/// </para>
/// </remarks>
public static class AddressRules
{
    private enum Level
    {
        None,
        Province,
        City,
        County,
        Township,
    }

    // Longer words first: at each position the first word that matches wins.
    private static readonly string[] StopWords =
    [
        "社区", "小区", "园区", "校区", "厂区", "景区", "居委会", "胡同", "大道", "嘎查", "单元",
        "路", "巷", "弄", "村", "屯", "组", "号", "栋", "幢", "楼", "室", "层", "院",
    ];

    private static readonly (string Word, Level Level)[] DivisionWords =
    [
        ("特别行政区", Level.Province),
        ("自治区", Level.Province),
        ("街道", Level.Township),
        ("苏木", Level.Township),
        ("地区", Level.City),
        ("省", Level.Province),
        ("市", Level.City),
        ("州", Level.City),
        ("盟", Level.City),
        ("县", Level.County),
        ("区", Level.County),
        ("旗", Level.County),
        ("乡", Level.Township),
        ("镇", Level.Township),
    ];

    /// <summary>The length of the leading part of <paramref name="address"/> that may be published (0 to its length).</summary>
    public static int PublicPrefixLength(string address, char maskChar = '*')
    {
        ArgumentNullException.ThrowIfNull(address);
        var keep = 0;
        var deepest = Level.None;
        var i = 0;
        while (i < address.Length)
        {
            var c = address[i];
            if (char.IsAsciiLetterOrDigit(c) || c is (>= '\uFF10' and <= '\uFF19') || c == maskChar || IsStopWord(address, i))
            {
                break;
            }

            // 街 is a street unless it begins 街道 (a township-level subdistrict).
            if (c == '街' && !address.AsSpan(i).StartsWith("街道", StringComparison.Ordinal))
            {
                break;
            }

            var (length, level) = DivisionAt(address, i);
            if (length > 0 && !(level <= Level.City && deepest >= Level.County))
            {
                i += length;
                keep = i;
                deepest = level > deepest ? level : deepest;
                if (level == Level.Township)
                {
                    break;
                }
            }
            else
            {
                i++;
            }
        }

        return keep;
    }

    private static bool IsStopWord(string address, int index)
    {
        var rest = address.AsSpan(index);
        foreach (var word in StopWords)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static (int Length, Level Level) DivisionAt(string address, int index)
    {
        var rest = address.AsSpan(index);
        foreach (var (word, level) in DivisionWords)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal))
            {
                return (word.Length, level);
            }
        }

        return (0, Level.None);
    }
}
