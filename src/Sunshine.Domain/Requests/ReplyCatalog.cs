namespace Sunshine.Domain.Requests;

/// <summary>One reply type (办理结果) with its Table 三 numbering and label.</summary>
/// <param name="Outcome">The reply type.</param>
/// <param name="Number">Numbering in Table 三, e.g. "（一）".</param>
/// <param name="Label">Short label, e.g. "部分公开".</param>
/// <param name="TemplateLabel">Label exactly as in the 2021 template (without the numbering).</param>
/// <param name="Row">The Table 三 row that counts it (for the four types with sub-reasons: their heading row).</param>
/// <param name="Reasons">Its sub-reasons in template order; empty for 予以公开 and 部分公开.</param>
/// <param name="Basis">The provisions governing this reply type as a whole; a sub-reason has its own.</param>
public sealed record ReplyOutcomeInfo(
    ReplyOutcome Outcome,
    string Number,
    string Label,
    string TemplateLabel,
    Table3RowKey Row,
    IReadOnlyList<ReplyReason> Reasons,
    IReadOnlyList<RegulationArticle> Basis)
{
    /// <summary>Whether a reply of this type must name a sub-reason.</summary>
    public bool RequiresReason => Reasons.Count > 0;
}

/// <summary>One sub-reason with its Table 三 row, label and legal basis.</summary>
/// <param name="Reason">The sub-reason.</param>
/// <param name="Outcome">The reply type it belongs to.</param>
/// <param name="Number">Numbering under its reply type in Table 三, e.g. "1.".</param>
/// <param name="Label">Label exactly as in the 2021 template, e.g. "本机关不掌握相关政府信息".</param>
/// <param name="ShortLabel">The short form of RULES.md §2 (differs from <paramref name="Label"/> only for 其他处理 1 and 2).</param>
/// <param name="Basis">The provisions of the 2019 regulation the reply relies on; empty for 其他.</param>
/// <param name="Row">The Table 三 row that counts it.</param>
public sealed record ReplyReasonInfo(
    ReplyReason Reason,
    ReplyOutcome Outcome,
    string Number,
    string Label,
    string ShortLabel,
    IReadOnlyList<RegulationArticle> Basis,
    Table3RowKey Row)
{
    /// <summary>0-based position of <see cref="Row"/> among all rows of Table 三.</summary>
    public int Table3Order => Table3.RowIndex(Row);

    /// <summary>The basis as Chinese citations joined with "、", e.g. "第十五条、第三十二条"; "" when none.</summary>
    public string BasisText => string.Join("、", Basis.Select(a => a.ToString()));
}

/// <summary>
/// The catalogue of reply types and sub-reasons (RULES.md §2): the rows of Table 三 of the
/// annual report in the 2021 template (国办公开办函〔2021〕30号), with the provision of the 2019
/// regulation each relies on.
/// </summary>
/// <remarks>
/// <para>Legal bases, read in the regulation: 国家秘密 / 法律行政法规禁止 / “三安全一稳定” Art. 14;
/// 第三方合法权益 Art. 15 (consultation Art. 32); 三类内部事务 (人事管理、后勤管理、内部工作流程)
/// Art. 16 ¶1; 四类过程性信息 (讨论记录、过程稿、磋商信函、请示报告) and 行政执法案卷 Art. 16 ¶2;
/// 行政查询事项 Art. 36(7) (工商、不动产登记资料 with their own access rules); 不掌握 Art. 36(4);
/// 另行制作 Art. 38; 补正后仍不明确 Art. 30 (the correction rule — Art. 36(3) is the refusal notice and
/// does not apply); 信访举报投诉 Art. 39 ¶1; 重复申请 Art. 36(6); 公开出版物 Art. 39 ¶2; 大量反复 Art. 35;
/// 逾期不补正 Art. 30; 逾期未缴费 Art. 42 with 国办函〔2020〕109号 (unpaid = application abandoned).
/// 要求确认或重新出具已获取信息 has no article of its own: such a request asks for a new document, not
/// for recorded information (Art. 2) that already exists (Art. 38), so both are given.</para>
/// <para>The two notes of Art. 36 have no row of their own in the template (it has no counting
/// instructions beyond the (二) caption), so this catalogue decides: 36(1) “already proactively
/// disclosed, here is where” gives the applicant the information, so it counts as 予以公开 (or 部分公开
/// when part is refused); 36(5) “not this agency's” means this agency does not hold the information
/// it answers for, so it counts as 无法提供 / 本机关不掌握相关政府信息 — the common reading of that row.</para>
/// </remarks>
public static class ReplyCatalog
{
    private static readonly RegulationArticle Art14 = new(14);
    private static readonly RegulationArticle Art15 = new(15);
    private static readonly RegulationArticle Art16P1 = new(16, 1);
    private static readonly RegulationArticle Art16P2 = new(16, 2);
    private static readonly RegulationArticle Art30 = new(30);
    private static readonly RegulationArticle Art35 = new(35);

