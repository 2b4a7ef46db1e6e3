using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sunshine.Domain.Calendar;
using Sunshine.Domain.Privacy;
using Sunshine.Domain.Requests;
using Sunshine.Web.Platform.Db;
using Sunshine.Web.Platform.Web;

namespace Sunshine.Web.Features.Requests;

/// <summary>
/// Demo data for the annual report: a believable 2025 of 40 applications to 民政局, 卫生健康局 and 城关镇 in their final
/// states (replied with every kind of result, transferred, withdrawn, abandoned), three of them received in December 2025
/// and answered in January 2026 (carried over into 2026), and two administrative reviews/lawsuits. Names, ID numbers
/// (valid GB 11643 check character, fictional area code 419901), phones and addresses are fictional.
/// Deterministic and idempotent: the rows use the tracking numbers YSQ-2025-900001…900040 and are not inserted again.
/// The query code of demo application n is 2025 followed by n in four digits (YSQ-2025-900001 → 20250001).
/// Runs after the platform's demo seed (it needs the demo units).
/// </summary>
public static class RequestsDemoSeeder
{
    public const string FirstTrackingNumber = "YSQ-2025-900001";

    private sealed record Spec(string Unit, ApplicantKind Kind, string Applicant, string Description, Result Result, int Days);

    /// <summary>How an application ended.</summary>
    private enum Result
    {
        Disclosed, AlreadyPublic, Partial, ThirdParty, Process, Internal, EnforcementFile, NotHeld, Create, Petition, Repeated,
        Publication, Transferred, Withdrawn, NoCorrection, FeeUnpaid,
    }

    private static readonly string[] People =
    [
        "张明远", "李秀英", "王海涛", "刘静怡", "陈立新", "杨光辉", "赵雪梅", "黄志强", "周丽萍", "吴国栋",
        "孙晓燕", "马文博", "朱建平", "胡玉兰", "郭子豪", "何春燕", "高永胜", "林美华", "罗振宇", "梁秋菊",
        "宋德华", "郑小兵", "谢婉清", "韩立国", "唐亚男", "冯志远", "董慧敏", "萧永康",
    ];

