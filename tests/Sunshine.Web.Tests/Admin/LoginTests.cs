using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Sunshine.Web.Platform.Identity;
using Sunshine.Web.Tests.Infrastructure;

namespace Sunshine.Web.Tests.Admin;

/// <summary>Signing in and out of the back office through the real login form.</summary>
public abstract class LoginTests(AppFixture fixture)
{
    private SunshineFactory App => fixture.App;

    [Fact]
    public async Task Staff_member_signs_in_with_the_login_form_sees_the_back_office_and_signs_out()
    {
        var client = await App.LoginAsAsync("publisher");

        var home = await client.GetAsync("/admin");
        var html = await Http.ExpectOkAsync(home, App, "林晓雯", "/admin/logout");

        var logout = await client.PostAsync("/admin/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(html) ?? throw new InvalidOperationException("No antiforgery token on /admin."),
        }));
        await Http.ExpectRedirectAsync(logout, "/admin/login", App);

        var after = await client.GetAsync("/admin");
        await Http.ExpectRedirectAsync(after, "/admin/login", App);
    }

    [Fact]
    public async Task Wrong_password_or_unknown_user_shows_the_same_Chinese_message_and_does_not_sign_in()
    {
        var client = App.CreateBrowser();

        var wrong = await App.SubmitLoginAsync(client, "dispatcher", "Wrong-password-1");
        await Http.ExpectOkAsync(wrong, App, "用户名或密码不正确");

        var unknown = await App.SubmitLoginAsync(client, "no.such.user", "Wrong-password-1");
        await Http.ExpectOkAsync(unknown, App, "用户名或密码不正确");

        await Http.ExpectRedirectAsync(await client.GetAsync("/admin"), "/admin/login", App);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_15_minutes_so_even_the_right_password_is_refused()
    {
        var client = App.CreateBrowser();
        for (var i = 1; i <= 4; i++)
        {
            var failed = await App.SubmitLoginAsync(client, "conduct", $"Wrong-password-{i}");
            await Http.ExpectOkAsync(failed, App, "用户名或密码不正确");
        }
        var fifth = await App.SubmitLoginAsync(client, "conduct", "Wrong-password-5");
        await Http.ExpectOkAsync(fifth, App);

        var right = await App.SubmitLoginAsync(client, "conduct", SunshineFactory.DemoPassword);
        await Http.ExpectOkAsync(right, App, "账号已被锁定");
        await Http.ExpectRedirectAsync(await client.GetAsync("/admin"), "/admin/login", App);

        var lockoutEnd = await App.WithServicesAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<StaffUser>>();
            var user = await users.FindByNameAsync("conduct") ?? throw new InvalidOperationException("conduct missing");
            return user.LockoutEnd;
        });
        Assert.NotNull(lockoutEnd);
        Assert.InRange(lockoutEnd.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15.5));
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/users")]
    [InlineData("/admin/audit")]
    [InlineData("/admin/outbox")]
    public async Task Anonymous_visitor_of_a_back_office_page_is_sent_to_the_login_page(string url)
    {
        var response = await App.CreateBrowser().GetAsync(url);

        var location = await Http.ExpectRedirectAsync(response, "/admin/login", App);
        Assert.Contains("ReturnUrl=" + Uri.EscapeDataString(url), location.Query, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Staff_without_the_admin_role_is_denied_user_management_while_the_admin_gets_it()
    {
        var clerk = await App.LoginAsAsync("cg.clerk");

        var denied = await clerk.GetAsync("/admin/users");
        if (denied.StatusCode == HttpStatusCode.Forbidden)
        {
            await Http.ExpectAsync(denied, HttpStatusCode.Forbidden, App, "无权访问");
        }
        else
        {
            await Http.ExpectRedirectAsync(denied, "/admin/denied", App);
            await Http.ExpectAsync(await clerk.GetAsync("/admin/denied"), HttpStatusCode.Forbidden, App, "无权访问");
        }

        var admin = await App.LoginAsAsync("admin");
        await Http.ExpectOkAsync(await admin.GetAsync("/admin/users"), App, "cg.clerk", "陈小燕");
    }
}

public sealed class LoginTests_Sqlite(SqliteApp fixture) : LoginTests(fixture), IClassFixture<SqliteApp>;

public sealed class LoginTests_Postgres(PostgresApp fixture) : LoginTests(fixture), IClassFixture<PostgresApp>;
