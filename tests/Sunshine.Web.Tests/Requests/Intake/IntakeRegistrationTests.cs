using Microsoft.EntityFrameworkCore;
using Sunshine.Domain.Calendar;
using Sunshine.Domain.Requests;
using Sunshine.Web.Features.Requests;
using Sunshine.Web.Platform.Identity;
using Sunshine.Web.Tests.Infrastructure;

namespace Sunshine.Web.Tests.Requests.Intake;

/// <summary>
/// /admin/requests/register: staff register paper applications with the receipt date of Art. 31; the reply clock
/// counts from that date. "Now" is Monday 2026-11-23 10:00 China time.
/// </summary>
public abstract class IntakeRegistrationTests(IntakeApp fixture)
{
    private const string Url = "/admin/requests/register";

    private SunshineFactory App => fixture.App;

    private async Task<Dictionary<string, string>> FieldsAsync(string channel, string receivedOn, string unit = "SFX-MZJ", string name = "刘大爷")
    {
        var fields = await Intake.PersonAsync(App, name, unit);
        fields["Channel"] = channel;
        fields["ReceivedOn"] = receivedOn;
        fields["Input.PreferredForm"] = "Paper";
        fields.Remove("Input.Email");
        return fields;
    }

    private async Task<Intake.Receipt> RegisterAsync(HttpClient staff, Dictionary<string, string> fields)
    {
        var response = await Intake.PostMultipartAsync(App, staff, Url, fields);
        var location = await Http.ExpectRedirectAsync(response, Url, App);
        Assert.Equal("?handler=Receipt", location.Query);
        var html = await Http.ExpectOkAsync(await staff.GetAsync(location), App, "申请已登记", "请妥善保存");
        return Intake.ReadReceipt(html, App);
    }

    [Fact]
    public async Task A_registered_letter_signed_for_before_National_Day_counts_from_the_day_it_was_signed_for()
    {
        var staff = await App.LoginAsAsync("handler");
        await Http.ExpectOkAsync(await staff.GetAsync(Url), App, "挂号信", "以行政机关签收之日为收到申请之日", "收到申请之日");

        var receipt = await RegisterAsync(staff, await FieldsAsync("RegisteredPost", "2026-09-28"));

        // Signed for Monday 2026-09-28 = day 0. Sep 29, 30 (2); Oct 1–7 National Day off; Oct 8, 9 (4); Saturday Oct 10
        // is a make-up working day (5); Oct 12–16 (10); Oct 19–23 (15); Oct 26–30 (20) → due Friday 2026-10-30.
        Assert.Contains("2026年9月28日", receipt.Html, StringComparison.Ordinal);
        Assert.Contains("2026年10月30日", receipt.Html, StringComparison.Ordinal);
        Assert.Contains("挂号信", receipt.Html, StringComparison.Ordinal);

        var r = await Intake.RequestAsync(App, receipt.Number);
        var handlerId = await App.WithDbAsync(db => db.Set<StaffUser>().IgnoreQueryFilters().Where(u => u.UserName == "handler").Select(u => u.Id).SingleAsync());
        Assert.Equal(RequestChannel.RegisteredPost, r.Channel);
        Assert.Equal(new DateOnly(2026, 9, 28), r.ReceivedOn);
        Assert.Equal(handlerId, r.RegisteredById);
        Assert.Equal(IntakeApp.Now.UtcDateTime, DateTime.SpecifyKind(r.SubmittedUtc, DateTimeKind.Utc));
        var clock = await App.WithDbAsync(db => db.Clocks.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Id == r.ClockId));
        Assert.Equal(new DateOnly(2026, 9, 28), ChinaTime.ToChinaDate(clock.StartUtc));
        Assert.Equal(new DateOnly(2026, 10, 30), clock.DueDate);
        Assert.Equal(ClockLevel.Overdue, clock.Level);
        var first = await App.WithDbAsync(db => db.Set<RequestEvent>().AsNoTracking().SingleAsync(e => e.RequestId == r.Id));
        Assert.Contains("马志强", first.ActorName, StringComparison.Ordinal);
        Assert.Contains("挂号信", first.InternalNote, StringComparison.Ordinal);

