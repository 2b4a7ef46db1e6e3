using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sunshine.Web.Platform.Db;

namespace Sunshine.Web.Platform.Web;

/// <summary>A named counter (e.g. "YSQ-2026"); numbers are never reused, even when a submission is rolled back.</summary>
public sealed class Serial
{
    public string Key { get; set; } = "";

    public long Value { get; set; }
}

/// <summary>
/// 受理编号 and 查询码: every citizen submission gets a readable tracking number at once
/// (e.g. YSQ-2026-000123) and a random 8-digit query code that only its submitter knows.
/// Only a salted hash of the query code is stored.
/// </summary>
public sealed class TrackingNumbers(SunshineDb db)
{
    /// <summary>Next number for the prefix in the year of <paramref name="atUtc"/> (China time).</summary>
    public async Task<string> NextAsync(string prefix, DateTime atUtc, CancellationToken ct = default)
    {
        if (prefix.Length is < 2 or > 8 || !prefix.All(c => c is >= 'A' and <= 'Z'))
        {
            throw new ArgumentException("Prefix must be 2–8 upper-case letters.", nameof(prefix));
        }
        var year = Sunshine.Domain.Calendar.ChinaTime.ToChinaDate(atUtc).Year;
        var key = $"{prefix}-{year}";
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            if (!await db.Set<Serial>().AnyAsync(s => s.Key == key, ct))
            {
                await InsertIfMissingAsync(key, ct);
            }
            // The increment takes the row lock (PostgreSQL) or the write lock (SQLite) until commit,
            // so the value read back in the same transaction is ours alone.
            await db.Set<Serial>().Where(s => s.Key == key).ExecuteUpdateAsync(s => s.SetProperty(x => x.Value, x => x.Value + 1), ct);
            var value = await db.Set<Serial>().Where(s => s.Key == key).Select(s => s.Value).SingleAsync(ct);
            if (own is not null)
            {
                await own.CommitAsync(ct);
            }
            return string.Create(CultureInfo.InvariantCulture, $"{prefix}-{year}-{value:000000}");
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    private async Task InsertIfMissingAsync(string key, CancellationToken ct)
    {
        if (db.IsPostgres)
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"INSERT INTO serials (\"Key\", \"Value\") VALUES ({key}, 0) ON CONFLICT DO NOTHING", ct);
        }
        else
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"INSERT OR IGNORE INTO serials (\"Key\", \"Value\") VALUES ({key}, 0)", ct);
        }
    }
}

/// <summary>Query codes: random, shown once to the submitter, stored only as a salted hash, compared in constant time.</summary>
public static class QueryCodes
{
    public const int Length = 8;

    public static string New()
        => RandomNumberGenerator.GetInt32(0, 100_000_000).ToString("00000000", CultureInfo.InvariantCulture);

    /// <summary>
    /// PBKDF2 (SHA-256) of the code, salted with the tracking number. The code has only 10^8 values, so the
    /// iteration count is what makes guessing every code of a copied database offline too expensive.
    /// </summary>
    public static string Hash(string trackingNumber, string code)
        => Convert.ToHexStringLower(Rfc2898DeriveBytes.Pbkdf2(
            Encoding.UTF8.GetBytes(code.Trim()),
            Encoding.UTF8.GetBytes("sunshine-query-code:" + trackingNumber.Trim().ToUpperInvariant()),
            Iterations, HashAlgorithmName.SHA256, 32));

    /// <summary>About 10 ms per lookup on one core.</summary>
    public const int Iterations = 50_000;

    public static bool Matches(string storedHash, string trackingNumber, string code)
    {
        var candidate = Encoding.ASCII.GetBytes(Hash(trackingNumber, code));
        var stored = Encoding.ASCII.GetBytes(storedHash);
        return CryptographicOperations.FixedTimeEquals(candidate, stored);
    }
}
