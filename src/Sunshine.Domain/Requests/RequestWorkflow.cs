namespace Sunshine.Domain.Requests;

/// <summary>依申请公开申请的办理状态.</summary>
/// <remarks>
/// There is no separate "Closed" state: every application ends in exactly one of the four terminal
/// states (<see cref="Replied"/>, <see cref="Transferred"/>, <see cref="Withdrawn"/>,
/// <see cref="Abandoned"/>), each of which already carries its Table 三 result. Filing (归档,
/// Art. 45) is a record-keeping fact, not a step of the workflow.
/// </remarks>
public enum RequestStatus
{
    /// <summary>已登记: registered, receipt date fixed (Art. 31), reply clock running.</summary>
    Received,

    /// <summary>待补正: one-time correction notice sent (Art. 30); clock suspended.</summary>
    AwaitingCorrection,

    /// <summary>办理中.</summary>
    InProgress,

    /// <summary>征求第三方意见 (Art. 32): not counted in the reply period (Art. 33 ¶3).</summary>
    ThirdPartyConsultation,

    /// <summary>征求其他机关意见 (Art. 34): not counted in the reply period (Art. 33 ¶3).</summary>
    AgencyConsultation,

    /// <summary>待缴费: fee notice sent (Art. 42, 国办函〔2020〕109号); clock suspended.</summary>
    AwaitingFee,

    /// <summary>答复待审核: reply drafted, waiting for the second person's review.</summary>
    ReplyDrafted,

    /// <summary>已答复 (terminal).</summary>
    Replied,

    /// <summary>已转办: not this agency's information (Art. 36(5)); passed to the responsible agency (terminal).</summary>
    Transferred,

    /// <summary>已撤回: the applicant withdrew (terminal).</summary>
    Withdrawn,

    /// <summary>视为放弃: no correction in time (Art. 30) or fee unpaid (国办函〔2020〕109号) (terminal).</summary>
    Abandoned,
}

/// <summary>An action on an application; <see cref="RequestWorkflow"/> says where each is allowed.</summary>
public enum RequestAction
{
    /// <summary>受理.</summary>
    Accept,

    /// <summary>发出补正告知 (一次性告知, Art. 30).</summary>
    RequestCorrection,

    /// <summary>申请人提交补正: the reply period restarts from this day (Art. 30).</summary>
    SupplyCorrection,

    /// <summary>逾期未补正: the application is deemed abandoned (Art. 30).</summary>
    CorrectionExpired,

    /// <summary>征求第三方意见 (Art. 32).</summary>
    StartThirdPartyConsultation,

    /// <summary>第三方意见征求结束 (answer received, or 15 working days passed).</summary>
    EndThirdPartyConsultation,

    /// <summary>征求其他机关意见 (Art. 34).</summary>
    StartAgencyConsultation,

    /// <summary>其他机关意见征求结束 (answer received, or 15 working days passed = consent).</summary>
    EndAgencyConsultation,

    /// <summary>发出收费通知.</summary>
    IssueFeeNotice,

    /// <summary>申请人已缴费.</summary>
    FeePaid,

    /// <summary>申请人拒绝缴费或逾期未缴费: deemed abandoned.</summary>
    FeeDeclinedOrExpired,

    /// <summary>延长答复期限: once, at most 20 working days, approved by the head of the disclosure office (Art. 33 ¶2).</summary>
    Extend,

    /// <summary>确定延迟答复的合理期限: reasonable but very large application (Art. 35).</summary>
    SetLongerDeadline,

    /// <summary>拟写答复.</summary>
    DraftReply,

    /// <summary>退回答复稿.</summary>
    ReturnDraft,

    /// <summary>审核通过并答复.</summary>
    ApproveReply,

    /// <summary>转办 (Art. 36(5)).</summary>
    Transfer,

    /// <summary>撤回申请.</summary>
    Withdraw,
}

/// <summary>What an action does to the application's reply clock (the shared WorkingDayClock).</summary>
public enum ClockEffect
{
    None,

