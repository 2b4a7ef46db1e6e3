using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;
using Sunshine.Domain.Calendar;

namespace Sunshine.Web.Pages;

/// <summary>Top-level sections of the public portal (栏目), used for the highlighted navigation item.</summary>
public enum PortalSection
{
    None,
    Home,
    Disclosure,
    Services,
    Interaction,
    Supervision,
    Data,
}

/// <summary>Small presentation helpers shared by the layouts and the public pages.</summary>
public static class Portal
{
    /// <summary>ViewData key a page may set to override the section derived from the path.</summary>
    public const string SectionKey = "Section";

    /// <summary>The portal's top navigation: section, route and resource key, in display order.</summary>
    public static readonly IReadOnlyList<(PortalSection Section, string Href, string Key)> Navigation =
    [
        (PortalSection.Home, "/", "Nav.Home"),
        (PortalSection.Disclosure, "/disclosure", "Nav.Disclosure"),
        (PortalSection.Services, "/services", "Nav.Services"),
        (PortalSection.Interaction, "/interaction", "Nav.Interaction"),
        (PortalSection.Supervision, "/supervision", "Nav.Supervision"),
        (PortalSection.Data, "/data", "Nav.Data"),
    ];

    /// <summary>Which section a path belongs to: the tracking lookup and the tools are services.</summary>
    public static PortalSection SectionOf(PathString path)
    {
        var p = path.Value?.TrimEnd('/') ?? "";
        if (p.Length == 0)
        {
            return PortalSection.Home;
        }
        static bool Under(string p, string prefix)
            => p.Equals(prefix, StringComparison.OrdinalIgnoreCase) || p.StartsWith(prefix + "/", StringComparison.OrdinalIgnoreCase);
        if (Under(p, "/disclosure"))
        {
            return PortalSection.Disclosure;
        }
        if (Under(p, "/services") || Under(p, "/track") || Under(p, "/tools"))
        {
            return PortalSection.Services;
        }
        if (Under(p, "/interaction"))
        {
            return PortalSection.Interaction;
        }
        if (Under(p, "/supervision"))
        {
            return PortalSection.Supervision;
        }
        return Under(p, "/data") ? PortalSection.Data : PortalSection.None;
    }

    /// <summary>
    /// The address the visitor asked for (path + query), so preference and language switches come back to it.
    /// On a re-executed status page it is the original address, not /error/404.
    /// </summary>
    public static string CurrentUrl(HttpContext http)
    {
        if (http.Features.Get<IStatusCodeReExecuteFeature>() is { } original)
        {
            return (original.OriginalPathBase + original.OriginalPath) + (original.OriginalQueryString ?? "");
        }
        return http.Request.PathBase + http.Request.Path + http.Request.QueryString;
    }

    public static string PreferenceUrl(string key, bool on, string returnUrl)
        => $"/prefs/{key}?on={(on ? "1" : "0")}&returnUrl={Uri.EscapeDataString(returnUrl)}";

    public static string CultureUrl(string culture, string returnUrl)
        => $"/culture/{culture}?returnUrl={Uri.EscapeDataString(returnUrl)}";

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The value of the html lang attribute.</summary>
    public static string HtmlLang => IsEnglish ? "en" : "zh-CN";

    /// <summary>A "tel:" link target: digits, plus and hyphens only.</summary>
    public static string Tel(string number)
        => "tel:" + new string(number.Where(c => char.IsAsciiDigit(c) || c is '+' or '-').ToArray());

    /// <summary>A date in words in the UI language (pattern from the resources: 2026年1月30日 / 30 January 2026).</summary>
    public static string Date(DateOnly date, IStringLocalizer l)
        => date.ToString(l["Format.Date"], CultureInfo.CurrentCulture);

    /// <summary>A date without its year, for the second half of a range within one year (2月26日).</summary>
    public static string DateNoYear(DateOnly date, IStringLocalizer l)
        => date.ToString(l["Format.DateNoYear"], CultureInfo.CurrentCulture);

    /// <summary>Day of the week in the UI language (星期四 / Thursday).</summary>
    public static string Weekday(DateOnly date) => date.ToString("dddd", CultureInfo.CurrentCulture);

    /// <summary>A date with its day of the week (2026年3月19日（星期四）).</summary>
    public static string DateWithWeekday(DateOnly date, IStringLocalizer l)
        => l["Format.DateWithWeekday", Date(date, l), Weekday(date)];

    /// <summary>An ISO date for machine-readable attributes (datetime="…").</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An instant shown in China time (UTC+8), e.g. 2026-02-03 09:30.</summary>
    public static string ChinaDateTime(DateTime utc)
        => (ChinaTime.AsUtc(utc) + ChinaTime.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>An instant as an ISO 8601 string with the China offset, for datetime attributes.</summary>
    public static string ChinaIso(DateTime utc)
        => new DateTimeOffset(ChinaTime.AsUtc(utc)).ToOffset(ChinaTime.Offset).ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture);

    /// <summary>A span of days in words: one date, or "from – to" with the year once when both fall in the same year.</summary>
    public static string DateRange(DateOnly from, DateOnly to, IStringLocalizer l)
    {
        if (from == to)
        {
            return Date(from, l);
        }
        var end = from.Year == to.Year ? DateNoYear(to, l) : Date(to, l);
        return l["Format.Range", Date(from, l), end];
    }
}
