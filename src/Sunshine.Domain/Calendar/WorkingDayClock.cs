namespace Sunshine.Domain.Calendar;

/// <summary>The unit a clock's budget is counted in.</summary>
public enum BudgetUnit
{
    /// <summary>Working days of the <see cref="WorkingCalendar"/> (工作日).</summary>
    WorkingDays,

    /// <summary>Calendar days (自然日); a period ending on a non-working day may move to the next working day.</summary>
    NaturalDays,

    /// <summary>Hours of elapsed time (urgent items, 紧急件).</summary>
    Hours,
}

/// <summary>E-supervision level of a clock (RULES.md §8).</summary>
public enum ClockLevel
{
    Normal,

    /// <summary>Yellow: near the deadline.</summary>
    Warning,

    /// <summary>Red: past the deadline.</summary>
    Overdue,
}

/// <summary>What a ledger entry does.</summary>
public enum ClockEntryKind
{
    /// <summary>The clock stops (third-party consultation, waiting for a correction or a fee …).</summary>
    Suspend,

    /// <summary>A stopped clock runs again.</summary>
    Resume,

    /// <summary>The budget grows by <see cref="ClockEntry.Amount"/> units.</summary>
    Extend,

    /// <summary>Counting restarts from this instant as day 0 (e.g. the corrected application arrives).</summary>
    Restart,
}

/// <summary>One fact in a clock's ledger.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="AtUtc">When it happened (UTC instant).</param>
/// <param name="Amount">For <see cref="ClockEntryKind.Extend"/>: the extension in budget units; 0 otherwise.</param>
/// <param name="Reason">Why (required for everything but Resume).</param>
public sealed record ClockEntry(ClockEntryKind Kind, DateTime AtUtc, int Amount = 0, string? Reason = null);

/// <summary>Warning thresholds (RULES.md §8 defaults: 1 working day before the deadline or 80 % of the budget used).</summary>
/// <param name="WarningWorkingDays">Warn when at most this many days remain (day budgets only).</param>
/// <param name="WarningFraction">Warn when this fraction of the budget is used.</param>
/// <param name="NaturalDeadlineMovesToNextWorkingDay">A natural-day period ending on a non-working day ends on the next working day.</param>
public sealed record ClockSettings(int WarningWorkingDays = 1, double WarningFraction = 0.8, bool NaturalDeadlineMovesToNextWorkingDay = true);

/// <summary>A clock evaluated at an instant.</summary>
/// <param name="DueDate">Last China date on which the work is on time; null while suspended.</param>
/// <param name="DueAtUtc">Hour budgets: the instant the budget runs out; null for day budgets and while suspended.</param>
/// <param name="Used">Budget units used so far (may exceed the budget when overdue).</param>
/// <param name="Remaining">Budget units left up to the due date; 0 when overdue.</param>
/// <param name="TotalBudget">Budget plus extensions of the current counting period.</param>
/// <param name="Level">Normal, warning or overdue.</param>
/// <param name="Suspended">The clock is stopped (an open suspension).</param>
public sealed record ClockStatus(DateOnly? DueDate, DateTime? DueAtUtc, int Used, int Remaining, int TotalBudget, ClockLevel Level, bool Suspended);

/// <summary>
/// The one statutory clock (DESIGN.md decision 1): a start, a budget and a ledger of
/// suspensions, resumptions, extensions and restarts. The due date, the time used and
/// left and the warning level are derived from it and the calendar, never stored.
/// Immutable: every change returns a new clock.
/// </summary>
/// <remarks>
/// <para>Day budgets: instants map to China dates (UTC+8). The start (or latest restart) date
/// is day 0. A suspension starting on date A and resumed on date B does not count the
/// days d with A &lt; d &lt;= B; suspend and resume on the same date excludes nothing.</para>
/// <para>A restart makes its date the new day 0, ends an open suspension and begins a fresh
/// period: suspensions and extensions before it no longer count, so <see cref="TotalBudget"/>
/// is the budget plus the extensions granted since the latest restart.</para>
/// <para>An open suspension freezes the clock at the suspension date: no due date, used and
/// remaining as of that date, level Normal — unless the clock was already overdue when it
/// was suspended, in which case it stays Overdue (an overdue case must not disappear from
/// e-supervision by being paused).</para>
/// <para><see cref="Evaluate"/> only considers ledger entries at or before the instant asked
/// about, so a clock can be evaluated as of any past moment.</para>
/// </remarks>
public sealed class WorkingDayClock
{
    /// <summary>Largest budget or single extension in days.</summary>
    public const int MaxDays = 3650;

