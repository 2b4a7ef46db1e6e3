using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sunshine.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Sunshine.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class StaffSignInTests(BrowserFixture browser)
{
    [Fact]
    public async Task Staff_member_signs_in_through_the_real_login_page_and_sees_the_dashboard()
    {
        await using var session = await browser.OpenAsync(nameof(Staff_member_signs_in_through_the_real_login_page_and_sees_the_dashboard));
        var page = session.Page;

        await page.GotoAsync("/admin/login");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "工作人员登录", Level = 1 })).ToBeVisibleAsync();
        await session.ShotAsync("login");
        await page.GetByLabel("用户名", new() { Exact = true }).FillAsync("cg.clerk");
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(KestrelSunshineFactory.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/admin/?$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "工作台", Level = 1 })).ToBeVisibleAsync();
        var header = page.GetByRole(AriaRole.Banner);
        await Expect(header.GetByText("陈小燕", new() { Exact = true })).ToBeVisibleAsync();

        await header.GetByRole(AriaRole.Button, new() { Name = "退出登录", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/admin/login$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "工作人员登录", Level = 1 })).ToBeVisibleAsync();
        // Signed out for real: the dashboard sends us back to the login page.
        await page.GotoAsync("/admin");
        await Expect(page).ToHaveURLAsync(new Regex("/admin/login"));
    }

    [Fact]
    public async Task Wrong_password_shows_a_Chinese_error_and_stays_on_the_login_page()
    {
        await using var session = await browser.OpenAsync(nameof(Wrong_password_shows_a_Chinese_error_and_stays_on_the_login_page));
        var page = session.Page;

        await page.GotoAsync("/admin/login");
        await page.GetByLabel("用户名", new() { Exact = true }).FillAsync("publisher");
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("用户名或密码不正确。");
        await Expect(page).ToHaveURLAsync(new Regex("/admin/login$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "工作人员登录", Level = 1 })).ToBeVisibleAsync();
        // The name typed stays, the password does not.
        await Expect(page.GetByLabel("用户名", new() { Exact = true })).ToHaveValueAsync("publisher");
        await Expect(page.GetByLabel("密码", new() { Exact = true })).ToHaveValueAsync("");
    }
}
