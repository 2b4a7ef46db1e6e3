using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sunshine.Domain.Requests;
using Sunshine.Web.Features.Requests;
using Sunshine.Web.Platform.Db;
using Sunshine.Web.Platform.Org;
using Sunshine.Web.Tests.Infrastructure;

namespace Sunshine.Web.Tests.Requests.Reports;

/// <summary>
/// The seeded year of the annual-report tests: applications inserted directly, in final or open states, under a county
/// department of their own (so no other data — demo or other tests — is counted), and the Table 三 grid counted by hand.
/// </summary>
public static partial class ReportFixture
{
    /// <summary>One application of the fixture.</summary>
    public sealed record Row(
        int N, ApplicantKind Kind, string Received, string? Closed, RequestStatus Status,
        ReplyOutcome? Outcome = null, ReplyReason? Reason = null, ReplyNote Note = ReplyNote.None,
        RequestAction? ClosingEvent = null, string? CorrectionDue = null, string? FeeDue = null);

    private const ApplicantKind N = ApplicantKind.NaturalPerson;
    private const ApplicantKind C = ApplicantKind.Commercial;
    private const ApplicantKind R = ApplicantKind.Research;
    private const ApplicantKind P = ApplicantKind.PublicInterest;
    private const ApplicantKind L = ApplicantKind.LegalService;
    private const ApplicantKind O = ApplicantKind.OtherOrganisation;

    /// <summary>
    /// Rows 1–27 count in 2025; 28 (closed in 2024) and 29 (received in 2026) do not. Comments give where each one
    /// is counted: 一 received in 2025 / 二 carried in from 2024; its result row, or 四 carried into 2026.
    /// </summary>
    public static readonly Row[] Rows =
    [
        // Carried in from 2024 (二)
        new(1, N, "2024-12-10", "2025-01-08", RequestStatus.Replied, ReplyOutcome.Disclosed),                      // 二 N, (一) N
        new(2, C, "2024-12-20", "2025-01-20", RequestStatus.Replied, ReplyOutcome.PartiallyDisclosed),             // 二 C, (二) C
        new(3, N, "2024-12-28", "2025-02-05", RequestStatus.Replied, ReplyOutcome.CannotProvide, ReplyReason.NotHeld), // 二 N, (四)1 N

        // Received and closed in 2025 (一 and a result row)
        new(4, N, "2025-01-10", "2025-02-01", RequestStatus.Replied, ReplyOutcome.Disclosed),                      // (一) N
        new(5, N, "2025-02-03", "2025-02-20", RequestStatus.Replied, ReplyOutcome.Disclosed, null, ReplyNote.AlreadyProactivelyDisclosed), // (一) N
        new(6, R, "2025-03-01", "2025-03-25", RequestStatus.Replied, ReplyOutcome.Disclosed),                      // (一) R
        new(7, P, "2025-03-05", "2025-03-30", RequestStatus.Replied, ReplyOutcome.PartiallyDisclosed),             // (二) P
        new(8, L, "2025-04-01", "2025-04-28", RequestStatus.Replied, ReplyOutcome.Refused, ReplyReason.StateSecret), // (三)1 L
        new(9, N, "2025-04-10", "2025-05-06", RequestStatus.Replied, ReplyOutcome.Refused, ReplyReason.ThirdPartyRights), // (三)4 N
        new(10, C, "2025-04-15", "2025-05-10", RequestStatus.Replied, ReplyOutcome.Refused, ReplyReason.ProcessInformation), // (三)6 C
        new(11, N, "2025-05-06", "2025-05-30", RequestStatus.Replied, ReplyOutcome.Refused, ReplyReason.AdministrativeQuery), // (三)8 N
        new(12, O, "2025-05-20", "2025-06-12", RequestStatus.Replied, ReplyOutcome.CannotProvide, ReplyReason.RequiresCreation), // (四)2 O
        new(13, N, "2025-06-02", "2025-06-05", RequestStatus.Transferred),                                        // no result recorded → (四)1 N
        new(14, N, "2025-06-10", "2025-07-01", RequestStatus.Replied, ReplyOutcome.CannotProvide, ReplyReason.StillUnclearAfterCorrection), // (四)3 N
        new(15, N, "2025-06-15", "2025-06-20", RequestStatus.Replied, ReplyOutcome.NotHandled, ReplyReason.PetitionOrComplaint), // (五)1 N
        new(16, C, "2025-07-01", "2025-07-03", RequestStatus.Replied, ReplyOutcome.NotHandled, ReplyReason.RepeatedApplication), // (五)2 C
        new(17, N, "2025-07-08", "2025-07-20", RequestStatus.Replied, ReplyOutcome.NotHandled, ReplyReason.UnreasonableVolume), // (五)4 N
        new(18, L, "2025-08-01", "2025-08-15", RequestStatus.Replied, ReplyOutcome.NotHandled, ReplyReason.ConfirmationOrReissue), // (五)5 L
        new(19, N, "2025-08-10", "2025-08-12", RequestStatus.Withdrawn),                                          // no result recorded → (六)3 N
        // 视为放弃 without a recorded result: the closing event decides, not the notice dates (which point the other way).
        new(20, N, "2025-09-01", "2025-09-20", RequestStatus.Abandoned, ClosingEvent: RequestAction.CorrectionExpired, FeeDue: "2025-09-15"), // (六)1 N
        new(21, O, "2025-09-10", "2025-10-20", RequestStatus.Abandoned, ClosingEvent: RequestAction.FeeDeclinedOrExpired, CorrectionDue: "2025-10-18"), // (六)2 O
        new(22, P, "2025-10-08", "2025-10-30", RequestStatus.Replied, ReplyOutcome.Disclosed),                     // (一) P
        new(23, N, "2025-11-03", "2025-11-28", RequestStatus.Replied, ReplyOutcome.Refused, ReplyReason.InternalAffairs), // (三)5 N

        // Carried into 2026 (四)
        new(24, N, "2025-12-15", "2026-01-12", RequestStatus.Replied, ReplyOutcome.Disclosed),                     // 一 N, 四 N
        new(25, C, "2025-12-22", null, RequestStatus.InProgress),                                                  // 一 C, 四 C
        new(26, R, "2025-12-29", null, RequestStatus.AwaitingCorrection),                                          // 一 R, 四 R
        new(27, L, "2024-11-20", "2026-01-05", RequestStatus.Replied, ReplyOutcome.Disclosed),                     // 二 L, 四 L

        // Not counted in 2025
        new(28, N, "2024-03-01", "2024-03-25", RequestStatus.Replied, ReplyOutcome.Disclosed),                     // closed before 2025
        new(29, N, "2026-01-05", null, RequestStatus.InProgress),                                                  // received after 2025
    ];