        // The receipt is shown once; the applicant then follows it on /track like an online application.
        await Http.ExpectRedirectAsync(await staff.GetAsync(Url + "?handler=Receipt"), Url, App);
        await Http.ExpectOkAsync(await App.CreateBrowser().GetAsync($"/track?number={receipt.Number}&code={receipt.Code}"), App, "已登记", "2026年10月30日");
    }

    [Fact]
    public async Task The_dispatcher_registers_an_application_handed_in_today_at_a_township_office()
    {
        var staff = await App.LoginAsAsync("dispatcher");

        var receipt = await RegisterAsync(staff, await FieldsAsync("InPerson", "2026-11-23", "SFX-CG-ZF", "陈阿婆"));

        // Handed in today, Monday 2026-11-23 → 20 working days → Monday 2026-12-21.
        Assert.Contains("2026年12月21日", receipt.Html, StringComparison.Ordinal);
        Assert.Contains("城关镇人民政府党政办", receipt.Html, StringComparison.Ordinal);
        var r = await Intake.RequestAsync(App, receipt.Number);
        Assert.Equal(RequestChannel.InPerson, r.Channel);
        var clock = await App.WithDbAsync(db => db.Clocks.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Id == r.ClockId));
        Assert.Equal(IntakeApp.Now.UtcDateTime, DateTime.SpecifyKind(clock.StartUtc, DateTimeKind.Utc));
        Assert.StartsWith("/", r.OrgPath, StringComparison.Ordinal);
        var officePath = await App.WithDbAsync(db => db.OrgUnits.IgnoreQueryFilters().Where(u => u.Code == "SFX-CG-ZF").Select(u => u.Path).SingleAsync());
        Assert.Equal(officePath, r.OrgPath);
    }

    [Theory]
    [InlineData("2026-11-24", "收到申请的日期不能晚于今天")]
    [InlineData("2026-09-23", "收到申请的日期不能早于60天前")]
    [InlineData("", "请填写收到申请的日期")]
    public async Task A_receipt_date_in_the_future_or_more_than_60_days_back_is_refused_and_nothing_is_written(string date, string message)
    {
        var staff = await App.LoginAsAsync("handler");
        var before = await Intake.CountAsync(App);

        var response = await Intake.PostMultipartAsync(App, staff, Url, await FieldsAsync("OrdinaryPost", date));

        await Http.ExpectOkAsync(response, App, message, "刘大爷");
        Assert.Equal(before, await Intake.CountAsync(App));
    }

    [Fact]
    public async Task A_township_clerk_can_only_register_for_agencies_in_scope()
    {
        var clerk = await App.LoginAsAsync("cg.clerk");
        var form = await Http.ExpectOkAsync(await clerk.GetAsync(Url), App, "城关镇人民政府党政办");
        Assert.DoesNotContain("示范县民政局", form, StringComparison.Ordinal);
        Assert.DoesNotContain("东河乡人民政府党政办", form, StringComparison.Ordinal);
        var before = await Intake.CountAsync(App);

        var response = await Intake.PostMultipartAsync(App, clerk, Url, await FieldsAsync("InPerson", "2026-11-23", "SFX-MZJ"));

        await Http.ExpectOkAsync(response, App, "请选择向哪个机关申请");
        Assert.Equal(before, await Intake.CountAsync(App));
    }

    [Fact]
    public async Task Staff_without_a_handling_role_cannot_register_and_the_public_cannot_reach_the_page()
    {
        var reviewer = await App.LoginAsAsync("reviewer");
        await Http.ExpectRedirectAsync(await reviewer.GetAsync(Url), "/admin/denied", App);
        await Http.ExpectRedirectAsync(await App.CreateBrowser().GetAsync(Url), "/admin/login", App);
    }
}

public sealed class IntakeRegistrationTests_Sqlite(IntakeSqliteApp fixture) : IntakeRegistrationTests(fixture), IClassFixture<IntakeSqliteApp>;

public sealed class IntakeRegistrationTests_Postgres(IntakePostgresApp fixture) : IntakeRegistrationTests(fixture), IClassFixture<IntakePostgresApp>;
