using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sunshine.Domain.Requests;
using Sunshine.Web.Features.Requests;
using Sunshine.Web.Platform.Calendar;
using Sunshine.Web.Platform.Notifications;
using Sunshine.Web.Platform.Web;
using Sunshine.Web.Tests.Infrastructure;

namespace Sunshine.Web.Tests.Requests.Workflow;

/// <summary>
/// Handling rules around the transitions: transfer to another agency, illegal and concurrent transitions, scope,
/// the four-eyes rule on replies, the applicant's own actions, review/litigation records and template editing.
/// </summary>
public abstract partial class HandlingTests(WorkflowApp fixture) : WorkflowTestBase(fixture)
{
    [GeneratedRegex("新的查询码：([0-9]{8})")]
    private static partial Regex NewCode();

    [Fact]
    public async Task A_transfer_closes_this_application_and_creates_one_for_the_other_agency_with_its_own_clock()
    {
        var c = await CreateRequestAsync(D(3, 2));
        At(3, 4);
        var wjj = await App.WithDbAsync(db => db.OrgUnits.IgnoreQueryFilters().Where(u => u.Code == "SFX-WJJ").Select(u => u.Id).SingleAsync());
        await DoAsync("handler", c.Id, RequestAction.Transfer, new() { ["Act.Target"] = wjj.ToString(Inv), ["Act.Text"] = "所需信息由卫生健康局制作和保存" });

        var old = await LoadAsync(c.Id);
        Assert.Equal(RequestStatus.Transferred, old.Status);
        Assert.Equal((ReplyOutcome?)ReplyOutcome.CannotProvide, old.Outcome);
        Assert.Equal((ReplyReason?)ReplyReason.NotHeld, old.Reason);
        Assert.Equal(ReplyNote.NotThisAgency, old.ReplyNote);
        Assert.Equal("示范县卫生健康局", old.ResponsibleAgency);
        Assert.Equal(D(3, 4), old.ClosedOn);
        Assert.Equal(ClockState.Closed, (await ClockAsync(c.Id)).State);

        var created = await App.WithDbAsync(db => db.Set<DisclosureRequest>().IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.TransferredFromId == c.Id));
        Assert.Equal((RequestStatus.Received, wjj, D(3, 4)), (created.Status, created.AgencyUnitId, created.ReceivedOn));
        Assert.Equal(old.ApplicantName, created.ApplicantName);
        Assert.Equal(old.Description, created.Description);
        // Its own clock from the transfer date 3/4: 3/5, 3/6 (2), 3/9–3/13 (7), 3/16–3/20 (12), 3/23–3/27 (17), 3/30 (18), 3/31 (19), 4/1 (20).
        Assert.Equal(D(4, 1), (await ClockAsync(created.Id)).DueDate);

        // The applicant is told the new number in the public timeline and gets a new query code by e-mail.
        var transferred = Assert.Single(await EventsAsync(c.Id), e => e.Action == RequestAction.Transfer);
        Assert.True(transferred.IsPublic);
        Assert.Contains("已转交示范县卫生健康局办理", transferred.PublicText, StringComparison.Ordinal);
        Assert.Contains("新的受理编号：" + created.TrackingNumber, transferred.PublicText, StringComparison.Ordinal);
        var mail = Assert.Single(await OutboxAsync(c.Id));
        Assert.Equal(OutboxChannel.Email, mail.Channel);
        var code = NewCode().Match(mail.Body).Groups[1].Value;
        Assert.True(QueryCodes.Matches(created.QueryCodeHash, created.TrackingNumber, code), "the code sent by e-mail opens the new application");

