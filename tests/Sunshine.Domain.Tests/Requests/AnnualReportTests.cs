using Sunshine.Domain.Requests;
using static Sunshine.Domain.Tests.Calendar.TestDates;

namespace Sunshine.Domain.Tests.Requests;

public class Table3Tests
{
    private const ApplicantKind Np = ApplicantKind.NaturalPerson;
    private const ApplicantKind Biz = ApplicantKind.Commercial;
    private const ApplicantKind Sci = ApplicantKind.Research;
    private const ApplicantKind Ngo = ApplicantKind.PublicInterest;
    private const ApplicantKind Law = ApplicantKind.LegalService;

    /// <summary>Seventeen applications; the comments say where each counts in 2025.</summary>
    private static readonly RequestFact[] Fixture =
    [
        new(Np, D(2024, 11, 20), ReplyDecision.Disclosed(), D(2025, 1, 10)),                       // 1  二, (一)
        new(Np, D(2024, 12, 25)),                                                                // 2  二, 四
        new(Np, D(2025, 3, 3), ReplyDecision.Disclosed(alreadyProactivelyDisclosed: true), D(2025, 3, 10)), // 3 一, (一)
        new(Np, D(2025, 4, 1), ReplyDecision.PartiallyDisclosed(), D(2025, 4, 20)),              // 4  一, (二)
        new(Np, D(2025, 5, 5), ReplyDecision.For(ReplyReason.StateSecret), D(2025, 5, 20)),       // 5  一, (三)1
        new(Np, D(2025, 6, 1), ReplyDecision.NotThisAgency(), D(2025, 6, 3)),                     // 6  一, (四)1
        new(Np, D(2025, 7, 1), ReplyDecision.For(ReplyReason.CorrectionNotSupplied), D(2025, 7, 30)), // 7 一, (六)1
        new(Np, D(2025, 12, 20), ReplyDecision.Disclosed(), D(2026, 1, 5)),                       // 8  一, 四 (closed next year)
        new(Np, D(2025, 12, 29)),                                                                // 9  一, 四
        new(Biz, D(2025, 2, 2), ReplyDecision.For(ReplyReason.RequiresCreation), D(2025, 3, 1)),  // 10 一, (四)2
        new(Biz, D(2025, 8, 8), ReplyDecision.For(ReplyReason.FeeNotPaid), D(2025, 9, 30)),       // 11 一, (六)2
        new(Law, D(2024, 10, 10), ReplyDecision.For(ReplyReason.RepeatedApplication), D(2025, 2, 1)), // 12 二, (五)2
        new(Law, D(2025, 9, 9), ReplyDecision.For(ReplyReason.OtherReason), D(2025, 9, 10)),      // 13 一, (六)3 (withdrawn)
        new(Sci, D(2025, 10, 10), ReplyDecision.For(ReplyReason.ThirdPartyRights), D(2025, 11, 30)), // 14 一, (三)4
        new(Np, D(2024, 5, 5), ReplyDecision.Disclosed(), D(2024, 6, 1)),                         // 15 closed in 2024: not in 2025
        new(Biz, D(2026, 1, 2)),                                                                 // 16 received in 2026: not in 2025
        new(Ngo, D(2023, 12, 1), ReplyDecision.Disclosed(), D(2024, 12, 31)),                     // 17 closed in 2024: not in 2025
    ];

