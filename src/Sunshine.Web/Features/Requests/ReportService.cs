using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sunshine.Domain;
using Sunshine.Domain.Calendar;
using Sunshine.Domain.Requests;
using Sunshine.Web.Platform.Db;
using Sunshine.Web.Platform.Org;

namespace Sunshine.Web.Features.Requests;

/// <summary>An agency (or the county = the government's overall report) that publishes an annual report.</summary>
public sealed record ReportUnit(int Id, string Code, string Name, OrgUnitKind Kind, string Path)
{
    /// <summary>The county (root) unit: its report is the government's overall report, covering every agency.</summary>
    public bool IsCounty => OrgUnit.IsRootPath(Path);

    /// <summary>Department reports are due by 31 January, the government's overall report by 31 March (Art. 49).</summary>
    public DateOnly DeadlineFor(int year) => IsCounty ? AnnualReport.GovernmentDeadline(year) : AnnualReport.DepartmentDeadline(year);
}

/// <summary>The texts and Table 二 figures a staff member enters (sections 一, 二, 五, 六).</summary>
public sealed class AnnualReportInput
{
    public string? Overview { get; set; }

    public string? Problems { get; set; }

    public string? Other { get; set; }

    public int RulesIssued { get; set; }

    public int RulesRepealed { get; set; }

    public int RulesInForce { get; set; }

    public int NormativeIssued { get; set; }

    public int NormativeRepealed { get; set; }

    public int NormativeInForce { get; set; }

    public int Licensing { get; set; }

    public int Penalty { get; set; }

    public int Coercion { get; set; }

    public decimal Fees { get; set; }

    public Table2 ToTable2() => new(
        new DocumentCounts(RulesIssued, RulesRepealed, RulesInForce),
        new DocumentCounts(NormativeIssued, NormativeRepealed, NormativeInForce),
        Licensing, Penalty, Coercion, Fees);

    public static AnnualReportInput From(AnnualReportText? text, Table2 t2) => new()
    {
        Overview = text?.Overview,
        Problems = text?.Problems,
        Other = text?.Other,
        RulesIssued = t2.Rules.IssuedThisYear,
        RulesRepealed = t2.Rules.RepealedThisYear,
        RulesInForce = t2.Rules.InForce,
        NormativeIssued = t2.NormativeDocuments.IssuedThisYear,
        NormativeRepealed = t2.NormativeDocuments.RepealedThisYear,
        NormativeInForce = t2.NormativeDocuments.InForce,
        Licensing = t2.LicensingDecisions,
        Penalty = t2.PenaltyDecisions,
        Coercion = t2.CoercionDecisions,
        Fees = t2.FeesTenThousandYuan,
    };
}

/// <summary>One report as shown: the unit, texts, the computed tables (or the frozen ones once published) and any problem.</summary>
public sealed class AnnualReportView
{
    public required ReportUnit Unit { get; init; }

    public required int Year { get; init; }

    public string Overview { get; init; } = "";

    public string Problems { get; init; } = "";

    public string Other { get; init; } = "";

    public required Table2 Table2 { get; init; }

    /// <summary>Null when the facts could not be counted (see <see cref="Errors"/>).</summary>
    public AnnualReport? Report { get; init; }

    /// <summary>The domain's Chinese messages that block publication (empty when the check passes).</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    public bool Exists { get; init; }

    public DateTime? PublishedUtc { get; init; }

    public DateTime? UpdatedUtc { get; init; }

    public bool IsPublished => PublishedUtc is not null;

    /// <summary>Published, and the applications counted today no longer give the published numbers.</summary>
    public bool LiveDiffers { get; init; }

    public DateOnly Deadline => Unit.DeadlineFor(Year);

    public bool CheckPassed => Report is not null && Errors.Count == 0;
}

/// <summary>A published report in the public list.</summary>
public sealed record PublishedReportEntry(int Year, string UnitCode, string UnitName, bool IsCounty, int SortOrder, DateTime PublishedUtc);

/// <summary>
/// 政府信息公开工作年度报告: loads the facts of a year for an agency (or the whole county), builds the domain
/// <see cref="AnnualReport"/> — the counting is the domain's (<see cref="Table3.Build"/>, <see cref="Table4.Build"/>) —,
/// keeps the texts and Table 二, and publishes with the tables frozen. Staff see only units in their scope: the
/// query filters apply, so the county's overall report needs a county-wide user.
/// </summary>
public sealed class AnnualReportService(SunshineDb db)
{
    public const int FirstYear = 2019;

