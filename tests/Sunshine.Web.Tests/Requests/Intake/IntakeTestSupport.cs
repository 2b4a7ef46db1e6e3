using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sunshine.Web.Features.Requests;
using Sunshine.Web.Platform.Files;
using Sunshine.Web.Platform.Web;
using Sunshine.Web.Tests.Infrastructure;

namespace Sunshine.Web.Tests.Requests.Intake;

/// <summary>
/// The app on a database of its own with the clock stopped at Monday 2026-11-23 10:00 China time, so every receipt
/// date and due date in these tests is fixed and can be counted by hand.
/// </summary>
public abstract class IntakeApp(DbProvider provider) : AppFixture(provider, Now)
{
    /// <summary>2026-11-23 10:00 in China (UTC+8).</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Time => FakeTime!;
}

public sealed class IntakeSqliteApp() : IntakeApp(DbProvider.Sqlite);

public sealed class IntakePostgresApp() : IntakeApp(DbProvider.Postgres);

/// <summary>What a person types into the forms, and how the tests read the answers.</summary>
public static partial class Intake
{
    /// <summary>A valid resident ID number (GB 11643 check character X).</summary>
    public const string IdNumber = "11010519491231002X";

    /// <summary>Valid 统一社会信用代码 (GB 32100 check characters verified by hand).</summary>
    public static readonly string[] CreditCodes = ["91350100M000100Y43", "91440300708461136T", "12100000400000624D", "91110108551385082Q", "91350100M000100Y43"];

    public static Task<int> UnitIdAsync(SunshineFactory app, string code)
        => app.WithDbAsync(db => db.OrgUnits.IgnoreQueryFilters().Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    public static async Task<Dictionary<string, string>> PersonAsync(SunshineFactory app, string name = "张三", string unit = "SFX-MZJ") => new()
    {
        ["Input.Kind"] = "NaturalPerson",
        ["Input.Name"] = name,
        ["Input.IdType"] = "ResidentIdCard",
        ["Input.IdNumber"] = IdNumber,
        ["Input.Phone"] = "13912345678",
        ["Input.Email"] = "applicant@example.com",
        ["Input.Address"] = "示范县城关镇东街8号",
        ["Input.PostCode"] = "100000",
        ["Input.AgencyUnitId"] = (await UnitIdAsync(app, unit)).ToString(CultureInfo.InvariantCulture),
        ["Input.Description"] = "2026年城乡居民最低生活保障资金发放情况及标准调整文件",
        ["Input.Purpose"] = "了解政策",
        ["Input.PreferredForm"] = "Electronic",
    };

    public static async Task<Dictionary<string, string>> OrganisationAsync(SunshineFactory app, string kind, string code, string unit = "SFX-WJJ") => new()
    {
        ["Input.Kind"] = kind,
        ["Input.OrganisationName"] = "示范县某某科技有限公司",
        ["Input.OrganisationCode"] = code,
        ["Input.LegalRepresentative"] = "李四",
        ["Input.ContactPerson"] = "王五",
        ["Input.Phone"] = "0000-6210099",
        ["Input.AgencyUnitId"] = (await UnitIdAsync(app, unit)).ToString(CultureInfo.InvariantCulture),
        ["Input.Description"] = "县医疗机构2025年度医疗服务收费标准文件",
        ["Input.PreferredForm"] = "Paper",
    };

    /// <summary>GETs the form for its antiforgery token, then POSTs it as multipart (like a browser, with optional files).</summary>
    public static async Task<HttpResponseMessage> PostMultipartAsync(SunshineFactory app, HttpClient client, string url,
        Dictionary<string, string> fields, params (string Name, byte[] Content)[] files)
    {
        var token = await app.GetAntiforgeryTokenAsync(client, url);
        using var content = new MultipartFormDataContent();
        foreach (var (k, v) in fields)
        {
            content.Add(new StringContent(v), k);
        }
        content.Add(new StringContent(token), "__RequestVerificationToken");
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
            content.Add(part, "Files", name);
        }
        return await client.PostAsync(url, content);
    }

    public static async Task<HttpResponseMessage> PostFormAsync(SunshineFactory app, HttpClient client, string formUrl, string postUrl, Dictionary<string, string> fields)
    {
        var token = await app.GetAntiforgeryTokenAsync(client, formUrl);
        return await client.PostAsync(postUrl, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    public sealed record Receipt(string Number, string Code, string Html);

    /// <summary>Submits the online form and reads the acknowledgement it redirects to.</summary>
    public static async Task<Receipt> ApplyAsync(SunshineFactory app, Dictionary<string, string> fields, params (string Name, byte[] Content)[] files)
    {
        var client = app.CreateBrowser();
        var response = await PostMultipartAsync(app, client, "/requests/apply", fields, files);
        await Http.ExpectRedirectAsync(response, "/requests/submitted", app);
        var html = await Http.ExpectOkAsync(await client.GetAsync("/requests/submitted"), app, "请妥善保存");
        return ReadReceipt(html, app);
    }

    public static Receipt ReadReceipt(string html, SunshineFactory app)
    {
        var number = NumberPattern().Match(html);
        var code = CodePattern().Match(html);
        if (!number.Success || !code.Success)
        {
            throw new Xunit.Sdk.XunitException("No tracking number or query code in the receipt:\n" + Http.Truncate(html));
        }
        return new Receipt(number.Groups[1].Value, code.Groups[1].Value, html);
    }

    [GeneratedRegex("data-testid=\"tracking-number\">(YSQ-2026-[0-9]{6})<")]
    private static partial Regex NumberPattern();

    [GeneratedRegex("data-testid=\"query-code\">([0-9]{8})<")]
    private static partial Regex CodePattern();

    /// <summary>A tiny real PNG (signature checked by the file store).</summary>
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4];

    public sealed record Counts(int Requests, int Events, int Clocks, int Files, int Attachments, int Outbox, long Serial, int FilesOnDisk);

    /// <summary>Every table an application writes to, and the files on disk.</summary>
    public static async Task<Counts> CountAsync(SunshineFactory app)
    {
        var c = await app.WithDbAsync(async db => new Counts(
            await db.Set<DisclosureRequest>().IgnoreQueryFilters().CountAsync(),
            await db.Set<RequestEvent>().CountAsync(),
            await db.Clocks.IgnoreQueryFilters().CountAsync(c => c.OwnerType == RequestIntake.OwnerType),
            await db.Set<StoredFile>().CountAsync(),
            await db.Set<RequestAttachment>().CountAsync(),
            await db.Outbox.CountAsync(),
            await db.Set<Serial>().Where(s => s.Key == "YSQ-2026").Select(s => s.Value).SingleOrDefaultAsync(),
            0));
        var onDisk = Directory.Exists(app.FilesRoot) ? Directory.GetFiles(app.FilesRoot, "*", SearchOption.AllDirectories).Length : 0;
        return c with { FilesOnDisk = onDisk };
    }

    public static Task<DisclosureRequest> RequestAsync(SunshineFactory app, string number)
        => app.WithDbAsync(db => db.Set<DisclosureRequest>().IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.TrackingNumber == number));
}
