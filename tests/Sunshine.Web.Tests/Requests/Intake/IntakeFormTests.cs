using Microsoft.EntityFrameworkCore;
using Sunshine.Domain.Calendar;
using Sunshine.Domain.Requests;
using Sunshine.Web.Features.Requests;
using Sunshine.Web.Platform.Calendar;
using Sunshine.Web.Platform.Notifications;
using Sunshine.Web.Tests.Infrastructure;

namespace Sunshine.Web.Tests.Requests.Intake;

/// <summary>
/// The public application form: what is stored for each kind of applicant, the acknowledgement (tracking number,
/// query code, due date) and the all-or-nothing rule for bad input. "Now" is Monday 2026-11-23 10:00 China time.
/// </summary>
public abstract class IntakeFormTests(IntakeApp fixture)
{
    private SunshineFactory App => fixture.App;

    [Fact]
    public async Task A_citizen_applies_online_and_the_receipt_shows_number_code_and_the_due_date_20_working_days_later()
    {
        var before = await Intake.CountAsync(App);

        var receipt = await Intake.ApplyAsync(App, await Intake.PersonAsync(App), ("身份证.png", Intake.Png));

        // Received Monday 2026-11-23 = day 0. Working days from Tue 11-24: Nov 24,25,26,27 (4), Nov 30–Dec 4 (9),
        // Dec 7–11 (14), Dec 14–18 (19), Mon Dec 21 (20): no holiday in between → due 2026-12-21.
        Assert.Contains("2026年11月23日", receipt.Html, StringComparison.Ordinal);
        Assert.Contains("2026年12月21日", receipt.Html, StringComparison.Ordinal);
        Assert.Contains("示范县民政局", receipt.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("张三", receipt.Html, StringComparison.Ordinal);

        var r = await Intake.RequestAsync(App, receipt.Number);
        Assert.Equal(ApplicantKind.NaturalPerson, r.ApplicantKind);
        Assert.Equal("张三", r.ApplicantName);
        Assert.Equal(Intake.IdNumber, r.IdNumber);
        Assert.Equal(RequestChannel.Online, r.Channel);
        Assert.Equal(RequestStatus.Received, r.Status);
        Assert.Equal(new DateOnly(2026, 11, 23), r.ReceivedOn);
        Assert.Equal(PreferredForm.Electronic, r.PreferredForm);
        Assert.Null(r.RegisteredById);
        Assert.Matches("^[0-9a-f]{64}$", r.QueryCodeHash);
        Assert.DoesNotContain(receipt.Code, r.QueryCodeHash, StringComparison.Ordinal);
        Assert.True(Sunshine.Web.Platform.Web.QueryCodes.Matches(r.QueryCodeHash, receipt.Number, receipt.Code));

        var clock = await App.WithDbAsync(db => db.Clocks.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Id == r.ClockId));
        Assert.Equal(RequestIntake.OwnerType, clock.OwnerType);
        Assert.Equal(r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), clock.OwnerId);
        Assert.Equal(BudgetUnit.WorkingDays, clock.Unit);
        Assert.Equal(20, clock.Budget);
        Assert.Equal(ClockState.Running, clock.State);
        Assert.Equal(new DateOnly(2026, 12, 21), clock.DueDate);
        Assert.Equal(IntakeApp.Now.UtcDateTime, DateTime.SpecifyKind(clock.StartUtc, DateTimeKind.Utc));

        var first = await App.WithDbAsync(db => db.Set<RequestEvent>().AsNoTracking().SingleAsync(e => e.RequestId == r.Id));
        Assert.True(first.IsPublic);
        Assert.Equal(RequestStatus.Received, first.ToStatus);
        Assert.StartsWith("已收到您的申请，受理编号" + receipt.Number, first.PublicText, StringComparison.Ordinal);

