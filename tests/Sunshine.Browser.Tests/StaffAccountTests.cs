using Microsoft.Playwright;
using Sunshine.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Sunshine.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class StaffAccountTests(BrowserFixture browser)
{
    [Fact]
    public async Task Administrator_creates_an_account_and_the_new_clerk_must_choose_a_password_before_working()
    {
        await using (var admin = await browser.OpenAsync("admin-creates-account"))
        {
            var page = admin.Page;
            await admin.SignInAsync("admin");
            await page.GotoAsync(new Uri(browser.BaseAddress, "/admin/users").ToString());
            await page.GetByRole(AriaRole.Link, new() { Name = "新建用户" }).ClickAsync();
            await page.GetByLabel("用户名").FillAsync("browser.clerk");
            await page.GetByLabel("姓名").FillAsync("田园");
            await page.GetByLabel("所属单位").SelectOptionAsync(new SelectOptionValue { Label = "\u3000\u3000南关村" });
            await page.GetByRole(AriaRole.Checkbox, new() { Name = "承办人" }).CheckAsync();
            await page.GetByLabel("初始密码").FillAsync("initial2026pw");
            await admin.ShotAsync("admin-user-new");
            await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("账号已创建");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "编辑用户", Level = 1 })).ToBeVisibleAsync();
        }

        await using var clerk = await browser.OpenAsync("clerk-first-sign-in");
        var p = clerk.Page;
        await p.GotoAsync(new Uri(browser.BaseAddress, "/admin/login").ToString());
        await p.GetByLabel("用户名").FillAsync("browser.clerk");
        await p.GetByLabel("密码").FillAsync("initial2026pw");
        await p.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        await Expect(p.GetByRole(AriaRole.Heading, new() { Name = "修改密码", Level = 1 })).ToBeVisibleAsync();
        await Expect(p.GetByRole(AriaRole.Status)).ToContainTextAsync("请先修改");
        await clerk.ShotAsync("admin-password-first");
        await p.GetByLabel("原密码").FillAsync("initial2026pw");
        await p.GetByLabel("新密码", new() { Exact = true }).FillAsync("tianyuan2026ok");
        await p.GetByLabel("确认新密码").FillAsync("tianyuan2026ok");
        await p.GetByRole(AriaRole.Button, new() { Name = "修改密码" }).ClickAsync();
        await Expect(p.GetByRole(AriaRole.Status)).ToContainTextAsync("密码已修改");

        await p.GotoAsync(new Uri(browser.BaseAddress, "/admin").ToString());
        await Expect(p.GetByRole(AriaRole.Heading, new() { Name = "工作台", Level = 1 })).ToBeVisibleAsync();
        // The clerk of a village sees the township's data: 数据范围 is 城关镇.
        var main = p.GetByRole(AriaRole.Main);
        await Expect(main.GetByText("南关村", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(main.GetByText("城关镇", new() { Exact = true })).ToBeVisibleAsync();
    }
}