    /// <summary>Largest budget or single extension in hours.</summary>
    public const int MaxHours = 87600;

    private readonly ClockEntry[] _ledger;

    public WorkingDayClock(DateTime startUtc, BudgetUnit unit, int budget, IEnumerable<ClockEntry>? ledger = null)
    {
        if (!Enum.IsDefined(unit))
        {
            throw new DomainException("clock.invalid-unit", $"时限单位 {unit} 无效。");
        }

        var max = MaxAmount(unit);
        if (budget < 1 || budget > max)
        {
            throw new DomainException("clock.invalid-budget", $"时限必须在 1 到 {max} {UnitName(unit)}之间，实际为 {budget}。");
        }

        StartUtc = ChinaTime.AsUtc(startUtc);
        Unit = unit;
        Budget = budget;

        var entries = new List<ClockEntry>();
        var state = PeriodState.Begin(StartUtc);
        foreach (var entry in ledger ?? [])
        {
            ArgumentNullException.ThrowIfNull(entry, nameof(ledger));
            var normalised = entry with { AtUtc = ChinaTime.AsUtc(entry.AtUtc), Reason = entry.Reason?.Trim() };
            Validate(normalised, state, entries.Count == 0 ? StartUtc : entries[^1].AtUtc);
            state = state.Apply(normalised);
            entries.Add(normalised);
        }

        _ledger = [.. entries];
        IsSuspended = state.OpenSince is not null;
        TotalBudget = Budget + state.Extensions;
    }

    /// <summary>When the clock started (day 0 is its China date).</summary>
    public DateTime StartUtc { get; }

    public BudgetUnit Unit { get; }

    /// <summary>The original budget, without extensions.</summary>
    public int Budget { get; }

    /// <summary>Entries in the order they happened.</summary>
    public IReadOnlyList<ClockEntry> Ledger => _ledger;

    /// <summary>The last ledger entry is an open suspension.</summary>
    public bool IsSuspended { get; }

    /// <summary>Budget plus the extensions granted since the latest restart.</summary>
    public int TotalBudget { get; }

    /// <summary>Day 0 of the current counting period: the China date of the start or of the latest restart.</summary>
    public DateOnly Day0 => ChinaTime.ToChinaDate(_ledger.LastOrDefault(e => e.Kind == ClockEntryKind.Restart)?.AtUtc ?? StartUtc);

    /// <summary>Stops the clock. Throws if it is already stopped or the instant is before the last entry.</summary>
    public WorkingDayClock Suspend(DateTime atUtc, string reason) => Append(new ClockEntry(ClockEntryKind.Suspend, atUtc, 0, reason));

    /// <summary>Runs a stopped clock again. Throws if it is not stopped.</summary>
    public WorkingDayClock Resume(DateTime atUtc, string? reason = null) => Append(new ClockEntry(ClockEntryKind.Resume, atUtc, 0, reason));

    /// <summary>Adds <paramref name="amount"/> budget units (e.g. the 20-working-day extension of Art. 33).</summary>
    public WorkingDayClock Extend(int amount, DateTime atUtc, string reason) => Append(new ClockEntry(ClockEntryKind.Extend, atUtc, amount, reason));

    /// <summary>
    /// Restarts counting: the China date of <paramref name="atUtc"/> becomes day 0, the time used resets,
    /// an open suspension ends and earlier extensions lapse.
    /// </summary>
    public WorkingDayClock Restart(DateTime atUtc, string reason) => Append(new ClockEntry(ClockEntryKind.Restart, atUtc, 0, reason));

