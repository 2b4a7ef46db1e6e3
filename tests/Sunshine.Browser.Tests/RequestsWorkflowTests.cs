using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sunshine.Browser.Tests.Infrastructure;
using Sunshine.Domain.Calendar;
using Sunshine.Domain.Requests;
using Sunshine.Web.Features.Requests;
using Sunshine.Web.Platform.Calendar;
using Sunshine.Web.Platform.Db;
using Sunshine.Web.Platform.Web;
using static Microsoft.Playwright.Assertions;

namespace Sunshine.Browser.Tests;

/// <summary>Staff handle an application for disclosure in Chromium: the handler drafts the reply, a second person approves it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RequestsWorkflowTests(BrowserFixture browser)
{
    [Fact]
    public async Task Handler_drafts_a_disclosure_reply_and_a_leader_approves_it_and_the_letter_prints()
    {
        var (id, number, code) = await CreateApplicationAsync();

        await using (var handler = await browser.OpenAsync("requests-handler-drafts", 1280, 900))
        {
            var page = handler.Page;
            await handler.SignInAsync("handler");
            await page.GotoAsync("/admin/requests");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "依申请公开办理", Level = 1 })).ToBeVisibleAsync();
            await handler.ShotAsync("requests-list");
            await page.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(number);
            await Expect(page.GetByText("王晓梅", new() { Exact = true })).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已受理");
            // The forms offered in 办理中 to a handler: correction, consultations, fee, draft, transfer — not the extension.
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "发出补正告知" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "延长答复期限" })).ToHaveCountAsync(0);
            Assert.Empty(await Ui.UntranslatedKeysAsync(page));
            await handler.ShotAsync("requests-handle");

            await page.GetByLabel("答复类型及理由").SelectOptionAsync(new SelectOptionValue { Value = "Disclosed" });
            await page.GetByRole(AriaRole.Button, new() { Name = "拟写答复", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("答复稿已提交审核");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "答复稿（待审核）" })).ToBeVisibleAsync();
            // The handler drafted it, so the approval is not offered to them.
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "审核通过并答复" })).ToHaveCountAsync(0);
            await handler.ShotAsync("requests-handle-drafted");
        }

        await using var leader = await browser.OpenAsync("requests-leader-approves", 1280, 900);
        var p = leader.Page;
        await leader.SignInAsync("leader");
        await p.GotoAsync($"/admin/requests/{id}");
        await Expect(p.GetByText("经审查，您申请获取的政府信息属于公开范围", new() { Exact = false }).First).ToBeVisibleAsync();
        await p.GetByRole(AriaRole.Button, new() { Name = "审核通过并答复", Exact = true }).ClickAsync();
        await Expect(p.GetByRole(AriaRole.Status)).ToContainTextAsync("已答复，答复告知书已发送");
        await Expect(p.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("已答复");
        await leader.ShotAsync("requests-handle-replied");

        await p.GetByRole(AriaRole.Link, new() { Name = "答复告知书", Exact = true }).ClickAsync();
        await Expect(p.GetByRole(AriaRole.Heading, new() { Name = "政府信息公开申请答复告知书", Level = 1 })).ToBeVisibleAsync();
        var main = p.GetByRole(AriaRole.Main);
        await Expect(main).ToContainTextAsync("王晓梅：");
        await Expect(main).ToContainTextAsync("（印章）");
        await Expect(main).ToContainTextAsync("示范县民政局");
        await Expect(main).ToContainTextAsync("60日内向示范县人民政府申请行政复议");
        await Expect(main).ToContainTextAsync("第三十六条第（一）项");
        Assert.Empty(await Ui.UntranslatedKeysAsync(p));
        await leader.ShotAsync("requests-letter");

        // The applicant looks the application up and rates the handling from the status page.
        await using var applicant = await browser.OpenAsync("requests-applicant-rates", 1280, 900);
        var a = applicant.Page;
        await a.GotoAsync("/requests/status");
        await a.Locator("input[name=Number]").FillAsync(number);
        await a.Locator("input[name=Code]").FillAsync(code);
        await a.Locator("input[name=Code]").PressAsync("Enter");
        var actions = a.GetByRole(AriaRole.Region, new() { Name = "您可以办理" });
        await Expect(actions).ToBeVisibleAsync();
        await actions.GetByLabel("满意", new() { Exact = true }).CheckAsync();
        await applicant.ShotAsync("requests-applicant-actions");
        await actions.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();
        await Expect(a.GetByRole(AriaRole.Status)).ToContainTextAsync("感谢您的评价");
        Assert.DoesNotContain(code, a.Url, StringComparison.Ordinal);
        await applicant.ShotAsync("requests-applicant-done");
    }

    [Fact]
    public async Task Administrator_edits_the_reply_templates_with_a_preview()
    {
        await using var admin = await browser.OpenAsync("requests-templates", 1280, 900);
        var page = admin.Page;
        await admin.SignInAsync("admin");
        await page.GotoAsync("/admin/requests/templates");
        await page.GetByRole(AriaRole.Link, new() { Name = "部分公开", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "部分公开", Level = 2 })).ToBeVisibleAsync();
        await Expect(page.GetByText("能够作区分处理").Last).ToBeVisibleAsync();
        Assert.Empty(await Ui.UntranslatedKeysAsync(page));
        await admin.ShotAsync("requests-templates");
    }

    /// <summary>
    /// An application as intake leaves it (status Received, clock started), created through the running app's services.
    /// The fixture keeps the app private, so it is reached by reflection rather than by changing shared infrastructure.
    /// </summary>
    private async Task<(long Id, string Number, string Code)> CreateApplicationAsync()
    {
        var app = (KestrelSunshineFactory)(typeof(BrowserFixture).GetField("_app", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(browser)
            ?? throw new InvalidOperationException("The browser fixture has no app."));
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<SunshineDb>();
        var clocks = sp.GetRequiredService<ClockService>();
        var unit = await db.OrgUnits.IgnoreQueryFilters().SingleAsync(u => u.Code == "SFX-MZJ");
        var now = db.Time.GetUtcNow().UtcDateTime;
        var number = await sp.GetRequiredService<TrackingNumbers>().NextAsync("YSQ", now);
        var code = QueryCodes.New();
        var r = new DisclosureRequest
        {
            TrackingNumber = number,
            QueryCodeHash = QueryCodes.Hash(number, code),
            Channel = RequestChannel.Online,
            ReceivedOn = ChinaTime.ToChinaDate(now),
            SubmittedUtc = now,
            ApplicantKind = ApplicantKind.NaturalPerson,
            ApplicantName = "王晓梅",
            IdType = IdDocumentType.ResidentIdCard,
            IdNumber = "110101199204180026",
            Phone = "13912345678",
            Email = "wang.xiaomei@example.com",
            Address = "示范县城关镇西街12号",
            Description = "示范县民政局2025年度临时救助资金的发放标准和发放人数",
            Purpose = "了解临时救助政策",
            PreferredForm = PreferredForm.Email,
            AgencyUnitId = unit.Id,
            OrgPath = unit.Path,
            Status = RequestStatus.Received,
            CreatedUtc = now,
        };
        db.Set<DisclosureRequest>().Add(r);
        await db.SaveChangesAsync();
        var clock = await clocks.StartAsync(RequestWorkflowService.ClockOwnerType, r.Id.ToString(CultureInfo.InvariantCulture), $"政府信息公开申请 {number}",
            unit.Id, unit.Path, now, BudgetUnit.WorkingDays, RequestWorkflow.ReplyWorkingDays);
        await db.SaveChangesAsync();
        r.ClockId = clock.Id;
        db.Set<RequestEvent>().Add(new RequestEvent { RequestId = r.Id, AtUtc = now, ToStatus = RequestStatus.Received, ActorName = "申请人", PublicText = "申请已收到。" });
        await db.SaveChangesAsync();
        return (r.Id, number, code);
    }
}