    [Fact]
    public void Table_3_for_2025_matches_the_hand_counted_fixture_cell_by_cell()
    {
        var table = Table3.Build(2025, Fixture);

        var expected = new Dictionary<(Table3RowKey, ApplicantKind), int>
        {
            [(Table3RowKey.NewlyReceived, Np)] = 7,                 // 3, 4, 5, 6, 7, 8, 9
            [(Table3RowKey.NewlyReceived, Biz)] = 2,                // 10, 11
            [(Table3RowKey.NewlyReceived, Sci)] = 1,                // 14
            [(Table3RowKey.NewlyReceived, Law)] = 1,                // 13
            [(Table3RowKey.CarriedOverFromLastYear, Np)] = 2,       // 1, 2
            [(Table3RowKey.CarriedOverFromLastYear, Law)] = 1,      // 12
            [(Table3RowKey.Disclosed, Np)] = 2,                     // 1, 3
            [(Table3RowKey.PartiallyDisclosed, Np)] = 1,            // 4
            [(Table3RowKey.StateSecret, Np)] = 1,                   // 5
            [(Table3RowKey.ThirdPartyRights, Sci)] = 1,             // 14
            [(Table3RowKey.NotHeld, Np)] = 1,                       // 6
            [(Table3RowKey.RequiresCreation, Biz)] = 1,             // 10
            [(Table3RowKey.RepeatedApplication, Law)] = 1,          // 12
            [(Table3RowKey.CorrectionNotSupplied, Np)] = 1,         // 7
            [(Table3RowKey.FeeNotPaid, Biz)] = 1,                   // 11
            [(Table3RowKey.OtherReason, Law)] = 1,                  // 13
            [(Table3RowKey.ResultTotal, Np)] = 6,
            [(Table3RowKey.ResultTotal, Biz)] = 2,
            [(Table3RowKey.ResultTotal, Sci)] = 1,
            [(Table3RowKey.ResultTotal, Law)] = 2,
            [(Table3RowKey.CarriedOverToNextYear, Np)] = 3,         // 2, 8, 9
        };

        foreach (var row in Table3.Rows.Where(r => r.HasValues))
        {
            foreach (var column in Table3.Columns)
            {
                Assert.True(
                    expected.GetValueOrDefault((row.Key, column)) == table[row.Key, column],
                    $"{row.FullLabel} / {Table3.ColumnLabel(column)}: expected {expected.GetValueOrDefault((row.Key, column))}, got {table[row.Key, column]}\n{table}");
            }
        }

        Assert.Equal(11, table.Total(Table3RowKey.NewlyReceived));
        Assert.Equal(3, table.Total(Table3RowKey.CarriedOverFromLastYear));
        Assert.Equal(11, table.Total(Table3RowKey.ResultTotal));
        Assert.Equal(3, table.Total(Table3RowKey.CarriedOverToNextYear));
        Assert.Equal(2, table.Total(Table3RowKey.Disclosed));
        table.Check();
        Assert.Empty(table.Imbalances());
    }

    [Fact]
    public void Last_years_carry_over_to_next_year_is_this_years_carry_over_from_last_year()
    {
        var y2024 = Table3.Build(2024, Fixture);
        var y2025 = Table3.Build(2025, Fixture);

        // 2024: received 1, 2, 15 (自然人) and 12 (法律服务机构); carried in 17 (社会公益组织);
        // closed 15 and 17 (both 予以公开); open at year end 1, 2, 12.
        Assert.Equal(3, y2024[Table3RowKey.NewlyReceived, Np]);
        Assert.Equal(1, y2024[Table3RowKey.NewlyReceived, Law]);
        Assert.Equal(1, y2024[Table3RowKey.CarriedOverFromLastYear, Ngo]);
        Assert.Equal(1, y2024[Table3RowKey.Disclosed, Np]);
        Assert.Equal(1, y2024[Table3RowKey.Disclosed, Ngo]);
        Assert.Equal(2, y2024.Total(Table3RowKey.ResultTotal));
        Assert.Equal(3, y2024.Total(Table3RowKey.CarriedOverToNextYear));
        y2024.Check();

        foreach (var column in Table3.Columns)
        {
            Assert.Equal(y2024[Table3RowKey.CarriedOverToNextYear, column], y2025[Table3RowKey.CarriedOverFromLastYear, column]);
        }
    }

    [Fact]
    public void Check_names_the_failing_column_and_the_four_row_values()
    {
        var table = Table3.Empty
            .With(Table3RowKey.NewlyReceived, Np, 12)
            .With(Table3RowKey.CarriedOverFromLastYear, Np, 3)
            .With(Table3RowKey.Disclosed, Np, 13)
            .With(Table3RowKey.CarriedOverToNextYear, Np, 1);

        var error = Assert.Throws<DomainException>(table.Check);

        Assert.Equal("annual-report.table3-unbalanced", error.Code);
        Assert.Equal(
            "表三“自然人”列不平衡：一（本年新收12）+二（上年结转3）≠三（七）总计13+四（结转下年度1）。"
            + "表三“总计”列不平衡：一（本年新收12）+二（上年结转3）≠三（七）总计13+四（结转下年度1）。",
            error.Message);
    }