    /// <summary>Derives due date, used and remaining time and the level at <paramref name="nowUtc"/>.</summary>
    public ClockStatus Evaluate(WorkingCalendar calendar, DateTime nowUtc, ClockSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        settings ??= new ClockSettings();
        ValidateSettings(settings);
        var now = ChinaTime.AsUtc(nowUtc);

        var state = PeriodState.Begin(StartUtc);
        foreach (var entry in _ledger)
        {
            if (entry.AtUtc > now)
            {
                break;
            }

            state = state.Apply(entry);
        }

        var total = Budget + state.Extensions;
        return Unit switch
        {
            BudgetUnit.WorkingDays => EvaluateDays(state, total, now, settings, calendar.IsWorkingDay, null, calendar),
            BudgetUnit.NaturalDays => EvaluateDays(state, total, now, settings, static _ => true,
                settings.NaturalDeadlineMovesToNextWorkingDay ? calendar : null, calendar),
            BudgetUnit.Hours => EvaluateHours(state, total, now, settings),
            _ => throw new InvalidOperationException($"Unknown budget unit {Unit}."),
        };
    }

    private static ClockStatus EvaluateDays(
        PeriodState state, int total, DateTime now, ClockSettings settings,
        Func<DateOnly, bool> counts, WorkingCalendar? moveToWorkingDay, WorkingCalendar calendar)
    {
        var day0 = ChinaTime.ToChinaDate(state.PeriodStartUtc);
        var pauses = state.Closed.Select(s => new DayPause(ChinaTime.ToChinaDate(s.From), ChinaTime.ToChinaDate(s.To))).ToArray();
        var suspended = state.OpenSince is not null;
        // Frozen clocks are measured at the suspension date; the due date is the one the clock
        // would have if it were resumed that same day.
        var asOf = state.OpenSince is { } since ? ChinaTime.ToChinaDate(since) : ChinaTime.ToChinaDate(now);

        var due = DayCounting.NthCountedDay(day0, total, counts, pauses);
        if (moveToWorkingDay is not null)
        {
            var moved = moveToWorkingDay.NextWorkingDayOnOrAfter(due);
            if (moved != due)
            {
                // A period ending on a holiday ends on the next working day: the days in between belong to the
                // budget, so "used" never exceeds "total" before the (moved) due date.
                due = moved;
                total = DayCounting.CountCounted(day0, due, counts, pauses);
            }
        }

        var used = DayCounting.CountCounted(day0, asOf, counts, pauses);
        var overdue = asOf > due;
        var remaining = overdue ? 0 : DayCounting.CountCounted(asOf > day0 ? asOf : day0, due, counts, pauses);

        // The warning threshold is in working days whatever the budget's unit: a natural-day period with only
        // holidays left before its due date warns like a working-day one.
        var workingDaysLeft = overdue ? 0 : calendar.CountWorkingDays(asOf > day0 ? asOf : day0, due);
        var level = overdue ? ClockLevel.Overdue
            : suspended ? ClockLevel.Normal
            : workingDaysLeft <= settings.WarningWorkingDays || IsFractionUsed(used, total, settings) ? ClockLevel.Warning
            : ClockLevel.Normal;

        return new ClockStatus(suspended ? null : due, null, used, remaining, total, level, suspended);
    }

    private static ClockStatus EvaluateHours(PeriodState state, int total, DateTime now, ClockSettings settings)
    {
        var suspended = state.OpenSince is not null;
        var asOf = state.OpenSince ?? now;
        var pausedTotal = TimeSpan.Zero;
        foreach (var (from, to) in state.Closed)
        {
            pausedTotal += to - from;
        }

        var budget = TimeSpan.FromHours(total);
        var active = asOf - state.PeriodStartUtc - pausedTotal;
        if (active < TimeSpan.Zero)
        {
            active = TimeSpan.Zero;
        }

        var dueAt = state.PeriodStartUtc + budget + pausedTotal;
        var left = budget - active;
        var overdue = left < TimeSpan.Zero;
        var used = (int)Math.Floor(active.TotalHours);
        var remaining = overdue ? 0 : (int)Math.Ceiling(left.TotalHours);

        var level = overdue ? ClockLevel.Overdue
            : suspended ? ClockLevel.Normal
            : active.Ticks >= (decimal)settings.WarningFraction * budget.Ticks ? ClockLevel.Warning
            : ClockLevel.Normal;

        return new ClockStatus(
            suspended ? null : ChinaTime.ToChinaDate(dueAt),
            suspended ? null : dueAt,
            used, remaining, total, level, suspended);
    }

    private static bool IsFractionUsed(int used, int total, ClockSettings settings)
        => used >= (decimal)settings.WarningFraction * total;

