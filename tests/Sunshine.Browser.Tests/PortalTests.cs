using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sunshine.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Sunshine.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class PortalTests(BrowserFixture browser)
{
    private const string SiteName = "示范县阳光政务平台";
    private const string MainNavigation = "主导航";
    private const string SkipLink = "跳到主要内容";

    private static readonly (string Name, string Href)[] Sections =
    [
        ("首页", "/"),
        ("信息公开", "/disclosure"),
        ("政务服务", "/services"),
        ("互动交流", "/interaction"),
        ("监督评议", "/supervision"),
        ("数据开放", "/data"),
    ];

    [Fact]
    public async Task Home_page_shows_the_portal_and_the_large_font_switch_enlarges_text()
    {
        await using var session = await browser.OpenAsync(nameof(Home_page_shows_the_portal_and_the_large_font_switch_enlarges_text));
        var page = session.Page;

        await page.GotoAsync("/");
        await Expect(page).ToHaveTitleAsync(new Regex(SiteName));
        await Expect(page.GetByRole(AriaRole.Banner)).ToContainTextAsync(SiteName);
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = MainNavigation });
        foreach (var (name, href) in Sections)
        {
            var link = nav.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
            await Expect(link).ToBeVisibleAsync();
            await Expect(link).ToHaveAttributeAsync("href", href);
        }
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "首页", Exact = true })).ToHaveAttributeAsync("aria-current", "page");
        Assert.Empty(await Ui.UntranslatedKeysAsync(page));

        // The skip link is the first stop for a keyboard user and takes focus into the main content.
        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = SkipLink });
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Main)).ToBeFocusedAsync();
        await session.ShotAsync("home");

        var rootBefore = await Ui.FontSizeAsync(page, "html");
        var bodyBefore = await Ui.FontSizeAsync(page, "body");
        var headingBefore = await Ui.FontSizeAsync(page, "main h1");
        var large = page.GetByRole(AriaRole.Button, new() { Name = "大字版" });
        await Expect(large).ToHaveAttributeAsync("aria-pressed", "false");

        await large.ClickAsync();

        await Expect(page.Locator("html")).ToHaveClassAsync(new Regex(@"\ba11y-large\b"));
        await Expect(large).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page).ToHaveURLAsync(new Regex(@"/$"));
        Assert.True(await Ui.FontSizeAsync(page, "html") > rootBefore, $"root font size did not grow from {rootBefore}px");
        Assert.True(await Ui.FontSizeAsync(page, "body") > bodyBefore, $"body font size did not grow from {bodyBefore}px");
        Assert.True(await Ui.FontSizeAsync(page, "main h1") > headingBefore, $"the main heading did not grow from {headingBefore}px");
        await session.ShotAsync("home-large");

        // The choice is remembered on the next page, and the same switch turns it off.
        await nav.GetByRole(AriaRole.Link, new() { Name = "政务服务", Exact = true }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveClassAsync(new Regex(@"\ba11y-large\b"));
        await page.GetByRole(AriaRole.Button, new() { Name = "大字版" }).ClickAsync();
        await Expect(page.Locator("html")).Not.ToHaveClassAsync(new Regex(@"\ba11y-large\b"));
        await Expect(page).ToHaveURLAsync(new Regex("/services$"));
        Assert.Equal(rootBefore, await Ui.FontSizeAsync(page, "html"));
    }

    [Fact]
    public async Task High_contrast_switch_changes_the_colours()
    {
        await using var session = await browser.OpenAsync(nameof(High_contrast_switch_changes_the_colours));
        var page = session.Page;

        await page.GotoAsync("/");
        var bodyBefore = await Ui.TextColoursAsync(page, "body");
        var contrast = page.GetByRole(AriaRole.Button, new() { Name = "高对比度" });
        await Expect(contrast).ToHaveAttributeAsync("aria-pressed", "false");

        await contrast.ClickAsync();

        await Expect(page.Locator("html")).ToHaveClassAsync(new Regex(@"\ba11y-contrast\b"));
        await Expect(contrast).ToHaveAttributeAsync("aria-pressed", "true");
        var bodyAfter = await Ui.TextColoursAsync(page, "body");
        Assert.NotEqual(bodyBefore, bodyAfter);
        // High contrast means at least WCAG AAA (7:1) for body text and for the main heading.
        foreach (var selector in new[] { "body", "main h1", "main p" })
        {
            var (color, background) = await Ui.TextColoursAsync(page, selector);
            var ratio = Ui.ContrastRatio(color, background);
            Assert.True(ratio >= 7, $"{selector}: {color} on {background} has contrast {ratio:0.0}:1, below 7:1");
        }
        await session.ShotAsync("home-contrast");

        await page.GetByRole(AriaRole.Button, new() { Name = "高对比度" }).ClickAsync();
        await Expect(page.Locator("html")).Not.ToHaveClassAsync(new Regex(@"\ba11y-contrast\b"));
        Assert.Equal(bodyBefore, await Ui.TextColoursAsync(page, "body"));
    }

    [Fact]
    public async Task Portal_is_usable_at_phone_width()
    {
        await using var session = await browser.OpenAsync(nameof(Portal_is_usable_at_phone_width), width: 390, height: 844);
        var page = session.Page;

        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Banner)).ToContainTextAsync(SiteName);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "大字版" })).ToBeVisibleAsync();
        // Every section stays reachable with a thumb: the links are on screen, not clipped away.
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = MainNavigation });
        foreach (var (name, _) in Sections)
        {
            await Expect(nav.GetByRole(AriaRole.Link, new() { Name = name, Exact = true })).ToBeVisibleAsync();
        }
        await ExpectNoSidewaysScrollAsync(page);
        await session.ShotAsync("home-phone");

        // The same holds for the other public pages a resident reaches from a phone.
        foreach (var url in Sections.Select(s => s.Href).Skip(1).Concat(["/tools/deadline", "/track", "/admin/login"]))
        {
            var response = await page.GotoAsync(url);
            Assert.Equal(200, response?.Status);
            await ExpectNoSidewaysScrollAsync(page);
        }
    }

    private static async Task ExpectNoSidewaysScrollAsync(IPage page)
    {
        var (overflow, culprits) = await Ui.HorizontalOverflowAsync(page);
        Assert.True(overflow <= 1, $"{page.Url} scrolls sideways by {overflow}px at 390px wide; widest elements: {culprits}");
    }
}
