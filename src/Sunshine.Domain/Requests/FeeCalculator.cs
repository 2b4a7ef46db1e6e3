using System.Globalization;
using System.Text;

namespace Sunshine.Domain.Requests;

/// <summary>The basis of the information processing fee; one per application (国办函〔2020〕109号 Art. 3).</summary>
public enum FeeBasis
{
    /// <summary>按件计收: counted per applicant per calendar month (Art. 4).</summary>
    PerItem,

    /// <summary>按量计收: pages of paper copies, e-mail or copied electronic data, per application (Art. 5).</summary>
    PerPage,
}

/// <summary>One band of the progressive schedule as applied to an application.</summary>
/// <param name="From">First position charged in this band (items: cumulative in the month; pages: in the application).</param>
/// <param name="To">Last position in this band.</param>
/// <param name="Count">Positions in the band (To − From + 1).</param>
/// <param name="UnitPrice">元 per item or page; 0 in the free band.</param>
/// <param name="Subtotal">Count × UnitPrice, 元.</param>
public sealed record FeeBand(int From, int To, int Count, decimal UnitPrice, decimal Subtotal);

/// <summary>The fee of one application, with the computation shown on the fee notice.</summary>
/// <param name="Basis">The basis applied.</param>
/// <param name="Count">Items or pages of this application.</param>
/// <param name="EarlierItemsThisMonth">Per item: the applicant's items earlier in the same calendar month; 0 per page.</param>
/// <param name="Bands">The bands touched, in order (free band included).</param>
/// <param name="Total">Total in 元.</param>
/// <param name="Explanation">Chinese text for the fee notice, e.g. "按件计收：本月累计第11—15件，每件100元，计500元。合计500元。".</param>
public sealed record FeeQuote(
    FeeBasis Basis,
    int Count,
    int EarlierItemsThisMonth,
    IReadOnlyList<FeeBand> Bands,
    decimal Total,
    string Explanation);

/// <summary>
/// 信息处理费 (Art. 42 of the regulation; schedule of 国办函〔2020〕109号, RULES.md §2), progressive
/// (超额累进): each position is charged at the price of the band it falls in.
/// </summary>
/// <remarks>
/// Per item (按件, cumulative per applicant per calendar month): 1–10 free; 11–30 100 元 each; from 31
/// on, bands of 10 (31–40, 41–50 …), each 100 元 per item dearer than the one before (200, 300 …).
/// Per page (按量, per application, no carry-over): 1–30 free; 31–100 10 元; 101–200 20 元; 201 and
/// more 40 元. Whether a fee is due at all (volume or frequency clearly beyond reason) is the
/// agency's decision, not this calculator's.
/// </remarks>
public static class FeeCalculator
{
    /// <summary>Upper bound of items or pages per application or month, against absurd input.</summary>
    public const int MaxCount = 100_000;

    /// <summary>Computes the fee of one application.</summary>
    /// <param name="basis">按件 or 按量.</param>
    /// <param name="count">Items (按件, split by "一事一申请") or pages (按量) of this application, at least 1.</param>
    /// <param name="earlierItemsThisMonth">按件: the applicant's items already counted earlier in the same calendar month; must be 0 for 按量.</param>
    public static FeeQuote Calculate(FeeBasis basis, int count, int earlierItemsThisMonth = 0)
    {
        if (!Enum.IsDefined(basis))
        {
            throw new DomainException("fee.invalid-basis", $"计费方式 {(int)basis} 无效。");
        }

        var unit = UnitName(basis);
        if (count < 1 || count > MaxCount)
        {
            throw new DomainException("fee.invalid-count", $"本次申请的{unit}数必须在1至{MaxCount}之间，实际为{count}。");
        }

        if (earlierItemsThisMonth < 0 || earlierItemsThisMonth > MaxCount)
        {
            throw new DomainException("fee.invalid-earlier-count", $"本月此前累计件数必须在0至{MaxCount}之间，实际为{earlierItemsThisMonth}。");
        }

        if (basis == FeeBasis.PerPage && earlierItemsThisMonth != 0)
        {
            throw new DomainException("fee.carry-over-not-allowed", "按量计收按每件申请的页数计算，不累计本月此前的申请。");
        }

        var first = earlierItemsThisMonth + 1;
        var last = earlierItemsThisMonth + count;
        var bands = new List<FeeBand>();
        for (var from = first; from <= last;)
        {
            var (bandEnd, price) = BandAt(basis, from);
            var to = Math.Min(bandEnd, last);
            var n = to - from + 1;
            bands.Add(new FeeBand(from, to, n, price, n * price));
            from = to + 1;
        }

        var total = bands.Sum(b => b.Subtotal);
        return new FeeQuote(basis, count, earlierItemsThisMonth, bands, total, Explain(basis, bands, total));
    }

    /// <summary>The price of one position and the last position of its band.</summary>
    private static (int BandEnd, decimal UnitPrice) BandAt(FeeBasis basis, int position) => basis switch
    {
        FeeBasis.PerItem => position switch
        {
            <= 10 => (10, 0m),
            <= 30 => (30, 100m),
            // 31–40 is band 1 (200 元), 41–50 band 2 (300 元), …
            _ => ((((position - 31) / 10) + 1) * 10 + 30, 100m + (((position - 31) / 10) + 1) * 100m),
        },
        FeeBasis.PerPage => position switch
        {
            <= 30 => (30, 0m),
            <= 100 => (100, 10m),
            <= 200 => (200, 20m),
            _ => (int.MaxValue, 40m),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, "Unknown fee basis."),
    };

    private static string Explain(FeeBasis basis, IReadOnlyList<FeeBand> bands, decimal total)
    {
        var unit = UnitName(basis);
        var text = new StringBuilder(basis == FeeBasis.PerItem ? "按件计收：本月累计" : "按量计收：");
        for (var i = 0; i < bands.Count; i++)
        {
            var band = bands[i];
            if (i > 0)
            {
                text.Append('；');
            }

            text.Append('第').Append(band.From);
            if (band.To != band.From)
            {
                text.Append('—').Append(band.To);
            }

            text.Append(unit);
            if (band.UnitPrice == 0)
            {
                text.Append("，不收费");
            }
            else
            {
                text.Append("，每").Append(unit).Append(Yuan(band.UnitPrice)).Append("，计").Append(Yuan(band.Subtotal));
            }
        }

        return text.Append("。合计").Append(Yuan(total)).Append('。').ToString();
    }

    private static string UnitName(FeeBasis basis) => basis switch
    {
        FeeBasis.PerItem => "件",
        FeeBasis.PerPage => "页",
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, "Unknown fee basis."),
    };

    private static string Yuan(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture) + "元";
}
