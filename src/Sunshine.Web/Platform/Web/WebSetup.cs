using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.WebEncoders;
using Sunshine.Domain;

namespace Sunshine.Web.Platform.Web;

public static class WebSetup
{
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    public const string A11yCookie = "sunshine.a11y";

    /// <summary>Rate-limit policy for tracking-number lookups (public, brute-forceable).</summary>
    public const string TrackingPolicy = "tracking";

    /// <summary>Rate-limit policy for sign-in posts.</summary>
    public const string LoginPolicy = "login";

    public static IServiceCollection AddSunshineWeb(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("zh-CN");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            // zh-CN unless the visitor explicitly chose English (query or cookie): a browser's language is not a choice.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        // Emit Chinese text as-is rather than as &#x..; entities (pages a third the size, readable source).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // Tracking lookups are guessable only by brute force: limit them per client address.
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(TrackingPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Limit(http, "RateLimits:LookupsPerMinute", 30), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            // Sign-in attempts (POST only) per client address, on top of the per-account lockout.
            o.AddPolicy(LoginPolicy, http => HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = Limit(http, "RateLimits:SignInsPerMinute", 20), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("get"));
        });
        services.AddProblemDetails();
        services.AddExceptionHandler<DomainExceptionHandler>();
        return services;
    }

    /// <summary>Preferences: 适老化 large font / high contrast and the language; cookies only, no account needed.</summary>
    public static void MapPreferences(this WebApplication app)
    {
        app.MapGet("/prefs/{key}", (string key, string? on, string? returnUrl, HttpContext http) =>
        {
            var current = (http.Request.Cookies[A11yCookie] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
            if (key is not ("large" or "contrast"))
            {
                return Results.NotFound();
            }
            if (on == "1")
            {
                current.Add(key);
            }
            else
            {
                current.Remove(key);
            }
            http.Response.Cookies.Append(A11yCookie, string.Join(',', current.Order()), new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                IsEssential = true,
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
            });
            return Results.LocalRedirect(SafeReturn(returnUrl));
        }).ExcludeFromDescription();

        app.MapGet("/culture/{name}", (string name, string? returnUrl, HttpContext http) =>
        {
            if (!Cultures.Any(c => c.Name == name))
            {
                return Results.NotFound();
            }
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(name)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(SafeReturn(returnUrl));
        }).ExcludeFromDescription();
    }

    /// <summary>
    /// Baseline browser protections on every response: no framing, no MIME sniffing, no referrer leaking a
    /// tracking number, and a content policy that allows only this site's own scripts and styles.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
        => app.Use((http, next) =>
        {
            var h = http.Response.Headers;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "same-origin";
            h.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
            return next(http);
        });

    /// <summary>A local path to return to, or "/": the same rule as IsLocalUrl (no scheme, no "//", no "/\\", no control characters).</summary>
    private static int Limit(HttpContext http, string key, int fallback)
        => Math.Max(1, http.RequestServices.GetRequiredService<IConfiguration>().GetValue(key, fallback));

    public static string SafeReturn(string? url)
        => !string.IsNullOrEmpty(url) && url.Length <= 2000 && url[0] == '/'
            && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
            && !url.Any(char.IsControl)
            ? url : "/";

    public static bool HasPreference(HttpContext http, string key)
        => (http.Request.Cookies[A11yCookie] ?? "").Split(',').Contains(key);
}

/// <summary>Maps a broken domain rule to RFC 7807 problem details with the Chinese message (409), never a 500.</summary>
public sealed class DomainExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (exception is not DomainException e)
        {
            return false;
        }
        http.Response.StatusCode = e is Sunshine.Domain.Calendar.CalendarYearNotLoadedException ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = e,
            ProblemDetails = new ProblemDetails
            {
                Status = http.Response.StatusCode,
                Title = e.Message,
                Type = "https://sunshine.example/problems/" + e.Code,
                Extensions = { ["code"] = e.Code },
            },
        });
    }
}

/// <summary>
/// /metrics tells how the service is doing (request rates, job failures): by default only a scraper on the same
/// machine (loopback) may read it; set Metrics:AllowRemote=true when a firewall or proxy guards it instead.
/// </summary>
public static class MetricsAccess
{
    public static Func<HttpContext, RequestDelegate, Task> Allow(bool allowRemote) => (http, next) =>
    {
        var remote = http.Connection.RemoteIpAddress;
        if (allowRemote || remote is null || System.Net.IPAddress.IsLoopback(remote))
        {
            return next(http);
        }
        http.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    };
}
