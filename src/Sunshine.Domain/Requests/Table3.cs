using System.Globalization;
using System.Text;

namespace Sunshine.Domain.Requests;

/// <summary>申请人情况: the six counting columns of Table 三 (总计 is their sum).</summary>
public enum ApplicantKind
{
    /// <summary>自然人.</summary>
    NaturalPerson,

    /// <summary>法人或其他组织 — 商业企业.</summary>
    Commercial,

    /// <summary>法人或其他组织 — 科研机构.</summary>
    Research,

    /// <summary>法人或其他组织 — 社会公益组织.</summary>
    PublicInterest,

    /// <summary>法人或其他组织 — 法律服务机构.</summary>
    LegalService,

    /// <summary>法人或其他组织 — 其他.</summary>
    OtherOrganisation,
}

/// <summary>The rows of Table 三 (2021 template), declared in the template's order.</summary>
public enum Table3RowKey
{
    /// <summary>一、本年新收政府信息公开申请数量.</summary>
    NewlyReceived,

    /// <summary>二、上年结转政府信息公开申请数量.</summary>
    CarriedOverFromLastYear,

    /// <summary>三、本年度办理结果 (heading, no numbers).</summary>
    ResultsHeading,

    /// <summary>（一）予以公开.</summary>
    Disclosed,

    /// <summary>（二）部分公开.</summary>
    PartiallyDisclosed,

    /// <summary>（三）不予公开 (heading).</summary>
    RefusedHeading,
    StateSecret,
    ProhibitedByLaw,
    EndangersSecurityOrStability,
    ThirdPartyRights,
    InternalAffairs,
    ProcessInformation,
    EnforcementCaseFile,
    AdministrativeQuery,

    /// <summary>（四）无法提供 (heading).</summary>
    CannotProvideHeading,
    NotHeld,
    RequiresCreation,
    StillUnclearAfterCorrection,

    /// <summary>（五）不予处理 (heading).</summary>
    NotHandledHeading,
    PetitionOrComplaint,
    RepeatedApplication,
    PublicPublication,
    UnreasonableVolume,
    ConfirmationOrReissue,

    /// <summary>（六）其他处理 (heading).</summary>
    OtherHeading,
    CorrectionNotSupplied,
    FeeNotPaid,
    OtherReason,

    /// <summary>（七）总计 = sum of the result rows (derived).</summary>
    ResultTotal,

    /// <summary>四、结转下年度继续办理.</summary>
    CarriedOverToNextYear,
}

/// <summary>One row of Table 三 as printed.</summary>
/// <param name="Key">The row.</param>
/// <param name="Number">Its numbering: "一、", "（三）", "1." …</param>
/// <param name="Label">The official label without the numbering.</param>
/// <param name="Level">0 for 一/二/三/四, 1 for (一)…(七), 2 for the numbered sub-rows.</param>
/// <param name="HasValues">False for the headings 三 and (三)…(六), which span their sub-rows.</param>
/// <param name="IsDerived">True for (七)总计, the sum of the result rows.</param>
public sealed record Table3RowDefinition(Table3RowKey Key, string Number, string Label, int Level, bool HasValues, bool IsDerived)
{
    /// <summary>Numbering and label, e.g. "（七）总计".</summary>
    public string FullLabel => Number + Label;
}

/// <summary>
/// Table 三 of the annual report (收到和处理政府信息公开申请情况, 国办公开办函〔2021〕30号): counts per
/// row and applicant column; the 总计 column and row (七) are derived. Immutable.
/// </summary>
public sealed class Table3
{
    public const string Title = "收到和处理政府信息公开申请情况";

    /// <summary>The template's note over the row labels.</summary>
    public const string BalanceNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    public const string ApplicantHeader = "申请人情况";
    public const string OrganisationGroupLabel = "法人或其他组织";
    public const string TotalColumnLabel = "总计";

    private static readonly ApplicantKind[] ColumnOrder =
    [
        ApplicantKind.NaturalPerson, ApplicantKind.Commercial, ApplicantKind.Research,
        ApplicantKind.PublicInterest, ApplicantKind.LegalService, ApplicantKind.OtherOrganisation,
    ];

    private static readonly Table3RowDefinition[] RowTable = BuildRows();

    private readonly int[,] _counts;

    private Table3(int[,] counts) => _counts = counts;

    /// <summary>All 30 rows in print order (headings included).</summary>
    public static IReadOnlyList<Table3RowDefinition> Rows => RowTable;

    /// <summary>The six applicant columns in print order (总计 follows them).</summary>
    public static IReadOnlyList<ApplicantKind> Columns => ColumnOrder;

    /// <summary>A table of zeros.</summary>
    public static Table3 Empty { get; } = new(new int[RowTable.Length, ColumnOrder.Length]);

