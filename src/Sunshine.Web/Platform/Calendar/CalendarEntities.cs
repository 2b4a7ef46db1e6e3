using Sunshine.Domain.Calendar;
using Sunshine.Web.Platform.Org;

namespace Sunshine.Web.Platform.Calendar;

/// <summary>A calendar year whose holiday arrangement (节假日安排) has been loaded.</summary>
public sealed class CalendarYear : IAudited
{
    public int Year { get; set; }

    /// <summary>Source, e.g. the State Council notice number.</summary>
    public string Source { get; set; } = "";

    public DateTime UpdatedUtc { get; set; }
}

/// <summary>One holiday or make-up working day (调休上班日).</summary>
public sealed class CalendarDayRow : IAudited
{
    public DateOnly Date { get; set; }

    public int Year { get; set; }

    public CalendarDayKind Kind { get; set; }

    public string Name { get; set; } = "";
}

public enum ClockState
{
    Running = 0,
    Suspended = 1,
    Closed = 2,
}

/// <summary>
/// 时限: one row per statutory clock of any module (request, work order, case, rectification...),
/// so e-supervision sees every clock in one query. Start, budget and ledger are the truth;
/// DueDate and Level are derived and recomputed when the calendar changes or the sweep runs.
/// </summary>
public sealed class ClockRecord : IAudited, IOrgScoped
{
    public long Id { get; set; }

    /// <summary>Module case type, e.g. "disclosure-request", "work-order".</summary>
    public string OwnerType { get; set; } = "";

    public string OwnerId { get; set; } = "";

    /// <summary>Human label for supervision lists, e.g. the tracking number and title.</summary>
    public string Title { get; set; } = "";

    /// <summary>Responsible unit.</summary>
    public int OrgUnitId { get; set; }

    public string OrgPath { get; set; } = "/";

    public DateTime StartUtc { get; set; }

    public BudgetUnit Unit { get; set; }

    public int Budget { get; set; }

    /// <summary>The ledger (suspensions, resumptions, extensions, restarts) as JSON.</summary>
    public string LedgerJson { get; set; } = "[]";

    public ClockState State { get; set; }

    public DateOnly? DueDate { get; set; }

    public DateTime? DueAtUtc { get; set; }

    public ClockLevel Level { get; set; }

    public DateTime? ClosedUtc { get; set; }

    /// <summary>Set when closed: finished on or before the due date.</summary>
    public bool? ClosedOnTime { get; set; }

    /// <summary>Set when the calendar year needed is missing: the clock cannot be evaluated.</summary>
    public string? EvaluationError { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