    private static void ValidateSettings(ClockSettings settings)
    {
        if (settings.WarningWorkingDays < 0)
        {
            throw new DomainException("clock.invalid-settings", $"预警天数不能为负数，实际为 {settings.WarningWorkingDays}。");
        }

        if (double.IsNaN(settings.WarningFraction) || settings.WarningFraction <= 0 || settings.WarningFraction > 1)
        {
            throw new DomainException("clock.invalid-settings", $"预警比例必须大于 0 且不超过 1，实际为 {settings.WarningFraction}。");
        }
    }

    private WorkingDayClock Append(ClockEntry entry) => new(StartUtc, Unit, Budget, [.. _ledger, entry]);

    private void Validate(ClockEntry entry, PeriodState state, DateTime notBefore)
    {
        if (!Enum.IsDefined(entry.Kind))
        {
            throw new DomainException("clock.invalid-entry", $"计时记录类型 {entry.Kind} 无效。");
        }

        if (entry.AtUtc < notBefore)
        {
            throw new DomainException(
                "clock.entry-out-of-order",
                $"计时记录的时间（{Describe(entry.AtUtc)}）不能早于计时开始或上一条记录的时间（{Describe(notBefore)}）。");
        }

        if (entry.Kind != ClockEntryKind.Extend && entry.Amount != 0)
        {
            throw new DomainException("clock.invalid-entry", "只有延期记录可以填写延长时限。");
        }

        if (entry.Kind != ClockEntryKind.Resume && string.IsNullOrWhiteSpace(entry.Reason))
        {
            throw new DomainException("clock.reason-required", $"{KindName(entry.Kind)}必须填写理由。");
        }

        switch (entry.Kind)
        {
            case ClockEntryKind.Suspend when state.OpenSince is { } since:
                throw new DomainException("clock.already-suspended", $"计时已于{Describe(since)}暂停，不能重复暂停。");
            case ClockEntryKind.Resume when state.OpenSince is null:
                throw new DomainException("clock.not-suspended", "计时未处于暂停状态，无需恢复。");
            case ClockEntryKind.Extend when entry.Amount < 1 || entry.Amount > MaxAmount(Unit):
                throw new DomainException(
                    "clock.invalid-extension",
                    $"延长时限必须在 1 到 {MaxAmount(Unit)} {UnitName(Unit)}之间，实际为 {entry.Amount}。");
            case ClockEntryKind.Suspend:
            case ClockEntryKind.Resume:
            case ClockEntryKind.Extend:
            case ClockEntryKind.Restart:
                break;
            default:
                throw new InvalidOperationException($"Unknown clock entry kind {entry.Kind}.");
        }
    }

    private static int MaxAmount(BudgetUnit unit) => unit switch
    {
        BudgetUnit.WorkingDays or BudgetUnit.NaturalDays => MaxDays,
        BudgetUnit.Hours => MaxHours,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown budget unit."),
    };

    private static string UnitName(BudgetUnit unit) => unit switch
    {
        BudgetUnit.WorkingDays => "个工作日",
        BudgetUnit.NaturalDays => "个自然日",
        BudgetUnit.Hours => "小时",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown budget unit."),
    };

    private static string KindName(ClockEntryKind kind) => kind switch
    {
        ClockEntryKind.Suspend => "暂停计时",
        ClockEntryKind.Resume => "恢复计时",
        ClockEntryKind.Extend => "延长时限",
        ClockEntryKind.Restart => "重新计时",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown clock entry kind."),
    };

    private static string Describe(DateTime utc)
        => (utc + ChinaTime.Offset).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The replayed state of the current counting period.</summary>
    private sealed record PeriodState(
        DateTime PeriodStartUtc,
        int Extensions,
        IReadOnlyList<(DateTime From, DateTime To)> Closed,
        DateTime? OpenSince)
    {
        public static PeriodState Begin(DateTime startUtc) => new(startUtc, 0, [], null);

        public PeriodState Apply(ClockEntry entry) => entry.Kind switch
        {
            ClockEntryKind.Suspend => this with { OpenSince = entry.AtUtc },
            ClockEntryKind.Resume => this with { Closed = [.. Closed, (OpenSince ?? entry.AtUtc, entry.AtUtc)], OpenSince = null },
            ClockEntryKind.Extend => this with { Extensions = Extensions + entry.Amount },
            ClockEntryKind.Restart => Begin(entry.AtUtc),
            _ => throw new InvalidOperationException($"Unknown clock entry kind {entry.Kind}."),
        };
    }
}
