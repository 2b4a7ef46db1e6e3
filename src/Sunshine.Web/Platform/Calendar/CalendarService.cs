using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sunshine.Domain;
using Sunshine.Domain.Calendar;
using Sunshine.Web.Platform.Db;

namespace Sunshine.Web.Platform.Calendar;

/// <summary>
/// Builds the <see cref="WorkingCalendar"/> from the database and caches it; any change bumps the cache
/// and recomputes every open clock in the same transaction.
/// </summary>
public sealed class CalendarCache
{
    private sealed record Entry(string Version, WorkingCalendar Calendar);

    private Entry? _entry;

    /// <summary>The cached calendar if it was built from the given database version.</summary>
    public WorkingCalendar? Get(string version) => Volatile.Read(ref _entry) is { } e && e.Version == version ? e.Calendar : null;

    public void Set(string version, WorkingCalendar calendar) => Volatile.Write(ref _entry, new Entry(version, calendar));

    public void Invalidate() => Volatile.Write(ref _entry, null);
}

public sealed class CalendarService(SunshineDb db, CalendarCache cache, IOptions<ClockOptions> options)
{
    /// <summary>
    /// The current calendar. One tiny query checks the database version (years and their last change), so an
    /// edit made through another instance is seen at once; the days are reloaded only when it changed.
    /// </summary>
    public async Task<WorkingCalendar> GetAsync(CancellationToken ct = default)
    {
        var stamps = await db.CalendarYears.AsNoTracking().Select(y => new { y.Year, y.UpdatedUtc }).ToListAsync(ct);
        var version = string.Join(';', stamps.OrderBy(y => y.Year).Select(y => $"{y.Year}@{y.UpdatedUtc.Ticks}"));
        if (cache.Get(version) is { } cached)
        {
            return cached;
        }
        var days = await db.CalendarDays.AsNoTracking().ToListAsync(ct);
        var calendar = new WorkingCalendar(stamps.Select(y => y.Year), days.Select(d => new CalendarDay(d.Date, d.Kind, d.Name)), options.Value.Fallback);
        cache.Set(version, calendar);
        return calendar;
    }

    /// <summary>Replaces one year's arrangement (import or edit). Recomputes open clocks; all in one transaction.</summary>
    public async Task<int> ReplaceYearAsync(int year, IReadOnlyList<CalendarDay> days, string source, CancellationToken ct = default)
    {
        if (year is < 2000 or > 2100)
        {
            throw new DomainException("calendar.year", "年份须在2000至2100之间。");
        }
        var wrong = days.FirstOrDefault(d => d.Date.Year != year);
        if (wrong is not null)
        {
            throw new DomainException("calendar.wrong-year", $"日期 {wrong.Date:yyyy-MM-dd} 不属于 {year} 年。");
        }
        // Same checks as the domain calendar (make-up days on weekends, no duplicates): fail before anything is written.
        _ = new WorkingCalendar([year], days);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var existing = await db.CalendarDays.Where(d => d.Year == year).ToListAsync(ct);
        db.CalendarDays.RemoveRange(existing);
        await db.SaveChangesAsync(ct);
        foreach (var d in days)
        {
            db.CalendarDays.Add(new CalendarDayRow { Date = d.Date, Year = year, Kind = d.Kind, Name = d.Name });
        }
        var row = await db.CalendarYears.SingleOrDefaultAsync(y => y.Year == year, ct);
        var now = db.Time.GetUtcNow().UtcDateTime;
        if (row is null)
        {
            db.CalendarYears.Add(new CalendarYear { Year = year, Source = source, UpdatedUtc = now });
        }
        else
        {
            row.Source = source;
            // The stamp is the cache version: make sure it moves even for two edits in the same instant.
            row.UpdatedUtc = now > row.UpdatedUtc ? now : row.UpdatedUtc.AddMilliseconds(1);
        }
        await db.SaveChangesAsync(ct);
        cache.Invalidate();
        var recomputed = await new ClockService(db, this, options).RecomputeOpenAsync(ct);
        await tx.CommitAsync(ct);
        cache.Invalidate();
        return recomputed;
    }