    /// <summary>
    /// Table 三 of 2025 counted by hand from <see cref="Rows"/>: every value row in print order with its seven numbers
    /// (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计).
    /// 一: rows 4–26 → N 4,5,9,11,13,14,15,17,19,20,23,24 = 12; C 10,16,25 = 3; R 6,26 = 2; P 7,22 = 2; L 8,18 = 2; O 12,21 = 2.
    /// 二: rows 1,3 (N), 2 (C), 27 (L). 四: rows 24 (N), 25 (C), 26 (R), 27 (L).
    /// Check per column: N 12+2 = 13+1, C 3+1 = 3+1, R 2+0 = 1+1, P 2 = 2, L 2+1 = 2+1, O 2 = 2, 总计 23+4 = 23+4.
    /// </summary>
    public static readonly (string Label, int[] Cells)[] ExpectedTable3 =
    [
        ("一、本年新收政府信息公开申请数量", [12, 3, 2, 2, 2, 2, 23]),
        ("二、上年结转政府信息公开申请数量", [2, 1, 0, 0, 1, 0, 4]),
        ("（一）予以公开", [3, 0, 1, 1, 0, 0, 5]),                                   // rows 1,4,5 / 6 / 22
        ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", [0, 1, 0, 1, 0, 0, 2]), // rows 2 / 7
        ("1.属于国家秘密", [0, 0, 0, 0, 1, 0, 1]),                                 // row 8
        ("2.其他法律行政法规禁止公开", [0, 0, 0, 0, 0, 0, 0]),
        ("3.危及“三安全一稳定”", [0, 0, 0, 0, 0, 0, 0]),
        ("4.保护第三方合法权益", [1, 0, 0, 0, 0, 0, 1]),                           // row 9
        ("5.属于三类内部事务信息", [1, 0, 0, 0, 0, 0, 1]),                         // row 23
        ("6.属于四类过程性信息", [0, 1, 0, 0, 0, 0, 1]),                           // row 10
        ("7.属于行政执法案卷", [0, 0, 0, 0, 0, 0, 0]),
        ("8.属于行政查询事项", [1, 0, 0, 0, 0, 0, 1]),                             // row 11
        ("1.本机关不掌握相关政府信息", [2, 0, 0, 0, 0, 0, 2]),                     // rows 3, 13 (transfer)
        ("2.没有现成信息需要另行制作", [0, 0, 0, 0, 0, 1, 1]),                     // row 12
        ("3.补正后申请内容仍不明确", [1, 0, 0, 0, 0, 0, 1]),                       // row 14
        ("1.信访举报投诉类申请", [1, 0, 0, 0, 0, 0, 1]),                           // row 15
        ("2.重复申请", [0, 1, 0, 0, 0, 0, 1]),                                     // row 16
        ("3.要求提供公开出版物", [0, 0, 0, 0, 0, 0, 0]),
        ("4.无正当理由大量反复申请", [1, 0, 0, 0, 0, 0, 1]),                       // row 17
        ("5.要求行政机关确认或重新出具已获取信息", [0, 0, 0, 0, 1, 0, 1]),         // row 18
        ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", [1, 0, 0, 0, 0, 0, 1]), // row 20
        ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", [0, 0, 0, 0, 0, 1, 1]), // row 21
        ("3.其他", [1, 0, 0, 0, 0, 0, 1]),                                         // row 19 (withdrawn)
        ("（七）总计", [13, 3, 1, 2, 2, 2, 23]),
        ("四、结转下年度继续办理", [1, 1, 1, 0, 1, 0, 4]),
    ];