        // Each agency sees its own: the health bureau the new one, the civil-affairs bureau not.
        var health = await App.LoginAsAsync("health.handler");
        await Http.ExpectOkAsync(await health.GetAsync($"/admin/requests/{created.Id}"), App, created.TrackingNumber, "受理", c.Number);
        await Http.ExpectAsync(await health.GetAsync($"/admin/requests/{c.Id}"), HttpStatusCode.NotFound, App);
        var handler = await App.LoginAsAsync("handler");
        await Http.ExpectAsync(await handler.GetAsync($"/admin/requests/{created.Id}"), HttpStatusCode.NotFound, App);
    }

    [Fact]
    public async Task An_illegal_transition_is_a_Chinese_conflict_on_the_page_and_changes_nothing()
    {
        var c = await CreateRequestAsync(D(3, 2));
        var before = await LoadAsync(c.Id);
        var eventsBefore = (await EventsAsync(c.Id)).Count;
        var response = await ActAsync("handler", c.Id, RequestAction.FeePaid);
        await Http.ExpectAsync(response, HttpStatusCode.Conflict, App, "申请当前状态为“已登记”，不能执行“确认已缴费”", "操作未完成");
        var after = await LoadAsync(c.Id);
        Assert.Equal((before.Status, before.Version), (after.Status, after.Version));
        Assert.Equal(eventsBefore, (await EventsAsync(c.Id)).Count);
        Assert.Equal(ClockState.Running, (await ClockAsync(c.Id)).State);
    }

    [Fact]
    public async Task A_second_transition_decided_on_the_same_version_is_refused_as_already_handled()
    {
        var c = await CreateRequestAsync(D(3, 2));
        var version = (await LoadAsync(c.Id)).Version;
        var first = await App.LoginAsAsync("handler");
        var second = await App.LoginAsAsync("dispatcher");
        await Http.ExpectRedirectAsync(await ActAsync(first, c.Id, RequestAction.Accept, version: version), $"/admin/requests/{c.Id}", App);
        var late = await ActAsync(second, c.Id, RequestAction.RequestCorrection, new() { ["Act.Text"] = "请写明年度" }, version: version);
        await Http.ExpectAsync(late, HttpStatusCode.Conflict, App, "已被他人处理，请刷新");
        var r = await LoadAsync(c.Id);
        Assert.Equal((RequestStatus.InProgress, version + 1, 0), (r.Status, r.Version, r.CorrectionNoticeCount));
    }

    [Fact]
    public async Task A_township_clerk_cannot_open_or_act_on_a_county_bureau_application()
    {
        var c = await CreateRequestAsync(D(3, 2));
        var clerk = await App.LoginAsAsync("cg.clerk");
        await Http.ExpectAsync(await clerk.GetAsync($"/admin/requests/{c.Id}"), HttpStatusCode.NotFound, App);
        await Http.ExpectAsync(await clerk.GetAsync($"/admin/requests/{c.Id}/letter"), HttpStatusCode.NotFound, App);
        var list = await Http.ExpectOkAsync(await clerk.GetAsync("/admin/requests"), App, "依申请公开办理");
        Assert.DoesNotContain(c.Number, list, StringComparison.Ordinal);

        var token = await App.GetAntiforgeryTokenAsync(clerk, "/admin/requests");
        var post = await clerk.PostAsync($"/admin/requests/{c.Id}?handler=Act", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Act.Action"] = "Accept",
            ["Act.Version"] = "0",
            ["__RequestVerificationToken"] = token,
        }));
        await Http.ExpectAsync(post, HttpStatusCode.NotFound, App);
        Assert.Equal(RequestStatus.Received, (await LoadAsync(c.Id)).Status);

        // The bureau's own handler finds it, with its due date (received 3/2 → 3/30) and the working days left.
        At(3, 2, 15);
        var handler = await App.LoginAsAsync("handler");
        await Http.ExpectOkAsync(await handler.GetAsync($"/admin/requests?q={c.Number}"), App, c.Number, "2026-03-30", "剩余 20 个工作日", "李明远");
    }

    [Fact]
    public async Task The_drafter_cannot_approve_their_own_reply()
    {
        // 城关镇: cg.head holds reviewer and leader, and drafts the reply himself.
        var c = await CreateRequestAsync(D(3, 2), agencyCode: "SFX-CG-ZF");
        await DoAsync("cg.clerk", c.Id, RequestAction.Accept);
        await DoAsync("cg.head", c.Id, RequestAction.DraftReply, new() { ["Act.Decision"] = "R:RequiresCreation" });
        var drafted = await LoadAsync(c.Id);
        var own = await ActAsync("cg.head", c.Id, RequestAction.ApproveReply);
        await Http.ExpectAsync(own, HttpStatusCode.Conflict, App, "您不能审核自己拟写的答复");
        var still = await LoadAsync(c.Id);
        Assert.Equal((RequestStatus.ReplyDrafted, drafted.Version, (string?)null), (still.Status, still.Version, still.ApprovedById));
        Assert.Equal(ClockState.Running, (await ClockAsync(c.Id)).State);

        // A handler cannot approve at all.
        var clerk = await ActAsync("cg.clerk", c.Id, RequestAction.ApproveReply);
        await Http.ExpectAsync(clerk, HttpStatusCode.Conflict, App, "只有审核员或分管领导可以审核答复稿");

        // Another person with the role (the county's leader) can.
        await DoAsync("leader", c.Id, RequestAction.ApproveReply);
        Assert.Equal(RequestStatus.Replied, (await LoadAsync(c.Id)).Status);
    }

    [Fact]
    public async Task The_applicant_withdraws_with_the_right_code_only()
    {
        var c = await CreateRequestAsync(D(3, 2));
        var wrong = await ApplicantPostAsync(c, "withdraw", new() { ["Confirm"] = "true" }, code: c.Code == "12345678" ? "87654321" : "12345678");
        await Http.ExpectAsync(wrong, HttpStatusCode.NotFound, App, "受理编号或查询码不正确");
        var unconfirmed = await ApplicantPostAsync(c, "withdraw", new() { ["Text"] = "已通过其他途径获得" });
        await Http.ExpectAsync(unconfirmed, HttpStatusCode.BadRequest, App, "请勾选“我确认撤回本申请”");
        Assert.Equal(RequestStatus.Received, (await LoadAsync(c.Id)).Status);

        At(3, 5);
        var ok = await ApplicantPostAsync(c, "withdraw", new() { ["Confirm"] = "true", ["Text"] = "已通过其他途径获得" });
        var done = await Http.ExpectRedirectAsync(ok, "/requests/act/done", App);
        Assert.DoesNotContain(c.Code, done.ToString(), StringComparison.Ordinal);
        var r = await LoadAsync(c.Id);
        Assert.Equal((RequestStatus.Withdrawn, (ReplyOutcome?)ReplyOutcome.Other, (ReplyReason?)ReplyReason.OtherReason, (DateOnly?)D(3, 5)),
            (r.Status, r.Outcome, r.Reason, r.ClosedOn));

        // Staff cannot withdraw on the applicant's behalf.
        var other = await CreateRequestAsync(D(3, 2));
        var staff = await ActAsync("handler", other.Id, RequestAction.Withdraw);
        await Http.ExpectAsync(staff, HttpStatusCode.Conflict, App, "只有申请人本人可以撤回申请");
    }

    [Fact]
    public async Task A_bad_rating_after_the_reply_is_flagged_for_a_callback_and_cannot_be_given_twice()
    {
        var c = await CreateRequestAsync(D(3, 2));
        var early = await ApplicantPostAsync(c, "rate", new() { ["Rating"] = "4" });
        await Http.ExpectAsync(early, HttpStatusCode.Conflict, App, "申请答复后才能评价");

        await DoAsync("handler", c.Id, RequestAction.Accept);
        await DoAsync("handler", c.Id, RequestAction.DraftReply, new() { ["Act.Decision"] = "Disclosed" });
        await DoAsync("leader", c.Id, RequestAction.ApproveReply);
        var rated = await ApplicantPostAsync(c, "rate", new() { ["Rating"] = "2", ["Text"] = "答复太慢" });
        await Http.ExpectRedirectAsync(rated, "/requests/act/done", App);
        var r = await LoadAsync(c.Id);
        Assert.Equal((2, "答复太慢"), (r.Rating!.Value, r.RatingComment!));
        var events = await EventsAsync(c.Id);
        var flag = Assert.Single(events, e => e.InternalNote?.StartsWith(RequestWorkflowService.CallbackMarker, StringComparison.Ordinal) == true);
        Assert.False(flag.IsPublic);
        Assert.Contains(events, e => e.IsPublic && e.PublicText == "申请人评价：不满意。");

        var twice = await ApplicantPostAsync(c, "rate", new() { ["Rating"] = "5" });
        await Http.ExpectAsync(twice, HttpStatusCode.Conflict, App, "不能重复评价");
        Assert.Equal(2, (await LoadAsync(c.Id)).Rating);
        var leader = await App.LoginAsAsync("leader");
        await Http.ExpectOkAsync(await leader.GetAsync($"/admin/requests/{c.Id}"), App, "待回访", "不满意");
    }

    [Fact]
    public async Task Review_and_litigation_records_are_added_and_concluded_on_the_handling_page()
    {
        var c = await CreateRequestAsync(D(3, 2));
        await DoAsync("handler", c.Id, RequestAction.Accept);
        await DoAsync("handler", c.Id, RequestAction.DraftReply, new() { ["Act.Decision"] = "R:ProcessInformation" });
        await DoAsync("leader", c.Id, RequestAction.ApproveReply);
        At(4, 20);
        var handler = await App.LoginAsAsync("handler");
        var token = await App.GetAntiforgeryTokenAsync(handler, $"/admin/requests/{c.Id}");
        var missing = await handler.PostAsync($"/admin/requests/{c.Id}?handler=Review", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Review.FiledOn"] = "2026-04-15",
            ["Review.Body"] = "示范县人民政府",
            ["__RequestVerificationToken"] = token,
        }));
        await Http.ExpectOkAsync(missing, App, "请选择复议或诉讼类型");
        var added = await handler.PostAsync($"/admin/requests/{c.Id}?handler=Review", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Review.Proceeding"] = "AdministrativeReview",
            ["Review.FiledOn"] = "2026-04-15",
            ["Review.Body"] = "示范县人民政府",
            ["Review.CaseNumber"] = "示政复〔2026〕3号",
            ["__RequestVerificationToken"] = token,
        }));
        await Http.ExpectRedirectAsync(added, $"/admin/requests/{c.Id}", App);
        var row = await App.WithDbAsync(db => db.Set<RequestReviewCase>().IgnoreQueryFilters().AsNoTracking().SingleAsync(x => x.RequestId == c.Id));
        Assert.Equal((ReviewProceeding.AdministrativeReview, D(4, 15), (ReviewResult?)null), (row.Proceeding, row.FiledOn, row.Result));

        var concluded = await handler.PostAsync($"/admin/requests/{c.Id}?handler=Conclude", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Conclude.CaseId"] = row.Id.ToString(Inv),
            ["Conclude.Result"] = "Upheld",
            ["Conclude.ConcludedOn"] = "2026-04-20",
            ["__RequestVerificationToken"] = token,
        }));
        await Http.ExpectRedirectAsync(concluded, $"/admin/requests/{c.Id}", App);
        row = await App.WithDbAsync(db => db.Set<RequestReviewCase>().IgnoreQueryFilters().AsNoTracking().SingleAsync(x => x.RequestId == c.Id));
        Assert.Equal(((ReviewResult?)ReviewResult.Upheld, (DateOnly?)D(4, 20)), (row.Result, row.ConcludedOn));
        await Http.ExpectOkAsync(await handler.GetAsync($"/admin/requests/{c.Id}"), App, "示政复〔2026〕3号", "维持");
    }

    [Fact]
    public async Task An_edited_template_is_used_for_the_next_reply_and_a_handler_cannot_edit_templates()
    {
        var reviewer = await App.LoginAsAsync("reviewer");
        await Http.ExpectOkAsync(await reviewer.GetAsync("/admin/requests/templates"), App, "答复告知书模板", "不予公开—属于国家秘密");
        var id = await App.WithDbAsync(db => db.Set<ReplyTemplate>().Where(t => t.Outcome == ReplyOutcome.NotHandled && t.Reason == ReplyReason.PublicPublication).Select(t => t.Id).SingleAsync());
        var form = $"/admin/requests/templates?id={id}";
        var token = await App.GetAntiforgeryTokenAsync(reviewer, form);
        var bad = await reviewer.PostAsync(form, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Title"] = "答复书",
            ["Input.Body"] = "没有抬头",
            ["__RequestVerificationToken"] = token,
        }));
        await Http.ExpectOkAsync(bad, App, "正文必须包含占位符 {申请人}");
        var saved = await reviewer.PostAsync(form, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Title"] = "政府信息公开申请告知书",
            ["Input.Body"] = "{申请人}：\n\n您于{收到日期}申请的“{申请内容}”（{受理编号}）系公开出版物，请到县图书馆查阅。依据：{答复依据}。\n\n{救济途径}",
            ["__RequestVerificationToken"] = token,
        }));
        await Http.ExpectRedirectAsync(saved, "/admin/requests/templates", App);

        var c = await CreateRequestAsync(D(3, 2));
        await DoAsync("handler", c.Id, RequestAction.Accept);
        await DoAsync("handler", c.Id, RequestAction.DraftReply, new() { ["Act.Decision"] = "R:PublicPublication" });
        var text = (await LoadAsync(c.Id)).ReplyText!;
        Assert.Contains("系公开出版物，请到县图书馆查阅。依据：《中华人民共和国政府信息公开条例》第三十九条第二款。", text, StringComparison.Ordinal);
        Assert.Contains("60日内向示范县人民政府申请行政复议", text, StringComparison.Ordinal);

        var handler = await App.LoginAsAsync("handler");
        var denied = await handler.GetAsync("/admin/requests/templates");
        Assert.True(denied.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden, $"handler got {(int)denied.StatusCode}");
        Assert.Contains("/admin/denied", denied.Headers.Location?.ToString() ?? "/admin/denied", StringComparison.Ordinal);
    }
}

public sealed class HandlingTests_Sqlite(WorkflowSqliteApp fixture) : HandlingTests(fixture), IClassFixture<WorkflowSqliteApp>;

public sealed class HandlingTests_Postgres(WorkflowPostgresApp fixture) : HandlingTests(fixture), IClassFixture<WorkflowPostgresApp>;
