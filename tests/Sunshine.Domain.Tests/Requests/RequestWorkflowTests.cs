using Sunshine.Domain.Calendar;
using Sunshine.Domain.Requests;
using static Sunshine.Domain.Tests.Calendar.TestDates;

namespace Sunshine.Domain.Tests.Requests;

public class RequestWorkflowTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.ChinaDefault();

    private static RequestStatus Walk(RequestStatus start, params RequestAction[] actions)
        => actions.Aggregate(start, RequestWorkflow.Next);

    [Fact]
    public void A_plain_application_is_accepted_drafted_reviewed_and_replied()
    {
        Assert.Equal(RequestStatus.InProgress, RequestWorkflow.Next(RequestStatus.Received, RequestAction.Accept));
        Assert.Equal(RequestStatus.ReplyDrafted, RequestWorkflow.Next(RequestStatus.InProgress, RequestAction.DraftReply));
        Assert.Equal(RequestStatus.InProgress, RequestWorkflow.Next(RequestStatus.ReplyDrafted, RequestAction.ReturnDraft));
        Assert.Equal(
            RequestStatus.Replied,
            Walk(RequestStatus.Received, RequestAction.Accept, RequestAction.DraftReply, RequestAction.ReturnDraft, RequestAction.DraftReply, RequestAction.ApproveReply));
    }

    [Fact]
    public void Correction_is_requested_then_supplied_or_lets_the_application_lapse()
    {
        Assert.Equal(RequestStatus.AwaitingCorrection, RequestWorkflow.Next(RequestStatus.Received, RequestAction.RequestCorrection));
        Assert.Equal(RequestStatus.AwaitingCorrection, RequestWorkflow.Next(RequestStatus.InProgress, RequestAction.RequestCorrection));
        Assert.Equal(RequestStatus.InProgress, RequestWorkflow.Next(RequestStatus.AwaitingCorrection, RequestAction.SupplyCorrection));
        Assert.Equal(RequestStatus.Abandoned, RequestWorkflow.Next(RequestStatus.AwaitingCorrection, RequestAction.CorrectionExpired));
    }

    [Fact]
    public void Consultations_and_the_fee_notice_return_to_in_progress()
    {
        Assert.Equal(
            RequestStatus.InProgress,
            Walk(RequestStatus.InProgress,
                RequestAction.StartThirdPartyConsultation, RequestAction.EndThirdPartyConsultation,
                RequestAction.StartAgencyConsultation, RequestAction.EndAgencyConsultation,
                RequestAction.IssueFeeNotice, RequestAction.FeePaid,
                RequestAction.Extend, RequestAction.SetLongerDeadline));
        Assert.Equal(RequestStatus.Abandoned, Walk(RequestStatus.InProgress, RequestAction.IssueFeeNotice, RequestAction.FeeDeclinedOrExpired));
        Assert.Equal(RequestStatus.Transferred, RequestWorkflow.Next(RequestStatus.Received, RequestAction.Transfer));
        Assert.Equal(RequestStatus.Transferred, RequestWorkflow.Next(RequestStatus.InProgress, RequestAction.Transfer));
    }

    [Fact]
    public void An_illegal_move_names_the_state_and_the_action_in_Chinese()
    {
        var error = Assert.Throws<DomainException>(() => RequestWorkflow.Next(RequestStatus.InProgress, RequestAction.FeePaid));

        Assert.Equal("request.illegal-transition", error.Code);
        Assert.Equal("申请当前状态为“办理中”，不能执行“确认已缴费”。", error.Message);
    }

    [Fact]
    public void A_finished_application_says_it_is_finished()
    {
        var error = Assert.Throws<DomainException>(() => RequestWorkflow.Next(RequestStatus.Replied, RequestAction.Withdraw));

        Assert.Equal("request.illegal-transition", error.Code);
        Assert.Equal("申请已处于“已答复”状态，办理已结束，不能再“撤回申请”。", error.Message);
    }

    [Fact]
    public void Consultations_run_one_at_a_time_because_the_clock_has_one_open_suspension()
    {
        Assert.Throws<DomainException>(() => RequestWorkflow.Next(RequestStatus.ThirdPartyConsultation, RequestAction.StartAgencyConsultation));
        Assert.Throws<DomainException>(() => RequestWorkflow.Next(RequestStatus.AwaitingFee, RequestAction.StartThirdPartyConsultation));
        Assert.Throws<DomainException>(() => RequestWorkflow.Next(RequestStatus.AwaitingCorrection, RequestAction.Extend));
    }

    [Fact]
    public void Every_open_status_can_be_withdrawn_and_a_finished_one_allows_nothing()
    {
        foreach (var status in Enum.GetValues<RequestStatus>())
        {
            if (RequestWorkflow.IsTerminal(status))
            {
                Assert.Empty(RequestWorkflow.AllowedActions(status));
            }
            else
            {
                Assert.Equal(RequestStatus.Withdrawn, RequestWorkflow.Next(status, RequestAction.Withdraw));
            }
        }

        Assert.Equal(
            [RequestStatus.Replied, RequestStatus.Transferred, RequestStatus.Withdrawn, RequestStatus.Abandoned],
            Enum.GetValues<RequestStatus>().Where(RequestWorkflow.IsTerminal));
    }

    [Fact]
    public void The_transition_table_is_the_only_source_of_truth()
    {
        var table = RequestWorkflow.Transitions;
        Assert.Equal(table.Count, table.Select(t => (t.From, t.Action)).Distinct().Count());
        Assert.Equal(27, table.Count);

        foreach (var status in Enum.GetValues<RequestStatus>())
        {
            foreach (var action in Enum.GetValues<RequestAction>())
            {
                var row = table.SingleOrDefault(t => t.From == status && t.Action == action);
                Assert.Equal(row is not null, RequestWorkflow.CanApply(status, action));
                if (row is null)
                {
                    Assert.Throws<DomainException>(() => RequestWorkflow.Next(status, action));
                }
                else
                {
                    Assert.Equal(row.To, RequestWorkflow.Next(status, action));
                }
            }
        }

        // Every status but the start is reachable, every action is used somewhere.
        Assert.Equal(
            Enum.GetValues<RequestStatus>().Where(s => s != RequestStatus.Received).Order(),
            table.Select(t => t.To).Distinct().Order());
        Assert.Equal(Enum.GetValues<RequestAction>().Order(), table.Select(t => t.Action).Distinct().Order());
    }

    [Fact]
    public void Every_status_and_action_has_a_distinct_Chinese_label()
    {
        var statuses = Enum.GetValues<RequestStatus>().Select(RequestWorkflow.Label).ToList();
        var actions = Enum.GetValues<RequestAction>().Select(RequestWorkflow.Label).ToList();

        Assert.Equal(statuses.Count, statuses.Distinct().Count());
        Assert.Equal(actions.Count, actions.Distinct().Count());
        Assert.Equal(
            ["已登记", "待补正", "办理中", "征求第三方意见", "征求其他机关意见", "待缴费", "答复待审核", "已答复", "已转办", "已撤回", "视为放弃"],
            statuses);
    }

    [Fact]
    public void Undefined_values_are_domain_errors()
    {
        Assert.Equal("request.invalid-status", Assert.Throws<DomainException>(() => RequestWorkflow.Next((RequestStatus)99, RequestAction.Accept)).Code);
        Assert.Equal("request.invalid-action", Assert.Throws<DomainException>(() => RequestWorkflow.Next(RequestStatus.Received, (RequestAction)99)).Code);
        Assert.Equal("request.invalid-action", Assert.Throws<DomainException>(() => RequestWorkflow.ClockEffectOf((RequestAction)99)).Code);
    }

    [Theory]
    [InlineData(RequestAction.Accept, ClockEffect.None)]
    [InlineData(RequestAction.RequestCorrection, ClockEffect.Suspend)]
    [InlineData(RequestAction.SupplyCorrection, ClockEffect.Restart)]
    [InlineData(RequestAction.CorrectionExpired, ClockEffect.Stop)]
    [InlineData(RequestAction.StartThirdPartyConsultation, ClockEffect.Suspend)]
    [InlineData(RequestAction.EndThirdPartyConsultation, ClockEffect.Resume)]
    [InlineData(RequestAction.StartAgencyConsultation, ClockEffect.Suspend)]
    [InlineData(RequestAction.EndAgencyConsultation, ClockEffect.Resume)]
    [InlineData(RequestAction.IssueFeeNotice, ClockEffect.Suspend)]
    [InlineData(RequestAction.FeePaid, ClockEffect.Resume)]
    [InlineData(RequestAction.FeeDeclinedOrExpired, ClockEffect.Stop)]
    [InlineData(RequestAction.Extend, ClockEffect.Extend)]
    [InlineData(RequestAction.SetLongerDeadline, ClockEffect.Extend)]
    [InlineData(RequestAction.DraftReply, ClockEffect.None)]
    [InlineData(RequestAction.ReturnDraft, ClockEffect.None)]
    [InlineData(RequestAction.ApproveReply, ClockEffect.Stop)]
    [InlineData(RequestAction.Transfer, ClockEffect.Stop)]
    [InlineData(RequestAction.Withdraw, ClockEffect.Stop)]
    public void Each_action_has_its_clock_effect(RequestAction action, ClockEffect effect)
        => Assert.Equal(effect, RequestWorkflow.ClockEffectOf(action));

    [Fact]
    public void Actions_that_end_a_case_by_themselves_fix_its_Table_3_row()
    {
        Assert.Equal(ReplyDecision.For(ReplyReason.CorrectionNotSupplied), RequestWorkflow.ClosingDecisionOf(RequestAction.CorrectionExpired));
        Assert.Equal(ReplyDecision.For(ReplyReason.FeeNotPaid), RequestWorkflow.ClosingDecisionOf(RequestAction.FeeDeclinedOrExpired));
        Assert.Equal(ReplyDecision.NotThisAgency(), RequestWorkflow.ClosingDecisionOf(RequestAction.Transfer));
        Assert.Equal(ReplyDecision.For(ReplyReason.OtherReason), RequestWorkflow.ClosingDecisionOf(RequestAction.Withdraw));
        Assert.Null(RequestWorkflow.ClosingDecisionOf(RequestAction.ApproveReply));

        // Every action that stops the clock ends the case; all but ApproveReply fix the row themselves.
        foreach (var action in Enum.GetValues<RequestAction>())
        {
            var stops = RequestWorkflow.ClockEffectOf(action) == ClockEffect.Stop;
            Assert.Equal(stops && action != RequestAction.ApproveReply, RequestWorkflow.ClosingDecisionOf(action) is not null);
            Assert.Equal(stops, RequestWorkflow.Transitions.Where(t => t.Action == action).All(t => RequestWorkflow.IsTerminal(t.To)));
        }
    }

    [Fact]
    public void Applying_the_clock_effects_restarts_after_correction_and_extends_over_the_May_holiday()
    {
        // Received Mon 2026-03-02; correction notice Wed 3/4 (suspend); corrected application Mon 3/9
        // (restart: 3/9 is day 0). 20 working days: 3/10–3/13 (4), 3/16–3/20 (9), 3/23–3/27 (14),
        // 3/30–4/3 (19), 4/4–4/6 Qingming off, Tue 4/7 (20).
        var clock = new WorkingDayClock(China(2026, 3, 2), BudgetUnit.WorkingDays, RequestWorkflow.ReplyWorkingDays);
        var status = RequestStatus.Received;
        (status, clock) = Apply(status, clock, RequestAction.RequestCorrection, China(2026, 3, 4));
        (status, clock) = Apply(status, clock, RequestAction.SupplyCorrection, China(2026, 3, 9));
        Assert.Equal(RequestStatus.InProgress, status);
        Assert.Equal(D(2026, 4, 7), clock.Evaluate(Calendar, China(2026, 3, 20)).DueDate);

        // Extension of 20 on 4/1: 4/8–4/10 (3), 4/13–4/17 (8), 4/20–4/24 (13), 4/27–4/30 (17),
        // 5/1–5/5 Labour Day off, 5/6 (18), 5/7 (19), Fri 5/8 (20).
        RequestWorkflow.EnsureExtensionAllowed(priorExtensions: 0, workingDays: 20);
        (status, clock) = Apply(status, clock, RequestAction.Extend, China(2026, 4, 1), 20);
        Assert.Equal(D(2026, 5, 8), clock.Evaluate(Calendar, China(2026, 4, 2)).DueDate);

        (status, _) = Apply(status, clock, RequestAction.DraftReply, China(2026, 4, 2));
        Assert.Equal(ClockEffect.Stop, RequestWorkflow.ClockEffectOf(RequestAction.ApproveReply));
        Assert.Equal(RequestStatus.Replied, RequestWorkflow.Next(status, RequestAction.ApproveReply));
    }

    [Fact]
    public void A_third_party_pause_over_the_Spring_Festival_adds_the_paused_working_days()
    {
        // Received Fri 2026-01-30; third party consulted Thu 2/5, answer Thu 2/26 -> working days in
        // (2/5, 2/26] are not counted (same case as the clock tests): due Thu 3/19.
        var clock = new WorkingDayClock(China(2026, 1, 30, 10), BudgetUnit.WorkingDays, RequestWorkflow.ReplyWorkingDays);
        var status = RequestWorkflow.Next(RequestStatus.Received, RequestAction.Accept);
        (status, clock) = Apply(status, clock, RequestAction.StartThirdPartyConsultation, China(2026, 2, 5, 15));
        Assert.True(clock.Evaluate(Calendar, China(2026, 2, 10)).Suspended);
        (status, clock) = Apply(status, clock, RequestAction.EndThirdPartyConsultation, China(2026, 2, 26));

        Assert.Equal(RequestStatus.InProgress, status);
        Assert.Equal(D(2026, 3, 19), clock.Evaluate(Calendar, China(2026, 3, 2)).DueDate);
    }

    /// <summary>What the web layer does: move the status, then apply the action's clock effect.</summary>
    private static (RequestStatus, WorkingDayClock) Apply(RequestStatus status, WorkingDayClock clock, RequestAction action, DateTime atUtc, int amount = 0)
    {
        var next = RequestWorkflow.Next(status, action);
        var reason = RequestWorkflow.Label(action);
        var updated = RequestWorkflow.ClockEffectOf(action) switch
        {
            ClockEffect.None or ClockEffect.Stop => clock,
            ClockEffect.Suspend => clock.Suspend(atUtc, reason),
            ClockEffect.Resume => clock.Resume(atUtc),
            ClockEffect.Restart => clock.Restart(atUtc, reason),
            ClockEffect.Extend => clock.Extend(amount, atUtc, reason),
            _ => throw new InvalidOperationException(),
        };
        return (next, updated);
    }
}