    private static readonly ReplyReasonInfo[] ReasonTable =
    [
        Reason(ReplyReason.StateSecret, ReplyOutcome.Refused, 1, "属于国家秘密", [Art14], Table3RowKey.StateSecret),
        Reason(ReplyReason.ProhibitedByLaw, ReplyOutcome.Refused, 2, "其他法律行政法规禁止公开", [Art14], Table3RowKey.ProhibitedByLaw),
        Reason(ReplyReason.EndangersSecurityOrStability, ReplyOutcome.Refused, 3, "危及“三安全一稳定”", [Art14], Table3RowKey.EndangersSecurityOrStability),
        Reason(ReplyReason.ThirdPartyRights, ReplyOutcome.Refused, 4, "保护第三方合法权益", [Art15, new(32)], Table3RowKey.ThirdPartyRights),
        Reason(ReplyReason.InternalAffairs, ReplyOutcome.Refused, 5, "属于三类内部事务信息", [Art16P1], Table3RowKey.InternalAffairs),
        Reason(ReplyReason.ProcessInformation, ReplyOutcome.Refused, 6, "属于四类过程性信息", [Art16P2], Table3RowKey.ProcessInformation),
        Reason(ReplyReason.EnforcementCaseFile, ReplyOutcome.Refused, 7, "属于行政执法案卷", [Art16P2], Table3RowKey.EnforcementCaseFile),
        Reason(ReplyReason.AdministrativeQuery, ReplyOutcome.Refused, 8, "属于行政查询事项", [new(36, null, 7)], Table3RowKey.AdministrativeQuery),

        Reason(ReplyReason.NotHeld, ReplyOutcome.CannotProvide, 1, "本机关不掌握相关政府信息", [new(36, null, 4)], Table3RowKey.NotHeld),
        Reason(ReplyReason.RequiresCreation, ReplyOutcome.CannotProvide, 2, "没有现成信息需要另行制作", [new(38)], Table3RowKey.RequiresCreation),
        Reason(ReplyReason.StillUnclearAfterCorrection, ReplyOutcome.CannotProvide, 3, "补正后申请内容仍不明确", [Art30], Table3RowKey.StillUnclearAfterCorrection),

        Reason(ReplyReason.PetitionOrComplaint, ReplyOutcome.NotHandled, 1, "信访举报投诉类申请", [new(39, 1)], Table3RowKey.PetitionOrComplaint),
        Reason(ReplyReason.RepeatedApplication, ReplyOutcome.NotHandled, 2, "重复申请", [new(36, null, 6)], Table3RowKey.RepeatedApplication),
        Reason(ReplyReason.PublicPublication, ReplyOutcome.NotHandled, 3, "要求提供公开出版物", [new(39, 2)], Table3RowKey.PublicPublication),
        Reason(ReplyReason.UnreasonableVolume, ReplyOutcome.NotHandled, 4, "无正当理由大量反复申请", [Art35], Table3RowKey.UnreasonableVolume),
        Reason(ReplyReason.ConfirmationOrReissue, ReplyOutcome.NotHandled, 5, "要求行政机关确认或重新出具已获取信息", [new(2), new(38)], Table3RowKey.ConfirmationOrReissue),

        new(ReplyReason.CorrectionNotSupplied, ReplyOutcome.Other, "1.",
            "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "申请人无正当理由逾期不补正",
            [Art30], Table3RowKey.CorrectionNotSupplied),
        new(ReplyReason.FeeNotPaid, ReplyOutcome.Other, "2.",
            "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "申请人逾期未按收费通知要求缴纳费用",
            [new(42)], Table3RowKey.FeeNotPaid),
        Reason(ReplyReason.OtherReason, ReplyOutcome.Other, 3, "其他", [], Table3RowKey.OtherReason),
    ];

    private static readonly ReplyOutcomeInfo[] OutcomeTable =
    [
        // Art. 36(2): information that may be disclosed is provided. Art. 36(1) applies only with the note
        // "already proactively disclosed" (ReplyNote.AlreadyProactivelyDisclosed), see BasisFor.
        new(ReplyOutcome.Disclosed, "（一）", "予以公开", "予以公开", Table3RowKey.Disclosed, [],
            [new(36, null, 2)]),
        new(ReplyOutcome.PartiallyDisclosed, "（二）", "部分公开", "部分公开（区分处理的，只计这一情形，不计其他情形）",
            Table3RowKey.PartiallyDisclosed, [], [new(37)]),
        new(ReplyOutcome.Refused, "（三）", "不予公开", "不予公开", Table3RowKey.RefusedHeading,
            ReasonsOf(ReplyOutcome.Refused), [new(36, null, 3)]),
        new(ReplyOutcome.CannotProvide, "（四）", "无法提供", "无法提供", Table3RowKey.CannotProvideHeading,
            ReasonsOf(ReplyOutcome.CannotProvide), []),
        new(ReplyOutcome.NotHandled, "（五）", "不予处理", "不予处理", Table3RowKey.NotHandledHeading,
            ReasonsOf(ReplyOutcome.NotHandled), []),
        new(ReplyOutcome.Other, "（六）", "其他处理", "其他处理", Table3RowKey.OtherHeading,
            ReasonsOf(ReplyOutcome.Other), []),
    ];

