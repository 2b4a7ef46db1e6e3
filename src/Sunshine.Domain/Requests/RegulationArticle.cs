using System.Text;

namespace Sunshine.Domain.Requests;

/// <summary>
/// A provision of the 2019 政府信息公开条例 (State Council Decree No. 711): an article,
/// optionally one of its paragraphs (款) and one of its numbered items (项).
/// Renders as the Chinese legal citation, e.g. "第三十六条第（四）项" or "第十六条第二款".
/// </summary>
/// <param name="Article">条, 1–56.</param>
/// <param name="Paragraph">款 (1-based), or null.</param>
/// <param name="Item">项 (1-based), or null.</param>
public sealed record RegulationArticle(int Article, int? Paragraph = null, int? Item = null)
{
    /// <summary>The regulation's full title as cited in letters.</summary>
    public const string RegulationTitle = "《中华人民共和国政府信息公开条例》";

    /// <summary>Last article of the 2019 regulation (第五十六条).</summary>
    public const int LastArticle = 56;

    public int Article { get; } = Article is >= 1 and <= LastArticle
        ? Article
        : throw new ArgumentOutOfRangeException(nameof(Article), Article, "The 2019 regulation has articles 1–56.");

    public int? Paragraph { get; } = Paragraph is null or >= 1
        ? Paragraph
        : throw new ArgumentOutOfRangeException(nameof(Paragraph), Paragraph, "Paragraphs are numbered from 1.");

    public int? Item { get; } = Item is null or >= 1
        ? Item
        : throw new ArgumentOutOfRangeException(nameof(Item), Item, "Items are numbered from 1.");

    /// <summary>The citation without the regulation's title, e.g. "第三十六条第（四）项".</summary>
    public override string ToString()
    {
        var text = new StringBuilder("第").Append(ChineseNumber(Article)).Append('条');
        if (Paragraph is { } paragraph)
        {
            text.Append('第').Append(ChineseNumber(paragraph)).Append('款');
        }

        if (Item is { } item)
        {
            text.Append("第（").Append(ChineseNumber(item)).Append("）项");
        }

        return text.ToString();
    }

    /// <summary>The citation with the regulation's title, e.g. "《中华人民共和国政府信息公开条例》第十四条".</summary>
    public string ToCitation() => RegulationTitle + ToString();

    /// <summary>Chinese numerals as used in article numbers: 1–99 (十, 十四, 二十, 三十六).</summary>
    internal static string ChineseNumber(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 99);
        const string digits = "零一二三四五六七八九";
        if (n < 10)
        {
            return digits[n].ToString();
        }

        var tens = n / 10;
        var ones = n % 10;
        return (tens == 1 ? "" : digits[tens].ToString()) + "十" + (ones == 0 ? "" : digits[ones].ToString());
    }
}
