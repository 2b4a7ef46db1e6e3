namespace Sunshine.Domain.Privacy;

/// <summary>Folding of full-width forms, common in Chinese text, to ASCII.</summary>
internal static class Width
{
    /// <summary>
    /// Full-width ASCII variants (U+FF01–U+FF5E) become ASCII and the ideographic space a space.
    /// Every character maps to exactly one character, so indices into the result are indices into the input.
    /// </summary>
    public static string Fold(string value)
    {
        var first = -1;
        for (var i = 0; i < value.Length; i++)
        {
            if (IsWide(value[i]))
            {
                first = i;
                break;
            }
        }

        if (first < 0)
        {
            return value;
        }

        return string.Create(value.Length, (value, first), static (span, state) =>
        {
            var (source, start) = state;
            source.AsSpan(0, start).CopyTo(span);
            for (var i = start; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c switch
                {
                    >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                    '\u3000' => ' ',
                    _ => c,
                };
            }
        });
    }

    private static bool IsWide(char c) => c is (>= '\uFF01' and <= '\uFF5E') or '\u3000';
}