    /// <summary>Suspend the clock (a ledger Suspend entry).</summary>
    Suspend,

    /// <summary>Resume a suspended clock.</summary>
    Resume,

    /// <summary>Restart counting from this day as day 0 (ends an open suspension).</summary>
    Restart,

    /// <summary>Extend the budget (amount given with the action).</summary>
    Extend,

    /// <summary>The case ends; the clock is no longer watched.</summary>
    Stop,
}

/// <summary>One allowed move of the workflow.</summary>
public sealed record RequestTransition(RequestStatus From, RequestAction Action, RequestStatus To);

/// <summary>
/// The workflow of an application for disclosure (依申请公开): the one transition table, the clock
/// effect of every action, and the statutory time-limit rules (RULES.md §2).
/// </summary>
/// <remarks>
/// One consultation at a time: the shared clock keeps a single open suspension, so a third party
/// and another agency are consulted one after the other (both stretches are excluded from the
/// reply period either way, Art. 33 ¶3).
/// </remarks>
public static partial class RequestWorkflow
{
    private static readonly RequestTransition[] TransitionTable =
    [
        new(RequestStatus.Received, RequestAction.Accept, RequestStatus.InProgress),
        new(RequestStatus.Received, RequestAction.RequestCorrection, RequestStatus.AwaitingCorrection),
        new(RequestStatus.Received, RequestAction.Transfer, RequestStatus.Transferred),
        new(RequestStatus.Received, RequestAction.Withdraw, RequestStatus.Withdrawn),

        new(RequestStatus.AwaitingCorrection, RequestAction.SupplyCorrection, RequestStatus.InProgress),
        new(RequestStatus.AwaitingCorrection, RequestAction.CorrectionExpired, RequestStatus.Abandoned),
        new(RequestStatus.AwaitingCorrection, RequestAction.Withdraw, RequestStatus.Withdrawn),

        new(RequestStatus.InProgress, RequestAction.RequestCorrection, RequestStatus.AwaitingCorrection),
        new(RequestStatus.InProgress, RequestAction.StartThirdPartyConsultation, RequestStatus.ThirdPartyConsultation),
        new(RequestStatus.InProgress, RequestAction.StartAgencyConsultation, RequestStatus.AgencyConsultation),
        new(RequestStatus.InProgress, RequestAction.IssueFeeNotice, RequestStatus.AwaitingFee),
        new(RequestStatus.InProgress, RequestAction.Extend, RequestStatus.InProgress),
        new(RequestStatus.InProgress, RequestAction.SetLongerDeadline, RequestStatus.InProgress),
        new(RequestStatus.InProgress, RequestAction.DraftReply, RequestStatus.ReplyDrafted),
        new(RequestStatus.InProgress, RequestAction.Transfer, RequestStatus.Transferred),
        new(RequestStatus.InProgress, RequestAction.Withdraw, RequestStatus.Withdrawn),

        new(RequestStatus.ThirdPartyConsultation, RequestAction.EndThirdPartyConsultation, RequestStatus.InProgress),
        new(RequestStatus.ThirdPartyConsultation, RequestAction.Withdraw, RequestStatus.Withdrawn),

        new(RequestStatus.AgencyConsultation, RequestAction.EndAgencyConsultation, RequestStatus.InProgress),
        new(RequestStatus.AgencyConsultation, RequestAction.Withdraw, RequestStatus.Withdrawn),

        new(RequestStatus.AwaitingFee, RequestAction.FeePaid, RequestStatus.InProgress),
        new(RequestStatus.AwaitingFee, RequestAction.FeeDeclinedOrExpired, RequestStatus.Abandoned),
        new(RequestStatus.AwaitingFee, RequestAction.Withdraw, RequestStatus.Withdrawn),

        new(RequestStatus.ReplyDrafted, RequestAction.ReturnDraft, RequestStatus.InProgress),
        new(RequestStatus.ReplyDrafted, RequestAction.ApproveReply, RequestStatus.Replied),
        new(RequestStatus.ReplyDrafted, RequestAction.Extend, RequestStatus.ReplyDrafted),
        new(RequestStatus.ReplyDrafted, RequestAction.Withdraw, RequestStatus.Withdrawn),
    ];