    [Fact]
    public void Offsetting_errors_in_two_columns_are_both_reported_although_the_total_balances()
    {
        var table = Table3.Empty
            .With(Table3RowKey.NewlyReceived, ApplicantKind.OtherOrganisation, 1)
            .With(Table3RowKey.NotHeld, Biz, 1);

        Assert.Equal(
            [
                "表三“商业企业”列不平衡：一（本年新收0）+二（上年结转0）≠三（七）总计1+四（结转下年度0）。",
                "表三“法人或其他组织（其他）”列不平衡：一（本年新收1）+二（上年结转0）≠三（七）总计0+四（结转下年度0）。",
            ],
            table.Imbalances());
    }

    [Fact]
    public void Result_total_is_the_sum_of_the_result_rows_and_cannot_be_typed_in()
    {
        var table = Table3.Empty
            .With(Table3RowKey.Disclosed, Sci, 2)
            .With(Table3RowKey.PartiallyDisclosed, Sci, 1)
            .With(Table3RowKey.AdministrativeQuery, Sci, 4)
            .With(Table3RowKey.ConfirmationOrReissue, Sci, 5)
            .With(Table3RowKey.OtherReason, Sci, 6)
            .With(Table3RowKey.NewlyReceived, Sci, 30);   // not a result row

        Assert.Equal(18, table[Table3RowKey.ResultTotal, Sci]);
        Assert.Equal(18, table.Total(Table3RowKey.ResultTotal));

        Assert.Equal("annual-report.row-not-editable", Assert.Throws<DomainException>(() => table.With(Table3RowKey.ResultTotal, Sci, 1)).Code);
        Assert.Equal("annual-report.row-not-editable", Assert.Throws<DomainException>(() => table.With(Table3RowKey.RefusedHeading, Sci, 1)).Code);
        Assert.Equal("annual-report.heading-row", Assert.Throws<DomainException>(() => table[Table3RowKey.ResultsHeading, Sci]).Code);
        Assert.Equal("annual-report.negative-count", Assert.Throws<DomainException>(() => table.With(Table3RowKey.Disclosed, Sci, -1)).Code);
    }

    [Fact]
    public void Rows_are_the_30_rows_of_the_2021_template_in_order()
    {
        Assert.Equal(
            [
                "一、本年新收政府信息公开申请数量",
                "二、上年结转政府信息公开申请数量",
                "三、本年度办理结果",
                "（一）予以公开",
                "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
                "（三）不予公开",
                "1.属于国家秘密",
                "2.其他法律行政法规禁止公开",
                "3.危及“三安全一稳定”",
                "4.保护第三方合法权益",
                "5.属于三类内部事务信息",
                "6.属于四类过程性信息",
                "7.属于行政执法案卷",
                "8.属于行政查询事项",
                "（四）无法提供",
                "1.本机关不掌握相关政府信息",
                "2.没有现成信息需要另行制作",
                "3.补正后申请内容仍不明确",
                "（五）不予处理",
                "1.信访举报投诉类申请",
                "2.重复申请",
                "3.要求提供公开出版物",
                "4.无正当理由大量反复申请",
                "5.要求行政机关确认或重新出具已获取信息",
                "（六）其他处理",
                "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                "3.其他",
                "（七）总计",
                "四、结转下年度继续办理",
            ],
            Table3.Rows.Select(r => r.FullLabel));

        Assert.Equal(
            [Table3RowKey.ResultsHeading, Table3RowKey.RefusedHeading, Table3RowKey.CannotProvideHeading, Table3RowKey.NotHandledHeading, Table3RowKey.OtherHeading],
            Table3.Rows.Where(r => !r.HasValues).Select(r => r.Key));
        Assert.Equal(25, Table3.Rows.Count(r => r.HasValues));
    }

    [Fact]
    public void Columns_are_the_seven_of_the_template()
    {
        Assert.Equal(
            ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"],
            Table3.Columns.Select(Table3.ColumnLabel));
        Assert.Equal("总计", Table3.TotalColumnLabel);
        Assert.Equal("法人或其他组织", Table3.OrganisationGroupLabel);
    }