    private static readonly Spec[] Specs =
    [
        // 民政局 (16)
        new("SFX-MZJ", ApplicantKind.NaturalPerson, "", "2024年度城乡低保资金发放汇总情况", Result.Disclosed, 12),
        new("SFX-MZJ", ApplicantKind.NaturalPerson, "", "示范县养老机构名录及核定床位数", Result.AlreadyPublic, 5),
        new("SFX-MZJ", ApplicantKind.NaturalPerson, "", "本人母亲临时救助申请的审批意见及依据", Result.Partial, 18),
        new("SFX-MZJ", ApplicantKind.Commercial, "示范县安康养老服务有限公司", "2025年养老机构运营补贴的发放标准和拨付明细", Result.ThirdParty, 20),
        new("SFX-MZJ", ApplicantKind.NaturalPerson, "", "殡葬服务收费项目及收费标准", Result.AlreadyPublic, 4),
        new("SFX-MZJ", ApplicantKind.PublicInterest, "示范县助老志愿者协会", "2024年社会组织年检结果", Result.Disclosed, 15),
        new("SFX-MZJ", ApplicantKind.NaturalPerson, "", "县民政局关于低保复核工作的内部讨论记录", Result.Process, 19),
        new("SFX-MZJ", ApplicantKind.NaturalPerson, "", "城关镇东街社区2019年宅基地审批资料", Result.Transferred, 6),
        new("SFX-MZJ", ApplicantKind.LegalService, "示范县正信律师事务所", "某婚姻登记档案的调取", Result.EnforcementFile, 14),
        new("SFX-MZJ", ApplicantKind.NaturalPerson, "", "要求对本人反映的社区干部问题进行调查处理", Result.Petition, 10),
        new("SFX-MZJ", ApplicantKind.NaturalPerson, "", "全县历年困难群众名单及家庭收入", Result.Create, 20),
        new("SFX-MZJ", ApplicantKind.NaturalPerson, "", "残疾人两项补贴发放名单（本村）", Result.Withdrawn, 3),
        new("SFX-MZJ", ApplicantKind.NaturalPerson, "", "“有关救助的文件”", Result.NoCorrection, 22),
        new("SFX-MZJ", ApplicantKind.Research, "示范县农业科学研究所", "2020—2025年农村留守老人关爱服务统计数据", Result.Disclosed, 17),
        new("SFX-MZJ", ApplicantKind.NaturalPerson, "", "2025年城乡低保资金发放汇总情况", Result.Disclosed, 16),   // December → 2026
        new("SFX-MZJ", ApplicantKind.NaturalPerson, "", "县福利院2025年收支情况", Result.Partial, 20),           // December → 2026

        // 卫生健康局 (14)
        new("SFX-WJJ", ApplicantKind.NaturalPerson, "", "县人民医院2024年度医疗服务价格公示", Result.AlreadyPublic, 3),
        new("SFX-WJJ", ApplicantKind.NaturalPerson, "", "村卫生室设置规划（2021—2025年）", Result.Disclosed, 11),
        new("SFX-WJJ", ApplicantKind.Commercial, "示范县仁和大药房连锁有限公司", "2025年药品集中采购中标结果", Result.Disclosed, 13),
        new("SFX-WJJ", ApplicantKind.NaturalPerson, "", "某诊所医师的执业资格及处罚记录", Result.ThirdParty, 20),
        new("SFX-WJJ", ApplicantKind.NaturalPerson, "", "县卫健局机关人员编制及干部任免内部请示", Result.Internal, 9),
        new("SFX-WJJ", ApplicantKind.LegalService, "示范县明德律师事务所", "2024年某医疗纠纷调解的全部材料", Result.Partial, 20),
        new("SFX-WJJ", ApplicantKind.NaturalPerson, "", "2025年基本公共卫生服务项目资金使用情况", Result.Disclosed, 14),
        new("SFX-WJJ", ApplicantKind.NaturalPerson, "", "县人民医院2024年度医疗服务价格公示", Result.Repeated, 2),
        new("SFX-WJJ", ApplicantKind.NaturalPerson, "", "《示范县卫生健康志（2010—2020）》全文", Result.Publication, 5),
        new("SFX-WJJ", ApplicantKind.OtherOrganisation, "示范县个体劳动者协会", "全县近十年全部食品经营户的卫生检查原始记录复印件", Result.FeeUnpaid, 30),
        new("SFX-WJJ", ApplicantKind.NaturalPerson, "", "县疾控中心2025年疫苗接种点名单", Result.Disclosed, 6),
        new("SFX-WJJ", ApplicantKind.Research, "示范县职业技术学校", "2025年居民健康素养监测汇总数据", Result.NotHeld, 12),
        new("SFX-WJJ", ApplicantKind.NaturalPerson, "", "2025年家庭医生签约服务情况", Result.Disclosed, 15),      // December → 2026
        new("SFX-WJJ", ApplicantKind.PublicInterest, "示范县红十字会", "2025年无偿献血表彰名单", Result.Disclosed, 8),

        // 城关镇 (10)
        new("SFX-CG", ApplicantKind.NaturalPerson, "", "东街社区旧城改造征收补偿方案", Result.Disclosed, 16),
        new("SFX-CG", ApplicantKind.NaturalPerson, "", "南关村2024年集体经济收支情况", Result.AlreadyPublic, 7),
        new("SFX-CG", ApplicantKind.NaturalPerson, "", "城关镇2025年农村危房改造补助对象名单", Result.Partial, 20),
        new("SFX-CG", ApplicantKind.Commercial, "示范县宏达建材有限公司", "西街道路改造工程招标文件及中标结果", Result.Disclosed, 12),
        new("SFX-CG", ApplicantKind.NaturalPerson, "", "本人承包地确权登记的审批过程稿", Result.Process, 18),
        new("SFX-CG", ApplicantKind.NaturalPerson, "", "县城总体规划修编的专家论证意见", Result.Transferred, 4),
        new("SFX-CG", ApplicantKind.NaturalPerson, "", "要求镇政府确认本人2018年已领取的补偿款数额", Result.NotHeld, 15),
        new("SFX-CG", ApplicantKind.NaturalPerson, "", "南关村第二村民小组土地流转合同", Result.Withdrawn, 9),
        new("SFX-CG", ApplicantKind.OtherOrganisation, "东街社区业主委员会", "东街社区公共停车场收费依据", Result.Disclosed, 10),
        new("SFX-CG", ApplicantKind.NaturalPerson, "", "城关镇2025年财政预算执行情况", Result.Disclosed, 14),
    ];

    /// <summary>Indexes (0-based) of the applications received in December 2025 and answered in January 2026.</summary>
    private static readonly HashSet<int> CarriedOver = [14, 15, 28];

