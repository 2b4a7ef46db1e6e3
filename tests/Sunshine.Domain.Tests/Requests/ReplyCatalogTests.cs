using Sunshine.Domain.Requests;

namespace Sunshine.Domain.Tests.Requests;

public class ReplyCatalogTests
{
    [Fact]
    public void The_catalogue_has_the_sub_rows_of_the_2021_template_in_order_8_3_5_3()
    {
        Assert.Equal(
            [
                "属于国家秘密", "其他法律行政法规禁止公开", "危及“三安全一稳定”", "保护第三方合法权益",
                "属于三类内部事务信息", "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项",
            ],
            ReplyCatalog.ReasonsFor(ReplyOutcome.Refused).Select(r => ReplyCatalog.Get(r).Label));
        Assert.Equal(
            ["本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确"],
            ReplyCatalog.ReasonsFor(ReplyOutcome.CannotProvide).Select(r => ReplyCatalog.Get(r).Label));
        Assert.Equal(
            ["信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请", "要求行政机关确认或重新出具已获取信息"],
            ReplyCatalog.ReasonsFor(ReplyOutcome.NotHandled).Select(r => ReplyCatalog.Get(r).Label));
        Assert.Equal(
            [
                "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                "其他",
            ],
            ReplyCatalog.ReasonsFor(ReplyOutcome.Other).Select(r => ReplyCatalog.Get(r).Label));
        Assert.Empty(ReplyCatalog.ReasonsFor(ReplyOutcome.Disclosed));
        Assert.Empty(ReplyCatalog.ReasonsFor(ReplyOutcome.PartiallyDisclosed));
        Assert.Equal(19, ReplyCatalog.Reasons.Count);
    }

    [Fact]
    public void Short_labels_are_those_of_RULES_md_and_differ_only_for_the_two_abandonment_rows()
    {
        Assert.Equal("申请人无正当理由逾期不补正", ReplyCatalog.Get(ReplyReason.CorrectionNotSupplied).ShortLabel);
        Assert.Equal("申请人逾期未按收费通知要求缴纳费用", ReplyCatalog.Get(ReplyReason.FeeNotPaid).ShortLabel);
        Assert.Equal(
            [ReplyReason.CorrectionNotSupplied, ReplyReason.FeeNotPaid],
            ReplyCatalog.Reasons.Where(r => r.Label != r.ShortLabel).Select(r => r.Reason));
    }

    [Fact]
    public void Outcomes_are_numbered_and_labelled_as_in_Table_3()
    {
        Assert.Equal(
            ["（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"],
            ReplyCatalog.Outcomes.Select(o => o.Number + o.TemplateLabel));
        Assert.Equal(
            [ReplyOutcome.Disclosed, ReplyOutcome.PartiallyDisclosed, ReplyOutcome.Refused, ReplyOutcome.CannotProvide, ReplyOutcome.NotHandled, ReplyOutcome.Other],
            ReplyCatalog.Outcomes.Select(o => o.Outcome));
    }

    [Fact]
    public void Every_enum_value_is_catalogued_under_its_own_position()
    {
        foreach (var reason in Enum.GetValues<ReplyReason>())
        {
            Assert.Equal(reason, ReplyCatalog.Get(reason).Reason);
            Assert.Contains(reason, ReplyCatalog.ReasonsFor(ReplyCatalog.OutcomeOf(reason)));
        }

        foreach (var outcome in Enum.GetValues<ReplyOutcome>())
        {
            Assert.Equal(outcome, ReplyCatalog.Get(outcome).Outcome);
        }
    }

    [Theory]
    [InlineData(ReplyReason.StateSecret, "第十四条")]
    [InlineData(ReplyReason.ProhibitedByLaw, "第十四条")]
    [InlineData(ReplyReason.EndangersSecurityOrStability, "第十四条")]
    [InlineData(ReplyReason.ThirdPartyRights, "第十五条、第三十二条")]
    [InlineData(ReplyReason.InternalAffairs, "第十六条第一款")]
    [InlineData(ReplyReason.ProcessInformation, "第十六条第二款")]
    [InlineData(ReplyReason.EnforcementCaseFile, "第十六条第二款")]
    [InlineData(ReplyReason.AdministrativeQuery, "第三十六条第（七）项")]
    [InlineData(ReplyReason.NotHeld, "第三十六条第（四）项")]
    [InlineData(ReplyReason.RequiresCreation, "第三十八条")]
    [InlineData(ReplyReason.StillUnclearAfterCorrection, "第三十条")]
    [InlineData(ReplyReason.PetitionOrComplaint, "第三十九条第一款")]
    [InlineData(ReplyReason.RepeatedApplication, "第三十六条第（六）项")]
    [InlineData(ReplyReason.PublicPublication, "第三十九条第二款")]
    [InlineData(ReplyReason.UnreasonableVolume, "第三十五条")]
    [InlineData(ReplyReason.ConfirmationOrReissue, "第二条、第三十八条")]
    [InlineData(ReplyReason.CorrectionNotSupplied, "第三十条")]
    [InlineData(ReplyReason.FeeNotPaid, "第四十二条")]
    [InlineData(ReplyReason.OtherReason, "")]
    public void Each_reason_cites_the_article_of_the_2019_regulation_it_relies_on(ReplyReason reason, string basis)
        => Assert.Equal(basis, ReplyCatalog.Get(reason).BasisText);