    private static readonly Dictionary<(RequestStatus, RequestAction), RequestStatus> ByKey =
        TransitionTable.ToDictionary(t => (t.From, t.Action), t => t.To);

    /// <summary>Every allowed move, in one table.</summary>
    public static IReadOnlyList<RequestTransition> Transitions => TransitionTable;

    /// <summary>
    /// The status after <paramref name="action"/>; throws <see cref="DomainException"/>
    /// ("request.illegal-transition") naming the current status and the action in Chinese.
    /// </summary>
    public static RequestStatus Next(RequestStatus status, RequestAction action)
    {
        var statusLabel = Label(status);
        var actionLabel = Label(action);
        return ByKey.TryGetValue((status, action), out var next)
            ? next
            : throw new DomainException(
                "request.illegal-transition",
                IsTerminal(status)
                    ? $"申请已处于“{statusLabel}”状态，办理已结束，不能再“{actionLabel}”。"
                    : $"申请当前状态为“{statusLabel}”，不能执行“{actionLabel}”。");
    }

    /// <summary>Whether the action is allowed in the status.</summary>
    public static bool CanApply(RequestStatus status, RequestAction action) => ByKey.ContainsKey((status, action));

    /// <summary>The actions allowed in a status, in table order.</summary>
    public static IReadOnlyList<RequestAction> AllowedActions(RequestStatus status)
        => [.. TransitionTable.Where(t => t.From == status).Select(t => t.Action)];

    /// <summary>Replied, transferred, withdrawn and abandoned applications are finished.</summary>
    public static bool IsTerminal(RequestStatus status) => status switch
    {
        RequestStatus.Replied or RequestStatus.Transferred or RequestStatus.Withdrawn or RequestStatus.Abandoned => true,
        RequestStatus.Received or RequestStatus.AwaitingCorrection or RequestStatus.InProgress
            or RequestStatus.ThirdPartyConsultation or RequestStatus.AgencyConsultation
            or RequestStatus.AwaitingFee or RequestStatus.ReplyDrafted => false,
        _ => throw InvalidStatus(status),
    };

    /// <summary>What the action does to the reply clock.</summary>
    public static ClockEffect ClockEffectOf(RequestAction action) => action switch
    {
        RequestAction.Accept => ClockEffect.None,
        RequestAction.RequestCorrection => ClockEffect.Suspend,
        // Art. 30: the reply period is counted from the day the corrected application arrives.
        RequestAction.SupplyCorrection => ClockEffect.Restart,
        RequestAction.CorrectionExpired => ClockEffect.Stop,
        RequestAction.StartThirdPartyConsultation => ClockEffect.Suspend,
        RequestAction.EndThirdPartyConsultation => ClockEffect.Resume,
        RequestAction.StartAgencyConsultation => ClockEffect.Suspend,
        RequestAction.EndAgencyConsultation => ClockEffect.Resume,
        RequestAction.IssueFeeNotice => ClockEffect.Suspend,
        RequestAction.FeePaid => ClockEffect.Resume,
        RequestAction.FeeDeclinedOrExpired => ClockEffect.Stop,
        RequestAction.Extend => ClockEffect.Extend,
        RequestAction.SetLongerDeadline => ClockEffect.Extend,
        RequestAction.DraftReply => ClockEffect.None,
        RequestAction.ReturnDraft => ClockEffect.None,
        RequestAction.ApproveReply => ClockEffect.Stop,
        RequestAction.Transfer => ClockEffect.Stop,
        RequestAction.Withdraw => ClockEffect.Stop,
        _ => throw InvalidAction(action),
    };

