namespace Sunshine.Domain.Requests;

/// <summary>
/// 答复（办理结果）: the validated result of an application — reply type, sub-reason and the
/// Art. 36(1)/(5) note. The only way to build one is <see cref="Create"/> (or a shortcut), so every
/// instance obeys <see cref="ReplyCatalog.Validate(ReplyOutcome, ReplyReason?, ReplyNote)"/>.
/// </summary>
public sealed record ReplyDecision
{
    private ReplyDecision(ReplyOutcome outcome, ReplyReason? reason, ReplyNote note)
    {
        Outcome = outcome;
        Reason = reason;
        Note = note;
    }

    public ReplyOutcome Outcome { get; }

    /// <summary>Null for 予以公开 and 部分公开; required for the other four types.</summary>
    public ReplyReason? Reason { get; }

    public ReplyNote Note { get; }

    /// <summary>The Table 三 row that counts this reply.</summary>
    public Table3RowKey Table3Row => Reason is { } r ? ReplyCatalog.Get(r).Row : ReplyCatalog.Get(Outcome).Row;

    /// <summary>"予以公开" or "不予公开—属于国家秘密" (short labels), for timelines and lists.</summary>
    public string Label => Reason is { } r
        ? $"{ReplyCatalog.Get(Outcome).Label}—{ReplyCatalog.Get(r).ShortLabel}"
        : ReplyCatalog.Get(Outcome).Label;

    /// <summary>Validates and builds a decision; throws <see cref="DomainException"/> (Chinese message) when the parts do not fit.</summary>
    public static ReplyDecision Create(ReplyOutcome outcome, ReplyReason? reason = null, ReplyNote note = ReplyNote.None)
    {
        ReplyCatalog.Validate(outcome, reason, note);
        return new ReplyDecision(outcome, reason, note);
    }

    /// <summary>予以公开 (optionally: already proactively disclosed, Art. 36(1)).</summary>
    public static ReplyDecision Disclosed(bool alreadyProactivelyDisclosed = false)
        => Create(ReplyOutcome.Disclosed, null, alreadyProactivelyDisclosed ? ReplyNote.AlreadyProactivelyDisclosed : ReplyNote.None);

    /// <summary>部分公开 (Art. 37).</summary>
    public static ReplyDecision PartiallyDisclosed() => Create(ReplyOutcome.PartiallyDisclosed);

    /// <summary>A decision with a sub-reason; the reply type follows from the reason.</summary>
    public static ReplyDecision For(ReplyReason reason) => Create(ReplyCatalog.OutcomeOf(reason), reason);

    /// <summary>不属于本机关负责公开 (Art. 36(5)): counted as 无法提供 / 本机关不掌握相关政府信息.</summary>
    public static ReplyDecision NotThisAgency() => Create(ReplyOutcome.CannotProvide, ReplyReason.NotHeld, ReplyNote.NotThisAgency);
}
