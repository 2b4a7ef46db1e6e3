using System.Net;
using Microsoft.AspNetCore.Hosting;
using Sunshine.Web.Tests.Infrastructure;

namespace Sunshine.Web.Tests.Admin;

/// <summary>Sign-in posts are limited per client address on top of the per-account lockout.</summary>
public sealed class SignInRateLimitTests : IAsyncLifetime
{
    private LimitedFactory? _app;

    private sealed class LimitedFactory(TestDatabase db) : SunshineFactory(db)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimits:SignInsPerMinute", "3");
        }
    }

    public async Task InitializeAsync()
    {
        _app = new LimitedFactory(await TestDatabase.CreateAsync(DbProvider.Sqlite));
        _ = _app.Server;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
            await _app.Database.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_fourth_sign_in_attempt_in_a_minute_is_refused_with_429_while_the_form_still_opens()
    {
        var app = _app!;
        var client = app.CreateBrowser();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await app.SubmitLoginAsync(client, "cg.clerk", "wrong-password-" + i)).StatusCode);
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        await Http.ExpectOkAsync(await client.GetAsync("/admin/login"), app, "工作人员登录");
    }
}