    public static async Task SeedAsync(IServiceProvider sp)
    {
        var db = sp.GetRequiredService<SunshineDb>();
        var requests = db.Set<DisclosureRequest>().IgnoreQueryFilters();
        if (await requests.AnyAsync(r => r.TrackingNumber == FirstTrackingNumber))
        {
            return;
        }

        var units = await db.OrgUnits.IgnoreQueryFilters()
            .Where(u => u.Code == "SFX-MZJ" || u.Code == "SFX-WJJ" || u.Code == "SFX-CG")
            .ToDictionaryAsync(u => u.Code, u => (u.Id, u.Path, u.Name));
        if (units.Count < 3)
        {
            return; // the platform's demo county is not there
        }

        var created = new List<DisclosureRequest>();
        var person = 0;
        var normalDay = new DateOnly(2025, 1, 6);
        for (var i = 0; i < Specs.Length; i++)
        {
            var spec = Specs[i];
            var n = i + 1;
            var unit = units[spec.Unit];
            var tracking = string.Create(CultureInfo.InvariantCulture, $"YSQ-2025-{900000 + n:000000}");
            var received = CarriedOver.Contains(i)
                ? new DateOnly(2025, 12, 10).AddDays(i % 5 * 3)
                : normalDay.AddDays(i * 8);
            var closed = received.AddDays(spec.Days + 7); // 20 working days are about 28 calendar days
            var natural = spec.Kind == ApplicantKind.NaturalPerson;
            var name = natural ? People[person++ % People.Length] : spec.Applicant;
            var r = new DisclosureRequest
            {
                TrackingNumber = tracking,
                QueryCodeHash = QueryCodes.Hash(tracking, string.Create(CultureInfo.InvariantCulture, $"2025{n:0000}")),
                Channel = (RequestChannel)(i % 3 == 0 ? 1 : i % 7 == 0 ? 2 : 0),
                ReceivedOn = received,
                SubmittedUtc = ChinaTime.StartOfChinaDayUtc(received).AddHours(9 + i % 7),
                ApplicantKind = spec.Kind,
                ApplicantName = name,
                IdType = natural ? IdDocumentType.ResidentIdCard : null,
                IdNumber = natural ? IdNumberFor(n) : null,
                OrganisationCode = natural ? null : string.Create(CultureInfo.InvariantCulture, $"91419901MA{n:00}DEMO{n % 10}X"),
                LegalRepresentative = natural ? null : People[(n * 7) % People.Length],
                ContactPerson = natural ? null : People[(n * 11) % People.Length],
                Phone = string.Create(CultureInfo.InvariantCulture, $"1380000{n:0000}"),
                Email = i % 2 == 0 ? string.Create(CultureInfo.InvariantCulture, $"applicant{n:00}@example.com") : null,
                Address = string.Create(CultureInfo.InvariantCulture, $"示范县城关镇{(i % 2 == 0 ? "东街" : "西街")}{10 + n}号"),
                PostCode = "999001",
                Description = spec.Description,
                Purpose = i % 3 == 0 ? "了解政策，维护自身合法权益" : null,
                PreferredForm = (PreferredForm)(i % 4),
                AgencyUnitId = unit.Id,
                OrgPath = unit.Path,
                CreatedUtc = ChinaTime.StartOfChinaDayUtc(received).AddHours(9),
                ClosedOn = closed,
            };
            Finish(r, spec.Result, closed, unit.Name);
            created.Add(r);
        }

        db.AddRange(created);
        await db.SaveChangesAsync();

        var events = new List<RequestEvent>();
        foreach (var r in created)
        {
            events.Add(new RequestEvent
            {
                RequestId = r.Id,
                AtUtc = r.SubmittedUtc,
                ToStatus = RequestStatus.Received,
                ActorName = "演示数据",
                PublicText = "申请已收到。",
            });
            events.Add(new RequestEvent
            {
                RequestId = r.Id,
                AtUtc = ChinaTime.StartOfChinaDayUtc(r.ClosedOn!.Value).AddHours(15),
                Action = r.Status switch
                {
                    RequestStatus.Transferred => RequestAction.Transfer,
                    RequestStatus.Withdrawn => RequestAction.Withdraw,
                    RequestStatus.Abandoned => r.Reason == ReplyReason.FeeNotPaid ? RequestAction.FeeDeclinedOrExpired : RequestAction.CorrectionExpired,
                    _ => RequestAction.ApproveReply,
                },
                FromStatus = RequestStatus.InProgress,
                ToStatus = r.Status,
                ActorName = "演示数据",
                PublicText = r.Status switch
                {
                    RequestStatus.Transferred => "经核查，所申请信息不属于本机关负责公开，已告知并转有关机关。",
                    RequestStatus.Withdrawn => "申请人已撤回申请。",
                    RequestStatus.Abandoned => "申请人逾期未补正或未缴费，视为放弃申请。",
                    _ => "已作出答复：" + ReplyDecision.Create(r.Outcome!.Value, r.Reason, r.ReplyNote).Label + "。",
                },
            });
        }

        db.AddRange(events);

        // 行政复议 against the refused third-party case of 民政局 (upheld in 2025); a direct lawsuit against the
        // 卫健局 internal-affairs refusal still pending at the end of 2025.
        var refused = created[3];
        var internalInfo = created[20];
        db.AddRange(
            new RequestReviewCase
            {
                RequestId = refused.Id,
                Proceeding = ReviewProceeding.AdministrativeReview,
                FiledOn = refused.ClosedOn!.Value.AddDays(20),
                Result = ReviewResult.Upheld,
                ConcludedOn = refused.ClosedOn!.Value.AddDays(75),
                Body = "示范县人民政府",
                CaseNumber = "示政复〔2025〕7号",
                OrgPath = refused.OrgPath,
            },
            new RequestReviewCase
            {
                RequestId = internalInfo.Id,
                Proceeding = ReviewProceeding.LitigationWithoutReview,
                FiledOn = new DateOnly(2025, 11, 18),
                Body = "示范县人民法院",
                CaseNumber = "（2025）示0101行初45号",
                OrgPath = internalInfo.OrgPath,
            });
        await db.SaveChangesAsync();
    }