public class RequestTimeLimitTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.ChinaDefault();

    [Fact]
    public void Correction_notice_deadline_is_the_7th_working_day_after_receipt_across_National_Day_2026()
    {
        // Received Thu 2026-09-24. 9/25–9/27 off, Mon 9/28 (1), 9/29 (2), 9/30 (3), 10/1–10/7 off,
        // Thu 10/8 (4), Fri 10/9 (5), make-up Sat 10/10 (6), Mon 10/12 (7).
        var received = D(2026, 9, 24);

        Assert.Equal(D(2026, 10, 12), RequestWorkflow.CorrectionNoticeDeadline(Calendar, received));
        Assert.True(RequestWorkflow.CorrectionNoticeAllowed(Calendar, received, received));
        Assert.True(RequestWorkflow.CorrectionNoticeAllowed(Calendar, received, D(2026, 10, 12)));
        Assert.False(RequestWorkflow.CorrectionNoticeAllowed(Calendar, received, D(2026, 10, 13)));
        Assert.False(RequestWorkflow.CorrectionNoticeAllowed(Calendar, received, D(2026, 9, 23)));
    }

    [Fact]
    public void A_late_correction_notice_is_refused_with_the_dates()
    {
        var error = Assert.Throws<DomainException>(
            () => RequestWorkflow.EnsureCorrectionNoticeAllowed(Calendar, D(2026, 9, 24), D(2026, 10, 13), 0));

        Assert.Equal("request.correction-too-late", error.Code);
        Assert.Equal(
            "补正告知应当自收到申请之日起7个工作日内作出（收到申请2026年9月24日，最迟2026年10月12日），今天（2026年10月13日）已超过期限。",
            error.Message);
        RequestWorkflow.EnsureCorrectionNoticeAllowed(Calendar, D(2026, 9, 24), D(2026, 10, 12), 0);
    }

    [Fact]
    public void The_correction_notice_is_one_time_only()
    {
        var error = Assert.Throws<DomainException>(
            () => RequestWorkflow.EnsureCorrectionNoticeAllowed(Calendar, D(2026, 9, 24), D(2026, 9, 25), 1));

        Assert.Equal("request.correction-already-requested", error.Code);
        Assert.Equal(
            "request.correction-before-receipt",
            Assert.Throws<DomainException>(() => RequestWorkflow.EnsureCorrectionNoticeAllowed(Calendar, D(2026, 9, 24), D(2026, 9, 23), 0)).Code);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(0, 20)]
    public void One_extension_of_at_most_20_working_days_is_allowed(int prior, int days)
        => RequestWorkflow.EnsureExtensionAllowed(prior, days);

    [Fact]
    public void A_second_or_too_long_extension_is_refused()
    {
        var second = Assert.Throws<DomainException>(() => RequestWorkflow.EnsureExtensionAllowed(1, 5));
        Assert.Equal("request.extension-already-granted", second.Code);
        Assert.Equal("答复期限只能延长一次，本申请已延长过答复期限。", second.Message);

        var tooLong = Assert.Throws<DomainException>(() => RequestWorkflow.EnsureExtensionAllowed(0, 21));
        Assert.Equal("request.invalid-extension", tooLong.Code);
        Assert.Equal("延长的期限必须在1至20个工作日之间，实际为21个工作日。", tooLong.Message);

        Assert.Equal("request.invalid-extension", Assert.Throws<DomainException>(() => RequestWorkflow.EnsureExtensionAllowed(0, 0)).Code);
    }

    [Fact]
    public void An_Art_35_longer_deadline_needs_at_least_one_day_and_does_not_count_as_the_extension()
    {
        RequestWorkflow.EnsureLongerDeadlineAllowed(60);
        Assert.Equal("request.invalid-longer-deadline", Assert.Throws<DomainException>(() => RequestWorkflow.EnsureLongerDeadlineAllowed(0)).Code);
    }

    [Fact]
    public void Third_party_answer_period_spans_the_Spring_Festival_2026()
    {
        // Letter received Tue 2026-02-10: 2/11 (1), 2/12 (2), 2/13 (3), make-up Sat 2/14 (4),
        // 2/15–2/23 off, 2/24 (5) … 2/27 (8), make-up Sat 2/28 (9), 3/2–3/6 (14), Mon 3/9 (15).
        Assert.Equal(D(2026, 3, 9), RequestWorkflow.ThirdPartyAnswerDeadline(Calendar, D(2026, 2, 10)));
        Assert.Equal(D(2026, 3, 9), RequestWorkflow.AgencyAnswerDeadline(Calendar, D(2026, 2, 10)));
    }

    [Fact]
    public void Fee_payment_window_defaults_to_20_working_days()
    {
        // Notice received Wed 2026-09-30: 10/1–10/7 off, 10/8 (1), 10/9 (2), Sat 10/10 (3),
        // 10/12–10/16 (8), 10/19–10/23 (13), 10/26–10/30 (18), 11/2 (19), Tue 11/3 (20).
        Assert.Equal(D(2026, 11, 3), RequestWorkflow.FeePaymentDeadline(Calendar, D(2026, 9, 30)));
        Assert.Equal(D(2026, 10, 9), RequestWorkflow.FeePaymentDeadline(Calendar, D(2026, 9, 30), 2));
    }
}
