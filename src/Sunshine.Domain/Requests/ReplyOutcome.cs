namespace Sunshine.Domain.Requests;

/// <summary>
/// 办理结果: the type of the reply to an application. These are exactly the result rows
/// (一)–(六) of Table 三 of the annual report (RULES.md §2, §4).
/// </summary>
public enum ReplyOutcome
{
    /// <summary>予以公开 (Art. 36(1)(2)).</summary>
    Disclosed,

    /// <summary>部分公开 — content separated (区分处理, Art. 37); counted only here.</summary>
    PartiallyDisclosed,

    /// <summary>不予公开 (Art. 36(3)); needs one of the eight refusal reasons.</summary>
    Refused,

    /// <summary>无法提供; needs one of the three reasons.</summary>
    CannotProvide,

    /// <summary>不予处理; needs one of the five reasons.</summary>
    NotHandled,

    /// <summary>其他处理; needs one of the three reasons.</summary>
    Other,
}

/// <summary>
/// The sub-row of Table 三 under 不予公开, 无法提供, 不予处理 or 其他处理. Declared in the
/// template's order; <see cref="ReplyCatalog"/> gives each one's outcome, label and legal basis.
/// </summary>
public enum ReplyReason
{
    // (三) 不予公开 — Art. 14, 15, 16, 36(7)

    /// <summary>属于国家秘密 (Art. 14).</summary>
    StateSecret,

    /// <summary>其他法律行政法规禁止公开 (Art. 14).</summary>
    ProhibitedByLaw,

    /// <summary>危及“三安全一稳定” — national, public, economic security, social stability (Art. 14).</summary>
    EndangersSecurityOrStability,

    /// <summary>保护第三方合法权益 — trade secrets, privacy (Art. 15, 32).</summary>
    ThirdPartyRights,

    /// <summary>属于三类内部事务信息 — personnel, logistics, internal procedures (Art. 16 ¶1).</summary>
    InternalAffairs,

    /// <summary>属于四类过程性信息 — discussion records, drafts, consultation letters, internal reports (Art. 16 ¶2).</summary>
    ProcessInformation,

    /// <summary>属于行政执法案卷 (Art. 16 ¶2).</summary>
    EnforcementCaseFile,

    /// <summary>属于行政查询事项 — registers with their own access rules, e.g. business or real-estate registration (Art. 36(7)).</summary>
    AdministrativeQuery,

    // (四) 无法提供

    /// <summary>本机关不掌握相关政府信息 (Art. 36(4); also the count row of Art. 36(5), see <see cref="ReplyNote.NotThisAgency"/>).</summary>
    NotHeld,

    /// <summary>没有现成信息需要另行制作 (Art. 38).</summary>
    RequiresCreation,

    /// <summary>补正后申请内容仍不明确 (Art. 30).</summary>
    StillUnclearAfterCorrection,

    // (五) 不予处理

    /// <summary>信访举报投诉类申请 (Art. 39 ¶1).</summary>
    PetitionOrComplaint,

    /// <summary>重复申请 (Art. 36(6)).</summary>
    RepeatedApplication,

    /// <summary>要求提供公开出版物 (Art. 39 ¶2).</summary>
    PublicPublication,

    /// <summary>无正当理由大量反复申请 (Art. 35).</summary>
    UnreasonableVolume,

    /// <summary>要求行政机关确认或重新出具已获取信息 (no explicit article; Art. 2 and 38 by analogy).</summary>
    ConfirmationOrReissue,

    // (六) 其他处理

    /// <summary>申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 (Art. 30).</summary>
    CorrectionNotSupplied,

    /// <summary>申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 (Art. 42; 国办函〔2020〕109号).</summary>
    FeeNotPaid,

    /// <summary>其他 (e.g. the applicant withdrew the application).</summary>
    OtherReason,
}

/// <summary>
/// What the reply must additionally tell the applicant. Neither note has a row of its own in
/// Table 三; each is counted under the outcome it is attached to (see <see cref="ReplyCatalog"/>).
/// </summary>
public enum ReplyNote
{
    None,

    /// <summary>
    /// 已主动公开: the information is already proactively disclosed; the reply tells the applicant
    /// how and where to get it (Art. 36(1)). Only with 予以公开 or 部分公开.
    /// </summary>
    AlreadyProactivelyDisclosed,

    /// <summary>
    /// 不属于本机关负责公开: the reply says so, with the reason and, when it can be determined,
    /// the responsible agency's name and contact (Art. 36(5)). Only with 无法提供/本机关不掌握相关政府信息.
    /// </summary>
    NotThisAgency,
}
