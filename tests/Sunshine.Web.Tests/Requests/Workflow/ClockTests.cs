using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Sunshine.Domain.Requests;
using Sunshine.Web.Features.Requests;
using Sunshine.Web.Platform.Calendar;
using Sunshine.Web.Tests.Infrastructure;

namespace Sunshine.Web.Tests.Requests.Workflow;

/// <summary>
/// The statutory clock through the workflow: correction restart (Art. 30), extension (Art. 33), third-party pause over
/// the Spring Festival (Art. 32/33), fee pause (109号), and abandonment by the deadline sweep. Every due date is
/// hand-computed in a comment (2026 holidays: 2/15–2/23, 4/4–4/6; make-up Saturdays 2/14 and 2/28; receipt day is day 0).
/// </summary>
public abstract class ClockTests(WorkflowApp fixture) : WorkflowTestBase(fixture)
{
    [Fact]
    public async Task A_correction_restarts_the_reply_period_from_the_day_the_corrected_application_arrives()
    {
        // Received Monday 2026-03-02; the correction notice must go out by the 7th working day, 3/11.
        var c = await CreateRequestAsync(D(3, 2));
        At(3, 4);
        await DoAsync("handler", c.Id, RequestAction.RequestCorrection, new() { ["Act.Text"] = "请写明所需信息的年度和所涉乡镇" });
        var waiting = await LoadAsync(c.Id);
        Assert.Equal(RequestStatus.AwaitingCorrection, waiting.Status);
        // Correction due 15 working days after the notice (3/4): 3/5, 3/6 (2), 3/9–3/13 (7), 3/16–3/20 (12), 3/23 (13), 3/24 (14), 3/25 (15).
        Assert.Equal(D(3, 25), waiting.CorrectionDueOn);
        Assert.Equal(ClockState.Suspended, (await ClockAsync(c.Id)).State);
        var notice = Assert.Single(await OutboxAsync(c.Id));
        Assert.Contains("请写明所需信息的年度和所涉乡镇", notice.Body, StringComparison.Ordinal);
        Assert.Contains("2026年3月25日", notice.Body, StringComparison.Ordinal);

        // The applicant corrects online on Monday 3/16, with a short text file.
        At(3, 16);
        var (client, token) = await ApplicantAsync();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(c.Number), "Number" },
            { new StringContent(c.Code), "Code" },
            { new StringContent(waiting.Version.ToString(Inv)), "Version" },
            { new StringContent("所需信息为2025年度城关镇的低保资金发放明细。"), "Text" },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent("补正说明：2025年度，城关镇。"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "Upload", "补正说明.txt");
        var response = await client.PostAsync("/requests/act/correction", form);
        var done = await Http.ExpectRedirectAsync(response, "/requests/act/done", App);
        Assert.DoesNotContain(c.Code, done.ToString(), StringComparison.Ordinal);
        await Http.ExpectOkAsync(await client.GetAsync(done), App, "补正材料已提交", c.Number);

        var corrected = await LoadAsync(c.Id);
        Assert.Equal(RequestStatus.InProgress, corrected.Status);
        // Day 0 is now 3/16: 3/17–3/20 (4), 3/23–3/27 (9), 3/30–4/3 (14), 4/4–4/6 holiday, 4/7–4/10 (18), 4/13 (19), 4/14 (20).
        var clock = await ClockAsync(c.Id);
        Assert.Equal((ClockState.Running, (DateOnly?)D(4, 14)), (clock.State, clock.DueDate));
        var attachment = await App.WithDbAsync(db => db.Set<RequestAttachment>().SingleAsync(a => a.RequestId == c.Id));
        Assert.Equal(AttachmentPurpose.Correction, attachment.Purpose);

        // The notice is one-time (一次性告知): a second one is refused in Chinese and nothing changes.
        At(3, 17);
        var again = await ActAsync("handler", c.Id, RequestAction.RequestCorrection, new() { ["Act.Text"] = "再补一份材料" });
        await Http.ExpectAsync(again, HttpStatusCode.Conflict, App, "补正告知应当一次性作出");
        Assert.Equal(corrected.Version, (await LoadAsync(c.Id)).Version);

