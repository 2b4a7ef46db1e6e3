using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Xunit.Sdk;

namespace Sunshine.Web.Tests.Infrastructure;

/// <summary>Assertions on a response that print the request, status, Location, body and the server's warnings when they fail.</summary>
public static class Http
{
    /// <summary>
    /// Expects the status and that the body contains each text; returns the body. HTML bodies are returned with
    /// character references decoded (Razor writes CJK text as &amp;#x...; by default), so tests compare readable text.
    /// </summary>
    public static async Task<string> ExpectAsync(HttpResponseMessage response, HttpStatusCode status, SunshineFactory? app = null, params string[] contains)
    {
        var body = await ReadAsync(response);
        if (response.StatusCode != status)
        {
            throw Fail(response, body, app, $"expected {(int)status} {status}");
        }
        foreach (var text in contains)
        {
            if (!body.Contains(text, StringComparison.Ordinal))
            {
                throw Fail(response, body, app, $"expected the body to contain “{text}”");
            }
        }
        return body;
    }

    public static async Task<string> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return response.Content.Headers.ContentType?.MediaType == "text/html" ? WebUtility.HtmlDecode(body) : body;
    }

    public static Task<string> ExpectOkAsync(HttpResponseMessage response, SunshineFactory? app = null, params string[] contains)
        => ExpectAsync(response, HttpStatusCode.OK, app, contains);

    /// <summary>Expects a 302/303 whose Location has the given path (query ignored); returns the Location.</summary>
    public static async Task<Uri> ExpectRedirectAsync(HttpResponseMessage response, string path, SunshineFactory? app = null)
    {
        var body = await ReadAsync(response);
        if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.SeeOther) || response.Headers.Location is null)
        {
            throw Fail(response, body, app, $"expected a redirect to {path}");
        }
        var location = Absolute(response.Headers.Location);
        if (!string.Equals(location.AbsolutePath.TrimEnd('/'), path.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
        {
            throw Fail(response, body, app, $"expected a redirect to {path}");
        }
        return location;
    }

    public static Uri Absolute(Uri location) => location.IsAbsoluteUri ? location : new Uri(new Uri("http://localhost"), location);

    public static XunitException Fail(HttpResponseMessage response, string body, SunshineFactory? app, string expectation)
    {
        var sb = new StringBuilder();
        sb.Append(response.RequestMessage?.Method).Append(' ').Append(response.RequestMessage?.RequestUri)
          .Append(": ").Append(expectation).Append(", got ").Append((int)response.StatusCode).Append(' ').Append(response.StatusCode).AppendLine();
        if (response.Headers.Location is { } loc)
        {
            sb.Append("Location: ").Append(loc).AppendLine();
        }
        sb.Append("Content-Type: ").Append(response.Content.Headers.ContentType).AppendLine();
        sb.AppendLine("--- body ---").AppendLine(Truncate(body));
        if (app is not null && app.ServerLog.Count > 0)
        {
            sb.AppendLine("--- server warnings/errors (latest) ---");
            foreach (var line in app.ServerLog.TakeLast(8))
            {
                sb.AppendLine(Truncate(line, 3000));
            }
        }
        return new XunitException(sb.ToString());
    }

    /// <summary>Body text for a failure message: HTML tags and blank lines squeezed out, capped.</summary>
    public static string Truncate(string body, int max = 6000)
    {
        var text = body.Length > 200 && body.Contains("<html", StringComparison.OrdinalIgnoreCase)
            ? Regex.Replace(Regex.Replace(body, "<(script|style)[^>]*>.*?</\\1>", " ", RegexOptions.Singleline | RegexOptions.IgnoreCase), "<[^>]+>", " ")
            : body;
        text = Regex.Replace(WebUtility.HtmlDecode(text), "\\s*\\n\\s*", "\n");
        return text.Length <= max ? text : text[..max] + $"\n…({text.Length - max} more characters)";
    }
}

public static partial class Html
{
    [GeneratedRegex("<input\\b[^>]*\\bname=\"__RequestVerificationToken\"[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex TokenInput();

    [GeneratedRegex("\\bvalue=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ValueAttribute();

    /// <summary>The value of the first __RequestVerificationToken hidden field, or null.</summary>
    public static string? AntiforgeryToken(string html)
    {
        var input = TokenInput().Match(html);
        if (!input.Success)
        {
            return null;
        }
        var value = ValueAttribute().Match(input.Value);
        return value.Success ? WebUtility.HtmlDecode(value.Groups[1].Value) : null;
    }
}
