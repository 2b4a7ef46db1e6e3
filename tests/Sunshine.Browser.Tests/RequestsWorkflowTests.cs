using Microsoft.Playwright;
using Sunshine.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Sunshine.Browser.Tests;

/// <summary>Staff handle an application for disclosure in Chromium: the handler drafts the reply, a second person approves it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RequestsWorkflowTests(BrowserFixture browser)
{
    [Fact]
    public async Task Handler_drafts_a_disclosure_reply_and_a_leader_approves_it_and_the_letter_prints()
    {
        var (number, code) = await CreateApplicationAsync();

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
        await p.GotoAsync("/admin/requests");
        await p.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }).ClickAsync();
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
        await Expect(main).ToContainTextAsync("第三十六条第（二）项");
        await Expect(main).Not.ToContainTextAsync("第三十六条第（一）项");
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

        // The portal's tracking page shows the reply step too.
        await a.GotoAsync("/track");
        await a.GetByRole(AriaRole.Textbox, new() { Name = "受理编号" }).FillAsync(number);
        await a.GetByRole(AriaRole.Textbox, new() { Name = "查询码" }).FillAsync(code);
        await a.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        var tracked = a.GetByRole(AriaRole.Region, new() { Name = "政府信息公开申请" });
        await Expect(tracked).ToContainTextAsync("已答复");
        await Expect(a.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("王晓梅");
        await applicant.ShotAsync("requests-track-replied");
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

    /// <summary>A citizen applies through the real public form in Chromium; returns the receipt's number and query code.</summary>
    private async Task<(string Number, string Code)> CreateApplicationAsync()
    {
        await using var citizen = await browser.OpenAsync("requests-citizen-applies", 1280, 900);
        var page = citizen.Page;
        ILocator Box(string name) => page.GetByRole(AriaRole.Textbox, new() { Name = name, Exact = true });
        await page.GotoAsync("/requests/apply");
        await page.GetByRole(AriaRole.Radio, new() { Name = "自然人" }).CheckAsync();
        await Box("姓名 （必填）").FillAsync("王晓梅");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "证件类型 （必填）" }).SelectOptionAsync(new SelectOptionValue { Label = "居民身份证" });
        await Box("证件号码 （必填）").FillAsync("110101199204180022");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "联系电话 （选填）" }).FillAsync("13912345678");
        await Box("通信地址 （选填）").FillAsync("示范县城关镇西街12号");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "向哪个机关申请 （必填）" }).SelectOptionAsync(new SelectOptionValue { Label = "示范县民政局" });
        await Box("所需信息的名称、文号或特征描述 （必填）").FillAsync("示范县民政局2025年度临时救助资金的发放标准和发放人数");
        await page.GetByRole(AriaRole.Radio, new() { Name = "电子数据" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "政府信息公开申请回执" })).ToBeVisibleAsync();
        var number = (await page.GetByTestId("tracking-number").InnerTextAsync()).Trim();
        var code = (await page.GetByTestId("query-code").InnerTextAsync()).Trim();
        return (number, code);
    }
}
