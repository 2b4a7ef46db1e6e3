using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sunshine.Domain.Calendar;
using Sunshine.Domain.Requests;
using Sunshine.Web.Features.Requests;
using Sunshine.Web.Platform.Calendar;
using Sunshine.Web.Platform.Db;
using Sunshine.Web.Platform.Jobs;
using Sunshine.Web.Platform.Notifications;
using Sunshine.Web.Platform.Web;
using Sunshine.Web.Tests.Infrastructure;

namespace Sunshine.Web.Tests.Requests.Workflow;

/// <summary>
/// The app on a database of its own with a fake clock (FakeTimeProvider) that the tests set to the China dates of
/// their scenario. Each request gets its own client address so the per-address login limit does not throttle the
/// many sign-ins a walk through the workflow needs.
/// </summary>
public abstract class WorkflowApp(DbProvider provider)
    : AppFixture(provider, new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.FromHours(8)))
{
    public FakeTimeProvider Time => FakeTime!;

    protected override void ConfigureServices(IServiceCollection services)
        => services.AddSingleton<IStartupFilter, DistinctClientAddresses>();

    private sealed class DistinctClientAddresses : IStartupFilter
    {
        private static int _next;

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, call) =>
            {
                var n = Interlocked.Increment(ref _next);
                http.Connection.RemoteIpAddress = new IPAddress([10, (byte)(n >> 16), (byte)(n >> 8), (byte)n]);
                return call();
            });
            next(app);
        };
    }
}

public sealed class WorkflowSqliteApp() : WorkflowApp(DbProvider.Sqlite);

public sealed class WorkflowPostgresApp() : WorkflowApp(DbProvider.Postgres);

/// <summary>Intent helpers shared by the workflow tests.</summary>
public abstract class WorkflowTestBase(WorkflowApp fixture)
{
    protected static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    protected SunshineFactory App => fixture.App;