    /// <summary>Kinds of unit that publish an annual report: the county government, its departments, the townships.</summary>
    public static bool IsReportingKind(OrgUnitKind kind) => kind is OrgUnitKind.County or OrgUnitKind.Bureau or OrgUnitKind.Township;

    /// <summary>Today in China.</summary>
    public DateOnly Today => ChinaTime.ToChinaDate(db.Time.GetUtcNow().UtcDateTime);

    public int CurrentYear => Today.Year;

    /// <summary>Years that may be reported on: from the 2019 regulation to the current year.</summary>
    public bool IsValidYear(int year) => year >= FirstYear && year <= CurrentYear;

    /// <summary>The reporting units the signed-in staff member may see (scope filter applies), county first.</summary>
    public async Task<IReadOnlyList<ReportUnit>> ReportingUnitsAsync(CancellationToken ct = default)
    {
        var units = await db.OrgUnits.AsNoTracking()
            .Where(u => u.IsActive && (u.Kind == OrgUnitKind.County || u.Kind == OrgUnitKind.Bureau || u.Kind == OrgUnitKind.Township))
            .Select(u => new { u.Id, u.Code, u.Name, u.Kind, u.Path, u.SortOrder })
            .ToListAsync(ct);
        return units
            .OrderBy(u => u.Kind == OrgUnitKind.County ? 0 : u.Kind == OrgUnitKind.Bureau ? 1 : 2)
            .ThenBy(u => u.SortOrder).ThenBy(u => u.Id)
            .Select(u => new ReportUnit(u.Id, u.Code, u.Name, u.Kind, u.Path))
            .ToList();
    }

    /// <summary>A reporting unit visible to the actor, or null.</summary>
    public async Task<ReportUnit?> FindUnitAsync(int unitId, CancellationToken ct = default)
    {
        var u = await db.OrgUnits.AsNoTracking().Where(x => x.Id == unitId)
            .Select(x => new { x.Id, x.Code, x.Name, x.Kind, x.Path }).SingleOrDefaultAsync(ct);
        return u is null || !IsReportingKind(u.Kind) ? null : new ReportUnit(u.Id, u.Code, u.Name, u.Kind, u.Path);
    }

    /// <summary>Report status per unit for one year (for the list page).</summary>
    public async Task<Dictionary<int, (DateTime? PublishedUtc, DateTime UpdatedUtc)>> StatusesAsync(int year, CancellationToken ct = default)
        => await db.Set<AnnualReportText>().AsNoTracking().Where(t => t.Year == year)
            .Select(t => new { t.AgencyUnitId, t.PublishedUtc, t.UpdatedUtc })
            .ToDictionaryAsync(t => t.AgencyUnitId, t => (t.PublishedUtc, t.UpdatedUtc), ct);

    /// <summary>The staff view: live tables while a draft; the frozen tables once published (with a note if the data changed since).</summary>
    public async Task<AnnualReportView> LoadAsync(ReportUnit unit, int year, CancellationToken ct = default)
    {
        var text = await db.Set<AnnualReportText>().AsNoTracking().SingleOrDefaultAsync(t => t.Year == year && t.AgencyUnitId == unit.Id, ct);
        var data = ReportData.Parse(text?.Table2Json);
        var table2 = data.ToTable2();
        var (live, errors) = await BuildLiveAsync(unit, year, table2, ct);
        var report = live;
        var differs = false;
        if (text?.PublishedUtc is not null && data.Published is { } frozen)
        {
            report = new AnnualReport(year, table2, frozen.ToTable3(), frozen.ToTable4());
            differs = live is null || !SameNumbers(report, live);
            errors = [];
        }

        return new AnnualReportView
        {
            Unit = unit,
            Year = year,
            Overview = text?.Overview ?? "",
            Problems = text?.Problems ?? "",
            Other = text?.Other ?? "",
            Table2 = table2,
            Report = report,
            Errors = errors,
            Exists = text is not null,
            PublishedUtc = text?.PublishedUtc,
            UpdatedUtc = text?.UpdatedUtc,
            LiveDiffers = differs,
        };
    }