    /// <summary>A fictional resident ID number with a valid check character: area 419901, born 1960–1999.</summary>
    public static string IdNumberFor(int n)
    {
        var birth = new DateOnly(1960 + (n * 7 % 40), 1 + (n % 12), 1 + (n * 3 % 28));
        var first17 = string.Create(CultureInfo.InvariantCulture, $"419901{birth:yyyyMMdd}{100 + n:000}");
        return first17 + IdNumber.ComputeCheckCharacter(first17);
    }

    private static void Finish(DisclosureRequest r, Result result, DateOnly closed, string agency)
    {
        var closedUtc = ChinaTime.StartOfChinaDayUtc(closed).AddHours(15);
        r.Status = result switch
        {
            Result.Transferred => RequestStatus.Transferred,
            Result.Withdrawn => RequestStatus.Withdrawn,
            Result.NoCorrection or Result.FeeUnpaid => RequestStatus.Abandoned,
            _ => RequestStatus.Replied,
        };
        var decision = result switch
        {
            Result.Disclosed => ReplyDecision.Disclosed(),
            Result.AlreadyPublic => ReplyDecision.Disclosed(alreadyProactivelyDisclosed: true),
            Result.Partial => ReplyDecision.PartiallyDisclosed(),
            Result.ThirdParty => ReplyDecision.For(ReplyReason.ThirdPartyRights),
            Result.Process => ReplyDecision.For(ReplyReason.ProcessInformation),
            Result.Internal => ReplyDecision.For(ReplyReason.InternalAffairs),
            Result.EnforcementFile => ReplyDecision.For(ReplyReason.EnforcementCaseFile),
            Result.NotHeld => ReplyDecision.For(ReplyReason.NotHeld),
            Result.Create => ReplyDecision.For(ReplyReason.RequiresCreation),
            Result.Petition => ReplyDecision.For(ReplyReason.PetitionOrComplaint),
            Result.Repeated => ReplyDecision.For(ReplyReason.RepeatedApplication),
            Result.Publication => ReplyDecision.For(ReplyReason.PublicPublication),
            Result.Transferred => ReplyDecision.NotThisAgency(),
            Result.Withdrawn => ReplyDecision.For(ReplyReason.OtherReason),
            Result.NoCorrection => ReplyDecision.For(ReplyReason.CorrectionNotSupplied),
            Result.FeeUnpaid => ReplyDecision.For(ReplyReason.FeeNotPaid),
            _ => throw new ArgumentOutOfRangeException(nameof(result)),
        };
        r.Outcome = decision.Outcome;
        r.Reason = decision.Reason;
        r.ReplyNote = decision.Note;
        switch (result)
        {
            case Result.AlreadyPublic:
                r.DisclosedLocation = "示范县人民政府门户网站“政府信息公开”栏目";
                break;
            case Result.Partial:
                r.SeparatedContent = "涉及第三方个人信息的内容（姓名、身份证号码、家庭住址）已作区分处理，不予公开。";
                break;
            case Result.Transferred:
                r.ResponsibleAgency = "示范县自然资源局";
                break;
            case Result.NoCorrection:
                r.CorrectionNoticeCount = 1;
                r.CorrectionRequest = "请明确所需文件的名称、文号或者其他特征性描述。";
                r.CorrectionDueOn = closed;
                break;
            case Result.FeeUnpaid:
                r.FeeBasis = FeeBasis.PerPage;
                r.FeeCount = 260;
                r.FeeAmount = 4300m;
                r.FeeDueOn = closed;
                r.FeeExplanation = "按量计收：31—100页10元/页（700元），101—200页20元/页（2000元），201—260页40元/页（2400元）……演示数据。";
                break;
            default:
                break;
        }

        if (r.Status == RequestStatus.Replied)
        {
            r.ReplyText = $"{r.ApplicantName}：\n你（单位）于{r.ReceivedOn:yyyy年M月d日}提出的政府信息公开申请收悉。经审查，答复如下：{decision.Label}。\n{agency}\n{closed:yyyy年M月d日}";
            r.DraftedUtc = closedUtc.AddHours(-20);
            r.RepliedUtc = closedUtc;
        }
    }
}