    /// <summary>Sets the fake clock to a China date and hour of 2026 (or another year).</summary>
    protected void At(int month, int day, int hour = 10, int year = 2026)
        => fixture.Time.AdjustTime(new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.FromHours(8)));

    protected sealed record Created(long Id, string Number, string Code);

    /// <summary>
    /// An application as intake leaves it: status Received, receipt date <paramref name="received"/> (09:00 China time),
    /// the shared 20-working-day clock started by ClockService, a first public event. Sets the clock of the app to that moment.
    /// </summary>
    protected async Task<Created> CreateRequestAsync(DateOnly received, string agencyCode = "SFX-MZJ", string? idNumber = "110101199003070015",
        string? email = "applicant@example.com", string? phone = "13800138000", string name = "李明远", string? orgCode = null)
    {
        fixture.Time.AdjustTime(new DateTimeOffset(received.Year, received.Month, received.Day, 9, 0, 0, TimeSpan.FromHours(8)));
        return await App.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<SunshineDb>();
            var clocks = sp.GetRequiredService<ClockService>();
            var numbers = sp.GetRequiredService<TrackingNumbers>();
            var unit = await db.OrgUnits.IgnoreQueryFilters().SingleAsync(u => u.Code == agencyCode);
            var now = db.Time.GetUtcNow().UtcDateTime;
            var number = await numbers.NextAsync("YSQ", now);
            var code = QueryCodes.New();
            var r = new DisclosureRequest
            {
                TrackingNumber = number,
                QueryCodeHash = QueryCodes.Hash(number, code),
                Channel = RequestChannel.Online,
                ReceivedOn = received,
                SubmittedUtc = now,
                ApplicantKind = orgCode is null ? ApplicantKind.NaturalPerson : ApplicantKind.Commercial,
                ApplicantName = name,
                IdType = idNumber is null ? null : IdDocumentType.ResidentIdCard,
                IdNumber = idNumber,
                OrganisationCode = orgCode,
                Phone = phone,
                Email = email,
                Address = "示范县城关镇东街1号",
                Description = "2025年度城乡最低生活保障资金发放明细",
                Purpose = "了解政策执行情况",
                PreferredForm = PreferredForm.Electronic,
                AgencyUnitId = unit.Id,
                OrgPath = unit.Path,
                Status = RequestStatus.Received,
                CreatedUtc = now,
            };
            db.Set<DisclosureRequest>().Add(r);
            await db.SaveChangesAsync();
            var clock = await clocks.StartAsync(RequestWorkflowService.ClockOwnerType, r.Id.ToString(Inv), $"政府信息公开申请 {number}",
                unit.Id, unit.Path, now, BudgetUnit.WorkingDays, RequestWorkflow.ReplyWorkingDays);
            await db.SaveChangesAsync();
            r.ClockId = clock.Id;
            db.Set<RequestEvent>().Add(new RequestEvent { RequestId = r.Id, AtUtc = now, ToStatus = RequestStatus.Received, ActorName = "申请人", PublicText = "申请已收到。", IsPublic = true });
            await db.SaveChangesAsync();
            return new Created(r.Id, number, code);
        });
    }

    protected Task<DisclosureRequest> LoadAsync(long id)
        => App.WithDbAsync(db => db.Set<DisclosureRequest>().IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.Id == id));

    protected Task<ClockRecord> ClockAsync(long id)
        => App.WithDbAsync(async db =>
        {
            var clockId = await db.Set<DisclosureRequest>().IgnoreQueryFilters().Where(r => r.Id == id).Select(r => r.ClockId).SingleAsync();
            return await db.Clocks.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Id == clockId);
        });

    protected Task<List<RequestEvent>> EventsAsync(long id)
        => App.WithDbAsync(db => db.Set<RequestEvent>().AsNoTracking().Where(e => e.RequestId == id).OrderBy(e => e.Id).ToListAsync());

    protected Task<List<OutboxMessage>> OutboxAsync(long id)
        => App.WithDbAsync(db => db.Outbox.AsNoTracking().Where(m => m.Reference == "disclosure-request:" + id.ToString(Inv)).OrderBy(m => m.Id).ToListAsync());

    /// <summary>Signs in (at the current fake time) and posts one action form of the handling page.</summary>
    protected async Task<HttpResponseMessage> ActAsync(string user, long id, RequestAction action, Dictionary<string, string>? fields = null, int? version = null)
    {
        var client = await App.LoginAsAsync(user);
        return await ActAsync(client, id, action, fields, version);
    }

    protected async Task<HttpResponseMessage> ActAsync(HttpClient client, long id, RequestAction action, Dictionary<string, string>? fields = null, int? version = null)
    {
        var token = await App.GetAntiforgeryTokenAsync(client, $"/admin/requests/{id}");
        var v = version ?? (await LoadAsync(id)).Version;
        var form = new Dictionary<string, string>
        {
            ["Act.Action"] = action.ToString(),
            ["Act.Version"] = v.ToString(Inv),
            ["__RequestVerificationToken"] = token,
        };
        foreach (var (k, value) in fields ?? [])
        {
            form[k] = value;
        }
        return await client.PostAsync($"/admin/requests/{id}?handler=Act", new FormUrlEncodedContent(form));
    }

    /// <summary>Expects the action to succeed (redirect back to the handling page with its message).</summary>
    protected async Task DoAsync(string user, long id, RequestAction action, Dictionary<string, string>? fields = null)
    {
        var response = await ActAsync(user, id, action, fields);
        await Http.ExpectRedirectAsync(response, $"/admin/requests/{id}", App);
    }

    /// <summary>A public client with the antiforgery cookie and token of the status page, as the applicant has it.</summary>
    protected async Task<(HttpClient Client, string Token)> ApplicantAsync()
    {
        var client = App.CreateBrowser();
        var token = await App.GetAntiforgeryTokenAsync(client, "/requests/status");
        return (client, token);
    }

    protected async Task<HttpResponseMessage> ApplicantPostAsync(Created c, string what, Dictionary<string, string> fields, string? code = null)
    {
        var (client, token) = await ApplicantAsync();
        var form = new Dictionary<string, string>
        {
            ["Number"] = c.Number,
            ["Code"] = code ?? c.Code,
            ["__RequestVerificationToken"] = token,
        };
        foreach (var (k, v) in fields)
        {
            form[k] = v;
        }
        return await client.PostAsync($"/requests/act/{what}", new FormUrlEncodedContent(form));
    }

    protected async Task<RequestDeadlineJob.Outcome> RunDeadlineJobAsync()
    {
        var job = App.Services.GetServices<IRecurringJob>().OfType<RequestDeadlineJob>().Single();
        return await App.WithServicesAsync(sp => job.SweepAsync(sp, CancellationToken.None));
    }

    protected static DateOnly D(int month, int day, int year = 2026) => new(year, month, day);
}
