namespace Sunshine.Domain.Privacy;

/// <summary>The Luhn (mod 10) check used by bank card numbers (ISO/IEC 7812).</summary>
public static class Luhn
{
    /// <summary>
    /// True when the value has at least two digits and passes the Luhn check. Spaces and hyphens
    /// between digit groups are ignored; any other character makes it invalid.
    /// </summary>
    public static bool IsValid(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var sum = 0;
        var digits = 0;
        for (var i = value.Length - 1; i >= 0; i--)
        {
            var c = value[i];
            if (c is ' ' or '-')
            {
                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            var d = c - '0';
            if (digits % 2 == 1)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            digits++;
        }

        return digits >= 2 && sum % 10 == 0;
    }
}