    /// <summary>
    /// Table 四 of 2025 by hand from <see cref="Reviews"/>: 行政复议 维持 1, 纠正 1, 其他 0, 尚未审结 1 (decided only in
    /// 2026), 总计 3; 未经复议直接起诉 0, 0, 1, 1 (pending), 2; 复议后起诉 1, 0, 0, 0, 1. The 2024 review is not counted.
    /// </summary>
    public static readonly int[] ExpectedTable4 = [1, 1, 0, 1, 3, 0, 0, 1, 1, 2, 1, 0, 0, 0, 1];

    public static readonly (ReviewProceeding Proceeding, string Filed, ReviewResult? Result, string? Concluded)[] Reviews =
    [
        (ReviewProceeding.AdministrativeReview, "2025-03-01", ReviewResult.Upheld, "2025-05-01"),
        (ReviewProceeding.AdministrativeReview, "2025-06-01", ReviewResult.Corrected, "2025-08-01"),
        (ReviewProceeding.AdministrativeReview, "2025-11-01", ReviewResult.Upheld, "2026-01-20"),
        (ReviewProceeding.LitigationWithoutReview, "2025-07-01", ReviewResult.Other, "2025-10-01"),
        (ReviewProceeding.LitigationWithoutReview, "2025-09-01", null, null),
        (ReviewProceeding.LitigationAfterReview, "2025-10-01", ReviewResult.Upheld, "2025-12-20"),
        (ReviewProceeding.AdministrativeReview, "2024-05-01", ReviewResult.Upheld, "2024-06-01"),
    ];

    public static string NameOf(int n) => "甄" + "士隐宝玉黛钗湘云探春惜春妙玉凤姐平儿袭人晴雯麝月紫鹃香菱"[n % 28] + "测" + n.ToString(CultureInfo.InvariantCulture);

    public static string PhoneOf(int n) => string.Create(CultureInfo.InvariantCulture, $"1391234{n:0000}");

    public static string IdNumberOf(int n) => RequestsDemoSeeder.IdNumberFor(500 + n);

