using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sunshine.Web.Platform.Api;
using Sunshine.Web.Platform.Calendar;

namespace Sunshine.Web.Pages;

/// <summary>数据开放: the public APIs, with example responses produced by the same handlers the API runs.</summary>
public sealed class DataModel(CalendarService calendars) : PageModel
{
    public const string ExampleReceived = "2026-01-30";
    public const int ExampleWorkingDays = 20;
    public const string ExamplePause = "2026-02-05..2026-02-26";
    public const int ExampleYear = 2026;

    public static string DueUrl => $"/api/v1/calendar/due?received={ExampleReceived}&workingDays={ExampleWorkingDays}&pause={ExamplePause}";

    public static string YearUrl => $"/api/v1/calendar/{ExampleYear}";

    public static string BadDueUrl => "/api/v1/calendar/due?received=2026-13-01&workingDays=20";

    // Readable Chinese in the examples; the API's own output may escape non-ASCII characters, which is the same JSON.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public int DueStatus { get; private set; }
    public string DueJson { get; private set; } = "";
    public int YearStatus { get; private set; }
    public string YearJson { get; private set; } = "";
    public int BadStatus { get; private set; }
    public string BadJson { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        (DueStatus, DueJson) = Render(await CalendarApi.GetDueAsync(ExampleReceived, ExampleWorkingDays, [ExamplePause], calendars, ct));
        (YearStatus, YearJson) = Render(await CalendarApi.GetYearAsync(ExampleYear, calendars, ct));
        (BadStatus, BadJson) = Render(await CalendarApi.GetDueAsync("2026-13-01", 20, null, calendars, ct));
    }

    /// <summary>The status code and body the endpoint would send for this typed result.</summary>
    private static (int Status, string Body) Render(IResult result) => result switch
    {
        INestedHttpResult nested => Render(nested.Result),
        ProblemHttpResult p => (p.StatusCode, JsonSerializer.Serialize(p.ProblemDetails, Json)),
        IStatusCodeHttpResult s and IValueHttpResult v => (s.StatusCode ?? 200, JsonSerializer.Serialize(v.Value, v.Value?.GetType() ?? typeof(object), Json)),
        IStatusCodeHttpResult s => (s.StatusCode ?? 200, ""),
        _ => (200, ""),
    };
}