    [Theory]
    [InlineData(ReplyReason.StateSecret, 6)]
    [InlineData(ReplyReason.AdministrativeQuery, 13)]
    [InlineData(ReplyReason.NotHeld, 15)]
    [InlineData(ReplyReason.StillUnclearAfterCorrection, 17)]
    [InlineData(ReplyReason.PetitionOrComplaint, 19)]
    [InlineData(ReplyReason.ConfirmationOrReissue, 23)]
    [InlineData(ReplyReason.CorrectionNotSupplied, 25)]
    [InlineData(ReplyReason.OtherReason, 27)]
    public void Each_reason_knows_its_print_position_in_Table_3(ReplyReason reason, int position)
    {
        // 0 一, 1 二, 2 三, 3 (一), 4 (二), 5 (三) heading, 6–13 refusals, 14 (四), 15–17, 18 (五), 19–23, 24 (六), 25–27, 28 (七), 29 四.
        Assert.Equal(position, ReplyCatalog.Get(reason).Table3Order);
    }

    [Theory]
    [InlineData(ReplyOutcome.Disclosed)]
    [InlineData(ReplyOutcome.PartiallyDisclosed)]
    public void Disclosure_outcomes_take_no_reason(ReplyOutcome outcome)
    {
        ReplyCatalog.Validate(outcome, null);

        var error = Assert.Throws<DomainException>(() => ReplyCatalog.Validate(outcome, ReplyReason.StateSecret));
        Assert.Equal("request.reason-not-allowed", error.Code);
        Assert.Contains("不填写理由", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReplyOutcome.Refused)]
    [InlineData(ReplyOutcome.CannotProvide)]
    [InlineData(ReplyOutcome.NotHandled)]
    [InlineData(ReplyOutcome.Other)]
    public void The_other_outcomes_require_one_of_their_own_reasons(ReplyOutcome outcome)
    {
        var missing = Assert.Throws<DomainException>(() => ReplyCatalog.Validate(outcome, null));
        Assert.Equal("request.reason-required", missing.Code);

        foreach (var reason in Enum.GetValues<ReplyReason>())
        {
            if (ReplyCatalog.OutcomeOf(reason) == outcome)
            {
                ReplyCatalog.Validate(outcome, reason);
            }
            else
            {
                Assert.Equal("request.reason-mismatch", Assert.Throws<DomainException>(() => ReplyCatalog.Validate(outcome, reason)).Code);
            }
        }
    }

    [Fact]
    public void Error_messages_name_the_outcome_and_reason_in_Chinese()
    {
        var missing = Assert.Throws<DomainException>(() => ReplyCatalog.Validate(ReplyOutcome.CannotProvide, null));
        Assert.Equal(
            "答复类型为“无法提供”时必须选择具体理由（本机关不掌握相关政府信息、没有现成信息需要另行制作、补正后申请内容仍不明确之一）。",
            missing.Message);

        var mismatch = Assert.Throws<DomainException>(() => ReplyCatalog.Validate(ReplyOutcome.Refused, ReplyReason.NotHeld));
        Assert.Equal("理由“本机关不掌握相关政府信息”属于“无法提供”，不能用于“不予公开”。", mismatch.Message);
    }

    [Fact]
    public void Undefined_enum_values_are_rejected_with_a_domain_error()
    {
        Assert.Equal("request.invalid-outcome", Assert.Throws<DomainException>(() => ReplyCatalog.Validate((ReplyOutcome)42, null)).Code);
        Assert.Equal("request.invalid-reason", Assert.Throws<DomainException>(() => ReplyCatalog.Validate(ReplyOutcome.Refused, (ReplyReason)42)).Code);
        Assert.Equal(
            "request.invalid-note",
            Assert.Throws<DomainException>(() => ReplyCatalog.Validate(ReplyOutcome.Disclosed, null, (ReplyNote)42)).Code);
    }

