using Microsoft.Playwright;
using Sunshine.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Sunshine.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class BackOfficeTests(BrowserFixture browser)
{
    private const string SideNavigation = "后台导航";

    [Fact]
    public async Task Administrator_reaches_each_back_office_page_from_the_side_navigation_fully_translated()
    {
        await using var session = await browser.OpenAsync(nameof(Administrator_reaches_each_back_office_page_from_the_side_navigation_fully_translated));
        var page = session.Page;
        await session.SignInAsync("admin");
        await ExpectCleanPageAsync(page, "工作台");
        await session.ShotAsync("admin-dashboard");

        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = SideNavigation });
        foreach (var (link, heading, shot) in new[]
        {
            ("用户管理", "用户管理", "admin-users"),
            ("组织机构", "组织机构", "admin-units"),
            ("工作日历", "工作日历", "admin-calendar"),
            ("审计日志", "审计日志", "admin-audit"),
        })
        {
            await nav.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
            await ExpectCleanPageAsync(page, heading);
            await Expect(nav.GetByRole(AriaRole.Link, new() { Name = link, Exact = true })).ToHaveAttributeAsync("aria-current", "page");
            await session.ShotAsync(shot);
        }
    }

    /// <summary>The page has its heading, no resource key shows instead of Chinese, and nothing scrolls sideways at desktop width.</summary>
    private static async Task ExpectCleanPageAsync(IPage page, string heading)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
        var keys = await Ui.UntranslatedKeysAsync(page);
        Assert.True(keys.Count == 0, $"{page.Url} shows untranslated resource keys: {string.Join(", ", keys)}");
        var (overflow, culprits) = await Ui.HorizontalOverflowAsync(page);
        Assert.True(overflow <= 1, $"{page.Url} scrolls sideways by {overflow}px; widest elements: {culprits}");
    }
}