    /// <summary>0-based print position of a row.</summary>
    public static int RowIndex(Table3RowKey row)
        => Enum.IsDefined(row)
            ? (int)row
            : throw new DomainException("annual-report.invalid-row", $"表三行 {(int)row} 无效。");

    public static Table3RowDefinition Row(Table3RowKey row) => RowTable[RowIndex(row)];

    /// <summary>The column header, e.g. "自然人", "商业企业", "其他".</summary>
    public static string ColumnLabel(ApplicantKind column) => column switch
    {
        ApplicantKind.NaturalPerson => "自然人",
        ApplicantKind.Commercial => "商业企业",
        ApplicantKind.Research => "科研机构",
        ApplicantKind.PublicInterest => "社会公益组织",
        ApplicantKind.LegalService => "法律服务机构",
        ApplicantKind.OtherOrganisation => "其他",
        _ => throw InvalidColumn(column),
    };

    /// <summary>A column name that stands alone in a message ("其他" is qualified: "法人或其他组织（其他）").</summary>
    public static string ColumnName(ApplicantKind column)
        => column == ApplicantKind.OtherOrganisation ? $"{OrganisationGroupLabel}（其他）" : ColumnLabel(column);

    /// <summary>
    /// The count in a cell. (七)总计 is the sum of the result rows; a heading row has no numbers
    /// and throws.
    /// </summary>
    public int this[Table3RowKey row, ApplicantKind column]
    {
        get
        {
            var definition = Row(row);
            var c = ColumnIndex(column);
            if (!definition.HasValues)
            {
                throw new DomainException("annual-report.heading-row", $"表三“{definition.FullLabel}”是标题行，没有数字。");
            }

            return definition.IsDerived ? ResultRows().Sum(r => _counts[(int)r, c]) : _counts[(int)row, c];
        }
    }

    /// <summary>The 总计 column of a row: the sum of the six applicant columns.</summary>
    public int Total(Table3RowKey row) => ColumnOrder.Sum(c => this[row, c]);

    /// <summary>A copy with one editable cell set. (七)总计 and headings are not editable.</summary>
    public Table3 With(Table3RowKey row, ApplicantKind column, int value)
    {
        var definition = Row(row);
        var c = ColumnIndex(column);
        if (!definition.HasValues || definition.IsDerived)
        {
            throw new DomainException(
                "annual-report.row-not-editable",
                definition.IsDerived
                    ? $"表三“{definition.FullLabel}”由各办理结果相加得出，不能直接填写。"
                    : $"表三“{definition.FullLabel}”是标题行，不能填写数字。");
        }

        if (value < 0)
        {
            throw new DomainException(
                "annual-report.negative-count",
                $"表三“{definition.FullLabel}”“{ColumnName(column)}”列的数字不能为负数，实际为{value}。");
        }

        var counts = (int[,])_counts.Clone();
        counts[(int)row, c] = value;
        return new Table3(counts);
    }

    /// <summary>
    /// Counts Table 三 for <paramref name="year"/> from one fact per application:
    /// 一 = received in the year; 二 = received earlier and not closed before the year began;
    /// 三 = closed in the year, in the row of its decision; 四 = received by the year's end and not
    /// closed by it (closed later, or still open). Facts outside the year are ignored.
    /// </summary>
    public static Table3 Build(int year, IEnumerable<RequestFact> facts)
    {
        AnnualReport.EnsureYear(year);
        ArgumentNullException.ThrowIfNull(facts);
        var counts = new int[RowTable.Length, ColumnOrder.Length];
        var problems = new List<string>();
        var index = 0;
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
            if (f.ReceivedOn.Year > year || f.ClosedOn is { } closed && closed.Year < year)
            {
                continue;
            }

            var c = (int)f.Applicant;
            counts[(int)(f.ReceivedOn.Year == year ? Table3RowKey.NewlyReceived : Table3RowKey.CarriedOverFromLastYear), c]++;
            if (f.ClosedOn is { } closedOn && closedOn.Year == year)
            {
                counts[(int)f.Decision!.Table3Row, c]++;
            }
            else
            {
                counts[(int)Table3RowKey.CarriedOverToNextYear, c]++;
            }
        }

        if (problems.Count > 0)
        {
            throw new DomainException("annual-report.invalid-fact", "申请记录有误：" + string.Join("；", problems) + "。");
        }