    /// <summary>Saves sections 一/五/六 and Table 二 (audited). A published report is no longer edited.</summary>
    public async Task SaveAsync(ReportUnit unit, int year, AnnualReportInput input, CancellationToken ct = default)
    {
        EnsureYear(year);
        var table2 = input.ToTable2();
        table2.Validate();
        var overview = Clean(input.Overview, "一、总体情况");
        var problems = Clean(input.Problems, "五、存在的主要问题及改进情况");
        var other = Clean(input.Other, "六、其他需要报告的事项");

        var text = await db.Set<AnnualReportText>().SingleOrDefaultAsync(t => t.Year == year && t.AgencyUnitId == unit.Id, ct);
        if (text?.PublishedUtc is not null)
        {
            throw new DomainException("annual-report.published", $"{unit.Name}{year}年度报告已发布，不能再修改。");
        }

        var data = ReportData.Parse(text?.Table2Json);
        data.SetTable2(table2);
        var now = db.Time.GetUtcNow().UtcDateTime;
        if (text is null)
        {
            text = new AnnualReportText { Year = year, AgencyUnitId = unit.Id, OrgPath = unit.Path };
            db.Add(text);
        }

        text.Overview = overview;
        text.Problems = problems;
        text.Other = other;
        text.Table2Json = data.ToJson();
        text.UpdatedUtc = now;
        await SaveOrConflictAsync(ct);
    }

    /// <summary>
    /// Publishes the report when the check passes: the tables are frozen in the record, so the public sees what was
    /// published even if an application's data is corrected later. Throws the domain's Chinese message otherwise.
    /// </summary>
    public async Task PublishAsync(ReportUnit unit, int year, CancellationToken ct = default)
    {
        EnsureYear(year);
        if (year >= CurrentYear)
        {
            throw new DomainException("annual-report.year-not-over", $"{year}年度尚未结束，不能发布该年度的报告。");
        }

        var text = await db.Set<AnnualReportText>().SingleOrDefaultAsync(t => t.Year == year && t.AgencyUnitId == unit.Id, ct);
        if (text is null || string.IsNullOrWhiteSpace(text.Overview))
        {
            throw new DomainException("annual-report.overview-missing", "请先填写并保存“一、总体情况”，再发布报告。");
        }

        if (text.PublishedUtc is not null)
        {
            throw new DomainException("annual-report.published", $"{unit.Name}{year}年度报告已发布。");
        }

        var data = ReportData.Parse(text.Table2Json);
        var (report, errors) = await BuildLiveAsync(unit, year, data.ToTable2(), ct);
        if (report is null || errors.Count > 0)
        {
            throw new DomainException("annual-report.check-failed", "报告未通过校验，不能发布：" + string.Join(" ", errors));
        }

        data.Published = FrozenTables.From(report);
        text.Table2Json = data.ToJson();
        var now = db.Time.GetUtcNow().UtcDateTime;
        text.PublishedUtc = now;
        text.UpdatedUtc = now;
        db.AddAuditEvent("annual-report-published", nameof(AnnualReportText), text.Id.ToString(CultureInfo.InvariantCulture), $"{year}:{unit.Code}");
        await SaveOrConflictAsync(ct);
    }

