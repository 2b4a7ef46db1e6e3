using System.Net;
using Sunshine.Domain.Requests;
using Sunshine.Web.Features.Requests;
using Sunshine.Web.Platform.Calendar;
using Sunshine.Web.Platform.Notifications;
using Sunshine.Web.Tests.Infrastructure;

namespace Sunshine.Web.Tests.Requests.Workflow;

/// <summary>
/// Every reply type and sub-reason of the catalogue (the rows of Table 三) is drafted by a handler from its template,
/// approved by a second person, and closes the application and its clock; the letter goes out through the outbox.
/// </summary>
public abstract class ReplyOutcomeTests(WorkflowApp fixture) : WorkflowTestBase(fixture)
{
    /// <summary>予以公开, 部分公开 and the 19 sub-reasons, as the draft form's values.</summary>
    public static TheoryData<string> Decisions()
    {
        var data = new TheoryData<string> { nameof(ReplyOutcome.Disclosed), nameof(ReplyOutcome.PartiallyDisclosed) };
        foreach (var r in ReplyCatalog.Reasons)
        {
            data.Add("R:" + r.Reason);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Decisions))]
    public async Task Every_reply_type_and_sub_reason_is_drafted_from_its_template_approved_by_a_second_person_and_sent(string decision)
    {
        var parsed = Sunshine.Web.Pages.Admin.Requests.HandleModel.ParseDecision(decision)!.Value;
        // Received Monday 2026-03-02 (day 0). Due: 3/3–3/6 (4), 3/9–3/13 (9), 3/16–3/20 (14), 3/23–3/27 (19), 3/30 (20).
        var c = await CreateRequestAsync(D(3, 2));
        Assert.Equal(D(3, 30), (await ClockAsync(c.Id)).DueDate);

        await DoAsync("handler", c.Id, RequestAction.Accept);
        At(3, 10);
        var fields = new Dictionary<string, string> { ["Act.Decision"] = decision };
        if (parsed.Outcome == ReplyOutcome.PartiallyDisclosed)
        {
            fields["Act.Separated"] = "低保对象的身份证号码和银行账号属于个人隐私，已删除。";
        }
        await DoAsync("handler", c.Id, RequestAction.DraftReply, fields);
        var drafted = await LoadAsync(c.Id);
        Assert.Equal(RequestStatus.ReplyDrafted, drafted.Status);
        Assert.Equal(parsed.Outcome, drafted.Outcome);
        Assert.Equal(parsed.Reason, drafted.Reason);

        // The default template of the decision, filled in: addressee (full name), number, receipt date, basis, remedy.
        var basis = ReplyTemplates.BasisText(parsed.Outcome, parsed.Reason);
        var text = drafted.ReplyText!;
        Assert.StartsWith("李明远：", text, StringComparison.Ordinal);
        Assert.Contains(c.Number, text, StringComparison.Ordinal);
        Assert.Contains("2026年3月2日", text, StringComparison.Ordinal);
        Assert.Contains("2025年度城乡最低生活保障资金发放明细", text, StringComparison.Ordinal);
        Assert.Contains(basis, text, StringComparison.Ordinal);
        Assert.Contains("收到本告知书之日起60日内向示范县人民政府申请行政复议，或者在6个月内向人民法院提起行政诉讼", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{", text, StringComparison.Ordinal);
        if (parsed.Outcome == ReplyOutcome.PartiallyDisclosed)
        {
            Assert.Contains("经区分处理，以下内容不予公开：低保对象的身份证号码", text, StringComparison.Ordinal);
        }

        // The applicant does not see the internal drafting step.
        var events = await EventsAsync(c.Id);
        Assert.False(events.Single(e => e.Action == RequestAction.DraftReply).IsPublic);

        At(3, 11);
        await DoAsync("leader", c.Id, RequestAction.ApproveReply);
        var replied = await LoadAsync(c.Id);
        Assert.Equal(RequestStatus.Replied, replied.Status);
        Assert.Equal(D(3, 11), replied.ClosedOn);
        Assert.NotNull(replied.RepliedUtc);
        Assert.NotEqual(replied.DraftedById, replied.ApprovedById);
        var clock = await ClockAsync(c.Id);
        Assert.Equal(ClockState.Closed, clock.State);
        Assert.True(clock.ClosedOnTime);

        var label = ReplyDecision.Create(parsed.Outcome, parsed.Reason).Label;
        var approved = (await EventsAsync(c.Id)).Last();
        Assert.Equal((RequestAction.ApproveReply, true), (approved.Action!.Value, approved.IsPublic));
        Assert.Contains("已答复：" + label, approved.PublicText, StringComparison.Ordinal);
        var letter = Assert.Single(await OutboxAsync(c.Id), m => m.Subject.Contains("告知书", StringComparison.Ordinal));
        Assert.Equal(OutboxChannel.Email, letter.Channel);
        Assert.Equal("applicant@example.com", letter.To);
        Assert.Equal(replied.ReplyText, letter.Body);

        var leader = await App.LoginAsAsync("leader");
        var page = await Http.ExpectOkAsync(await leader.GetAsync($"/admin/requests/{c.Id}/letter"), App,
            "示范县民政局", "政府信息公开申请答复告知书", c.Number, "李明远：", "（印章）", "2026年3月11日", basis, label);
        Assert.DoesNotContain("草稿", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reviewer_of_the_county_office_approves_a_reply_the_administrator_drafted_for_that_office()
    {
        var c = await CreateRequestAsync(D(3, 2), agencyCode: "SFX-ZFB");
        await DoAsync("admin", c.Id, RequestAction.Accept);
        await DoAsync("admin", c.Id, RequestAction.DraftReply, new()
        {
            ["Act.Decision"] = "Disclosed",
            ["Act.AlreadyDisclosed"] = "true",
            ["Act.Location"] = "示范县人民政府门户网站“政府信息公开”栏目",
        });
        var reviewer = await App.LoginAsAsync("reviewer");
        await Http.ExpectOkAsync(await reviewer.GetAsync($"/admin/requests/{c.Id}"), App, "审核通过并答复", "退回答复稿", "该信息已经主动公开");
        await DoAsync("reviewer", c.Id, RequestAction.ApproveReply);
        var r = await LoadAsync(c.Id);
        Assert.Equal(RequestStatus.Replied, r.Status);
        Assert.Equal(ReplyNote.AlreadyProactivelyDisclosed, r.ReplyNote);
        Assert.Contains("该信息已经主动公开，您可以通过以下方式和途径获取：示范县人民政府门户网站", r.ReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partial_disclosure_without_the_separated_content_is_refused_and_nothing_changes()
    {
        var c = await CreateRequestAsync(D(3, 2));
        await DoAsync("handler", c.Id, RequestAction.Accept);
        var before = await LoadAsync(c.Id);
        var response = await ActAsync("handler", c.Id, RequestAction.DraftReply, new() { ["Act.Decision"] = "PartiallyDisclosed" });
        await Http.ExpectAsync(response, HttpStatusCode.Conflict, App, "部分公开的，必须写明经区分处理后不予公开的内容及理由");
        var after = await LoadAsync(c.Id);
        Assert.Equal((before.Status, before.Version, (ReplyOutcome?)null), (after.Status, after.Version, after.Outcome));
    }

    [Fact]
    public async Task A_reply_returned_by_the_reviewer_goes_back_to_the_handler_with_the_comments()
    {
        var c = await CreateRequestAsync(D(3, 2));
        await DoAsync("handler", c.Id, RequestAction.Accept);
        await DoAsync("handler", c.Id, RequestAction.DraftReply, new() { ["Act.Decision"] = "R:NotHeld:NotThisAgency", ["Act.Responsible"] = "示范县卫生健康局" });
        await DoAsync("leader", c.Id, RequestAction.ReturnDraft, new() { ["Act.Text"] = "请写明卫生健康局的联系电话。" });
        var r = await LoadAsync(c.Id);
        Assert.Equal(RequestStatus.InProgress, r.Status);
        var handler = await App.LoginAsAsync("handler");
        await Http.ExpectOkAsync(await handler.GetAsync($"/admin/requests/{c.Id}"), App, "退回意见：请写明卫生健康局的联系电话。", "拟写答复");
    }
}

public sealed class ReplyOutcomeTests_Sqlite(WorkflowSqliteApp fixture) : ReplyOutcomeTests(fixture), IClassFixture<WorkflowSqliteApp>;

public sealed class ReplyOutcomeTests_Postgres(WorkflowPostgresApp fixture) : ReplyOutcomeTests(fixture), IClassFixture<WorkflowPostgresApp>;