    [Fact]
    public void Inconsistent_facts_are_reported_with_their_position()
    {
        var error = Assert.Throws<DomainException>(() => Table3.Build(2025,
        [
            new RequestFact(Np, D(2025, 1, 5), null, D(2025, 2, 1)),
            new RequestFact(Np, D(2025, 1, 5)),
            new RequestFact(Np, D(2025, 3, 1), ReplyDecision.Disclosed()),
            new RequestFact(Np, D(2025, 3, 1), ReplyDecision.Disclosed(), D(2025, 2, 28)),
            new RequestFact((ApplicantKind)9, D(2025, 3, 1)),
        ]));

        Assert.Equal("annual-report.invalid-fact", error.Code);
        Assert.Equal(
            "申请记录有误：第1条：已办结的申请缺少办理结果；第3条：有办理结果的申请缺少办结日期；"
            + "第4条：办结日期 2025-02-28 早于收到申请日期 2025-03-01；第5条：申请人类型 9 无效。",
            error.Message);
    }
}

public class Table4Tests
{
    [Fact]
    public void Table_4_counts_the_cases_brought_in_the_year_with_their_result_at_year_end()
    {
        ReviewCaseFact[] facts =
        [
            new(ReviewProceeding.AdministrativeReview, D(2025, 2, 1), ReviewResult.Upheld, D(2025, 4, 1)),
            new(ReviewProceeding.AdministrativeReview, D(2025, 3, 1), ReviewResult.Corrected, D(2025, 5, 1)),
            new(ReviewProceeding.AdministrativeReview, D(2025, 11, 1), ReviewResult.Upheld, D(2026, 1, 15)),  // decided after year end: pending
            new(ReviewProceeding.AdministrativeReview, D(2025, 12, 1)),
            new(ReviewProceeding.LitigationWithoutReview, D(2025, 6, 1), ReviewResult.Other, D(2025, 10, 1)),
            new(ReviewProceeding.LitigationAfterReview, D(2025, 7, 1)),
            new(ReviewProceeding.AdministrativeReview, D(2024, 12, 1), ReviewResult.Upheld, D(2025, 1, 20)),  // brought in 2024
        ];

        var table = Table4.Build(2025, facts);

        int[][] expected =
        [
            [1, 1, 0, 2, 4],   // 行政复议
            [0, 0, 1, 0, 1],   // 未经复议直接起诉
            [0, 0, 0, 1, 1],   // 复议后起诉
        ];
        for (var p = 0; p < 3; p++)
        {
            Assert.Equal(expected[p], Table4.Columns.Select(c => table[Table4.Proceedings[p], c]));
        }

        // In 2024's report the case brought on 2024-12-01 was still undecided on 31 December.
        var y2024 = Table4.Build(2024, facts);
        Assert.Equal(1, y2024[ReviewProceeding.AdministrativeReview, Table4Column.Pending]);
        Assert.Equal(0, y2024[ReviewProceeding.AdministrativeReview, Table4Column.Upheld]);
        Assert.Equal(1, y2024[ReviewProceeding.AdministrativeReview, Table4Column.Total]);
    }

    [Fact]
    public void Labels_follow_the_template()
    {
        Assert.Equal(["行政复议", "未经复议直接起诉", "复议后起诉"], Table4.Proceedings.Select(Table4.ProceedingLabel));
        Assert.Equal(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"], Table4.Columns.Select(Table4.ColumnLabel));
    }

    [Fact]
    public void Totals_are_derived_and_bad_facts_are_refused()
    {
        var table = Table4.Empty
            .With(ReviewProceeding.LitigationAfterReview, Table4Column.Upheld, 2)
            .With(ReviewProceeding.LitigationAfterReview, Table4Column.Pending, 3);

        Assert.Equal(5, table[ReviewProceeding.LitigationAfterReview, Table4Column.Total]);
        Assert.Equal(
            "annual-report.row-not-editable",
            Assert.Throws<DomainException>(() => table.With(ReviewProceeding.AdministrativeReview, Table4Column.Total, 1)).Code);
        Assert.Equal(
            "annual-report.negative-count",
            Assert.Throws<DomainException>(() => table.With(ReviewProceeding.AdministrativeReview, Table4Column.Upheld, -1)).Code);

        var error = Assert.Throws<DomainException>(
            () => Table4.Build(2025, [new ReviewCaseFact(ReviewProceeding.AdministrativeReview, D(2025, 3, 1), ReviewResult.Upheld)]));
        Assert.Equal("复议、诉讼记录有误：第1条：有审理结果的案件缺少审结日期。", error.Message);
    }
}

public class AnnualReportTests
{
    private static readonly Table2 SampleTable2 = new(
        new DocumentCounts(1, 0, 12),
        new DocumentCounts(5, 2, 40),
        LicensingDecisions: 320,
        PenaltyDecisions: 45,
        CoercionDecisions: 3,
        FeesTenThousandYuan: 12.5m);