    [Fact]
    public void Already_proactively_disclosed_goes_with_disclosed_or_partially_disclosed_only()
    {
        ReplyCatalog.Validate(ReplyOutcome.Disclosed, null, ReplyNote.AlreadyProactivelyDisclosed);
        ReplyCatalog.Validate(ReplyOutcome.PartiallyDisclosed, null, ReplyNote.AlreadyProactivelyDisclosed);

        var error = Assert.Throws<DomainException>(
            () => ReplyCatalog.Validate(ReplyOutcome.Refused, ReplyReason.StateSecret, ReplyNote.AlreadyProactivelyDisclosed));
        Assert.Equal("request.note-mismatch", error.Code);
        Assert.Contains("不予公开", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Not_this_agency_is_counted_as_cannot_provide_not_held_only()
    {
        ReplyCatalog.Validate(ReplyOutcome.CannotProvide, ReplyReason.NotHeld, ReplyNote.NotThisAgency);

        Assert.Equal(
            "request.note-mismatch",
            Assert.Throws<DomainException>(() => ReplyCatalog.Validate(ReplyOutcome.CannotProvide, ReplyReason.RequiresCreation, ReplyNote.NotThisAgency)).Code);
        Assert.Equal(
            "request.note-mismatch",
            Assert.Throws<DomainException>(() => ReplyCatalog.Validate(ReplyOutcome.Disclosed, null, ReplyNote.NotThisAgency)).Code);
    }

    [Fact]
    public void RowOf_maps_a_reply_to_its_Table_3_row()
    {
        Assert.Equal(Table3RowKey.Disclosed, ReplyCatalog.RowOf(ReplyOutcome.Disclosed, null));
        Assert.Equal(Table3RowKey.PartiallyDisclosed, ReplyCatalog.RowOf(ReplyOutcome.PartiallyDisclosed, null));
        Assert.Equal(Table3RowKey.EnforcementCaseFile, ReplyCatalog.RowOf(ReplyOutcome.Refused, ReplyReason.EnforcementCaseFile));
        Assert.Equal(Table3RowKey.FeeNotPaid, ReplyCatalog.RowOf(ReplyOutcome.Other, ReplyReason.FeeNotPaid));
        Assert.Throws<DomainException>(() => ReplyCatalog.RowOf(ReplyOutcome.Other, null));
    }
}

public class ReplyDecisionTests
{
    [Fact]
    public void The_two_Art_36_notes_count_under_disclosed_and_not_held()
    {
        var proactive = ReplyDecision.Disclosed(alreadyProactivelyDisclosed: true);
        Assert.Equal(ReplyOutcome.Disclosed, proactive.Outcome);
        Assert.Null(proactive.Reason);
        Assert.Equal(ReplyNote.AlreadyProactivelyDisclosed, proactive.Note);
        Assert.Equal(Table3RowKey.Disclosed, proactive.Table3Row);

        var notOurs = ReplyDecision.NotThisAgency();
        Assert.Equal(ReplyOutcome.CannotProvide, notOurs.Outcome);
        Assert.Equal(ReplyReason.NotHeld, notOurs.Reason);
        Assert.Equal(ReplyNote.NotThisAgency, notOurs.Note);
        Assert.Equal(Table3RowKey.NotHeld, notOurs.Table3Row);
    }

    [Fact]
    public void For_derives_the_outcome_from_the_reason_and_labels_read_outcome_dash_reason()
    {
        var decision = ReplyDecision.For(ReplyReason.UnreasonableVolume);

        Assert.Equal(ReplyOutcome.NotHandled, decision.Outcome);
        Assert.Equal("不予处理—无正当理由大量反复申请", decision.Label);
        Assert.Equal("部分公开", ReplyDecision.PartiallyDisclosed().Label);
        Assert.Equal(Table3RowKey.UnreasonableVolume, decision.Table3Row);
    }

    [Fact]
    public void Create_validates_and_decisions_compare_by_value()
    {
        Assert.Equal(ReplyDecision.For(ReplyReason.StateSecret), ReplyDecision.Create(ReplyOutcome.Refused, ReplyReason.StateSecret));
        Assert.NotEqual(ReplyDecision.Disclosed(), ReplyDecision.Disclosed(alreadyProactivelyDisclosed: true));
        Assert.Equal("request.reason-required", Assert.Throws<DomainException>(() => ReplyDecision.Create(ReplyOutcome.NotHandled)).Code);
    }
}

public class RegulationArticleTests
{
    [Theory]
    [InlineData(14, null, null, "第十四条")]
    [InlineData(10, null, null, "第十条")]
    [InlineData(16, 2, null, "第十六条第二款")]
    [InlineData(36, null, 4, "第三十六条第（四）项")]
    [InlineData(20, null, 8, "第二十条第（八）项")]
    [InlineData(42, null, null, "第四十二条")]
    [InlineData(56, null, null, "第五十六条")]
    public void Articles_render_as_Chinese_citations(int article, int? paragraph, int? item, string expected)
        => Assert.Equal(expected, new RegulationArticle(article, paragraph, item).ToString());

    [Fact]
    public void A_citation_carries_the_regulation_title()
        => Assert.Equal("《中华人民共和国政府信息公开条例》第三十三条第二款", new RegulationArticle(33, 2).ToCitation());

    [Fact]
    public void Articles_outside_the_regulation_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RegulationArticle(57));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RegulationArticle(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RegulationArticle(36, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RegulationArticle(36, null, 0));
    }
}
