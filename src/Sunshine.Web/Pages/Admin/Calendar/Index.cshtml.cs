using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sunshine.Domain;
using Sunshine.Domain.Calendar;
using Sunshine.Web.Platform.Calendar;
using Sunshine.Web.Platform.Db;

namespace Sunshine.Web.Pages.Admin.Calendar;

/// <summary>工作日历: holidays and make-up working days per year; every change recomputes the open clocks.</summary>
public sealed class IndexModel(SunshineDb db, CalendarService calendars, IStringLocalizer<AdminResource> a) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public IReadOnlyList<CalendarYear> Years { get; private set; } = [];
    public IReadOnlyList<CalendarDay> Days { get; private set; } = [];
    public string? Message { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];

    [BindProperty] public DayInput Day { get; set; } = new();

    [BindProperty] public ImportInput Import { get; set; } = new();

    public sealed class DayInput
    {
        public DateOnly? Date { get; set; }
        public CalendarDayKind Kind { get; set; }
        [StringLength(50)] public string? Name { get; set; }
    }

    public sealed class ImportInput
    {
        public int? Year { get; set; }
        [StringLength(200)] public string? Source { get; set; }
        public string? Text { get; set; }
        public IFormFile? File { get; set; }
    }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnGetExportAsync(int year)
    {
        var days = await db.CalendarDays.AsNoTracking().Where(d => d.Year == year).OrderBy(d => d.Date).ToListAsync();
        var text = $"# {year}\n" + CalendarFile.Format(days.Select(d => new CalendarDay(d.Date, d.Kind, d.Name)));
        return File(Encoding.UTF8.GetBytes(text), "text/csv; charset=utf-8", $"calendar-{year}.csv");
    }

    public async Task<IActionResult> OnPostSetDayAsync()
    {
        if (Day.Date is not { } date || string.IsNullOrWhiteSpace(Day.Name))
        {
            Errors = [a["Calendar.DayRequired"]];
            await LoadAsync();
            return Page();
        }
        return await RunAsync(date.Year, () => calendars.SetDayAsync(date, Day.Kind, Day.Name.Trim()));
    }

    public async Task<IActionResult> OnPostRemoveDayAsync(DateOnly date)
        => await RunAsync(date.Year, () => calendars.RemoveDayAsync(date));

    public async Task<IActionResult> OnPostImportAsync()
    {
        if (Import.Year is not { } year)
        {
            Errors = [a["Calendar.YearRequired"]];
            await LoadAsync();
            return Page();
        }
        var text = Import.Text;
        if (Import.File is { Length: > 0 } file)
        {
            if (file.Length > 256 * 1024)
            {
                Errors = [a["Calendar.FileTooLarge"]];
                await LoadAsync();
                return Page();
            }
            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
            text = await reader.ReadToEndAsync();
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            Errors = [a["Calendar.ImportEmpty"]];
            await LoadAsync();
            return Page();
        }
        var source = string.IsNullOrWhiteSpace(Import.Source) ? a["Calendar.DefaultSource"].Value : Import.Source.Trim();
        return await RunAsync(year, () => calendars.ReplaceYearAsync(year, CalendarFile.Parse(year, text), source));
    }

    private async Task<IActionResult> RunAsync(int year, Func<Task<int>> action)
    {
        try
        {
            var recomputed = await action();
            TempData["Message"] = a["Calendar.Saved", year, recomputed].Value;
            return Redirect($"/admin/calendar?year={year}");
        }
        catch (CalendarFileException e)
        {
            Errors = e.Errors.Select(x => a["Calendar.LineError", x.LineNumber, x.Message].Value).ToList();
        }
        catch (DomainException e)
        {
            Errors = [e.Message];
        }
        db.ChangeTracker.Clear();
        Year = year;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Message ??= TempData["Message"] as string;
        Years = await db.CalendarYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync();
        Year ??= Years.Select(y => (int?)y.Year).LastOrDefault(y => y <= ChinaTime.ToChinaDate(db.Time.GetUtcNow().UtcDateTime).Year) ?? Years.LastOrDefault()?.Year;
        if (Year is { } y)
        {
            Days = (await db.CalendarDays.AsNoTracking().Where(d => d.Year == y).OrderBy(d => d.Date).ToListAsync())
                .Select(d => new CalendarDay(d.Date, d.Kind, d.Name)).ToList();
        }
    }
}