    [Fact]
    public void A_report_built_from_facts_balances_and_passes_the_check()
    {
        var report = AnnualReport.Build(
            2025,
            SampleTable2,
            [
                new RequestFact(ApplicantKind.NaturalPerson, D(2025, 3, 1), ReplyDecision.Disclosed(), D(2025, 3, 20)),
                new RequestFact(ApplicantKind.LegalService, D(2025, 12, 30)),
            ],
            [new ReviewCaseFact(ReviewProceeding.AdministrativeReview, D(2025, 5, 1))]);

        report.Check();
        Assert.Equal(2025, report.Year);
        Assert.Equal(2, report.Table3.Total(Table3RowKey.NewlyReceived));
        Assert.Equal(1, report.Table3.Total(Table3RowKey.CarriedOverToNextYear));
        Assert.Equal(1, report.Table4[ReviewProceeding.AdministrativeReview, Table4Column.Pending]);
        Assert.Same(SampleTable2, report.Table2);
    }

    [Fact]
    public void A_hand_edited_unbalanced_Table_3_fails_the_report_check()
    {
        var report = new AnnualReport(2025, Table2.Empty, Table3.Empty.With(Table3RowKey.NewlyReceived, ApplicantKind.Research, 1), Table4.Empty);

        var error = Assert.Throws<DomainException>(report.Check);
        Assert.StartsWith("表三“科研机构”列不平衡：一（本年新收1）", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_2_lays_out_the_four_sections_of_the_template()
    {
        var layout = SampleTable2.Layout();

        Assert.Equal(["第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项"], layout.Select(s => s.Heading));
        Assert.Equal(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], layout[0].ColumnLabels);
        Assert.Equal(["规章", "行政规范性文件"], layout[0].Rows.Select(r => r.Label));
        Assert.Equal([5m, 2m, 40m], layout[0].Rows[1].Values);
        Assert.Equal(["信息内容", "本年处理决定数量"], layout[1].ColumnLabels);
        Assert.Equal([320m], layout[1].Rows.Single(r => r.Label == "行政许可").Values);
        Assert.Equal(["行政处罚", "行政强制"], layout[2].Rows.Select(r => r.Label));
        Assert.Equal(["信息内容", "本年收费金额（单位：万元）"], layout[3].ColumnLabels);
        Assert.Equal([12.5m], layout[3].Rows.Single(r => r.Label == "行政事业性收费").Values);
    }

    [Fact]
    public void Table_2_refuses_negative_figures()
    {
        var bad = SampleTable2 with { PenaltyDecisions = -1, Rules = new DocumentCounts(0, -2, 0) };

        var error = Assert.Throws<DomainException>(bad.Validate);
        Assert.Equal("annual-report.invalid-table2", error.Code);
        Assert.Equal("表二数据有误：规章本年废止件数不能为负数（-2）；行政处罚本年处理决定数量不能为负数（-1）。", error.Message);
        Assert.Throws<DomainException>(new AnnualReport(2025, bad, Table3.Empty, Table4.Empty).Check);
    }

    [Fact]
    public void Reports_are_due_by_31_January_and_31_March_of_the_next_year()
    {
        Assert.Equal(D(2026, 1, 31), AnnualReport.DepartmentDeadline(2025));
        Assert.Equal(D(2026, 3, 31), AnnualReport.GovernmentDeadline(2025));
        Assert.Equal("annual-report.invalid-year", Assert.Throws<DomainException>(() => AnnualReport.DepartmentDeadline(1999)).Code);
        Assert.Equal(6, AnnualReport.SectionTitles.Count);
    }
}
