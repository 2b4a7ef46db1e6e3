using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Sunshine.Web.Platform.Db;
using Sunshine.Web.Platform.Org;

namespace Sunshine.Web.Platform.Audit;

/// <summary>Turns tracked changes of <see cref="IAudited"/> entities into hash-chained audit entries.</summary>
public static class AuditWriter
{
    /// <summary>Values never copied into the log.</summary>
    private static readonly HashSet<string> Secret = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp",
    };

    internal static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public sealed record Change(EntityEntry Entry, EntityState State, string? Before);

    public static List<Change> Capture(ChangeTracker tracker)
    {
        var list = new List<Change>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.Entity is not IAudited)
            {
                continue;
            }
            switch (entry.State)
            {
                case EntityState.Added:
                    list.Add(new Change(entry, EntityState.Added, null));
                    break;
                case EntityState.Modified:
                    list.Add(new Change(entry, EntityState.Modified, Serialize(entry, original: true)));
                    break;
                case EntityState.Deleted:
                    list.Add(new Change(entry, EntityState.Deleted, Serialize(entry, original: true)));
                    break;
                case EntityState.Detached:
                case EntityState.Unchanged:
                    break;
            }
        }
        return list;
    }

    public static async Task AppendAsync(SunshineDb db, IReadOnlyList<Change> changes, IReadOnlyList<AuditEvent> events, CancellationToken ct)
    {
        if (db.IsPostgres)
        {
            // Serialise chain writers across instances for the rest of this transaction.
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(727001)", ct);
        }

        // Always read the head afresh: a copy tracked by an earlier save of this context may be stale,
        // because other requests have appended since.
        foreach (var tracked in db.ChangeTracker.Entries<AuditHead>().ToList())
        {
            tracked.State = EntityState.Detached;
        }
        var head = await db.AuditHeads.SingleOrDefaultAsync(h => h.Id == 1, ct);
        if (head is null)
        {
            head = new AuditHead { Id = 1, LastSeq = 0, LastHash = "" };
            db.AuditHeads.Add(head);
        }

        var ctx = db.RequestContext;
        var at = Truncate(db.Time.GetUtcNow().UtcDateTime);
        foreach (var change in changes)
        {
            var entry = change.Entry;
            var action = change.State switch
            {
                EntityState.Added => "insert",
                EntityState.Modified => "update",
                EntityState.Deleted => "delete",
                _ => "change",
            };
            var after = change.State == EntityState.Deleted ? null : Serialize(entry, original: false);
            Append(db, head, at, ctx, action, entry.Metadata.ClrType.Name, KeyOf(entry), change.Before, after);
        }
        foreach (var e in events)
        {
            Append(db, head, at, ctx, e.Action, e.EntityType, e.EntityId, null, e.Detail);
        }
    }

    private static void Append(SunshineDb db, AuditHead head, DateTime at, Identity.IRequestContext ctx,
        string action, string type, string id, string? before, string? after)
    {
        var entry = new AuditEntry
        {
            Seq = head.LastSeq + 1,
            AtUtc = at,
            ActorId = ctx.UserId,
            ActorName = Limit(ctx.ActorName, 120),
            Action = action,
            EntityType = type,
            EntityId = Limit(id, 80),
            Before = before,
            After = after,
            RequestId = ctx.RequestId is { } r ? Limit(r, 64) : null,
            PrevHash = head.LastHash,
        };
        entry.Hash = ComputeHash(entry);
        db.AuditEntries.Add(entry);
        head.LastSeq = entry.Seq;
        head.LastHash = entry.Hash;
    }

    public static string ComputeHash(AuditEntry e)
    {
        var text = string.Join('\u001f',
            e.Seq.ToString(CultureInfo.InvariantCulture),
            e.AtUtc.ToString("yyyy-MM-ddTHH:mm:ss.fff", CultureInfo.InvariantCulture),
            e.ActorId ?? "",
            e.ActorName,
            e.Action,
            e.EntityType,
            e.EntityId,
            e.Before ?? "\u0000",
            e.After ?? "\u0000",
            e.RequestId ?? "",
            e.PrevHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static DateTime Truncate(DateTime utc)
        => new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);

    private static string Limit(string s, int max) => s.Length <= max ? s : s[..max];

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return "";
        }
        return string.Join(",", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
    }

    private static string Serialize(EntityEntry entry, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in entry.Properties)
        {
            var name = p.Metadata.Name;
            object? value = original ? p.OriginalValue : p.CurrentValue;
            if (Secret.Contains(name))
            {
                values[name] = value is null ? null : "***";
            }
            else if (p.Metadata.PropertyInfo?.IsDefined(typeof(SealedAttribute), inherit: true) == true)
            {
                // Sealed personal data (e.g. a whistleblower's identity) never enters the log, only the fact it changed.
                values[name] = value is null ? null : "（已密封）";
            }
            else
            {
                values[name] = Normalise(value);
            }
        }
        return JsonSerializer.Serialize(values, Json);
    }

    private static object? Normalise(object? value) => value switch
    {
        DateTime dt => dt.ToString("yyyy-MM-ddTHH:mm:ss.fff", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        _ => value,
    };
}

/// <summary>
/// Marks a property whose value is sealed personal data (a whistleblower's identity and contact):
/// the audit log records that it changed but never its value.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SealedAttribute : Attribute;
