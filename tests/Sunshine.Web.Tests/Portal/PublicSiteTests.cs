using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sunshine.Web.Tests.Infrastructure;

namespace Sunshine.Web.Tests.Portal;

/// <summary>What anyone can reach without signing in, plus the operational endpoints.</summary>
public abstract class PublicSiteTests(AppFixture fixture)
{
    private SunshineFactory App => fixture.App;

    [Fact]
    public async Task The_app_runs_on_the_database_provider_under_test()
    {
        var (isPostgres, connection) = await App.WithDbAsync(db => Task.FromResult((db.IsPostgres, db.Database.GetConnectionString() ?? "")));

        Assert.Equal(App.Provider == DbProvider.Postgres, isPostgres);
        if (App.Database is SqliteTestDatabase sqlite)
        {
            Assert.Contains(sqlite.FilePath, connection, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(((PostgresTestDatabase)App.Database).Name, connection, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Home_page_shows_the_site_name()
    {
        await Http.ExpectOkAsync(await App.CreateClient().GetAsync("/"), App, "示范县阳光政务平台");
    }

    [Theory]
    [InlineData("/track")]
    [InlineData("/tools/deadline")]
    public async Task Public_page_opens_without_signing_in(string url)
    {
        var response = await App.CreateBrowser().GetAsync(url);

        await Http.ExpectOkAsync(response, App, "示范县阳光政务平台");
    }

    [Fact]
    public async Task Health_endpoint_reports_Healthy()
    {
        var body = await Http.ExpectOkAsync(await App.CreateClient().GetAsync("/health"), App);

        Assert.Equal("Healthy", body);
    }

    [Fact]
    public async Task Metrics_endpoint_serves_Prometheus_text_with_request_durations()
    {
        var client = App.CreateClient();
        await Http.ExpectOkAsync(await client.GetAsync("/health"), App);

        // The request's duration is recorded when it ends and scrapes are cached briefly: poll for a few seconds.
        var deadline = DateTime.UtcNow.AddSeconds(5);
        string body;
        HttpResponseMessage response;
        do
        {
            response = await client.GetAsync("/metrics");
            body = await Http.ExpectOkAsync(response, App);
            if (body.Contains("http_server_request_duration_seconds", StringComparison.Ordinal))
            {
                break;
            }
            await Task.Delay(350);
        }
        while (DateTime.UtcNow < deadline);

        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType ?? "", StringComparison.Ordinal);
        Assert.Contains("# TYPE http_server_request_duration_seconds histogram", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAPI_document_describes_the_calendar_API()
    {
        var body = await Http.ExpectOkAsync(await App.CreateClient().GetAsync("/openapi/v1.json"), App);

        using var json = JsonDocument.Parse(body);
        Assert.StartsWith("3.", json.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.True(json.RootElement.GetProperty("paths").TryGetProperty("/api/v1/calendar/due", out _), Http.Truncate(body, 2000));
    }
}

public sealed class PublicSiteTests_Sqlite(SqliteApp fixture) : PublicSiteTests(fixture), IClassFixture<SqliteApp>;

public sealed class PublicSiteTests_Postgres(PostgresApp fixture) : PublicSiteTests(fixture), IClassFixture<PostgresApp>;
