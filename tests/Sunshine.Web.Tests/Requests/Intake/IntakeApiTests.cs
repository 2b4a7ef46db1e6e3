using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Sunshine.Domain.Requests;
using Sunshine.Web.Tests.Infrastructure;

namespace Sunshine.Web.Tests.Requests.Intake;

/// <summary>POST /api/v1/requests and POST /api/v1/requests/status: JSON in, RFC 7807 problems with Chinese titles out.</summary>
public abstract class IntakeApiTests(IntakeApp fixture)
{
    private SunshineFactory App => fixture.App;

    private async Task<object> PersonBodyAsync(string name = "赵铁柱", string idNumber = Intake.IdNumber, string? phone = "13912345678", string kind = "NaturalPerson") => new
    {
        applicantKind = kind,
        name,
        idType = "ResidentIdCard",
        idNumber,
        phone,
        email = "tiezhu@example.com",
        description = "示范县2026年城区道路改造项目的立项批复文件",
        preferredForm = "Email",
        agencyUnitId = await Intake.UnitIdAsync(App, "SFX-ZFB"),
    };

    [Fact]
    public async Task Submitting_by_API_returns_201_with_number_code_and_the_due_date_and_the_status_call_finds_it()
    {
        var client = App.CreateClient();
        var created = await client.PostAsJsonAsync("/api/v1/requests", await PersonBodyAsync());
        var json = await Http.ExpectAsync(created, HttpStatusCode.Created, App, "\"trackingNumber\":\"YSQ-2026-", "\"receivedOn\":\"2026-11-23\"", "\"dueOn\":\"2026-12-21\"");
        using var doc = JsonDocument.Parse(json);
        var number = doc.RootElement.GetProperty("trackingNumber").GetString()!;
        var code = doc.RootElement.GetProperty("queryCode").GetString()!;
        Assert.Matches("^[0-9]{8}$", code);
        Assert.Equal("示范县人民政府办公室", doc.RootElement.GetProperty("agency").GetString());
        var stored = await Intake.RequestAsync(App, number);
        Assert.Equal(ApplicantKind.NaturalPerson, stored.ApplicantKind);
        Assert.Equal(Sunshine.Web.Features.Requests.RequestChannel.Online, stored.Channel);
        Assert.Equal(Sunshine.Web.Features.Requests.PreferredForm.Email, stored.PreferredForm);

        // Received 2026-11-23 (Monday, day 0) → 20 working days → 2026-12-21.
        var status = await client.PostAsJsonAsync("/api/v1/requests/status", new { trackingNumber = number, queryCode = code });
        var body = await Http.ExpectOkAsync(status, App, "\"status\":\"Received\"", "\"statusLabel\":\"已登记\"", "\"dueOn\":\"2026-12-21\"",
            "\"remainingWorkingDays\":20", "已收到您的申请，受理编号" + number, "\"at\":\"2026-11-23T10:00:00+08:00\"");
        Assert.DoesNotContain("赵铁柱", body, StringComparison.Ordinal);
        Assert.DoesNotContain(Intake.IdNumber, body, StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", body, StringComparison.Ordinal);
        Assert.DoesNotContain("tiezhu@example.com", body, StringComparison.Ordinal);
        Assert.DoesNotContain(code, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_code_and_an_unknown_number_get_the_same_404()
    {
        var client = App.CreateClient();
        var created = await client.PostAsJsonAsync("/api/v1/requests", await PersonBodyAsync("钱多多"));
        using var doc = JsonDocument.Parse(await Http.ExpectAsync(created, HttpStatusCode.Created, App));
        var number = doc.RootElement.GetProperty("trackingNumber").GetString()!;
        var code = doc.RootElement.GetProperty("queryCode").GetString()!;
        var wrong = code == "00000000" ? "00000001" : "00000000";

        var a = await Http.ExpectAsync(await client.PostAsJsonAsync("/api/v1/requests/status", new { trackingNumber = number, queryCode = wrong }),
            HttpStatusCode.NotFound, App, "未找到该申请：受理编号或查询码不正确");
        var b = await Http.ExpectAsync(await client.PostAsJsonAsync("/api/v1/requests/status", new { trackingNumber = "YSQ-2026-999999", queryCode = code }),
            HttpStatusCode.NotFound, App, "未找到该申请：受理编号或查询码不正确");
        Assert.Equal(Title(a), Title(b));
        Assert.DoesNotContain("钱多多", a, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_JSON_applications_get_400_problem_details_in_Chinese_per_field_and_nothing_is_written()
    {
        var client = App.CreateClient();
        var before = await Intake.CountAsync(App);

        var bad = await client.PostAsJsonAsync("/api/v1/requests", await PersonBodyAsync(idNumber: "110105194912310021", phone: null, kind: "Robot"));
        var body = await Http.ExpectAsync(bad, HttpStatusCode.BadRequest, App, "申请内容有误", "“Robot”不是有效的值", "NaturalPerson、Commercial");
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        using (var doc = JsonDocument.Parse(body))
        {
            var errors = doc.RootElement.GetProperty("errors");
            Assert.Contains("“Robot”不是有效的值", errors.GetProperty("applicantKind")[0].GetString(), StringComparison.Ordinal);
        }

        var person = await client.PostAsJsonAsync("/api/v1/requests", new
        {
            applicantKind = "NaturalPerson",
            name = "孙小美",
            idType = "ResidentIdCard",
            idNumber = "110105194912310021",
            description = "某文件",
            preferredForm = "Paper",
            agencyUnitId = await Intake.UnitIdAsync(App, "SFX-CG"),
        });
        var problems = await Http.ExpectAsync(person, HttpStatusCode.BadRequest, App, "居民身份证号码不正确", "请至少填写一种联系方式", "请选择向哪个机关申请", "所需信息的描述太短");
        using (var doc = JsonDocument.Parse(problems))
        {
            var errors = doc.RootElement.GetProperty("errors");
            Assert.True(errors.TryGetProperty("idNumber", out _), problems);
            Assert.True(errors.TryGetProperty("contact", out _), problems);
            Assert.True(errors.TryGetProperty("agencyUnitId", out _), problems);
            Assert.True(errors.TryGetProperty("description", out _), problems);
        }

        // The endpoint declares application/json: routing answers another content type with 415.
        var notJson = await client.PostAsync("/api/v1/requests", new StringContent("applicantKind=NaturalPerson", Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.StatusCode);
        var broken = await client.PostAsync("/api/v1/requests", new StringContent("{\"applicantKind\":", Encoding.UTF8, "application/json"));
        await Http.ExpectAsync(broken, HttpStatusCode.BadRequest, App, "请求内容应为 JSON");

        Assert.Equal(before, await Intake.CountAsync(App));
    }

    [Fact]
    public async Task An_organisation_applies_by_API_and_the_agency_list_and_the_OpenAPI_document_describe_the_endpoints()
    {
        var client = App.CreateClient();
        var agencies = await Http.ExpectOkAsync(await client.GetAsync("/api/v1/requests/agencies"), App, "示范县民政局", "城关镇人民政府党政办", "\"kind\":\"TownshipOffice\"");
        Assert.DoesNotContain("南关村", agencies, StringComparison.Ordinal);

        var created = await client.PostAsJsonAsync("/api/v1/requests", new
        {
            applicantKind = "legalService",
            organisationName = "示范县某律师事务所",
            organisationCode = Intake.CreditCodes[3],
            contactPerson = "周律师",
            address = "示范县城关镇西街1号",
            description = "2025年度行政处罚决定书目录",
            preferredForm = "ViewOnSite",
            agencyUnitId = await Intake.UnitIdAsync(App, "SFX-SCJ"),
        });
        using var doc = JsonDocument.Parse(await Http.ExpectAsync(created, HttpStatusCode.Created, App, "示范县市场监督管理局"));
        var stored = await Intake.RequestAsync(App, doc.RootElement.GetProperty("trackingNumber").GetString()!);
        Assert.Equal(ApplicantKind.LegalService, stored.ApplicantKind);
        Assert.Equal("示范县某律师事务所", stored.ApplicantName);

        await Http.ExpectOkAsync(await client.GetAsync("/openapi/v1.json"), App, "/api/v1/requests/status", "RequestSubmit", "提交政府信息公开申请");
    }

    private static string? Title(string problemJson)
    {
        using var doc = JsonDocument.Parse(problemJson);
        return doc.RootElement.GetProperty("title").GetString();
    }
}

public sealed class IntakeApiTests_Sqlite(IntakeSqliteApp fixture) : IntakeApiTests(fixture), IClassFixture<IntakeSqliteApp>;

public sealed class IntakeApiTests_Postgres(IntakePostgresApp fixture) : IntakeApiTests(fixture), IClassFixture<IntakePostgresApp>;

/// <summary>Lookups are rate-limited per client address (a class of its own: it uses up the limit of its app).</summary>
public abstract class IntakeRateLimitTests(IntakeApp fixture)
{
    [Fact]
    public async Task Status_lookups_beyond_the_tracking_limit_get_429()
    {
        var app = fixture.App;
        var client = app.CreateClient();
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 32; i++)
        {
            var r = await client.PostAsJsonAsync("/api/v1/requests/status", new { trackingNumber = "YSQ-2026-999999", queryCode = "12345678" });
            codes.Add(r.StatusCode);
        }
        // WebSetup.TrackingPolicy: 30 per minute per address.
        Assert.All(codes.Take(30), c => Assert.Equal(HttpStatusCode.NotFound, c));
        Assert.Equal(HttpStatusCode.TooManyRequests, codes[^1]);
        var submit = await client.PostAsJsonAsync("/api/v1/requests", new { applicantKind = "NaturalPerson" });
        Assert.Equal(HttpStatusCode.TooManyRequests, submit.StatusCode);
    }
}

public sealed class IntakeRateLimitTests_Sqlite(IntakeSqliteApp fixture) : IntakeRateLimitTests(fixture), IClassFixture<IntakeSqliteApp>;

public sealed class IntakeRateLimitTests_Postgres(IntakePostgresApp fixture) : IntakeRateLimitTests(fixture), IClassFixture<IntakePostgresApp>;
