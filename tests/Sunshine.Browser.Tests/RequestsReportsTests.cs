using Microsoft.Playwright;
using Sunshine.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Sunshine.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class RequestsReportsTests(BrowserFixture browser)
{
    [Fact]
    public async Task Publisher_fills_in_the_annual_report_checks_the_print_view_and_publishes_it_for_the_public()
    {
        await using var session = await browser.OpenAsync("annual-report");
        var page = session.Page;
        await session.SignInAsync("admin");

        await page.GotoAsync("/admin/reports");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "政府信息公开工作年度报告", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("报告年度").SelectOptionAsync(new SelectOptionValue { Label = "2025年" });
        await page.GetByLabel("报告单位").SelectOptionAsync(new SelectOptionValue { Label = "示范县民政局" });
        await page.GetByRole(AriaRole.Button, new() { Name = "打开报告" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "示范县民政局2025年政府信息公开工作年度报告", Level = 1 })).ToBeVisibleAsync();
        foreach (var section in new[] { "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项" })
        {
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = section, Level = 2 })).ToBeVisibleAsync();
        }

        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "申请人情况" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "（七）总计" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "复议后起诉" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Textbox, new() { Name = "总体情况", Exact = true }).FillAsync("2025年，示范县民政局坚持以公开为常态、不公开为例外，依法办理政府信息公开申请。\n全年通过门户网站主动公开低保、临时救助、养老服务等信息。");
        await page.GetByRole(AriaRole.Spinbutton, new() { Name = "行政许可 本年处理决定数量" }).FillAsync("86");
        await page.GetByRole(AriaRole.Spinbutton, new() { Name = "行政事业性收费 本年收费金额（单位：万元）" }).FillAsync("3.5");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "存在的主要问题及改进情况", Exact = true }).FillAsync("部分答复书说理不够充分。2026年将加强答复文书审核。");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已保存。");
        await Expect(page.GetByText("表三勾稽关系校验通过")).ToBeVisibleAsync();
        Assert.Empty(await Ui.UntranslatedKeysAsync(page));
        await session.ShotAsync("report-annual");

        // Print view: A4, the official tables with borders, each table section on a new page.
        await page.GetByRole(AriaRole.Link, new() { Name = "打印版" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "示范县民政局2025年政府信息公开工作年度报告", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "法人或其他组织" })).ToBeVisibleAsync();
        await session.ShotAsync("report-print");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var pdf = await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true });
        await File.WriteAllBytesAsync(Path.Combine(BrowserFixture.ScreenshotFolder, "report-print.pdf"), pdf);
        if (BrowserFixture.ReviewFolder is { } review)
        {
            await File.WriteAllBytesAsync(Path.Combine(review, "report-print.pdf"), pdf);
        }

        Assert.True(pdf.Length > 10_000, "the print view renders to a PDF");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.GoBackAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("报告已发布。");

        await page.GotoAsync("/reports");
        await page.GetByRole(AriaRole.Link, new() { Name = "示范县民政局2025年政府信息公开工作年度报告" }).ClickAsync();
        await Expect(page.GetByText("坚持以公开为常态、不公开为例外")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "申请人情况" })).ToBeVisibleAsync();
        await session.ShotAsync("report-public");
    }
}
