using System.Globalization;

namespace Sunshine.Domain.Requests;

/// <summary>本年制发件数 / 本年废止件数 / 现行有效件数 of one kind of document.</summary>
public sealed record DocumentCounts(int IssuedThisYear, int RepealedThisYear, int InForce)
{
    public static DocumentCounts Zero { get; } = new(0, 0, 0);
}

/// <summary>One printed section of Table 二: its heading, the column headers and the rows.</summary>
/// <param name="Heading">e.g. "第二十条第（一）项".</param>
/// <param name="ColumnLabels">"信息内容" followed by the value column headers.</param>
/// <param name="Rows">Label and values of each row.</param>
public sealed record Table2Section(string Heading, IReadOnlyList<string> ColumnLabels, IReadOnlyList<Table2Row> Rows);

/// <summary>One printed row of Table 二.</summary>
public sealed record Table2Row(string Label, IReadOnlyList<decimal> Values);

/// <summary>
/// Table 二 of the annual report (主动公开政府信息情况, 2021 template): documents under Art. 20(1),
/// licensing decisions (Art. 20(5)), penalty and coercion decisions (Art. 20(6)), and fees collected
/// in 万元 (Art. 20(8)).
/// </summary>
/// <param name="Rules">规章.</param>
/// <param name="NormativeDocuments">行政规范性文件.</param>
/// <param name="LicensingDecisions">行政许可 — 本年处理决定数量.</param>
/// <param name="PenaltyDecisions">行政处罚 — 本年处理决定数量.</param>
/// <param name="CoercionDecisions">行政强制 — 本年处理决定数量.</param>
/// <param name="FeesTenThousandYuan">行政事业性收费 — 本年收费金额（单位：万元）.</param>
public sealed record Table2(
    DocumentCounts Rules,
    DocumentCounts NormativeDocuments,
    int LicensingDecisions,
    int PenaltyDecisions,
    int CoercionDecisions,
    decimal FeesTenThousandYuan)
{
    public const string Title = "主动公开政府信息情况";

    public static Table2 Empty { get; } = new(DocumentCounts.Zero, DocumentCounts.Zero, 0, 0, 0, 0m);

    /// <summary>Throws a Chinese <see cref="DomainException"/> listing every negative or missing figure.</summary>
    public void Validate()
    {
        var problems = new List<string>();
        CheckDocuments("规章", Rules, problems);
        CheckDocuments("行政规范性文件", NormativeDocuments, problems);
        CheckCount("行政许可本年处理决定数量", LicensingDecisions, problems);
        CheckCount("行政处罚本年处理决定数量", PenaltyDecisions, problems);
        CheckCount("行政强制本年处理决定数量", CoercionDecisions, problems);
        if (FeesTenThousandYuan < 0)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"行政事业性收费本年收费金额不能为负数（{FeesTenThousandYuan}）"));
        }

        if (problems.Count > 0)
        {
            throw new DomainException("annual-report.invalid-table2", "表二数据有误：" + string.Join("；", problems) + "。");
        }
    }

    /// <summary>The table in the template's layout: four sections with their headings, column headers and rows.</summary>
    public IReadOnlyList<Table2Section> Layout()
    {
        const string content = "信息内容";
        const string decisions = "本年处理决定数量";
        return
        [
            new("第二十条第（一）项", [content, "本年制发件数", "本年废止件数", "现行有效件数"],
            [
                new("规章", [Rules.IssuedThisYear, Rules.RepealedThisYear, Rules.InForce]),
                new("行政规范性文件", [NormativeDocuments.IssuedThisYear, NormativeDocuments.RepealedThisYear, NormativeDocuments.InForce]),
            ]),
            new("第二十条第（五）项", [content, decisions], [new("行政许可", [LicensingDecisions])]),
            new("第二十条第（六）项", [content, decisions],
            [
                new("行政处罚", [PenaltyDecisions]),
                new("行政强制", [CoercionDecisions]),
            ]),
            new("第二十条第（八）项", [content, "本年收费金额（单位：万元）"], [new("行政事业性收费", [FeesTenThousandYuan])]),
        ];
    }

    private static void CheckDocuments(string label, DocumentCounts? counts, List<string> problems)
    {
        if (counts is null)
        {
            problems.Add($"缺少{label}的件数");
            return;
        }

        CheckCount($"{label}本年制发件数", counts.IssuedThisYear, problems);
        CheckCount($"{label}本年废止件数", counts.RepealedThisYear, problems);
        CheckCount($"{label}现行有效件数", counts.InForce, problems);
    }

    private static void CheckCount(string label, int value, List<string> problems)
    {
        if (value < 0)
        {
            problems.Add($"{label}不能为负数（{value}）");
        }
    }
}
