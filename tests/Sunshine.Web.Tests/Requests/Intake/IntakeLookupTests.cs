using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sunshine.Domain.Requests;
using Sunshine.Web.Features.Requests;
using Sunshine.Web.Platform.Files;
using Sunshine.Web.Tests.Infrastructure;

namespace Sunshine.Web.Tests.Requests.Intake;

/// <summary>
/// Finding an application again: the portal's /track page (through <see cref="RequestTrackingSource"/>) and the
/// applicant's own page /requests/status. Right code: the timeline and the deadline; wrong code or unknown number:
/// the same "not found"; the applicant's name and ID number never in clear.
/// </summary>
public abstract class IntakeLookupTests(IntakeApp fixture)
{
    private const string TrackNotFound = "未找到与该受理编号和查询码相符的记录";

    private SunshineFactory App => fixture.App;

    private static string WrongCode(string code) => ((int.Parse(code, System.Globalization.CultureInfo.InvariantCulture) + 1) % 100_000_000).ToString("00000000", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_tracking_page_finds_the_application_with_its_code_and_answers_alike_for_a_wrong_code_or_an_unknown_number()
    {
        var receipt = await Intake.ApplyAsync(App, await Intake.PersonAsync(App, "欧阳娜娜"));
        var client = App.CreateBrowser();

        // Received 2026-11-23 (day 0) → 20 working days → Monday 2026-12-21 (no holiday in between).
        var found = await Http.ExpectOkAsync(await client.GetAsync($"/track?number={receipt.Number.ToLowerInvariant()}&code={receipt.Code}"), App,
            "政府信息公开申请", "依申请公开", "已登记", "2026年12月21日", "已收到您的申请，受理编号" + receipt.Number);
        AssertNoPersonalData(found);

        var wrongCode = await Http.ExpectOkAsync(await client.GetAsync($"/track?number={receipt.Number}&code={WrongCode(receipt.Code)}"), App, TrackNotFound);
        var unknown = await Http.ExpectOkAsync(await client.GetAsync($"/track?number=YSQ-2026-999999&code={receipt.Code}"), App, TrackNotFound);
        Assert.DoesNotContain("已登记", wrongCode, StringComparison.Ordinal);
        Assert.DoesNotContain("已登记", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_status_page_shows_the_masked_applicant_the_deadline_and_the_days_left_only_with_the_right_code()
    {
        var receipt = await Intake.ApplyAsync(App, await Intake.PersonAsync(App, "欧阳娜娜"));
        var client = App.CreateBrowser();

        var page = await Http.ExpectOkAsync(await PostStatusAsync(client, receipt.Number, receipt.Code), App,
            "欧阳**", "示范县民政局", "已登记", "2026年11月23日", "2026年12月21日", "还剩 20 个工作日", "已收到您的申请");
        AssertNoPersonalData(page);
        Assert.DoesNotContain("code=", page, StringComparison.Ordinal);

        var wrong = await Http.ExpectOkAsync(await PostStatusAsync(client, receipt.Number, WrongCode(receipt.Code)), App, "未找到该申请：受理编号或查询码不正确");
        Assert.DoesNotContain("示范县民政局", wrong, StringComparison.Ordinal);
        var unknown = await Http.ExpectOkAsync(await PostStatusAsync(client, "YSQ-2026-999999", receipt.Code), App, "未找到该申请：受理编号或查询码不正确");
        Assert.DoesNotContain("欧阳", unknown, StringComparison.Ordinal);
        await Http.ExpectOkAsync(await PostStatusAsync(client, receipt.Number, ""), App, "请填写查询码");
    }

    [Fact]
    public async Task Once_replied_the_applicant_reads_the_reply_and_downloads_released_documents_only_with_the_code()
    {
        var receipt = await Intake.ApplyAsync(App, await Intake.PersonAsync(App, "欧阳娜娜"), ("身份证.png", Intake.Png));
        var r = await Intake.RequestAsync(App, receipt.Number);
        var pdf = "%PDF-1.4 答复材料"u8.ToArray();
        // What the workflow module does when a reply is approved (set here directly: this test is about the applicant's view).
        var (documentId, identityId) = await App.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<Sunshine.Web.Platform.Db.SunshineDb>();
            var files = sp.GetRequiredService<FileStore>();
            var q = await db.Set<DisclosureRequest>().IgnoreQueryFilters().SingleAsync(x => x.Id == r.Id);
            q.Status = RequestStatus.Replied;
            q.Outcome = ReplyOutcome.PartiallyDisclosed;
            q.ReplyText = "欧阳娜娜：\n您申请的信息部分公开，见附件。身份证号码 " + Intake.IdNumber + " 已核实。";
            q.RepliedUtc = IntakeApp.Now.UtcDateTime;
            q.ClosedOn = new DateOnly(2026, 11, 23);
            var stored = await files.SaveAsync(new MemoryStream(pdf), "答复材料.pdf", RequestIntake.OwnerType, r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var doc = new RequestAttachment { RequestId = r.Id, FileId = stored.Id, Purpose = AttachmentPurpose.ReplyDocument, VisibleToApplicant = true };
            db.Set<RequestAttachment>().Add(doc);
            db.Set<RequestEvent>().Add(new RequestEvent { RequestId = r.Id, AtUtc = IntakeApp.Now.UtcDateTime.AddMinutes(5), FromStatus = RequestStatus.ReplyDrafted, ToStatus = RequestStatus.Replied, PublicText = "已答复：部分公开。", IsPublic = true, ActorName = "test" });
            db.Set<RequestEvent>().Add(new RequestEvent { RequestId = r.Id, AtUtc = IntakeApp.Now.UtcDateTime.AddMinutes(6), ToStatus = RequestStatus.Replied, PublicText = "内部备注不应公开", IsPublic = false, ActorName = "test" });
            await db.SaveChangesAsync();
            var identity = await db.Set<RequestAttachment>().Where(a => a.RequestId == r.Id && a.Purpose == AttachmentPurpose.IdentityDocument).Select(a => a.Id).SingleAsync();
            return (doc.Id, identity);
        });
        var client = App.CreateBrowser();

        var page = await Http.ExpectOkAsync(await PostStatusAsync(client, receipt.Number, receipt.Code), App,
            "已答复", "部分公开", "欧阳**：", "110105********002X", "答复材料.pdf", "已答复：部分公开。");
        AssertNoPersonalData(page);
        Assert.DoesNotContain("内部备注不应公开", page, StringComparison.Ordinal);
        Assert.DoesNotContain("还剩", page, StringComparison.Ordinal);
        Assert.DoesNotContain("身份证.png", page, StringComparison.Ordinal);

        var download = await PostDownloadAsync(client, receipt.Number, receipt.Code, documentId);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());

        var wrongCode = await PostDownloadAsync(client, receipt.Number, WrongCode(receipt.Code), documentId);
        var body = await Http.ExpectOkAsync(wrongCode, App, "未找到该申请");
        Assert.Equal("text/html", wrongCode.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("%PDF", body, StringComparison.Ordinal);

        // The identity document is the applicant's own upload for the agency, not a reply document: not served.
        Assert.Equal(HttpStatusCode.NotFound, (await PostDownloadAsync(client, receipt.Number, receipt.Code, identityId)).StatusCode);
        // There is no address that serves a document without the code: a GET shows the lookup form.
        var get = await client.GetAsync($"/requests/status?handler=Download&attachment={documentId}&Number={receipt.Number}");
        await Http.ExpectOkAsync(get, App, "输入受理编号和查询码");
        Assert.Equal("text/html", get.Content.Headers.ContentType?.MediaType);
    }

    private async Task<HttpResponseMessage> PostStatusAsync(HttpClient client, string number, string code)
        => await Intake.PostFormAsync(App, client, "/requests/status", "/requests/status", new() { ["Number"] = number, ["Code"] = code });

    private async Task<HttpResponseMessage> PostDownloadAsync(HttpClient client, string number, string code, long attachment)
        => await Intake.PostFormAsync(App, client, "/requests/status", "/requests/status?handler=Download", new()
        {
            ["Number"] = number,
            ["Code"] = code,
            ["attachment"] = attachment.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    private static void AssertNoPersonalData(string body)
    {
        Assert.DoesNotContain("欧阳娜娜", body, StringComparison.Ordinal);
        Assert.DoesNotContain(Intake.IdNumber, body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("13912345678", body, StringComparison.Ordinal);
        Assert.DoesNotContain("applicant@example.com", body, StringComparison.Ordinal);
        Assert.DoesNotContain("东街8号", body, StringComparison.Ordinal);
    }
}

public sealed class IntakeLookupTests_Sqlite(IntakeSqliteApp fixture) : IntakeLookupTests(fixture), IClassFixture<IntakeSqliteApp>;

public sealed class IntakeLookupTests_Postgres(IntakePostgresApp fixture) : IntakeLookupTests(fixture), IClassFixture<IntakePostgresApp>;