    /// <summary>Adds or changes one day.</summary>
    public async Task<int> SetDayAsync(DateOnly date, CalendarDayKind kind, string name, CancellationToken ct = default)
    {
        await EnsureLoadedAsync(date.Year, ct);
        var current = await CurrentDaysAsync(date.Year, ct);
        current.RemoveAll(d => d.Date == date);
        current.Add(new CalendarDay(date, kind, name));
        Validate(current);
        return await ReplaceYearAsync(date.Year, current, await SourceAsync(date.Year, ct), ct);
    }

    public async Task<int> RemoveDayAsync(DateOnly date, CancellationToken ct = default)
    {
        await EnsureLoadedAsync(date.Year, ct);
        var current = await CurrentDaysAsync(date.Year, ct);
        if (current.RemoveAll(d => d.Date == date) == 0)
        {
            throw new DomainException("calendar.day-missing", $"{date:yyyy-MM-dd} 不是已登记的节假日或调休上班日。");
        }
        return await ReplaceYearAsync(date.Year, current, await SourceAsync(date.Year, ct), ct);
    }

    /// <summary>A single day can only be edited in a year whose full arrangement was imported: one day is not a year.</summary>
    private async Task EnsureLoadedAsync(int year, CancellationToken ct)
    {
        if (!await db.CalendarYears.AnyAsync(y => y.Year == year, ct))
        {
            throw new DomainException("calendar.year-not-loaded", $"尚未载入{year}年的节假日安排。请先按年度导入该年完整的放假与调休安排，再逐日修改。");
        }
    }

    private static void Validate(IEnumerable<CalendarDay> days)
    {
        foreach (var d in days)
        {
            if (string.IsNullOrWhiteSpace(d.Name) || d.Name.Length > 50)
            {
                throw new DomainException("calendar.name", "请填写节日名称（不超过50个字）。");
            }
            if (d.Kind == CalendarDayKind.MakeUpWorkday && d.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                throw new DomainException("calendar.makeup-weekday", $"{d.Date:yyyy-MM-dd} 是工作日，不能登记为调休上班日。");
            }
        }
    }

    private async Task<List<CalendarDay>> CurrentDaysAsync(int year, CancellationToken ct)
        => (await db.CalendarDays.AsNoTracking().Where(d => d.Year == year).ToListAsync(ct))
            .Select(d => new CalendarDay(d.Date, d.Kind, d.Name)).ToList();

    private async Task<string> SourceAsync(int year, CancellationToken ct)
        => await db.CalendarYears.Where(y => y.Year == year).Select(y => y.Source).SingleOrDefaultAsync(ct) ?? "管理员维护";
}

