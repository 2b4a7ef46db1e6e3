using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sunshine.Domain.Privacy;
using Sunshine.Domain.Requests;
using Sunshine.Web.Features.Requests;
using Sunshine.Web.Platform.Db;
using Sunshine.Web.Tests.Infrastructure;

namespace Sunshine.Web.Tests.Requests.Reports;

/// <summary>The demo year: deterministic, idempotent, fictional but valid personal data, and reports that pass the check.</summary>
public abstract class RequestsDemoSeederTests(AppFixture fixture)
{
    private SunshineFactory App => fixture.App;

    [Fact]
    public async Task Demo_year_is_inserted_once_with_valid_fictional_IDs_and_gives_balanced_2025_reports()
    {
        await App.WithServicesAsync(RequestsDemoSeeder.SeedAsync);
        await App.WithServicesAsync(RequestsDemoSeeder.SeedAsync);

        var demo = await App.WithDbAsync(db => db.Set<DisclosureRequest>()
            .Where(r => r.TrackingNumber.StartsWith("YSQ-2025-9000")).ToListAsync());
        Assert.Equal(40, demo.Count);
        Assert.All(demo.Where(r => r.IdNumber is not null), r => Assert.True(IdNumber.IsValid(r.IdNumber), r.IdNumber));
        Assert.Equal(3, demo.Count(r => r.ReceivedOn.Year == 2025 && r.ClosedOn!.Value.Year == 2026));
        var reviews = await App.WithDbAsync(db => db.Set<RequestReviewCase>().CountAsync(c => demo.Select(r => r.Id).Contains(c.RequestId)));
        Assert.Equal(2, reviews);

        // 民政局: 16 received in 2025, 14 answered in 2025, 2 carried into 2026; the check passes.
        var (report, errors) = await App.WithServicesAsync(async sp =>
        {
            var service = sp.GetRequiredService<AnnualReportService>();
            var db = sp.GetRequiredService<SunshineDb>();
            var id = await db.OrgUnits.Where(u => u.Code == "SFX-MZJ").Select(u => u.Id).SingleAsync();
            var unit = (await service.FindUnitAsync(id))!;
            return await service.BuildLiveAsync(unit, 2025, Table2.Empty, CancellationToken.None);
        });
        Assert.Empty(errors);
        Assert.Equal(16, report!.Table3.Total(Table3RowKey.NewlyReceived));
        Assert.Equal(14, report.Table3.Total(Table3RowKey.ResultTotal));
        Assert.Equal(2, report.Table3.Total(Table3RowKey.CarriedOverToNextYear));
        Assert.Equal(1, report.Table4[ReviewProceeding.AdministrativeReview, Table4Column.Upheld]);
    }
}

public sealed class RequestsDemoSeederTests_Sqlite(SqliteApp fixture) : RequestsDemoSeederTests(fixture), IClassFixture<SqliteApp>;

public sealed class RequestsDemoSeederTests_Postgres(PostgresApp fixture) : RequestsDemoSeederTests(fixture), IClassFixture<PostgresApp>;
