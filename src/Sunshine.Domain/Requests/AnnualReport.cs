namespace Sunshine.Domain.Requests;

/// <summary>
/// 政府信息公开工作年度报告 — the computed tables 二, 三 and 四 of one year in the 2021 template
/// (国办公开办函〔2021〕30号). Sections 一, 五 and 六 are free text kept by the web layer.
/// </summary>
public sealed class AnnualReport
{
    /// <summary>Section titles in order (RULES.md §4).</summary>
    public static IReadOnlyList<string> SectionTitles { get; } =
    [
        "一、总体情况",
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况",
        "六、其他需要报告的事项",
    ];

    public AnnualReport(int year, Table2 table2, Table3 table3, Table4 table4)
    {
        EnsureYear(year);
        ArgumentNullException.ThrowIfNull(table2);
        ArgumentNullException.ThrowIfNull(table3);
        ArgumentNullException.ThrowIfNull(table4);
        Year = year;
        Table2 = table2;
        Table3 = table3;
        Table4 = table4;
    }

    /// <summary>The year reported on.</summary>
    public int Year { get; }

    public Table2 Table2 { get; }

    public Table3 Table3 { get; }

    public Table4 Table4 { get; }

    /// <summary>
    /// Builds the report of <paramref name="year"/>: Table 二 as given (its figures come from other
    /// modules), Table 三 from the applications, Table 四 from the reviews and lawsuits.
    /// </summary>
    public static AnnualReport Build(int year, Table2 table2, IEnumerable<RequestFact> requests, IEnumerable<ReviewCaseFact> reviews)
        => new(year, table2, Table3.Build(year, requests), Table4.Build(year, reviews));

    /// <summary>
    /// Checks the report before publication: Table 二 has no negative figure and Table 三 balances
    /// (一 + 二 = 三(七) + 四 in every column). Throws <see cref="DomainException"/> in Chinese.
    /// </summary>
    public void Check()
    {
        Table2.Validate();
        Table3.Check();
    }

    /// <summary>A department publishes the report of year Y by 31 January of Y+1 (Art. 49 ¶1, "每年1月31日前").</summary>
    public static DateOnly DepartmentDeadline(int year)
    {
        EnsureYear(year);
        return new DateOnly(year + 1, 1, 31);
    }

    /// <summary>The government publishes its overall report of year Y by 31 March of Y+1 (Art. 49 ¶2).</summary>
    public static DateOnly GovernmentDeadline(int year)
    {
        EnsureYear(year);
        return new DateOnly(year + 1, 3, 31);
    }

    internal static void EnsureYear(int year)
    {
        if (year < 2000 || year > 9998)
        {
            throw new DomainException("annual-report.invalid-year", $"报告年度 {year} 无效。");
        }
    }
}