    public static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Creates a county department of its own; returns its id and code.</summary>
    public static Task<(int Id, string Code, string Name)> CreateUnitAsync(SunshineFactory app, string name)
        => app.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<SunshineDb>();
            var county = await db.OrgUnits.Where(u => u.Code == "SFX").Select(u => u.Id).SingleAsync();
            var code = "RPT-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
            var unit = await sp.GetRequiredService<OrgService>().CreateAsync(county, code, name + code[4..], OrgUnitKind.Bureau);
            return (unit.Id, unit.Code, unit.Name);
        });

    /// <summary>Inserts the rows (and the closing events and review cases) under the unit.</summary>
    public static Task SeedAsync(SunshineFactory app, int unitId, IEnumerable<Row> rows, bool reviews)
        => app.WithDbAsync(async db =>
        {
            var unit = await db.OrgUnits.SingleAsync(u => u.Id == unitId);
            var created = new List<(DisclosureRequest Request, Row Row)>();
            foreach (var row in rows)
            {
                var natural = row.Kind == ApplicantKind.NaturalPerson;
                var tracking = string.Create(CultureInfo.InvariantCulture, $"YSQ-{unit.Code}-{row.N:000}");
                var r = new DisclosureRequest
                {
                    TrackingNumber = tracking,
                    QueryCodeHash = "test",
                    Channel = RequestChannel.Online,
                    ReceivedOn = D(row.Received),
                    SubmittedUtc = D(row.Received).ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc),
                    ApplicantKind = row.Kind,
                    ApplicantName = natural ? NameOf(row.N) : $"测试机构{row.N}号有限公司",
                    IdType = natural ? IdDocumentType.ResidentIdCard : null,
                    IdNumber = natural ? IdNumberOf(row.N) : null,
                    Phone = PhoneOf(row.N),
                    Email = string.Create(CultureInfo.InvariantCulture, $"fixture{row.N}@example.com"),
                    Address = string.Create(CultureInfo.InvariantCulture, $"示范县幸福路{row.N}号"),
                    Description = string.Create(CultureInfo.InvariantCulture, $"测试申请{row.N}"),
                    AgencyUnitId = unit.Id,
                    OrgPath = unit.Path,
                    Status = row.Status,
                    Outcome = row.Outcome,
                    Reason = row.Reason,
                    ReplyNote = row.Note,
                    ClosedOn = row.Closed is null ? null : D(row.Closed),
                    CorrectionDueOn = row.CorrectionDue is null ? null : D(row.CorrectionDue),
                    FeeDueOn = row.FeeDue is null ? null : D(row.FeeDue),
                    CreatedUtc = DateTime.UtcNow,
                };
                db.Add(r);
                created.Add((r, row));
            }

            await db.SaveChangesAsync();
            foreach (var (r, row) in created.Where(c => c.Row.ClosingEvent is not null))
            {
                db.Add(new RequestEvent
                {
                    RequestId = r.Id,
                    AtUtc = r.ClosedOn!.Value.ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc),
                    Action = row.ClosingEvent,
                    FromStatus = RequestStatus.AwaitingCorrection,
                    ToStatus = row.Status,
                    ActorName = "test",
                });
            }

            if (reviews && created.Count > 0)
            {
                var first = created[0].Request;
                foreach (var (proceeding, filed, result, concluded) in Reviews)
                {
                    db.Add(new RequestReviewCase
                    {
                        RequestId = first.Id,
                        Proceeding = proceeding,
                        FiledOn = D(filed),
                        Result = result,
                        ConcludedOn = concluded is null ? null : D(concluded),
                        Body = "示范县人民政府",
                        OrgPath = unit.Path,
                    });
                }
            }

            await db.SaveChangesAsync();
        });

    [GeneratedRegex("<table class=\"report-table report-cols-(\\d+)\"[^>]*>(.*?)</table>", RegexOptions.Singleline)]
    private static partial Regex ReportTable();

    [GeneratedRegex("<tbody>(.*?)</tbody>", RegexOptions.Singleline)]
    private static partial Regex Body();

    [GeneratedRegex("<tr>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex TableRow();

    [GeneratedRegex("<(th|td)\\b[^>]*>(.*?)</\\1>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    /// <summary>
    /// The value rows of the report table with the given column count from a page: each row's own label (its last th,
    /// after any heading that spans it) and its numbers.
    /// </summary>
    public static List<(string Label, int[] Cells)> ParseTable(string html, int cols)
    {
        var table = ReportTable().Matches(html).FirstOrDefault(m => m.Groups[1].Value == cols.ToString(CultureInfo.InvariantCulture))
            ?? throw new Xunit.Sdk.XunitException($"No report table with {cols} columns in the page.\n{Http.Truncate(html)}");
        var body = Body().Match(table.Groups[2].Value).Groups[1].Value;
        var rows = new List<(string, int[])>();
        foreach (Match tr in TableRow().Matches(body))
        {
            var cells = Cell().Matches(tr.Groups[1].Value).Select(c => (Tag: c.Groups[1].Value, Text: WebUtility.HtmlDecode(c.Groups[2].Value).Trim())).ToList();
            var label = cells.Where(c => c.Tag == "th").Select(c => c.Text).LastOrDefault() ?? "";
            var numbers = cells.Where(c => c.Tag == "td").Select(c => int.Parse(c.Text, CultureInfo.InvariantCulture)).ToArray();
            rows.Add((label, numbers));
        }

        return rows;
    }

    /// <summary>Asserts every cell of Table 三 against the hand-counted grid, naming the row and column of a mismatch.</summary>
    public static void AssertTable3(IReadOnlyList<(string Label, int[] Cells)> actual, string where)
    {
        string[] columns = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];
        Assert.True(ExpectedTable3.Length == actual.Count,
            $"{where}: expected {ExpectedTable3.Length} value rows, got {actual.Count}: {string.Join(" | ", actual.Select(a => a.Label))}");
        for (var i = 0; i < ExpectedTable3.Length; i++)
        {
            var (label, cells) = ExpectedTable3[i];
            Assert.True(label == actual[i].Label, $"{where}: row {i + 1} should be “{label}”, is “{actual[i].Label}”");
            Assert.True(actual[i].Cells.Length == 7, $"{where}: “{label}” has {actual[i].Cells.Length} numbers, expected 7");
            for (var c = 0; c < 7; c++)
            {
                Assert.True(cells[c] == actual[i].Cells[c],
                    $"{where}: “{label}” / {columns[c]} should be {cells[c]}, is {actual[i].Cells[c]} (row: {string.Join(",", actual[i].Cells)})");
            }
        }
    }
}