    /// <summary>Published reports for the public list (not scoped: a published report is public; only aggregate data is read).</summary>
    public async Task<IReadOnlyList<PublishedReportEntry>> PublishedAsync(CancellationToken ct = default)
    {
        var rows = await db.Set<AnnualReportText>().IgnoreQueryFilters().AsNoTracking()
            .Where(t => t.PublishedUtc != null)
            .Join(db.OrgUnits.IgnoreQueryFilters(), t => t.AgencyUnitId, u => u.Id,
                (t, u) => new { t.Year, u.Code, u.Name, u.Path, u.SortOrder, u.Kind, t.PublishedUtc })
            .ToListAsync(ct);
        return rows
            .Select(r => new PublishedReportEntry(r.Year, r.Code, r.Name, OrgUnit.IsRootPath(r.Path), r.Kind == OrgUnitKind.County ? -1 : r.SortOrder, r.PublishedUtc!.Value))
            .OrderByDescending(r => r.Year).ThenBy(r => r.SortOrder).ThenBy(r => r.UnitCode, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The public view of a published report, found by year and unit code; null when not published. Only the frozen
    /// aggregate tables and the texts are read — never an application row.
    /// </summary>
    public async Task<AnnualReportView?> LoadPublishedAsync(int year, string unitCode, CancellationToken ct = default)
    {
        var found = await db.Set<AnnualReportText>().IgnoreQueryFilters().AsNoTracking()
            .Where(t => t.Year == year && t.PublishedUtc != null)
            .Join(db.OrgUnits.IgnoreQueryFilters().Where(u => u.Code == unitCode), t => t.AgencyUnitId, u => u.Id,
                (t, u) => new { Text = t, u.Id, u.Code, u.Name, u.Kind, u.Path })
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }

        var data = ReportData.Parse(found.Text.Table2Json);
        if (data.Published is not { } frozen)
        {
            return null;
        }

        var table2 = data.ToTable2();
        return new AnnualReportView
        {
            Unit = new ReportUnit(found.Id, found.Code, found.Name, found.Kind, found.Path),
            Year = year,
            Overview = found.Text.Overview,
            Problems = found.Text.Problems,
            Other = found.Text.Other,
            Table2 = table2,
            Report = new AnnualReport(year, table2, frozen.ToTable3(), frozen.ToTable4()),
            Exists = true,
            PublishedUtc = found.Text.PublishedUtc,
            UpdatedUtc = found.Text.UpdatedUtc,
        };
    }

    /// <summary>
    /// Loads the facts under the unit's subtree (the county root: every agency) and builds the report with the domain.
    /// Returns the report (null when the facts are inconsistent) and the messages that block publication.
    /// </summary>
    internal async Task<(AnnualReport? Report, IReadOnlyList<string> Errors)> BuildLiveAsync(ReportUnit unit, int year, Table2 table2, CancellationToken ct)
    {
        var (facts, labels, problems) = await LoadRequestFactsAsync(unit.Path, year, ct);
        var reviews = await LoadReviewFactsAsync(unit.Path, year, ct);
        var errors = new List<string>(problems);
        Table3? table3 = null;
        try
        {
            table3 = Table3.Build(year, facts);
        }
        catch (DomainException e)
        {
            errors.Add(e.Message);
            // Name the applications behind the domain's "第N条": each fact alone through the same check.
            for (var i = 0; i < facts.Count; i++)
            {
                try
                {
                    Table3.Build(year, [facts[i]]);
                }
                catch (DomainException one)
                {
                    errors.Add($"第{i + 1}条为申请 {labels[i]}（{one.Message.Replace("申请记录有误：第1条：", "", StringComparison.Ordinal)}）");
                }
            }
        }

        Table4? table4 = null;
        try
        {
            table4 = Table4.Build(year, reviews);
        }
        catch (DomainException e)
        {
            errors.Add(e.Message);
        }

        if (table3 is null || table4 is null)
        {
            return (null, errors);
        }

        var report = new AnnualReport(year, table2, table3, table4);
        try
        {
            report.Check();
        }
        catch (DomainException e)
        {
            errors.Add(e.Message);
        }

        return (report, errors);
    }

    private async Task<(List<RequestFact> Facts, List<string> Labels, List<string> Problems)> LoadRequestFactsAsync(string path, int year, CancellationToken ct)
    {
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        // Received by the year's end and not closed before it began; rows received in the year are all read, so an
        // impossible date (closed before received) reaches the domain's check instead of being skipped.
        var rows = await db.Set<DisclosureRequest>().AsNoTracking()
            .Where(r => r.OrgPath.StartsWith(path) && r.ReceivedOn <= end && (r.ClosedOn == null || r.ClosedOn >= start || r.ReceivedOn >= start))
            .OrderBy(r => r.Id)
            .Select(r => new
            {
                r.Id,
                r.TrackingNumber,
                r.ApplicantKind,
                r.ReceivedOn,
                r.Status,
                r.Outcome,
                r.Reason,
                r.ReplyNote,
                r.ClosedOn,
                r.CorrectionDueOn,
                r.FeeDueOn,
            })
            .ToListAsync(ct);

        // A terminal application without a recorded result: the transition that ended it decides (the domain's
        // RequestWorkflow.ClosingDecisionOf), e.g. whether a 视为放弃 lacked the correction or the fee.
        var unrecordedStatus = rows.Where(r => RequestWorkflow.IsTerminal(r.Status) && r.Outcome is null).ToDictionary(r => r.Id, r => r.Status);
        var unrecorded = unrecordedStatus.Keys.ToList();
        var closingActions = unrecorded.Count == 0
            ? []
            : (await db.Set<RequestEvent>().AsNoTracking()
                .Where(e => unrecorded.Contains(e.RequestId) && e.Action != null)
                .Select(e => new { e.RequestId, e.Action, e.ToStatus, e.Id })
                .ToListAsync(ct))
                .Where(e => unrecordedStatus[e.RequestId] == e.ToStatus)
                .GroupBy(e => e.RequestId)
                .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Id).First().Action);

