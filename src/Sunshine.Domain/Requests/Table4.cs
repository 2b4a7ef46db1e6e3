using System.Globalization;

namespace Sunshine.Domain.Requests;

/// <summary>The proceeding a challenge to a disclosure decision took (Table 四 groups).</summary>
public enum ReviewProceeding
{
    /// <summary>行政复议.</summary>
    AdministrativeReview,

    /// <summary>行政诉讼 — 未经复议直接起诉.</summary>
    LitigationWithoutReview,

    /// <summary>行政诉讼 — 复议后起诉.</summary>
    LitigationAfterReview,
}

/// <summary>The result of a review or lawsuit.</summary>
public enum ReviewResult
{
    /// <summary>结果维持.</summary>
    Upheld,

    /// <summary>结果纠正.</summary>
    Corrected,

    /// <summary>其他结果.</summary>
    Other,
}

/// <summary>The five columns of each Table 四 group.</summary>
public enum Table4Column
{
    /// <summary>结果维持.</summary>
    Upheld,

    /// <summary>结果纠正.</summary>
    Corrected,

    /// <summary>其他结果.</summary>
    OtherResult,

    /// <summary>尚未审结.</summary>
    Pending,

    /// <summary>总计 (derived: the sum of the other four).</summary>
    Total,
}

/// <summary>One administrative review or lawsuit about this agency's disclosure work.</summary>
/// <param name="Proceeding">Review, direct litigation or litigation after review.</param>
/// <param name="FiledOn">The day it was brought (申请复议 / 起诉).</param>
/// <param name="Result">The result; null while undecided.</param>
/// <param name="ConcludedOn">The day it was decided; null while undecided.</param>
public sealed record ReviewCaseFact(ReviewProceeding Proceeding, DateOnly FiledOn, ReviewResult? Result = null, DateOnly? ConcludedOn = null)
{
    internal string? Problem()
    {
        if (!Enum.IsDefined(Proceeding))
        {
            return $"案件类型 {(int)Proceeding} 无效";
        }

        if (Result is { } result && !Enum.IsDefined(result))
        {
            return $"审理结果 {(int)result} 无效";
        }

        if (Result is null != ConcludedOn is null)
        {
            return Result is null ? "已审结的案件缺少审理结果" : "有审理结果的案件缺少审结日期";
        }

        if (ConcludedOn is { } concluded && concluded < FiledOn)
        {
            return string.Create(CultureInfo.InvariantCulture, $"审结日期 {concluded:yyyy-MM-dd} 早于立案日期 {FiledOn:yyyy-MM-dd}");
        }

        return null;
    }
}

/// <summary>
/// Table 四 of the annual report (政府信息公开行政复议、行政诉讼情况): 行政复议, and 行政诉讼 split into
/// 未经复议直接起诉 and 复议后起诉, each with 结果维持, 结果纠正, 其他结果, 尚未审结, 总计 — 15 numbers.
/// Immutable; 总计 is derived.
/// </summary>
/// <remarks>
/// The template has no carry-over rows, so each case is counted once, in the year it was brought,
/// with its result as known at that year's end: decided by 31 December → its result column,
/// otherwise 尚未审结.
/// </remarks>
public sealed class Table4
{
    public const string Title = "政府信息公开行政复议、行政诉讼情况";
    public const string ReviewGroupLabel = "行政复议";
    public const string LitigationGroupLabel = "行政诉讼";

    private static readonly ReviewProceeding[] ProceedingOrder =
        [ReviewProceeding.AdministrativeReview, ReviewProceeding.LitigationWithoutReview, ReviewProceeding.LitigationAfterReview];

    private static readonly Table4Column[] ColumnOrder =
        [Table4Column.Upheld, Table4Column.Corrected, Table4Column.OtherResult, Table4Column.Pending, Table4Column.Total];

    private readonly int[,] _counts;

    private Table4(int[,] counts) => _counts = counts;

    public static Table4 Empty { get; } = new(new int[3, 4]);

    /// <summary>Groups in print order.</summary>
    public static IReadOnlyList<ReviewProceeding> Proceedings => ProceedingOrder;

    /// <summary>Columns of each group in print order.</summary>
    public static IReadOnlyList<Table4Column> Columns => ColumnOrder;