/// <summary>Creates and moves the shared clocks; the derived due date and level are stored for one-query supervision.</summary>
public sealed class ClockService(SunshineDb db, CalendarService calendars, IOptions<ClockOptions> options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ClockRecord> StartAsync(string ownerType, string ownerId, string title, int orgUnitId, string orgPath,
        DateTime startUtc, BudgetUnit unit, int budget, CancellationToken ct = default)
    {
        var clock = new WorkingDayClock(startUtc, unit, budget);
        var record = new ClockRecord
        {
            OwnerType = ownerType,
            OwnerId = ownerId,
            Title = title,
            OrgUnitId = orgUnitId,
            OrgPath = orgPath,
            StartUtc = startUtc,
            Unit = unit,
            Budget = budget,
            State = ClockState.Running,
        };
        await ApplyAsync(record, clock, ct);
        db.Clocks.Add(record);
        return record;
    }

    public static WorkingDayClock ToClock(ClockRecord r)
        => new(DateTime.SpecifyKind(r.StartUtc, DateTimeKind.Utc), r.Unit, r.Budget,
            JsonSerializer.Deserialize<List<ClockEntry>>(r.LedgerJson, Json) ?? []);

    public Task SuspendAsync(ClockRecord r, DateTime atUtc, string reason, CancellationToken ct = default)
        => MoveAsync(r, c => c.Suspend(atUtc, reason), ct);

    public Task ResumeAsync(ClockRecord r, DateTime atUtc, string? reason = null, CancellationToken ct = default)
        => MoveAsync(r, c => c.Resume(atUtc, reason), ct);

    public Task ExtendAsync(ClockRecord r, int amount, DateTime atUtc, string reason, CancellationToken ct = default)
        => MoveAsync(r, c => c.Extend(amount, atUtc, reason), ct);

    public Task RestartAsync(ClockRecord r, DateTime atUtc, string reason, CancellationToken ct = default)
        => MoveAsync(r, c => c.Restart(atUtc, reason), ct);

    /// <summary>Stops the clock for good (case finished); records whether it finished in time.</summary>
    public async Task CloseAsync(ClockRecord r, DateTime atUtc, CancellationToken ct = default)
    {
        if (r.State == ClockState.Closed)
        {
            throw new DomainException("clock.closed", "该时限已结束。");
        }
        var clock = ToClock(r);
        var status = clock.Evaluate(await calendars.GetAsync(ct), atUtc, options.Value.ToSettings());
        r.State = ClockState.Closed;
        r.ClosedUtc = atUtc;
        r.ClosedOnTime = status.Level != ClockLevel.Overdue;
        r.Level = status.Level;
        r.UpdatedUtc = db.Time.GetUtcNow().UtcDateTime;
    }

    private async Task MoveAsync(ClockRecord r, Func<WorkingDayClock, WorkingDayClock> move, CancellationToken ct)
    {
        if (r.State == ClockState.Closed)
        {
            throw new DomainException("clock.closed", "该时限已结束，不能再暂停、恢复或延长。");
        }
        await ApplyAsync(r, move(ToClock(r)), ct);
    }

    private async Task ApplyAsync(ClockRecord r, WorkingDayClock clock, CancellationToken ct)
    {
        r.LedgerJson = JsonSerializer.Serialize(clock.Ledger, Json);
        r.Budget = clock.Budget;
        r.State = clock.IsSuspended ? ClockState.Suspended : ClockState.Running;
        Evaluate(r, clock, await calendars.GetAsync(ct));
    }

    private void Evaluate(ClockRecord r, WorkingDayClock clock, WorkingCalendar calendar)
    {
        var now = db.Time.GetUtcNow().UtcDateTime;
        r.UpdatedUtc = now;
        try
        {
            var status = clock.Evaluate(calendar, now, options.Value.ToSettings());
            r.DueDate = status.DueDate;
            r.DueAtUtc = status.DueAtUtc;
            r.Level = status.Level;
            r.EvaluationError = null;
        }
        catch (CalendarYearNotLoadedException e)
        {
            r.EvaluationError = e.Message.Length > 200 ? e.Message[..200] : e.Message;
        }
    }

    /// <summary>Re-derives due date and level of every open clock (calendar changed, or the daily sweep).</summary>
    public async Task<int> RecomputeOpenAsync(CancellationToken ct = default)
    {
        var calendar = await calendars.GetAsync(ct);
        var count = 0;
        long lastId = 0;
        while (true)
        {
            var batch = await db.Clocks.IgnoreQueryFilters()
                .Where(c => c.State != ClockState.Closed && c.Id > lastId)
                .OrderBy(c => c.Id).Take(500).ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }
            foreach (var r in batch)
            {
                var before = (r.DueDate, r.DueAtUtc, r.Level, r.EvaluationError);
                Evaluate(r, ToClock(r), calendar);
                if (before != (r.DueDate, r.DueAtUtc, r.Level, r.EvaluationError))
                {
                    count++;
                }
                else
                {
                    db.Entry(r).State = EntityState.Unchanged;
                }
            }
            lastId = batch[^1].Id;
            await db.SaveChangesAsync(ct);
        }
        return count;
    }
}