    /// <summary>
    /// The result an action itself fixes for Table 三, or null when the result comes from the
    /// approved reply (ApproveReply) or the action does not end the case.
    /// </summary>
    /// <remarks>
    /// Withdrawal counts as 其他处理 / 其他: Table 三 must balance (一 + 二 = 三(七) + 四), so every
    /// application received has to end in one of its result rows, and the template has no row for
    /// withdrawals. A transfer is the Art. 36(5) answer, counted as 无法提供 / 本机关不掌握相关政府信息.
    /// </remarks>
    public static ReplyDecision? ClosingDecisionOf(RequestAction action) => action switch
    {
        RequestAction.CorrectionExpired => ReplyDecision.For(ReplyReason.CorrectionNotSupplied),
        RequestAction.FeeDeclinedOrExpired => ReplyDecision.For(ReplyReason.FeeNotPaid),
        RequestAction.Transfer => ReplyDecision.NotThisAgency(),
        RequestAction.Withdraw => ReplyDecision.For(ReplyReason.OtherReason),
        RequestAction.Accept or RequestAction.RequestCorrection or RequestAction.SupplyCorrection
            or RequestAction.StartThirdPartyConsultation or RequestAction.EndThirdPartyConsultation
            or RequestAction.StartAgencyConsultation or RequestAction.EndAgencyConsultation
            or RequestAction.IssueFeeNotice or RequestAction.FeePaid or RequestAction.Extend
            or RequestAction.SetLongerDeadline or RequestAction.DraftReply or RequestAction.ReturnDraft
            or RequestAction.ApproveReply => null,
        _ => throw InvalidAction(action),
    };

    /// <summary>The Chinese name of a status, e.g. "办理中".</summary>
    public static string Label(RequestStatus status) => status switch
    {
        RequestStatus.Received => "已登记",
        RequestStatus.AwaitingCorrection => "待补正",
        RequestStatus.InProgress => "办理中",
        RequestStatus.ThirdPartyConsultation => "征求第三方意见",
        RequestStatus.AgencyConsultation => "征求其他机关意见",
        RequestStatus.AwaitingFee => "待缴费",
        RequestStatus.ReplyDrafted => "答复待审核",
        RequestStatus.Replied => "已答复",
        RequestStatus.Transferred => "已转办",
        RequestStatus.Withdrawn => "已撤回",
        RequestStatus.Abandoned => "视为放弃",
        _ => throw InvalidStatus(status),
    };

    /// <summary>The Chinese name of an action, e.g. "发出补正告知".</summary>
    public static string Label(RequestAction action) => action switch
    {
        RequestAction.Accept => "受理",
        RequestAction.RequestCorrection => "发出补正告知",
        RequestAction.SupplyCorrection => "提交补正材料",
        RequestAction.CorrectionExpired => "逾期未补正",
        RequestAction.StartThirdPartyConsultation => "征求第三方意见",
        RequestAction.EndThirdPartyConsultation => "结束征求第三方意见",
        RequestAction.StartAgencyConsultation => "征求其他机关意见",
        RequestAction.EndAgencyConsultation => "结束征求其他机关意见",
        RequestAction.IssueFeeNotice => "发出收费通知",
        RequestAction.FeePaid => "确认已缴费",
        RequestAction.FeeDeclinedOrExpired => "拒绝或逾期未缴费",
        RequestAction.Extend => "延长答复期限",
        RequestAction.SetLongerDeadline => "确定延迟答复期限",
        RequestAction.DraftReply => "拟写答复",
        RequestAction.ReturnDraft => "退回答复稿",
        RequestAction.ApproveReply => "审核通过并答复",
        RequestAction.Transfer => "转办",
        RequestAction.Withdraw => "撤回申请",
        _ => throw InvalidAction(action),
    };

    private static DomainException InvalidStatus(RequestStatus status)
        => new("request.invalid-status", $"申请状态 {(int)status} 无效。");

    private static DomainException InvalidAction(RequestAction action)
        => new("request.invalid-action", $"办理操作 {(int)action} 无效。");
}