    /// <summary>The six reply types in Table 三 order.</summary>
    public static IReadOnlyList<ReplyOutcomeInfo> Outcomes => OutcomeTable;

    /// <summary>All 19 sub-reasons in Table 三 order.</summary>
    public static IReadOnlyList<ReplyReasonInfo> Reasons => ReasonTable;

    public static ReplyOutcomeInfo Get(ReplyOutcome outcome)
        => Enum.IsDefined(outcome)
            ? OutcomeTable[(int)outcome]
            : throw new DomainException("request.invalid-outcome", $"答复类型 {(int)outcome} 无效。");

    public static ReplyReasonInfo Get(ReplyReason reason)
        => Enum.IsDefined(reason)
            ? ReasonTable[(int)reason]
            : throw new DomainException("request.invalid-reason", $"答复理由 {(int)reason} 无效。");

    /// <summary>The reply type a sub-reason belongs to.</summary>
    public static ReplyOutcome OutcomeOf(ReplyReason reason) => Get(reason).Outcome;

    /// <summary>The sub-reasons of a reply type (empty for 予以公开 and 部分公开).</summary>
    public static IReadOnlyList<ReplyReason> ReasonsFor(ReplyOutcome outcome) => Get(outcome).Reasons;

    /// <summary>
    /// Checks that the reason fits the reply type: 予以公开 and 部分公开 take none; the other four
    /// require one of their own. Throws <see cref="DomainException"/> with a Chinese message otherwise.
    /// </summary>
    public static void Validate(ReplyOutcome outcome, ReplyReason? reason)
    {
        var info = Get(outcome);
        if (reason is not { } r)
        {
            if (info.RequiresReason)
            {
                throw new DomainException(
                    "request.reason-required",
                    $"答复类型为“{info.Label}”时必须选择具体理由（{string.Join("、", info.Reasons.Select(x => Get(x).ShortLabel))}之一）。");
            }

            return;
        }

        var reasonInfo = Get(r);
        if (!info.RequiresReason)
        {
            throw new DomainException(
                "request.reason-not-allowed",
                $"答复类型为“{info.Label}”时不填写理由，而所填理由为“{reasonInfo.ShortLabel}”。");
        }

        if (reasonInfo.Outcome != outcome)
        {
            throw new DomainException(
                "request.reason-mismatch",
                $"理由“{reasonInfo.ShortLabel}”属于“{Get(reasonInfo.Outcome).Label}”，不能用于“{info.Label}”。");
        }
    }

    /// <summary>
    /// As <see cref="Validate(ReplyOutcome, ReplyReason?)"/>, and checks the note: 已主动公开 (Art. 36(1))
    /// only with 予以公开 or 部分公开; 不属于本机关负责公开 (Art. 36(5)) only with 无法提供 /
    /// 本机关不掌握相关政府信息.
    /// </summary>
    public static void Validate(ReplyOutcome outcome, ReplyReason? reason, ReplyNote note)
    {
        Validate(outcome, reason);
        switch (note)
        {
            case ReplyNote.None:
                break;
            case ReplyNote.AlreadyProactivelyDisclosed when outcome is ReplyOutcome.Disclosed or ReplyOutcome.PartiallyDisclosed:
                break;
            case ReplyNote.AlreadyProactivelyDisclosed:
                throw new DomainException(
                    "request.note-mismatch",
                    $"“已主动公开、告知获取方式和途径”只能用于“予以公开”或“部分公开”，不能用于“{Get(outcome).Label}”。");
            case ReplyNote.NotThisAgency when reason == ReplyReason.NotHeld:
                break;
            case ReplyNote.NotThisAgency:
                throw new DomainException(
                    "request.note-mismatch",
                    "“不属于本机关负责公开”只能按“无法提供—本机关不掌握相关政府信息”答复和统计。");
            default:
                throw new DomainException("request.invalid-note", $"答复告知事项 {(int)note} 无效。");
        }
    }

    /// <summary>The Table 三 row that counts a (valid) reply.</summary>
    public static Table3RowKey RowOf(ReplyOutcome outcome, ReplyReason? reason)
    {
        Validate(outcome, reason);
        return reason is { } r ? Get(r).Row : Get(outcome).Row;
    }

    private static ReplyReasonInfo Reason(
        ReplyReason reason, ReplyOutcome outcome, int number, string label, RegulationArticle[] basis, Table3RowKey row)
        => new(reason, outcome, $"{number}.", label, label, basis, row);

    private static ReplyReason[] ReasonsOf(ReplyOutcome outcome)
        => [.. ReasonTable.Where(r => r.Outcome == outcome).Select(r => r.Reason)];
}
