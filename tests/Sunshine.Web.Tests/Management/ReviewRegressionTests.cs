using System.Net;
using Microsoft.EntityFrameworkCore;
using Sunshine.Web.Platform.Audit;
using Sunshine.Web.Tests.Infrastructure;

namespace Sunshine.Web.Tests.Management;

/// <summary>Regressions found in review: county-wide settings, scope by role, concurrent sign-ins, hostile inputs.</summary>
public abstract class ReviewRegressionTests(AppFixture fixture)
{
    private SunshineFactory App => fixture.App;

    [Fact]
    public async Task A_township_admin_may_not_open_county_wide_settings_audit_or_outbox()
    {
        var township = await App.LoginAsAsync("cg.admin");
        foreach (var page in new[] { "/admin/calendar", "/admin/jobs", "/admin/audit", "/admin/outbox" })
        {
            var response = await township.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.Found && response.Headers.Location!.ToString().Contains("/admin/denied", StringComparison.Ordinal),
                $"{page}: expected a redirect to /admin/denied, got {(int)response.StatusCode} {response.Headers.Location}");
        }
        var county = await App.LoginAsAsync("admin");
        foreach (var page in new[] { "/admin/calendar", "/admin/jobs", "/admin/audit", "/admin/outbox" })
        {
            await Http.ExpectOkAsync(await county.GetAsync(page), App);
        }
        var inspector = await App.LoginAsAsync("discipline");
        await Http.ExpectOkAsync(await inspector.GetAsync("/admin/audit"), App, "审计日志");
    }

    [Fact]
    public async Task A_bureau_handler_sees_the_own_bureau_while_oversight_roles_see_the_county()
    {
        var handler = await App.LoginAsAsync("health.handler");
        var dashboard = await Http.ExpectOkAsync(await handler.GetAsync("/admin"), App, "示范县卫生健康局");
        Assert.Contains("<dd>示范县卫生健康局</dd>", dashboard.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);

        var supervisor = await App.LoginAsAsync("supervision");
        var overview = await Http.ExpectOkAsync(await supervisor.GetAsync("/admin"), App);
        Assert.Contains("<dd>示范县</dd>", overview.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_wrong_passwords_never_fail_with_a_server_error_and_the_chain_stays_intact()
    {
        var attempts = await Task.WhenAll(Enumerable.Range(0, 12).Select(async _ =>
        {
            var client = App.CreateBrowser();
            var response = await App.SubmitLoginAsync(client, "reviewer", "not-the-password-1");
            return (response.StatusCode, Body: await Http.ReadAsync(response));
        }));
        Assert.All(attempts, a => Assert.True(a.StatusCode is HttpStatusCode.OK or HttpStatusCode.TooManyRequests, $"got {(int)a.StatusCode}; server log:\n{string.Join("\n", App.ServerLog.TakeLast(1).Select(l => l.Length > 4000 ? l[..4000] : l))}"));
        var verification = await App.WithDbAsync(db => AuditVerifier.VerifyAsync(db));
        Assert.True(verification.Ok, verification.Message);
        // Unlock for other tests of this class.
        await App.WithDbAsync(async db =>
        {
            await db.Users.IgnoreQueryFilters().Where(u => u.UserName == "reviewer")
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, (DateTimeOffset?)null).SetProperty(u => u.AccessFailedCount, 0));
        });
    }

    [Theory]
    [InlineData("/prefs/large?on=1&returnUrl=/%09/evil.example")]
    [InlineData("/culture/en?returnUrl=//evil.example")]
    [InlineData("/prefs/contrast?on=1&returnUrl=/%5Cevil.example")]
    public async Task Hostile_return_addresses_fall_back_to_the_home_page(string url)
    {
        var response = await App.CreateBrowser().GetAsync(url);
        await Http.ExpectRedirectAsync(response, "/", App);
    }

    [Theory]
    [InlineData("/api/v1/calendar/due?received=9999-12-31&workingDays=1")]
    [InlineData("/api/v1/calendar/due?received=2026-01-01&workingDays=5&pause=0001-01-01..9999-12-31")]
    public async Task Dates_outside_the_supported_range_are_a_clear_400_not_a_crash(string url)
    {
        await Http.ExpectAsync(await App.CreateBrowser().GetAsync(url), HttpStatusCode.BadRequest, App, "2000年至2100年");
    }

    [Fact]
    public async Task Deadline_page_with_an_absurd_date_shows_the_message_not_an_error_page()
    {
        await Http.ExpectOkAsync(await App.CreateBrowser().GetAsync("/tools/deadline?received=9999-12-31&workingDays=1"), App, "2000年至2100年");
    }

    [Fact]
    public async Task An_API_error_without_a_body_is_answered_with_problem_details_not_the_HTML_page()
    {
        var response = await App.CreateBrowser().PostAsync("/api/v1/requests", new StringContent("x", System.Text.Encoding.UTF8, "text/plain"));
        var body = await Http.ReadAsync(response);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<html", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_huge_page_number_in_the_audit_log_is_clamped()
    {
        var admin = await App.LoginAsAsync("admin");
        await Http.ExpectOkAsync(await admin.GetAsync("/admin/audit?p=50000000"), App, "审计日志");
    }
}

public sealed class ReviewRegressionTests_Sqlite(SqliteApp fixture) : ReviewRegressionTests(fixture), IClassFixture<SqliteApp>;

public sealed class ReviewRegressionTests_Postgres(PostgresApp fixture) : ReviewRegressionTests(fixture), IClassFixture<PostgresApp>;
