using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sunshine.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Sunshine.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class DeadlineCalculatorTests(BrowserFixture browser)
{
    [Fact]
    public async Task Deadline_calculator_page_computes_the_due_date_in_words()
    {
        await using var session = await browser.OpenAsync(nameof(Deadline_calculator_page_computes_the_due_date_in_words));
        var page = session.Page;

        await page.GotoAsync("/tools/deadline");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "期限计算器", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("收到申请日期", new() { Exact = true }).FillAsync("2026-01-30");
        await page.GetByLabel("工作日数", new() { Exact = true }).FillAsync("20");
        var pause = page.GetByRole(AriaRole.Group, new() { Name = "暂停1", Exact = true });
        await pause.GetByLabel("暂停开始日", new() { Exact = true }).FillAsync("2026-02-05");
        await pause.GetByLabel("恢复计算日", new() { Exact = true }).FillAsync("2026-02-26");
        await page.GetByRole(AriaRole.Button, new() { Name = "计算", Exact = true }).ClickAsync();

        // 20 working days from 30 January: the Spring Festival holidays are skipped, the make-up Saturdays count,
        // and the 10 working days inside the pause do not.
        var result = page.GetByRole(AriaRole.Region, new() { Name = "计算结果" });
        await Expect(result).ToContainTextAsync("2026年3月19日");
        await Expect(page).ToHaveURLAsync(new Regex("received=2026-01-30"));
        Assert.Empty(await Ui.UntranslatedKeysAsync(page));
        await session.ShotAsync("deadline");
    }
}