        var facts = new List<RequestFact>(rows.Count);
        var labels = new List<string>(rows.Count);
        var problems = new List<string>();
        foreach (var r in rows)
        {
            ReplyDecision? decision;
            try
            {
                decision = DecisionOf(r.Status, r.Outcome, r.Reason, r.ReplyNote,
                    closingActions.GetValueOrDefault(r.Id), r.CorrectionDueOn, r.FeeDueOn);
            }
            catch (DomainException e)
            {
                problems.Add($"申请 {r.TrackingNumber} 的办理结果有误：{e.Message}");
                continue;
            }

            facts.Add(new RequestFact(r.ApplicantKind, r.ReceivedOn, decision, r.ClosedOn));
            labels.Add(r.TrackingNumber);
        }

        return (facts, labels, problems);
    }

    private async Task<List<ReviewCaseFact>> LoadReviewFactsAsync(string path, int year, CancellationToken ct)
    {
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        return await db.Set<RequestReviewCase>().AsNoTracking()
            .Where(c => c.OrgPath.StartsWith(path) && c.FiledOn >= start && c.FiledOn <= end)
            .OrderBy(c => c.Id)
            .Select(c => new ReviewCaseFact(c.Proceeding, c.FiledOn, c.Result, c.ConcludedOn))
            .ToListAsync(ct);
    }

    /// <summary>
    /// The Table 三 result of an application (src/Sunshine.Domain/Requests/README.md): open → none; a recorded
    /// outcome/reason/note → that decision; a terminal application without one → the closing decision of the
    /// transition that ended it (<see cref="RequestWorkflow.ClosingDecisionOf"/>): 已转办 → 无法提供/本机关不掌握
    /// (Art. 36(5)), 已撤回 → 其他处理/其他, 视为放弃 → 其他处理 1 (no correction) or 2 (fee unpaid; without the event, the
    /// later of the two notices). 已答复 without a result is an error. Throws the domain's Chinese message when the
    /// recorded parts do not fit together.
    /// </summary>
    public static ReplyDecision? DecisionOf(RequestStatus status, ReplyOutcome? outcome, ReplyReason? reason, ReplyNote note,
        RequestAction? closingAction = null, DateOnly? correctionDueOn = null, DateOnly? feeDueOn = null)
    {
        if (!RequestWorkflow.IsTerminal(status))
        {
            return null;
        }

        if (outcome is { } recorded)
        {
            return ReplyDecision.Create(recorded, reason, note);
        }

        if (closingAction is { } action && RequestWorkflow.ClosingDecisionOf(action) is { } closing)
        {
            return closing;
        }

        return status switch
        {
            RequestStatus.Transferred => RequestWorkflow.ClosingDecisionOf(RequestAction.Transfer),
            RequestStatus.Withdrawn => RequestWorkflow.ClosingDecisionOf(RequestAction.Withdraw),
            RequestStatus.Abandoned => RequestWorkflow.ClosingDecisionOf(
                feeDueOn is { } fee && (correctionDueOn is null || fee > correctionDueOn)
                    ? RequestAction.FeeDeclinedOrExpired
                    : RequestAction.CorrectionExpired),
            RequestStatus.Replied => throw new DomainException("annual-report.reply-missing", "已答复，但没有记录办理结果。"),
            RequestStatus.Received or RequestStatus.AwaitingCorrection or RequestStatus.InProgress
                or RequestStatus.ThirdPartyConsultation or RequestStatus.AgencyConsultation
                or RequestStatus.AwaitingFee or RequestStatus.ReplyDrafted => null,
            _ => throw new DomainException("annual-report.invalid-status", $"申请状态 {(int)status} 无效。"),
        };
    }

    /// <summary>Whether two reports have the same Table 三 and Table 四 numbers.</summary>
    public static bool SameNumbers(AnnualReport a, AnnualReport b)
    {
        foreach (var row in Table3.Rows.Where(r => r.HasValues))
        {
            foreach (var c in Table3.Columns)
            {
                if (a.Table3[row.Key, c] != b.Table3[row.Key, c])
                {
                    return false;
                }
            }
        }

        foreach (var p in Table4.Proceedings)
        {
            foreach (var c in Table4.Columns)
            {
                if (a.Table4[p, c] != b.Table4[p, c])
                {
                    return false;
                }
            }
        }

        return true;
    }

    private void EnsureYear(int year)
    {
        if (!IsValidYear(year))
        {
            throw new DomainException("annual-report.invalid-year", $"报告年度应在{FirstYear}年至{CurrentYear}年之间。");
        }
    }

    private static string Clean(string? value, string section)
    {
        var text = (value ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (text.Length > 20000)
        {
            throw new DomainException("annual-report.text-too-long", $"“{section}”不能超过20000字。");
        }

        return text;
    }

    private async Task SaveOrConflictAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            throw new DomainException("annual-report.conflict", "报告刚被他人修改，请刷新页面后重试。");
        }
    }
}

