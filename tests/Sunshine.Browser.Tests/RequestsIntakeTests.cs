using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sunshine.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Sunshine.Browser.Tests;

/// <summary>A citizen applies for government information online, keeps the receipt and finds the application again.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RequestsIntakeTests(BrowserFixture browser)
{
    private static ILocator Box(IPage page, string name) => page.GetByRole(AriaRole.Textbox, new() { Name = name, Exact = true });

    [Fact]
    public async Task A_citizen_applies_online_keeps_the_receipt_and_finds_the_application_on_the_tracking_page()
    {
        await using var session = await browser.OpenAsync(nameof(A_citizen_applies_online_keeps_the_receipt_and_finds_the_application_on_the_tracking_page));
        var page = session.Page;

        await page.GotoAsync("/requests");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "依申请公开", Level = 1 })).ToBeVisibleAsync();
        Assert.Empty(await Ui.UntranslatedKeysAsync(page));
        await session.ShotAsync("requests-landing");
        await page.GetByRole(AriaRole.Link, new() { Name = "在线提交申请" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "在线申请政府信息公开", Level = 1 })).ToBeVisibleAsync();

        // Submitting an empty form lists every problem in Chinese and keeps the visitor on the form.
        await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        var errors = page.GetByRole(AriaRole.Alert);
        await Expect(errors).ToContainTextAsync("请选择申请人类型");
        await Expect(errors).ToContainTextAsync("请选择向哪个机关申请");
        await session.ShotAsync("requests-apply-errors");

        await page.GetByRole(AriaRole.Radio, new() { Name = "自然人" }).CheckAsync();
        // The organisation part no longer applies and is hidden (CSS only; without it both parts show with headings).
        await Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "单位名称 （必填）" })).ToBeHiddenAsync();
        await Box(page, "姓名 （必填）").FillAsync("张三丰");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "证件类型 （必填）" }).SelectOptionAsync(new SelectOptionValue { Label = "居民身份证" });
        await Box(page, "证件号码 （必填）").FillAsync("11010519491231002X");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "联系电话 （选填）" }).FillAsync("13912345678");
        await Box(page, "通信地址 （选填）").FillAsync("示范县城关镇东街8号");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "向哪个机关申请 （必填）" }).SelectOptionAsync(new SelectOptionValue { Label = "示范县民政局" });
        await Box(page, "所需信息的名称、文号或特征描述 （必填）").FillAsync("2026年城乡居民最低生活保障标准调整的通知及资金发放情况");
        await page.GetByRole(AriaRole.Radio, new() { Name = "电子数据" }).CheckAsync();
        await session.ShotAsync("requests-apply");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/requests/submitted$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "政府信息公开申请回执" })).ToBeVisibleAsync();
        var number = (await page.GetByTestId("tracking-number").InnerTextAsync()).Trim();
        var code = (await page.GetByTestId("query-code").InnerTextAsync()).Trim();
        Assert.Matches("^YSQ-[0-9]{4}-[0-9]{6}$", number);
        Assert.Matches("^[0-9]{8}$", code);
        var receipt = page.GetByRole(AriaRole.Region, new() { Name = "政府信息公开申请回执" });
        await Expect(receipt).ToContainTextAsync("请妥善保存");
        await Expect(receipt).ToContainTextAsync("示范县民政局");
        await Expect(receipt).ToContainTextAsync("答复期限");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "打印回执" })).ToBeVisibleAsync();
        Assert.DoesNotContain(code, page.Url, StringComparison.Ordinal);
        Assert.Empty(await Ui.UntranslatedKeysAsync(page));
        await session.ShotAsync("requests-ack");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await session.ShotAsync("requests-ack-print");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        // The portal's tracking page finds it through the module's tracking source.
        await page.GotoAsync("/track");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "受理编号" }).FillAsync(number);
        await page.GetByRole(AriaRole.Textbox, new() { Name = "查询码" }).FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        var result = page.GetByRole(AriaRole.Region, new() { Name = "政府信息公开申请" });
        await Expect(result).ToContainTextAsync("已登记");
        await Expect(result).ToContainTextAsync("已收到您的申请，受理编号" + number);
        await Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("张三丰");
        await session.ShotAsync("requests-track");

        // The applicant's own page: masked name, deadline and days left, the timeline.
        await page.GotoAsync("/requests/status");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "受理编号" }).FillAsync(number);
        await page.GetByRole(AriaRole.Textbox, new() { Name = "查询码" }).FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "查看", Exact = true }).ClickAsync();
        var main = page.GetByRole(AriaRole.Main);
        await Expect(main).ToContainTextAsync("张**");
        await Expect(main).ToContainTextAsync("还剩 20 个工作日");
        await Expect(main).Not.ToContainTextAsync("张三丰");
        await Expect(main).Not.ToContainTextAsync("11010519491231002X");
        Assert.DoesNotContain(code, page.Url, StringComparison.Ordinal);
        Assert.Empty(await Ui.UntranslatedKeysAsync(page));
        await session.ShotAsync("requests-status");
    }

    [Fact]
    public async Task A_clerk_registers_a_registered_letter_and_hands_over_the_receipt()
    {
        await using var session = await browser.OpenAsync(nameof(A_clerk_registers_a_registered_letter_and_hands_over_the_receipt));
        var page = session.Page;
        await session.SignInAsync("handler");
        await page.GotoAsync("/admin/requests/register");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "登记政府信息公开申请", Level = 1 })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Radio, new() { Name = "挂号信" }).CheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "法律服务机构" }).CheckAsync();
        await Expect(Box(page, "姓名 （必填）")).ToBeHiddenAsync();
        await Box(page, "单位名称 （必填）").FillAsync("示范县明理律师事务所");
        await Box(page, "统一社会信用代码 （必填）").FillAsync("91110108551385082Q");
        await Box(page, "联系人姓名 （必填）").FillAsync("周明理");
        await Box(page, "通信地址 （选填）").FillAsync("示范县人民路20号");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "向哪个机关申请 （必填）" }).SelectOptionAsync(new SelectOptionValue { Label = "示范县民政局" });
        await Box(page, "所需信息的名称、文号或特征描述 （必填）").FillAsync("2025年度社会组织年检结果公告");
        await page.GetByRole(AriaRole.Radio, new() { Name = "纸质" }).CheckAsync();
        Assert.Empty(await Ui.UntranslatedKeysAsync(page));
        await session.ShotAsync("requests-register");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记并生成受理编号" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "申请已登记", Level = 1 })).ToBeVisibleAsync();
        var receipt = page.GetByRole(AriaRole.Region, new() { Name = "政府信息公开申请回执" });
        await Expect(receipt).ToContainTextAsync("挂号信");
        await Expect(receipt).ToContainTextAsync("法律服务机构");
        await Expect(page.GetByTestId("query-code")).ToHaveTextAsync(new Regex("^[0-9]{8}$"));
        await session.ShotAsync("requests-register-receipt");
    }

    [Fact]
    public async Task The_application_form_is_one_column_on_a_phone_and_nothing_scrolls_sideways()
    {
        await using var session = await browser.OpenAsync(nameof(The_application_form_is_one_column_on_a_phone_and_nothing_scrolls_sideways), 390, 844);
        var page = session.Page;
        await page.GotoAsync("/requests/apply");

        var name = page.GetByRole(AriaRole.Textbox, new() { Name = "姓名 （必填）", Exact = true });
        var id = page.GetByRole(AriaRole.Textbox, new() { Name = "证件号码 （必填）", Exact = true });
        var a = await name.BoundingBoxAsync();
        var b = await id.BoundingBoxAsync();
        Assert.NotNull(a);
        Assert.NotNull(b);
        Assert.True(b.Y > a.Y + a.Height, "on a phone the fields stack in one column");
        var (overflow, culprits) = await Ui.HorizontalOverflowAsync(page);
        Assert.True(overflow <= 1, $"the form scrolls sideways by {overflow}px: {culprits}");
        await session.ShotAsync("requests-apply-mobile");
        if (BrowserFixture.ReviewFolder is { } folder)
        {
            // What a phone shows at first sight (the full-page shot is too tall to judge).
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "requests-apply-mobile-top.png") });
        }
    }
}
