using Microsoft.EntityFrameworkCore;
using Sunshine.Web.Platform.Db;

namespace Sunshine.Web.Platform.Audit;

public sealed record AuditVerification(bool Ok, long Checked, long? BrokenAtSeq, string Message);

/// <summary>Walks the chain from the first entry and checks order, links, hashes and the head.</summary>
public static class AuditVerifier
{
    public static async Task<AuditVerification> VerifyAsync(SunshineDb db, CancellationToken ct = default)
    {
        var expectedSeq = 1L;
        var prev = "";
        const int page = 2000;
        while (true)
        {
            var batch = await db.AuditEntries.AsNoTracking()
                .Where(a => a.Seq >= expectedSeq)
                .OrderBy(a => a.Seq)
                .Take(page)
                .ToListAsync(ct);
            foreach (var e in batch)
            {
                if (e.Seq != expectedSeq)
                {
                    return new(false, expectedSeq - 1, expectedSeq, $"审计日志第 {expectedSeq} 条缺失（链条在第 {e.Seq} 条处断开），可能被删除。");
                }
                if (e.PrevHash != prev)
                {
                    return new(false, expectedSeq - 1, e.Seq, $"审计日志第 {e.Seq} 条的前序哈希与上一条不符，链条被改动。");
                }
                if (AuditWriter.ComputeHash(e) != e.Hash)
                {
                    return new(false, expectedSeq - 1, e.Seq, $"审计日志第 {e.Seq} 条的内容与其哈希不符，该条被篡改。");
                }
                prev = e.Hash;
                expectedSeq++;
            }
            if (batch.Count < page)
            {
                break;
            }
        }

        var count = expectedSeq - 1;
        var head = await db.AuditHeads.AsNoTracking().SingleOrDefaultAsync(h => h.Id == 1, ct);
        var headSeq = head?.LastSeq ?? 0;
        if (headSeq != count || (head?.LastHash ?? "") != prev)
        {
            return new(false, count, count + 1, $"审计日志记录到第 {count} 条，但链头记录为第 {headSeq} 条：最新的记录被删除或链头被改动。");
        }
        return new(true, count, null, $"审计日志完整：共 {count} 条，哈希链校验通过。");
    }
}
