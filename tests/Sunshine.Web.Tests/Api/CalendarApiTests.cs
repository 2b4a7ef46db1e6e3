using System.Net;
using System.Text.Json;
using Sunshine.Web.Tests.Infrastructure;

namespace Sunshine.Web.Tests.Api;

/// <summary>The public deadline calculator API: GET /api/v1/calendar/due.</summary>
public abstract class CalendarApiTests(AppFixture fixture)
{
    private SunshineFactory App => fixture.App;

    [Fact]
    public async Task Reply_deadline_pauses_over_the_Spring_Festival_and_counts_the_make_up_Saturday()
    {
        var response = await App.CreateClient().GetAsync("/api/v1/calendar/due?received=2026-01-30&workingDays=20&pause=2026-02-05..2026-02-26");

        var body = await Http.ExpectOkAsync(response, App);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        Assert.Equal("2026-03-19", root.GetProperty("due").GetString());
        Assert.Equal("2026-01-30", root.GetProperty("received").GetString());
        Assert.Equal(20, root.GetProperty("workingDays").GetInt32());
        var holidays = root.GetProperty("holidaysCrossed").EnumerateArray().Select(d => d.GetProperty("date").GetString()).ToList();
        var makeUps = root.GetProperty("makeUpDaysCrossed").EnumerateArray().Select(d => d.GetProperty("date").GetString()).ToList();
        Assert.Contains("2026-02-17", holidays);
        Assert.Equal(["2026-02-14", "2026-02-28"], makeUps);
        Assert.Contains("2026-02-06", root.GetProperty("pausedWorkingDays").EnumerateArray().Select(d => d.GetString()));
    }

    [Theory]
    [InlineData("workingDays=20", "收到申请的日期")]
    [InlineData("received=2026-13-01&workingDays=20", "收到申请的日期")]
    [InlineData("received=2026-01-30", "工作日数")]
    [InlineData("received=2026-01-30&workingDays=0", "工作日数")]
    [InlineData("received=2026-01-30&workingDays=20&pause=2026-02-05", "暂停区间")]
    public async Task Malformed_input_is_a_400_problem_with_a_Chinese_title(string query, string titleMentions)
    {
        var response = await App.CreateClient().GetAsync("/api/v1/calendar/due?" + query);

        var body = await Http.ExpectAsync(response, HttpStatusCode.BadRequest, App);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
        Assert.Contains(titleMentions, json.RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_in_a_year_whose_holidays_are_not_loaded_is_a_422_problem()
    {
        var response = await App.CreateClient().GetAsync("/api/v1/calendar/due?received=2027-06-01&workingDays=20");

        var body = await Http.ExpectAsync(response, HttpStatusCode.UnprocessableEntity, App);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        Assert.Contains("2027", json.RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);
    }
}

public sealed class CalendarApiTests_Sqlite(SqliteApp fixture) : CalendarApiTests(fixture), IClassFixture<SqliteApp>;

public sealed class CalendarApiTests_Postgres(PostgresApp fixture) : CalendarApiTests(fixture), IClassFixture<PostgresApp>;
