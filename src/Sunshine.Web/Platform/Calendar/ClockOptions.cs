using System.ComponentModel.DataAnnotations;
using Sunshine.Domain.Calendar;

namespace Sunshine.Web.Platform.Calendar;

/// <summary>Regional settings of the shared clock (RULES.md §1, §8).</summary>
public sealed class ClockOptions
{
    public const string Section = "Clock";

    /// <summary>What to do when a date falls in a year whose holiday arrangement is not loaded.</summary>
    public CalendarFallback Fallback { get; set; } = CalendarFallback.Throw;

    /// <summary>Yellow warning when this many working days or fewer remain.</summary>
    [Range(0, 30)] public int WarningWorkingDays { get; set; } = 1;

    /// <summary>Yellow warning when this share of the budget is used.</summary>
    [Range(0.1, 1.0)] public double WarningFraction { get; set; } = 0.8;

    public ClockSettings ToSettings() => new(WarningWorkingDays, WarningFraction);
}