        // The handler sees the clock restarted and the correction file on the handling page.
        var handler = await App.LoginAsAsync("handler");
        await Http.ExpectOkAsync(await handler.GetAsync($"/admin/requests/{c.Id}"), App, "2026-04-14", "重新起算", "补正说明.txt", "补正材料");
        await Http.ExpectOkAsync(await handler.GetAsync($"/admin/requests/{c.Id}?handler=File&fileId={attachment.FileId}"), App, "补正说明：2025年度，城关镇。");
        var clerk = await App.LoginAsAsync("cg.clerk");
        await Http.ExpectAsync(await clerk.GetAsync($"/admin/requests/{c.Id}?handler=File&fileId={attachment.FileId}"), HttpStatusCode.NotFound, App);
    }

    [Fact]
    public async Task A_correction_notice_after_the_seventh_working_day_is_refused()
    {
        // Received 2026-03-02: 3/3 (1) … 3/6 (4), 3/9 (5), 3/10 (6), 3/11 (7) is the last day for the notice.
        var c = await CreateRequestAsync(D(3, 2));
        At(3, 12);
        var response = await ActAsync("handler", c.Id, RequestAction.RequestCorrection, new() { ["Act.Text"] = "请写明年度" });
        await Http.ExpectAsync(response, HttpStatusCode.Conflict, App, "补正告知应当自收到申请之日起7个工作日内作出", "最迟2026年3月11日");
        Assert.Equal(RequestStatus.Received, (await LoadAsync(c.Id)).Status);
    }

    [Fact]
    public async Task The_deadline_job_abandons_an_application_whose_correction_deadline_passed_and_runs_idempotently()
    {
        var c = await CreateRequestAsync(D(3, 2));
        At(3, 4);
        await DoAsync("handler", c.Id, RequestAction.RequestCorrection, new() { ["Act.Text"] = "请补充身份证明" });
        // Correction due 3/25 (see above). On the last day nothing happens.
        At(3, 25, 23);
        await RunDeadlineJobAsync();
        Assert.Equal(RequestStatus.AwaitingCorrection, (await LoadAsync(c.Id)).Status);

        At(3, 26, 1);
        var first = await RunDeadlineJobAsync();
        Assert.True(first.Abandoned >= 1, $"abandoned {first.Abandoned}");
        var r = await LoadAsync(c.Id);
        Assert.Equal(RequestStatus.Abandoned, r.Status);
        Assert.Equal((ReplyOutcome?)ReplyOutcome.Other, r.Outcome);
        Assert.Equal((ReplyReason?)ReplyReason.CorrectionNotSupplied, r.Reason);
        Assert.Equal(D(3, 26), r.ClosedOn);
        Assert.Equal(ClockState.Closed, (await ClockAsync(c.Id)).State);

        var second = await RunDeadlineJobAsync();
        Assert.Equal(0, second.Abandoned);
        var events = await EventsAsync(c.Id);
        var expired = Assert.Single(events, e => e.Action == RequestAction.CorrectionExpired);
        Assert.Contains("逾期未补正，视为放弃申请", expired.PublicText, StringComparison.Ordinal);
        Assert.Equal(r.Version, (await LoadAsync(c.Id)).Version);
    }

    [Fact]
    public async Task An_extension_of_twenty_working_days_is_granted_once_by_the_head_of_the_office_only()
    {
        // Received 2026-03-02, due 3/30 (20 working days, see the reply tests).
        var c = await CreateRequestAsync(D(3, 2));
        await DoAsync("handler", c.Id, RequestAction.Accept);
        Assert.Equal(D(3, 30), (await ClockAsync(c.Id)).DueDate);

        At(3, 20);
        var byHandler = await ActAsync("handler", c.Id, RequestAction.Extend, new() { ["Act.Days"] = "20", ["Act.Text"] = "需调取多个乡镇的档案" });
        await Http.ExpectAsync(byHandler, HttpStatusCode.Conflict, App, "延长答复期限须经政府信息公开工作机构负责人");
        Assert.Equal(0, (await LoadAsync(c.Id)).ExtensionCount);
        // The handler is not even offered the form.
        var handler = await App.LoginAsAsync("handler");
        var page = await Http.ExpectOkAsync(await handler.GetAsync($"/admin/requests/{c.Id}"), App, "拟写答复");
        Assert.DoesNotContain("name=\"Act.Action\" value=\"Extend\"", page, StringComparison.Ordinal);

        await DoAsync("leader", c.Id, RequestAction.Extend, new() { ["Act.Days"] = "20", ["Act.Text"] = "需调取多个乡镇的档案" });
        // 3/30 is the 20th day; 20 more: 3/31 (21), 4/1 (22), 4/2 (23), 4/3 (24), 4/4–4/6 holiday, 4/7–4/10 (28),
        // 4/13–4/17 (33), 4/20–4/24 (38), 4/27 (39), 4/28 (40).
        Assert.Equal(D(4, 28), (await ClockAsync(c.Id)).DueDate);
        var r = await LoadAsync(c.Id);
        Assert.Equal(1, r.ExtensionCount);
        var notice = Assert.Single(await OutboxAsync(c.Id), m => m.Subject.Contains("延期", StringComparison.Ordinal));
        Assert.Contains("答复期限延长20个工作日，延长后的答复期限至2026年4月28日", notice.Body, StringComparison.Ordinal);

        var second = await ActAsync("leader", c.Id, RequestAction.Extend, new() { ["Act.Days"] = "5", ["Act.Text"] = "仍未完成" });
        await Http.ExpectAsync(second, HttpStatusCode.Conflict, App, "答复期限只能延长一次");
        Assert.Equal(D(4, 28), (await ClockAsync(c.Id)).DueDate);
        Assert.Equal(r.Version, (await LoadAsync(c.Id)).Version);
    }

    [Fact]
    public async Task A_third_party_consultation_over_the_Spring_Festival_is_not_counted()
    {
        // The deadline calculator's example: received Friday 2026-01-30, paused 2/5–2/26.
        var c = await CreateRequestAsync(D(1, 30));
        await DoAsync("handler", c.Id, RequestAction.Accept);
        At(2, 5);
        await DoAsync("handler", c.Id, RequestAction.StartThirdPartyConsultation, new() { ["Act.Text"] = "示范县惠民超市有限公司" });
        Assert.Equal(RequestStatus.ThirdPartyConsultation, (await LoadAsync(c.Id)).Status);
        Assert.Equal(ClockState.Suspended, (await ClockAsync(c.Id)).State);
        // The third party answers within 15 working days of 2/5: 2/6 (1), 2/9–2/13 (6), 2/14 make-up Saturday (7),
        // 2/15–2/23 Spring Festival, 2/24–2/27 (11), 2/28 make-up Saturday (12), 3/2 (13), 3/3 (14), 3/4 (15).
        var started = Assert.Single(await EventsAsync(c.Id), e => e.Action == RequestAction.StartThirdPartyConsultation);
        Assert.Contains("答复截止：2026年3月4日", started.InternalNote, StringComparison.Ordinal);
        var handler = await App.LoginAsAsync("handler");
        await Http.ExpectOkAsync(await handler.GetAsync("/admin/requests?status=ThirdPartyConsultation"), App, c.Number, "暂停计时");

        At(2, 26);
        await DoAsync("handler", c.Id, RequestAction.EndThirdPartyConsultation, new() { ["Act.Text"] = "第三方不同意公开其经营数据" });
        // Counted: 2/2–2/5 (4); 2/6–2/26 not counted; 2/27 (5), 2/28 make-up Saturday (6), 3/2–3/6 (11), 3/9–3/13 (16),
        // 3/16 (17), 3/17 (18), 3/18 (19), 3/19 (20).
        var clock = await ClockAsync(c.Id);
        Assert.Equal((ClockState.Running, (DateOnly?)D(3, 19)), (clock.State, clock.DueDate));
        Assert.Equal(RequestStatus.InProgress, (await LoadAsync(c.Id)).Status);
        handler = await App.LoginAsAsync("handler");
        await Http.ExpectOkAsync(await handler.GetAsync($"/admin/requests/{c.Id}"), App, "2026-03-19", "暂停计时：征求第三方意见", "恢复计时");
    }

    [Fact]
    public async Task A_fee_notice_pauses_the_clock_payment_resumes_it_and_an_unpaid_fee_ends_as_abandoned()
    {
        // Ten earlier applications of the same applicant (same ID number) this month: the next item is the 11th.
        const string id = "110101198805120027";
        for (var i = 0; i < 10; i++)
        {
            await CreateRequestAsync(D(3, 2), idNumber: id);
        }
        var c = await CreateRequestAsync(D(3, 2), idNumber: id);
        await DoAsync("handler", c.Id, RequestAction.Accept);
        At(3, 4);
        await DoAsync("handler", c.Id, RequestAction.IssueFeeNotice, new() { ["Act.Basis"] = "PerItem", ["Act.Count"] = "1" });
        var r = await LoadAsync(c.Id);
        Assert.Equal(RequestStatus.AwaitingFee, r.Status);
        // Items 1–10 free, 11–30 at 100 元: the 11th item costs 100 元.
        Assert.Equal(100m, r.FeeAmount);
        Assert.Equal("按件计收：本月累计第11件，每件100元，计100元。合计100元。", r.FeeExplanation);
        // Payment within 20 working days of 3/4: 3/5, 3/6 (2), 3/9–3/13 (7), 3/16–3/20 (12), 3/23–3/27 (17), 3/30 (18), 3/31 (19), 4/1 (20).
        Assert.Equal(D(4, 1), r.FeeDueOn);
        Assert.Equal(ClockState.Suspended, (await ClockAsync(c.Id)).State);
        var handler = await App.LoginAsAsync("handler");
        await Http.ExpectOkAsync(await handler.GetAsync($"/admin/requests/{c.Id}"), App, "按件计收：本月累计第11件", "100 元");

        // The applicant records the payment on Wednesday 3/11.
        At(3, 11);
        var paid = await ApplicantPostAsync(c, "fee", new() { ["Choice"] = "paid", ["Version"] = r.Version.ToString(Inv) });
        await Http.ExpectRedirectAsync(paid, "/requests/act/done", App);
        // Counted: 3/3, 3/4 (2); 3/5–3/11 paused; 3/12 (3), 3/13 (4), 3/16–3/20 (9), 3/23–3/27 (14), 3/30–4/3 (19), 4/4–4/6 holiday, 4/7 (20).
        var clock = await ClockAsync(c.Id);
        Assert.Equal((ClockState.Running, (DateOnly?)D(4, 7)), (clock.State, clock.DueDate));
        Assert.Equal(RequestStatus.InProgress, (await LoadAsync(c.Id)).Status);

        // Another application of the same applicant (12th item) is never paid: abandoned the day after the deadline (4/1).
        var unpaid = await CreateRequestAsync(D(3, 3), idNumber: id);
        At(3, 4);
        await DoAsync("handler", unpaid.Id, RequestAction.Accept);
        await DoAsync("handler", unpaid.Id, RequestAction.IssueFeeNotice, new() { ["Act.Basis"] = "PerItem", ["Act.Count"] = "1" });
        Assert.Equal("按件计收：本月累计第12件，每件100元，计100元。合计100元。", (await LoadAsync(unpaid.Id)).FeeExplanation);
        At(4, 1, 22);
        await RunDeadlineJobAsync();
        Assert.Equal(RequestStatus.AwaitingFee, (await LoadAsync(unpaid.Id)).Status);
        At(4, 2, 8);
        await RunDeadlineJobAsync();
        var abandoned = await LoadAsync(unpaid.Id);
        Assert.Equal((RequestStatus.Abandoned, (ReplyOutcome?)ReplyOutcome.Other, (ReplyReason?)ReplyReason.FeeNotPaid, (DateOnly?)D(4, 2)),
            (abandoned.Status, abandoned.Outcome, abandoned.Reason, abandoned.ClosedOn));
        Assert.Equal(ClockState.Closed, (await ClockAsync(unpaid.Id)).State);
    }

    [Fact]
    public async Task A_fee_notice_inside_the_free_band_is_refused()
    {
        // A first application of a new applicant: item 1 of the month is free, so there is nothing to charge.
        var c = await CreateRequestAsync(D(3, 2), idNumber: "110101197702280034");
        await DoAsync("handler", c.Id, RequestAction.Accept);
        var response = await ActAsync("handler", c.Id, RequestAction.IssueFeeNotice, new() { ["Act.Basis"] = "PerItem", ["Act.Count"] = "3" });
        await Http.ExpectAsync(response, HttpStatusCode.Conflict, App, "按收费标准本申请无需收费", "第1—3件，不收费");
        Assert.Equal(RequestStatus.InProgress, (await LoadAsync(c.Id)).Status);
    }
}

public sealed class ClockTests_Sqlite(WorkflowSqliteApp fixture) : ClockTests(fixture), IClassFixture<WorkflowSqliteApp>;

public sealed class ClockTests_Postgres(WorkflowPostgresApp fixture) : ClockTests(fixture), IClassFixture<WorkflowPostgresApp>;
