using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Sunshine.Domain.Calendar;

BenchmarkSwitcher.FromAssembly(typeof(ClockBenchmarks).Assembly).Run(args);

/// <summary>
/// The clock is evaluated for every open case on each sweep and after each calendar change,
/// so its cost bounds how many cases one instance can supervise.
/// Run: dotnet run -c Release --project bench/Sunshine.Bench -- --filter '*'
/// </summary>
[MemoryDiagnoser]
public class ClockBenchmarks
{
    private readonly WorkingCalendar _calendar = WorkingCalendar.ChinaDefault();
    private readonly WorkingDayClock _paused = new WorkingDayClock(new DateTime(2026, 1, 30, 2, 0, 0, DateTimeKind.Utc), BudgetUnit.WorkingDays, 20)
        .Suspend(new DateTime(2026, 2, 5, 3, 0, 0, DateTimeKind.Utc), "征求第三方意见")
        .Resume(new DateTime(2026, 2, 26, 3, 0, 0, DateTimeKind.Utc));
    private readonly DateTime _now = new(2026, 3, 10, 4, 0, 0, DateTimeKind.Utc);

    [Benchmark(Description = "DeadlineCalculator 20 working days with a Spring Festival pause")]
    public DateOnly Deadline()
        => DeadlineCalculator.Compute(_calendar, new DateOnly(2026, 1, 30), 20, [new DeadlinePause(new DateOnly(2026, 2, 5), new DateOnly(2026, 2, 26))]).Due;

    [Benchmark(Description = "WorkingDayClock.Evaluate with suspension")]
    public ClockStatus Evaluate() => _paused.Evaluate(_calendar, _now);

    [Benchmark(Description = "Build WorkingCalendar for 2025-2026")]
    public WorkingCalendar BuildCalendar() => WorkingCalendar.ChinaDefault();
}
