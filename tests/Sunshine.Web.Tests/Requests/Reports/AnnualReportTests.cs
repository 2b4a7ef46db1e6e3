using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Sunshine.Domain.Requests;
using Sunshine.Web.Features.Requests;
using Sunshine.Web.Tests.Infrastructure;

namespace Sunshine.Web.Tests.Requests.Reports;

/// <summary>
/// 政府信息公开工作年度报告 through the real pages: a hand-counted year gives every Table 三 and Table 四 cell on the
/// page, in the .xlsx and on the published public page; inconsistent data blocks publication with the domain's message;
/// the public page carries no personal data; scope and roles decide who sees which report.
/// </summary>
public abstract class AnnualReportTests(AppFixture fixture)
{
    private SunshineFactory App => fixture.App;

    private static string AnnualUrl(int unit) => $"/admin/reports/annual?year=2025&unit={unit}";

    private async Task<HttpResponseMessage> PostAsync(HttpClient client, string formUrl, string postUrl, Dictionary<string, string> fields)
    {
        var token = await App.GetAntiforgeryTokenAsync(client, formUrl);
        return await client.PostAsync(postUrl, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    private static Dictionary<string, string> Texts(string overview, string rulesIssued = "2") => new()
    {
        ["Input.Overview"] = overview,
        ["Input.Problems"] = "个别答复说理不够充分，已组织培训。",
        ["Input.Other"] = "无。",
        ["Input.RulesIssued"] = rulesIssued,
        ["Input.RulesRepealed"] = "1",
        ["Input.RulesInForce"] = "7",
        ["Input.NormativeIssued"] = "12",
        ["Input.NormativeRepealed"] = "3",
        ["Input.NormativeInForce"] = "58",
        ["Input.Licensing"] = "1350",
        ["Input.Penalty"] = "46",
        ["Input.Coercion"] = "5",
        ["Input.Fees"] = "12.35",
    };

    [Fact]
    public async Task A_hand_counted_year_gives_every_Table_3_and_Table_4_cell_on_the_report_page()
    {
        var unit = await ReportFixture.CreateUnitAsync(App, "表三测试局");
        await ReportFixture.SeedAsync(App, unit.Id, ReportFixture.Rows, reviews: true);
        // An application of another unit in the same year must not be counted in this unit's report.
        var other = await ReportFixture.CreateUnitAsync(App, "其他局");
        await ReportFixture.SeedAsync(App, other.Id, [new(90, ApplicantKind.NaturalPerson, "2025-05-01", "2025-05-20", RequestStatus.Replied, ReplyOutcome.Disclosed)], reviews: false);

        var admin = await App.LoginAsAsync("admin");
        var html = await Http.ExpectOkAsync(await admin.GetAsync(AnnualUrl(unit.Id)), App,
            unit.Name + "2025年政府信息公开工作年度报告",
            "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
            "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
            "申请人情况", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构",
            "未经复议直接起诉", "复议后起诉",
            "表三勾稽关系校验通过");

        ReportFixture.AssertTable3(ReportFixture.ParseTable(html, 10), "report page");
        // The template's merged cells: 三 spans its 22 result rows, (三) its 8 reasons, 申请人情况 the 7 columns.
        Assert.Contains("rowspan=\"22\">三、本年度办理结果</th>", html, StringComparison.Ordinal);
        Assert.Contains("rowspan=\"8\">（三）不予公开</th>", html, StringComparison.Ordinal);
        Assert.Contains("colspan=\"7\">申请人情况</th>", html, StringComparison.Ordinal);

        var table4 = ReportFixture.ParseTable(html, 15);
        Assert.Single(table4);
        Assert.Equal(ReportFixture.ExpectedTable4, table4[0].Cells);
    }

    [Fact]
    public async Task Texts_and_Table_2_are_saved_negative_figures_are_refused_in_Chinese_and_the_xlsx_holds_the_same_numbers()
    {
        var unit = await ReportFixture.CreateUnitAsync(App, "导出测试局");
        await ReportFixture.SeedAsync(App, unit.Id, ReportFixture.Rows, reviews: true);
        var admin = await App.LoginAsAsync("admin");
        var url = AnnualUrl(unit.Id);

        // A negative figure: the domain's message, nothing stored.
        var bad = await PostAsync(admin, url, url + "&handler=Save", Texts("这段文字不应被保存。", rulesIssued: "-1"));
        await Http.ExpectOkAsync(bad, App, "表二数据有误：规章本年制发件数不能为负数（-1）。");
        Assert.False(await App.WithDbAsync(db => db.Set<AnnualReportText>().AnyAsync(t => t.AgencyUnitId == unit.Id)));

        // Not a number: a Chinese message, nothing stored.
        var notNumber = Texts("这段文字也不应被保存。");
        notNumber["Input.Licensing"] = "很多";
        await Http.ExpectOkAsync(await PostAsync(admin, url, url + "&handler=Save", notNumber), App, "填写的内容有误", "“很多”不是有效的值。");
        Assert.False(await App.WithDbAsync(db => db.Set<AnnualReportText>().AnyAsync(t => t.AgencyUnitId == unit.Id)));

        var saved = await PostAsync(admin, url, url + "&handler=Save", Texts("2025年，本局认真贯彻《政府信息公开条例》。"));
        var location = await Http.ExpectRedirectAsync(saved, "/admin/reports/annual", App);
        await Http.ExpectOkAsync(await admin.GetAsync(location), App, "已保存。", "2025年，本局认真贯彻《政府信息公开条例》。", "value=\"1350\"", "value=\"12.35\"");
        var audited = await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(AnnualReportText) && a.Action == "insert"));
        Assert.True(audited, "saving the report texts must be audited");

        var response = await admin.GetAsync($"/admin/reports/annual/xlsx?year=2025&unit={unit.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        using var stream = new MemoryStream(bytes);
        var sheets = MiniExcel.GetSheetNames(stream);
        Assert.Equal(["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"], sheets);

        // Table 三: 2 title rows and 3 header rows, then the 25 value rows; the label is the rightmost of A–C.
        stream.Position = 0;
        var t3 = MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheets[1]).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(unit.Name + "2025年政府信息公开工作年度报告", t3[0]["A"]);
        Assert.Equal("申请人情况", t3[2]["D"]);
        Assert.Equal("法人或其他组织", t3[3]["E"]);
        var rows3 = t3.Skip(5).Select(r => (
            Label: new[] { "C", "B", "A" }.Select(k => r[k]?.ToString()).First(s => !string.IsNullOrEmpty(s))!,
            Cells: new[] { "D", "E", "F", "G", "H", "I", "J" }.Select(k => Convert.ToInt32(r[k], System.Globalization.CultureInfo.InvariantCulture)).ToArray()))
            .ToList();
        ReportFixture.AssertTable3(rows3, "xlsx");

        stream.Position = 0;
        var t4 = MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheets[2]).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("行政复议", t4[2]["A"]);
        Assert.Equal("行政诉讼", t4[2]["F"]);
        Assert.Equal("未经复议直接起诉", t4[3]["F"]);
        Assert.Equal("复议后起诉", t4[3]["K"]);
        var numbers4 = Enumerable.Range(0, 15).Select(c => Convert.ToInt32(t4[5][ReportExcel.Column(c)], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(ReportFixture.ExpectedTable4, numbers4);

        stream.Position = 0;
        var t2 = MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheets[0]).Cast<IDictionary<string, object?>>().ToList();
        var rules = t2.Single(r => Equals(r["A"], "规章"));
        Assert.Equal([2, 1, 7], new[] { "B", "C", "D" }.Select(k => Convert.ToInt32(rules[k], System.Globalization.CultureInfo.InvariantCulture)));
        var fees = t2.Single(r => Equals(r["A"], "行政事业性收费"));
        Assert.Equal(12.35m, Convert.ToDecimal(fees["B"], System.Globalization.CultureInfo.InvariantCulture));

        // The merged header cells are really merged in the workbook (Table 三 sheet).
        using var zip = new ZipArchive(new MemoryStream(bytes));
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet2.xml")!.Open(), Encoding.UTF8);
        var sheetXml = await reader.ReadToEndAsync();
        foreach (var merge in new[] { "A3:C5", "D3:J3", "D4:D5", "E4:I4", "J4:J5", "A6:C6", "A8:A29", "B10:B17" })
        {
            Assert.Contains($"mergeCell ref=\"{merge}\"", sheetXml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Published_report_is_public_with_the_numbers_and_no_personal_data_and_can_no_longer_be_edited()
    {
        var unit = await ReportFixture.CreateUnitAsync(App, "发布测试局");
        await ReportFixture.SeedAsync(App, unit.Id, ReportFixture.Rows, reviews: true);
        var anonymous = App.CreateBrowser();
        await Http.ExpectAsync(await anonymous.GetAsync($"/reports/annual/2025/{unit.Code}"), HttpStatusCode.NotFound, App);

        var admin = await App.LoginAsAsync("admin");
        var url = AnnualUrl(unit.Id);

        // Publishing needs section 一 first.
        var early = await PostAsync(admin, url, url + "&handler=Publish", []);
        await Http.ExpectOkAsync(early, App, "请先填写并保存“一、总体情况”，再发布报告。");

        await Http.ExpectRedirectAsync(await PostAsync(admin, url, url + "&handler=Save", Texts("本年度共收到申请二十三件，全部按时答复。")), "/admin/reports/annual", App);
        var published = await PostAsync(admin, url, url + "&handler=Publish", []);
        var location = await Http.ExpectRedirectAsync(published, "/admin/reports/annual", App);
        await Http.ExpectOkAsync(await admin.GetAsync(location), App, "报告已发布。", "报告已发布，内容不能再修改");
        var publishedUtc = await App.WithDbAsync(db => db.Set<AnnualReportText>().Where(t => t.AgencyUnitId == unit.Id).Select(t => t.PublishedUtc).SingleAsync());
        Assert.NotNull(publishedUtc);

        // A published report is not edited any more.
        var edit = await admin.PostAsync(url + "&handler=Save", new FormUrlEncodedContent(Texts("改写").Append(new("__RequestVerificationToken", await App.GetAntiforgeryTokenAsync(admin, url)))));
        await Http.ExpectOkAsync(edit, App, "年度报告已发布，不能再修改。");

        // Listed and readable by anyone, with every Table 三 / 四 number …
        await Http.ExpectOkAsync(await anonymous.GetAsync("/reports"), App, "2025年度", unit.Name, $"/reports/annual/2025/{unit.Code}");
        var page = await Http.ExpectOkAsync(await anonymous.GetAsync($"/reports/annual/2025/{unit.Code}"), App,
            "本年度共收到申请二十三件，全部按时答复。", "个别答复说理不够充分", "1350", "12.35");
        ReportFixture.AssertTable3(ReportFixture.ParseTable(page, 10), "public page");
        Assert.Equal(ReportFixture.ExpectedTable4, ReportFixture.ParseTable(page, 15)[0].Cells);

        // … and nothing about any applicant or application.
        foreach (var row in ReportFixture.Rows)
        {
            foreach (var personal in new[]
            {
                ReportFixture.NameOf(row.N), ReportFixture.PhoneOf(row.N), ReportFixture.IdNumberOf(row.N),
                $"fixture{row.N}@example.com", $"幸福路{row.N}号", $"YSQ-{unit.Code}-{row.N:000}",
            })
            {
                Assert.DoesNotContain(personal, page, StringComparison.Ordinal);
            }
        }

        Assert.DoesNotContain("测试机构", page, StringComparison.Ordinal);
        var print = await Http.ExpectOkAsync(await anonymous.GetAsync($"/reports/annual/2025/{unit.Code}/print"), App, "二、主动公开政府信息情况", "申请人情况");
        Assert.DoesNotContain(ReportFixture.NameOf(1), print, StringComparison.Ordinal);

        // The published numbers are frozen: an application closed later with a backdated date does not change them.
        await ReportFixture.SeedAsync(App, unit.Id, [new(40, ApplicantKind.Commercial, "2025-06-01", "2025-06-10", RequestStatus.Replied, ReplyOutcome.Disclosed)], reviews: false);
        var after = await Http.ExpectOkAsync(await anonymous.GetAsync($"/reports/annual/2025/{unit.Code}"), App);
        ReportFixture.AssertTable3(ReportFixture.ParseTable(after, 10), "public page after a later change");
        await Http.ExpectOkAsync(await admin.GetAsync(url), App, "报告发布后，相关申请的办理数据有变化");
    }

    [Fact]
    public async Task Inconsistent_application_data_shows_the_domain_message_naming_the_application_and_blocks_publishing()
    {
        var unit = await ReportFixture.CreateUnitAsync(App, "校验测试局");
        // Closed (2025-05-01) before it was received (2025-06-01): impossible, so Table 三 cannot be counted.
        await ReportFixture.SeedAsync(App, unit.Id,
        [
            new(1, ApplicantKind.NaturalPerson, "2025-03-01", "2025-03-20", RequestStatus.Replied, ReplyOutcome.Disclosed),
            new(2, ApplicantKind.NaturalPerson, "2025-06-01", "2025-05-01", RequestStatus.Replied, ReplyOutcome.Disclosed),
        ], reviews: false);
        var admin = await App.LoginAsAsync("admin");
        var url = AnnualUrl(unit.Id);
        await Http.ExpectRedirectAsync(await PostAsync(admin, url, url + "&handler=Save", Texts("总体情况。")), "/admin/reports/annual", App);

        var html = await Http.ExpectOkAsync(await admin.GetAsync(url), App,
            "报告未通过校验，不能发布：",
            "申请记录有误：第2条：办结日期 2025-05-01 早于收到申请日期 2025-06-01。",
            $"第2条为申请 YSQ-{unit.Code}-002",
            "申请数据有误，暂时无法生成表三、表四");
        Assert.Matches("<button type=\"submit\" class=\"btn btn-primary\" disabled=\"disabled\">发布</button>", html);

        // Posting anyway is refused with the same message and nothing is published.
        var publish = await PostAsync(admin, url, url + "&handler=Publish", []);
        await Http.ExpectOkAsync(publish, App, "报告未通过校验，不能发布：", "办结日期 2025-05-01 早于收到申请日期 2025-06-01");
        Assert.Null(await App.WithDbAsync(db => db.Set<AnnualReportText>().Where(t => t.AgencyUnitId == unit.Id).Select(t => t.PublishedUtc).SingleAsync()));
        await Http.ExpectAsync(await admin.GetAsync($"/admin/reports/annual/xlsx?year=2025&unit={unit.Id}"), HttpStatusCode.Redirect, App);
    }

    [Fact]
    public async Task Staff_see_only_reports_of_units_in_their_scope_and_the_county_report_needs_a_county_wide_user()
    {
        var ids = await App.WithDbAsync(db => db.OrgUnits.Where(u => u.Code == "SFX" || u.Code == "SFX-WJJ" || u.Code == "SFX-MZJ")
            .ToDictionaryAsync(u => u.Code, u => u.Id));

        // 卫健局's publisher: its own report, not 民政局's, not the county's.
        var health = await App.LoginAsAsync("health.handler");
        var list = await Http.ExpectOkAsync(await health.GetAsync("/admin/reports?year=2025"), App, "示范县卫生健康局", "2026-01-31");
        Assert.DoesNotContain("示范县民政局", list, StringComparison.Ordinal);
        Assert.DoesNotContain("县政府总体报告", list, StringComparison.Ordinal);
        await Http.ExpectOkAsync(await health.GetAsync(AnnualUrl(ids["SFX-WJJ"])), App, "示范县卫生健康局2025年政府信息公开工作年度报告");
        await Http.ExpectAsync(await health.GetAsync(AnnualUrl(ids["SFX-MZJ"])), HttpStatusCode.NotFound, App);
        await Http.ExpectAsync(await health.GetAsync(AnnualUrl(ids["SFX"])), HttpStatusCode.NotFound, App);
        await Http.ExpectAsync(await health.GetAsync($"/admin/reports/annual/xlsx?year=2025&unit={ids["SFX"]}"), HttpStatusCode.NotFound, App);

        // The county administrator opens the government's overall report (due 31 March).
        var admin = await App.LoginAsAsync("admin");
        await Http.ExpectOkAsync(await admin.GetAsync(AnnualUrl(ids["SFX"])), App, "示范县2025年政府信息公开工作年度报告", "（含全县各单位）", "2026-03-31");

        // A handler without a reporting role may not open the pages at all.
        var handler = await App.LoginAsAsync("handler");
        await Http.ExpectRedirectAsync(await handler.GetAsync("/admin/reports"), "/admin/denied", App);

        // A year outside 2019…this year is not found.
        await Http.ExpectAsync(await admin.GetAsync($"/admin/reports/annual?year=2018&unit={ids["SFX"]}"), HttpStatusCode.NotFound, App);
    }
}

public sealed class AnnualReportTests_Sqlite(SqliteApp fixture) : AnnualReportTests(fixture), IClassFixture<SqliteApp>;

public sealed class AnnualReportTests_Postgres(PostgresApp fixture) : AnnualReportTests(fixture), IClassFixture<PostgresApp>;