        var mail = await App.WithDbAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.Reference == $"disclosure-request:{r.Id}"));
        Assert.Equal(OutboxChannel.Email, mail.Channel);
        Assert.Equal("applicant@example.com", mail.To);
        Assert.Contains(receipt.Number, mail.Body, StringComparison.Ordinal);
        Assert.Contains("2026年12月21日", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(receipt.Code, mail.Body, StringComparison.Ordinal);

        var attachment = await App.WithDbAsync(db => db.Set<RequestAttachment>().AsNoTracking().SingleAsync(a => a.RequestId == r.Id));
        Assert.Equal(AttachmentPurpose.IdentityDocument, attachment.Purpose);
        Assert.False(attachment.VisibleToApplicant);

        var after = await Intake.CountAsync(App);
        Assert.Equal(before with
        {
            Requests = before.Requests + 1,
            Events = before.Events + 1,
            Clocks = before.Clocks + 1,
            Files = before.Files + 1,
            Attachments = before.Attachments + 1,
            Outbox = before.Outbox + 1,
            Serial = before.Serial + 1,
            FilesOnDisk = before.FilesOnDisk + 1
        }, after);
    }

    [Fact]
    public async Task The_receipt_is_shown_once_and_the_code_never_appears_in_an_address()
    {
        var client = App.CreateBrowser();
        var response = await Intake.PostMultipartAsync(App, client, "/requests/apply", await Intake.PersonAsync(App, "李雷"));
        var location = await Http.ExpectRedirectAsync(response, "/requests/submitted", App);
        Assert.Equal("", location.Query);

        var first = await Http.ExpectOkAsync(await client.GetAsync("/requests/submitted"), App, "请妥善保存", "打印回执");
        var receipt = Intake.ReadReceipt(first, App);
        var again = await Http.ExpectOkAsync(await client.GetAsync("/requests/submitted"), App, "回执只显示一次");
        Assert.DoesNotContain(receipt.Code, again, StringComparison.Ordinal);
        Assert.DoesNotContain(receipt.Number, again, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Commercial", ApplicantKind.Commercial, 0)]
    [InlineData("Research", ApplicantKind.Research, 1)]
    [InlineData("PublicInterest", ApplicantKind.PublicInterest, 2)]
    [InlineData("LegalService", ApplicantKind.LegalService, 3)]
    [InlineData("OtherOrganisation", ApplicantKind.OtherOrganisation, 4)]
    public async Task An_organisation_applies_and_its_kind_is_stored_for_Table_3(string posted, ApplicantKind expected, int codeIndex)
    {
        var fields = await Intake.OrganisationAsync(App, posted, Intake.CreditCodes[codeIndex].ToLowerInvariant());
        // Person fields left over from a first choice must not be stored for an organisation.
        fields["Input.Name"] = "不应保存";
        fields["Input.IdNumber"] = "not-used";

        var receipt = await Intake.ApplyAsync(App, fields);

        Assert.Contains("示范县卫生健康局", receipt.Html, StringComparison.Ordinal);
        var r = await Intake.RequestAsync(App, receipt.Number);
        Assert.Equal(expected, r.ApplicantKind);
        Assert.Equal("示范县某某科技有限公司", r.ApplicantName);
        Assert.Equal(Intake.CreditCodes[codeIndex], r.OrganisationCode);
        Assert.Equal("王五", r.ContactPerson);
        Assert.Equal("李四", r.LegalRepresentative);
        Assert.Null(r.IdNumber);
        Assert.Null(r.IdType);
        Assert.Equal(PreferredForm.Paper, r.PreferredForm);
    }

    public static TheoryData<string, string, string> BadInputs => new()
    {
        // field, value, the Chinese message the form must show
        { "Input.IdNumber", "110105194912310021", "居民身份证号码不正确" },
        { "Input.IdNumber", "", "请填写证件号码" },
        { "Input.Name", " ", "请填写申请人姓名" },
        { "Input.Description", "低保", "所需信息的描述太短" },
        { "Input.AgencyUnitId", "0", "请选择向哪个机关申请" },
        { "Input.Kind", "Alien", "请选择申请人类型" },
        { "Input.Email", "not-an-address", "电子邮箱格式不正确" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_shows_the_form_again_with_a_Chinese_message_and_writes_nothing(string field, string value, string message)
    {
        var fields = await Intake.PersonAsync(App, "韩梅梅");
        fields[field] = value;
        var before = await Intake.CountAsync(App);

        var response = await Intake.PostMultipartAsync(App, App.CreateBrowser(), "/requests/apply", fields, ("id.png", Intake.Png));

        // The form comes back filled in (here: the address), with the message.
        var html = await Http.ExpectOkAsync(response, App, message, "需要修改", "示范县城关镇东街8号");
        Assert.Equal(before, await Intake.CountAsync(App));
        Assert.DoesNotContain("请妥善保存", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_any_contact_the_application_is_refused_and_nothing_is_written()
    {
        var fields = await Intake.PersonAsync(App);
        fields.Remove("Input.Phone");
        fields["Input.Email"] = "";
        fields["Input.Address"] = "  ";
        fields["Input.PreferredForm"] = "Paper";
        var before = await Intake.CountAsync(App);

        var response = await Intake.PostMultipartAsync(App, App.CreateBrowser(), "/requests/apply", fields, ("id.png", Intake.Png));

        await Http.ExpectOkAsync(response, App, "请至少填写一种联系方式：联系电话、电子邮箱或通信地址。");
        Assert.Equal(before, await Intake.CountAsync(App));
    }

    [Theory]
    [InlineData("91350100M000100Y44", "统一社会信用代码的校验位不正确")]
    [InlineData("91350100M00010", "统一社会信用代码应为18位")]
    [InlineData("91350100I000100Y43", "统一社会信用代码应为18位")]
    [InlineData("", "请填写统一社会信用代码")]
    public async Task A_wrong_credit_code_is_refused_in_Chinese_and_nothing_is_written(string code, string message)
    {
        var fields = await Intake.OrganisationAsync(App, "Commercial", code);
        var before = await Intake.CountAsync(App);

        var response = await Intake.PostMultipartAsync(App, App.CreateBrowser(), "/requests/apply", fields, ("licence.png", Intake.Png));

        await Http.ExpectOkAsync(response, App, message, "示范县某某科技有限公司");
        Assert.Equal(before, await Intake.CountAsync(App));
    }

    [Fact]
    public async Task An_organisation_without_contact_person_is_refused()
    {
        var fields = await Intake.OrganisationAsync(App, "Research", Intake.CreditCodes[1]);
        fields["Input.ContactPerson"] = "";
        var before = await Intake.CountAsync(App);

        await Http.ExpectOkAsync(await Intake.PostMultipartAsync(App, App.CreateBrowser(), "/requests/apply", fields), App, "请填写联系人姓名");
        Assert.Equal(before, await Intake.CountAsync(App));
    }

    [Fact]
    public async Task A_file_whose_content_is_not_what_its_name_says_rolls_everything_back_and_leaves_no_file()
    {
        var fields = await Intake.PersonAsync(App, "王小明");
        var before = await Intake.CountAsync(App);

        // The first file is fine and is written to disk before the second one is found to be fake: both must go.
        var response = await Intake.PostMultipartAsync(App, App.CreateBrowser(), "/requests/apply", fields,
            ("正面.png", Intake.Png), ("反面.png", "这不是图片"u8.ToArray()));

        await Http.ExpectOkAsync(response, App, "内容与扩展名不符", "王小明");
        var after = await Intake.CountAsync(App);
        // The tracking number taken for it is not reused (TrackingNumbers never reuses numbers); nothing else remains.
        Assert.Equal(before with { Serial = before.Serial + 1 }, after);
    }

    [Fact]
    public async Task A_file_type_other_than_pdf_or_image_is_refused_before_anything_is_written()
    {
        var before = await Intake.CountAsync(App);

        var response = await Intake.PostMultipartAsync(App, App.CreateBrowser(), "/requests/apply", await Intake.PersonAsync(App), ("身份证.exe", "MZ"u8.ToArray()));

        await Http.ExpectOkAsync(response, App, "文件“身份证.exe”的类型不支持");
        Assert.Equal(before, await Intake.CountAsync(App));
    }

    [Fact]
    public async Task The_landing_page_and_the_form_open_without_signing_in()
    {
        var client = App.CreateBrowser();
        await Http.ExpectOkAsync(await client.GetAsync("/requests"), App, "依申请公开", "20个工作日", "/requests/apply", "/disclosure", "/tools/deadline");
        var form = await Http.ExpectOkAsync(await client.GetAsync("/requests/apply"), App,
            "申请人类型", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他组织", "统一社会信用代码", "示范县民政局", "城关镇人民政府党政办");
        // Only agencies: no villages, windows or service centres in the list.
        Assert.DoesNotContain("南关村", form, StringComparison.Ordinal);
        Assert.DoesNotContain("综合受理窗口", form, StringComparison.Ordinal);
    }
}

public sealed class IntakeFormTests_Sqlite(IntakeSqliteApp fixture) : IntakeFormTests(fixture), IClassFixture<IntakeSqliteApp>;

public sealed class IntakeFormTests_Postgres(IntakePostgresApp fixture) : IntakeFormTests(fixture), IClassFixture<IntakePostgresApp>;