    /// <summary>"行政复议", "未经复议直接起诉", "复议后起诉".</summary>
    public static string ProceedingLabel(ReviewProceeding proceeding) => proceeding switch
    {
        ReviewProceeding.AdministrativeReview => "行政复议",
        ReviewProceeding.LitigationWithoutReview => "未经复议直接起诉",
        ReviewProceeding.LitigationAfterReview => "复议后起诉",
        _ => throw InvalidProceeding(proceeding),
    };

    public static string ColumnLabel(Table4Column column) => column switch
    {
        Table4Column.Upheld => "结果维持",
        Table4Column.Corrected => "结果纠正",
        Table4Column.OtherResult => "其他结果",
        Table4Column.Pending => "尚未审结",
        Table4Column.Total => "总计",
        _ => throw new DomainException("annual-report.invalid-column", $"表四列 {(int)column} 无效。"),
    };

    public int this[ReviewProceeding proceeding, Table4Column column]
    {
        get
        {
            var p = ProceedingIndex(proceeding);
            return column switch
            {
                Table4Column.Upheld or Table4Column.Corrected or Table4Column.OtherResult or Table4Column.Pending => _counts[p, (int)column],
                Table4Column.Total => _counts[p, 0] + _counts[p, 1] + _counts[p, 2] + _counts[p, 3],
                _ => throw new DomainException("annual-report.invalid-column", $"表四列 {(int)column} 无效。"),
            };
        }
    }

    /// <summary>A copy with one cell set; 总计 is derived and not editable.</summary>
    public Table4 With(ReviewProceeding proceeding, Table4Column column, int value)
    {
        var p = ProceedingIndex(proceeding);
        if (column is not (Table4Column.Upheld or Table4Column.Corrected or Table4Column.OtherResult or Table4Column.Pending))
        {
            throw new DomainException("annual-report.row-not-editable", $"表四“{ProceedingLabel(proceeding)}—总计”由各项相加得出，不能直接填写。");
        }

        if (value < 0)
        {
            throw new DomainException(
                "annual-report.negative-count",
                $"表四“{ProceedingLabel(proceeding)}—{ColumnLabel(column)}”不能为负数，实际为{value}。");
        }

        var counts = (int[,])_counts.Clone();
        counts[p, (int)column] = value;
        return new Table4(counts);
    }

    /// <summary>Counts the cases brought in <paramref name="year"/> (see the remarks on the class).</summary>
    public static Table4 Build(int year, IEnumerable<ReviewCaseFact> facts)
    {
        AnnualReport.EnsureYear(year);
        ArgumentNullException.ThrowIfNull(facts);
        var counts = new int[3, 4];
        var problems = new List<string>();
        var index = 0;
        var yearEnd = new DateOnly(year, 12, 31);
        foreach (var fact in facts)
        {
            index++;
            var problem = fact is null ? "记录为空" : fact.Problem();
            if (problem is not null)
            {
                problems.Add($"第{index}条：{problem}");
                continue;
            }

            var f = fact!;
            if (f.FiledOn.Year != year)
            {
                continue;
            }

            var column = f.Result is { } result && f.ConcludedOn <= yearEnd
                ? result switch
                {
                    ReviewResult.Upheld => Table4Column.Upheld,
                    ReviewResult.Corrected => Table4Column.Corrected,
                    ReviewResult.Other => Table4Column.OtherResult,
                    _ => throw new InvalidOperationException($"Unknown review result {result}."),
                }
                : Table4Column.Pending;
            counts[(int)f.Proceeding, (int)column]++;
        }

        if (problems.Count > 0)
        {
            throw new DomainException("annual-report.invalid-fact", "复议、诉讼记录有误：" + string.Join("；", problems) + "。");
        }

        return new Table4(counts);
    }

    private static int ProceedingIndex(ReviewProceeding proceeding)
        => Enum.IsDefined(proceeding) ? (int)proceeding : throw InvalidProceeding(proceeding);

    private static DomainException InvalidProceeding(ReviewProceeding proceeding)
        => new("annual-report.invalid-proceeding", $"复议、诉讼类型 {(int)proceeding} 无效。");
}