        return new Table3(counts);
    }

    /// <summary>
    /// The columns (six applicant kinds, then 总计) where 一 + 二 ≠ 三(七) + 四, each with a Chinese
    /// sentence naming the column and the four values; empty when the table balances.
    /// </summary>
    public IReadOnlyList<string> Imbalances()
    {
        var messages = new List<string>();
        foreach (var column in ColumnOrder)
        {
            Compare(ColumnName(column), row => this[row, column], messages);
        }

        Compare(TotalColumnLabel, Total, messages);
        return messages;
    }

    /// <summary>Enforces 一 + 二 = 三(七) + 四 in every column; throws <see cref="DomainException"/> naming each failing column.</summary>
    public void Check()
    {
        var messages = Imbalances();
        if (messages.Count > 0)
        {
            throw new DomainException("annual-report.table3-unbalanced", string.Concat(messages));
        }
    }

    private static void Compare(string columnName, Func<Table3RowKey, int> value, List<string> messages)
    {
        var received = value(Table3RowKey.NewlyReceived);
        var carriedIn = value(Table3RowKey.CarriedOverFromLastYear);
        var results = value(Table3RowKey.ResultTotal);
        var carriedOut = value(Table3RowKey.CarriedOverToNextYear);
        if (received + carriedIn != results + carriedOut)
        {
            messages.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"表三“{columnName}”列不平衡：一（本年新收{received}）+二（上年结转{carriedIn}）≠三（七）总计{results}+四（结转下年度{carriedOut}）。"));
        }
    }

    private static IEnumerable<Table3RowKey> ResultRows()
        => RowTable.Where(r => r.Level >= 1 && r.HasValues && !r.IsDerived).Select(r => r.Key);

    private static int ColumnIndex(ApplicantKind column) => Enum.IsDefined(column) ? (int)column : throw InvalidColumn(column);

    private static DomainException InvalidColumn(ApplicantKind column)
        => new("annual-report.invalid-column", $"申请人类型 {(int)column} 无效。");

    private static Table3RowDefinition[] BuildRows()
    {
        var rows = new List<Table3RowDefinition>
        {
            new(Table3RowKey.NewlyReceived, "一、", "本年新收政府信息公开申请数量", 0, true, false),
            new(Table3RowKey.CarriedOverFromLastYear, "二、", "上年结转政府信息公开申请数量", 0, true, false),
            new(Table3RowKey.ResultsHeading, "三、", "本年度办理结果", 0, false, false),
        };

        foreach (var outcome in ReplyCatalog.Outcomes)
        {
            rows.Add(new(outcome.Row, outcome.Number, outcome.TemplateLabel, 1, !outcome.RequiresReason, false));
            foreach (var reason in outcome.Reasons.Select(ReplyCatalog.Get))
            {
                rows.Add(new(reason.Row, reason.Number, reason.Label, 2, true, false));
            }
        }

        rows.Add(new(Table3RowKey.ResultTotal, "（七）", "总计", 1, true, true));
        rows.Add(new(Table3RowKey.CarriedOverToNextYear, "四、", "结转下年度继续办理", 0, true, false));

        // The enum is declared in print order, so a row's key is its index.
        for (var i = 0; i < rows.Count; i++)
        {
            if ((int)rows[i].Key != i)
            {
                throw new InvalidOperationException($"Table 三 row {rows[i].Key} is declared out of print order.");
            }
        }

        return [.. rows];
    }

    /// <summary>The table as text rows (labels and seven numbers), for logs and test failures.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var row in RowTable.Where(r => r.HasValues))
        {
            text.Append(row.FullLabel);
            foreach (var column in ColumnOrder)
            {
                text.Append(' ').Append(this[row.Key, column].ToString(CultureInfo.InvariantCulture));
            }

            text.Append(' ').Append(Total(row.Key).ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return text.ToString();
    }
}

/// <summary>
/// What the annual report needs to know about one application.
/// </summary>
/// <param name="Applicant">申请人类型 (Table 三 column).</param>
/// <param name="ReceivedOn">Date of receipt (Art. 31).</param>
/// <param name="Decision">The result; null while the application is open.</param>
/// <param name="ClosedOn">The day the case ended (reply sent, transferred, withdrawn, abandoned); null while open.</param>
public sealed record RequestFact(ApplicantKind Applicant, DateOnly ReceivedOn, ReplyDecision? Decision = null, DateOnly? ClosedOn = null)
{
    /// <summary>A Chinese description of what is inconsistent, or null.</summary>
    internal string? Problem()
    {
        if (!Enum.IsDefined(Applicant))
        {
            return $"申请人类型 {(int)Applicant} 无效";
        }

        if (Decision is null != ClosedOn is null)
        {
            return Decision is null ? "已办结的申请缺少办理结果" : "有办理结果的申请缺少办结日期";
        }

        if (ClosedOn is { } closed && closed < ReceivedOn)
        {
            return string.Create(CultureInfo.InvariantCulture, $"办结日期 {closed:yyyy-MM-dd} 早于收到申请日期 {ReceivedOn:yyyy-MM-dd}");
        }

        return null;
    }
}
