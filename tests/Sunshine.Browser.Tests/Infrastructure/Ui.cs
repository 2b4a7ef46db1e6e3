using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Sunshine.Browser.Tests.Infrastructure;

/// <summary>Measurements of a rendered page that role-based locators cannot express.</summary>
public static partial class Ui
{
    /// <summary>Computed font size in CSS pixels of the first element matching the selector.</summary>
    public static async Task<double> FontSizeAsync(IPage page, string selector)
    {
        var value = await page.EvalOnSelectorAsync<string>(selector, "e => getComputedStyle(e).fontSize");
        return double.Parse(value.Replace("px", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
    }

    /// <summary>Computed text colour of the element and the background actually behind it (the nearest ancestor that paints one).</summary>
    public static async Task<(string Color, string Background)> TextColoursAsync(IPage page, string selector)
    {
        var pair = await page.EvalOnSelectorAsync<string[]>(selector, """
            e => {
              const color = getComputedStyle(e).color;
              for (let n = e; n; n = n.parentElement) {
                const b = getComputedStyle(n).backgroundColor;
                if (b !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(b)) return [color, b];
              }
              return [color, 'rgb(255, 255, 255)'];
            }
            """);
        return (pair[0], pair[1]);
    }

    /// <summary>WCAG 2 contrast ratio of two computed colours ("rgb(r, g, b)" or "rgba(…)").</summary>
    public static double ContrastRatio(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string rgb)
    {
        var parts = Rgb().Matches(rgb).Take(3).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture) / 255).ToArray();
        if (parts.Length != 3)
        {
            throw new FormatException($"Not an rgb() colour: {rgb}");
        }
        static double Linear(double c) => c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        return (0.2126 * Linear(parts[0])) + (0.7152 * Linear(parts[1])) + (0.0722 * Linear(parts[2]));
    }

    /// <summary>How far the document is wider than the viewport (0 when nothing scrolls sideways), with the widest culprits.</summary>
    public static async Task<(int Overflow, string Culprits)> HorizontalOverflowAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        var culprits = overflow <= 1 ? "" : await page.EvaluateAsync<string>("""
            () => {
              const w = document.documentElement.clientWidth;
              return [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > w + 1)
                .slice(0, 8)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '') + ' right=' + Math.round(e.getBoundingClientRect().right))
                .join('; ');
            }
            """);
        return (overflow, culprits);
    }

    /// <summary>Resource keys that leaked into the visible text (e.g. "Layout.LargeFont"): a missing translation.</summary>
    public static async Task<IReadOnlyList<string>> UntranslatedKeysAsync(IPage page)
    {
        var text = await page.InnerTextAsync("body");
        return [.. ResourceKey().Matches(text).Select(m => m.Value).Distinct()];
    }

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex Rgb();

    [GeneratedRegex(@"\b[A-Z][A-Za-z]+(\.[A-Z][A-Za-z0-9]*)+\b")]
    private static partial Regex ResourceKey();
}
