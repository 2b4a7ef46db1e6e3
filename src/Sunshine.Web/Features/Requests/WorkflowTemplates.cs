using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sunshine.Domain.Requests;
using Sunshine.Web.Platform.Db;

namespace Sunshine.Web.Features.Requests;

/// <summary>The values the reply-letter placeholders are filled with.</summary>
public sealed record ReplyLetterFacts(
    string ApplicantName,
    string TrackingNumber,
    DateOnly ReceivedOn,
    string Description,
    string Basis,
    string Remedy,
    string? SeparatedContent,
    string? DisclosedLocation,
    string? ResponsibleAgency);

/// <summary>
/// 答复告知书模板: one editable template per reply type (予以公开, 部分公开) and per sub-reason of the other four,
/// seeded with Chinese defaults on first use. Placeholders: {申请人} {受理编号} {收到日期} {申请内容} {答复依据} {救济途径}.
/// </summary>
public sealed class ReplyTemplates(SunshineDb db)
{
    public const string DefaultTitle = "政府信息公开申请答复告知书";

    public static readonly IReadOnlyList<string> Placeholders = ["{申请人}", "{受理编号}", "{收到日期}", "{申请内容}", "{答复依据}", "{救济途径}"];

    /// <summary>Every (outcome, reason) pair a template exists for: 予以公开, 部分公开 and the 19 sub-reasons.</summary>
    public static IEnumerable<(ReplyOutcome Outcome, ReplyReason? Reason)> Keys()
    {
        yield return (ReplyOutcome.Disclosed, null);
        yield return (ReplyOutcome.PartiallyDisclosed, null);
        foreach (var r in ReplyCatalog.Reasons)
        {
            yield return (r.Outcome, r.Reason);
        }
    }

    /// <summary>Inserts the default template of every key that has none yet (idempotent).</summary>
    public async Task EnsureSeededAsync(CancellationToken ct = default)
    {
        var existing = await db.Set<ReplyTemplate>().AsNoTracking().Select(t => new { t.Outcome, t.Reason }).ToListAsync(ct);
        var missing = Keys().Where(k => !existing.Any(e => e.Outcome == k.Outcome && e.Reason == k.Reason)).ToList();
        if (missing.Count == 0)
        {
            return;
        }
        var now = db.Time.GetUtcNow().UtcDateTime;
        foreach (var (outcome, reason) in missing)
        {
            db.Set<ReplyTemplate>().Add(new ReplyTemplate
            {
                Outcome = outcome,
                Reason = reason,
                Title = DefaultTitle,
                Body = DefaultBody(outcome, reason),
                UpdatedUtc = now,
            });
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request seeded at the same time: theirs stand.
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The template for a decision (seeded on first use).</summary>
    public async Task<ReplyTemplate> GetAsync(ReplyOutcome outcome, ReplyReason? reason, CancellationToken ct = default)
    {
        await EnsureSeededAsync(ct);
        return await db.Set<ReplyTemplate>().AsNoTracking()
            .Where(t => t.Outcome == outcome && t.Reason == reason)
            .OrderBy(t => t.Id).FirstAsync(ct);
    }

    /// <summary>The legal basis of a decision as a citation, e.g. "《中华人民共和国政府信息公开条例》第十四条".</summary>
    public static string BasisText(ReplyOutcome outcome, ReplyReason? reason, ReplyNote note = ReplyNote.None)
    {
        var articles = note == ReplyNote.AlreadyProactivelyDisclosed
            ? [new RegulationArticle(36, null, 1)] // 已主动公开的，告知获取的方式和途径
            : note == ReplyNote.NotThisAgency
                ? [new RegulationArticle(36, null, 5)] // 不属于本机关负责公开的，告知负责机关
                : reason is { } r && ReplyCatalog.Get(r).Basis.Count > 0
                    ? ReplyCatalog.Get(r).Basis
                    : ReplyCatalog.Get(outcome).Basis;
        return articles.Count == 0
            ? RegulationArticle.RegulationTitle + "的有关规定"
            : RegulationArticle.RegulationTitle + string.Join("、", articles.Select(a => a.ToString()));
    }

    /// <summary>The remedy sentence (行政复议 within 60 days, 行政诉讼 within 6 months).</summary>
    public static string RemedyText(string reviewBody)
        => $"如对本答复不服，可以在收到本告知书之日起60日内向{reviewBody}申请行政复议，或者在6个月内向人民法院提起行政诉讼。";

    /// <summary>Fills the placeholders; adds the remedy if the template lost it, and the facts of Art. 36(1)/(5) and Art. 37.</summary>
    public static string Render(string body, ReplyLetterFacts f)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(f);
        var hadRemedy = body.Contains("{救济途径}", StringComparison.Ordinal);
        var text = new StringBuilder(body)
            .Replace("{申请人}", f.ApplicantName)
            .Replace("{受理编号}", f.TrackingNumber)
            .Replace("{收到日期}", f.ReceivedOn.ToString("yyyy年M月d日", CultureInfo.InvariantCulture))
            .Replace("{申请内容}", f.Description)
            .Replace("{答复依据}", f.Basis)
            .Replace("{救济途径}", f.Remedy)
            .ToString().TrimEnd();
        var extra = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(f.DisclosedLocation))
        {
            extra.Append("\n\n该信息已经主动公开，您可以通过以下方式和途径获取：").Append(f.DisclosedLocation.Trim());
        }
        if (!string.IsNullOrWhiteSpace(f.SeparatedContent))
        {
            extra.Append("\n\n经区分处理，以下内容不予公开：").Append(f.SeparatedContent.Trim());
        }
        if (!string.IsNullOrWhiteSpace(f.ResponsibleAgency))
        {
            extra.Append("\n\n该信息不属于本机关负责公开，负责公开该信息的机关为：").Append(f.ResponsibleAgency.Trim()).Append('。');
        }
        if (!hadRemedy)
        {
            extra.Append("\n\n").Append(f.Remedy);
        }
        // The facts go before the closing remedy paragraph when the template ends with it.
        if (extra.Length > 0 && hadRemedy && text.EndsWith(f.Remedy, StringComparison.Ordinal))
        {
            return text[..^f.Remedy.Length].TrimEnd() + extra + "\n\n" + f.Remedy;
        }
        return text + extra;
    }