/// <summary>What <see cref="AnnualReportText.Table2Json"/> holds: Table 二's figures and, once published, the frozen tables 三 and 四.</summary>
internal sealed class ReportData
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Table2 Empty = new(DocumentCounts.Zero, DocumentCounts.Zero, 0, 0, 0, 0m);

    /// <summary>Table 二 as entered (the domain record itself, serialised).</summary>
    public Table2? Table2 { get; set; }

    public FrozenTables? Published { get; set; }

    public static ReportData Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new ReportData();
        }

        try
        {
            return JsonSerializer.Deserialize<ReportData>(json, Json) ?? new ReportData();
        }
        catch (JsonException)
        {
            return new ReportData();
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public Table2 ToTable2() => Table2 ?? Empty;

    public void SetTable2(Table2 t) => Table2 = t;
}

/// <summary>Tables 三 and 四 as published: the editable cells (the derived totals are recomputed by the domain).</summary>
internal sealed class FrozenTables
{
    /// <summary>Table 三: row key → the six applicant columns.</summary>
    public Dictionary<string, int[]> Table3 { get; set; } = [];

    /// <summary>Table 四: per proceeding, 维持/纠正/其他/尚未审结.</summary>
    public int[][] Table4 { get; set; } = [];

    public static FrozenTables From(AnnualReport report)
    {
        var frozen = new FrozenTables();
        foreach (var row in Domain.Requests.Table3.Rows.Where(r => r.HasValues && !r.IsDerived))
        {
            frozen.Table3[row.Key.ToString()] = Domain.Requests.Table3.Columns.Select(c => report.Table3[row.Key, c]).ToArray();
        }

        frozen.Table4 = Domain.Requests.Table4.Proceedings
            .Select(p => new[] { Table4Column.Upheld, Table4Column.Corrected, Table4Column.OtherResult, Table4Column.Pending }
                .Select(c => report.Table4[p, c]).ToArray())
            .ToArray();
        return frozen;
    }

    public Table3 ToTable3()
    {
        var t = Domain.Requests.Table3.Empty;
        foreach (var (key, values) in Table3)
        {
            if (!Enum.TryParse<Table3RowKey>(key, out var row))
            {
                continue;
            }

            for (var c = 0; c < Math.Min(values.Length, Domain.Requests.Table3.Columns.Count); c++)
            {
                t = t.With(row, Domain.Requests.Table3.Columns[c], values[c]);
            }
        }

        return t;
    }

    public Table4 ToTable4()
    {
        var t = Domain.Requests.Table4.Empty;
        Table4Column[] columns = [Table4Column.Upheld, Table4Column.Corrected, Table4Column.OtherResult, Table4Column.Pending];
        for (var p = 0; p < Math.Min(Table4.Length, Domain.Requests.Table4.Proceedings.Count); p++)
        {
            for (var c = 0; c < Math.Min(Table4[p].Length, columns.Length); c++)
            {
                t = t.With(Domain.Requests.Table4.Proceedings[p], columns[c], Table4[p][c]);
            }
        }

        return t;
    }
}