    /// <summary>The default letter body of a reply type or sub-reason.</summary>
    public static string DefaultBody(ReplyOutcome outcome, ReplyReason? reason)
    {
        const string Opening = "{申请人}：\n\n本机关于{收到日期}收到您提出的政府信息公开申请（受理编号：{受理编号}），申请获取“{申请内容}”。";
        var decision = reason switch
        {
            null => outcome switch
            {
                ReplyOutcome.Disclosed => "经审查，您申请获取的政府信息属于公开范围。根据{答复依据}的规定，本机关决定予以公开，现按照您选择的获取方式向您提供。",
                ReplyOutcome.PartiallyDisclosed => "经审查，您申请获取的政府信息中含有不应当公开的内容，但能够作区分处理。根据{答复依据}的规定，本机关向您提供可以公开的信息内容，并对不予公开的内容说明理由。",
                ReplyOutcome.Refused or ReplyOutcome.CannotProvide or ReplyOutcome.NotHandled or ReplyOutcome.Other
                    => "经审查，根据{答复依据}的规定，本机关作出如下答复。",
                _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
            },
            ReplyReason.StateSecret => "经审查，您申请获取的政府信息属于国家秘密。根据{答复依据}的规定，该信息不予公开。",
            ReplyReason.ProhibitedByLaw => "经审查，您申请获取的政府信息属于法律、行政法规禁止公开的政府信息。根据{答复依据}的规定，该信息不予公开。",
            ReplyReason.EndangersSecurityOrStability => "经审查，您申请获取的政府信息公开后可能危及国家安全、公共安全、经济安全、社会稳定。根据{答复依据}的规定，该信息不予公开。",
            ReplyReason.ThirdPartyRights => "经审查，您申请获取的政府信息涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的内容，经征求第三方意见，第三方不同意公开。根据{答复依据}的规定，该信息不予公开。",
            ReplyReason.InternalAffairs => "经审查，您申请获取的政府信息属于本机关的人事管理、后勤管理、内部工作流程等方面的内部事务信息。根据{答复依据}的规定，该信息不予公开。",
            ReplyReason.ProcessInformation => "经审查，您申请获取的政府信息属于本机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息。根据{答复依据}的规定，该信息不予公开。",
            ReplyReason.EnforcementCaseFile => "经审查，您申请获取的政府信息属于行政执法案卷信息。根据{答复依据}的规定，该信息不予公开。",
            ReplyReason.AdministrativeQuery => "经审查，您申请获取的信息属于工商、不动产登记资料等行政查询事项，有关法律、行政法规对该信息的获取有专门规定。根据{答复依据}的规定，请您按照有关规定办理查询。",
            ReplyReason.NotHeld => "经查，本机关未制作、获取您申请的政府信息。根据{答复依据}的规定，告知您该政府信息不存在。",
            ReplyReason.RequiresCreation => "经查，本机关没有您申请的现成信息，提供该信息需要本机关对现有政府信息进行加工、分析。根据{答复依据}的规定，本机关不予提供。",
            ReplyReason.StillUnclearAfterCorrection => "本机关已向您发出补正告知，但补正后的申请内容仍不明确，无法确定您所需的政府信息。根据{答复依据}的规定，本机关无法提供。",
            ReplyReason.PetitionOrComplaint => "经审查，您以政府信息公开申请的形式进行信访、投诉、举报等活动。根据{答复依据}的规定，本机关不作为政府信息公开申请处理，请您通过相应渠道反映。",
            ReplyReason.RepeatedApplication => "经查，您的申请与您此前已获答复的申请内容相同，属于重复申请。根据{答复依据}的规定，本机关不予重复处理。",
            ReplyReason.PublicPublication => "经审查，您申请获取的是公开出版物。根据{答复依据}的规定，请您通过公开出版物的发行渠道获取。",
            ReplyReason.UnreasonableVolume => "经审查，您申请公开政府信息的数量、频次明显超过合理范围，且未能说明正当理由。根据{答复依据}的规定，本机关不予处理。",
            ReplyReason.ConfirmationOrReissue => "经审查，您的申请系要求本机关确认或者重新出具已获取的信息，不属于获取现有政府信息的申请。根据{答复依据}的规定，本机关不作为政府信息公开申请处理。",
            ReplyReason.CorrectionNotSupplied => "本机关已向您发出补正告知，您无正当理由逾期未补正，视为放弃申请。根据{答复依据}的规定，本机关不再处理该政府信息公开申请。",
            ReplyReason.FeeNotPaid => "本机关已向您发出收费通知，您逾期未按收费通知要求缴纳信息处理费，视为放弃申请。根据{答复依据}的规定，本机关不再处理该政府信息公开申请。",
            ReplyReason.OtherReason => "根据{答复依据}，本机关对您的申请作出如下处理：（请承办人写明处理情况）。",
            _ => throw new ArgumentOutOfRangeException(nameof(reason)),
        };
        return Opening + "\n\n" + decision + "\n\n{救济途径}";
    }
}
