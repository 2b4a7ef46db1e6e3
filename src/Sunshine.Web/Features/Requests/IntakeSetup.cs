using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Sunshine.Domain.Calendar;
using Sunshine.Domain.Requests;
using Sunshine.Web.Platform.Web;

namespace Sunshine.Web.Features.Requests;

/// <summary>Body of POST /api/v1/requests. Enumerations are given by name (e.g. "NaturalPerson", "ResidentIdCard", "Electronic").</summary>
/// <param name="ApplicantKind">NaturalPerson · Commercial · Research · PublicInterest · LegalService · OtherOrganisation.</param>
/// <param name="Name">姓名 (natural person).</param>
/// <param name="IdType">ResidentIdCard · Passport · HongKongMacaoPass · TaiwanPass · Other (natural person).</param>
/// <param name="IdNumber">证件号码 (natural person).</param>
/// <param name="OrganisationName">单位名称 (organisation).</param>
/// <param name="OrganisationCode">统一社会信用代码, 18 characters (organisation).</param>
/// <param name="LegalRepresentative">法定代表人/负责人 (organisation, optional).</param>
/// <param name="ContactPerson">联系人 (organisation).</param>
/// <param name="Phone">联系电话: at least one of phone, email and address.</param>
/// <param name="Email">电子邮箱.</param>
/// <param name="Address">通信地址.</param>
/// <param name="PostCode">邮政编码 (6 digits, optional).</param>
/// <param name="Description">所需信息的名称、文号或者便于查询的其他特征性描述 (5–4000 characters).</param>
/// <param name="Purpose">申请用途 (optional).</param>
/// <param name="PreferredForm">Paper · Email · Electronic · ViewOnSite.</param>
/// <param name="AgencyUnitId">受理机关: an id from GET /api/v1/requests/agencies.</param>
public sealed record IntakeApiRequest(
    string? ApplicantKind,
    string? Name,
    string? IdType,
    string? IdNumber,
    string? OrganisationName,
    string? OrganisationCode,
    string? LegalRepresentative,
    string? ContactPerson,
    string? Phone,
    string? Email,
    string? Address,
    string? PostCode,
    string? Description,
    string? Purpose,
    string? PreferredForm,
    int? AgencyUnitId);

/// <summary>201 answer: the query code is given only this once; keep it.</summary>
public sealed record IntakeApiReceipt(string TrackingNumber, string QueryCode, string ReceivedOn, string? DueOn, string Agency, string Status);

public sealed record RequestStatusQuery(string? TrackingNumber, string? QueryCode);

public sealed record RequestStatusStep(string At, string Text);

/// <summary>What the applicant may see of the application; no personal data.</summary>
public sealed record RequestStatusResponse(
    string TrackingNumber,
    string Status,
    string StatusLabel,
    string Agency,
    string ReceivedOn,
    string? DueOn,
    int? RemainingWorkingDays,
    bool ClockSuspended,
    string? Outcome,
    string? OutcomeLabel,
    string? ReasonLabel,
    string? RepliedAt,
    IReadOnlyList<RequestStatusStep> Timeline);

public sealed record AgencyDto(int Id, string Name, string Kind);

public static class IntakeSetup
{
    public static IServiceCollection AddRequestIntake(this IServiceCollection services)
    {
        services.AddScoped<RequestIntake>();
        services.AddScoped<ApplicantAccess>();
        services.AddTrackingSource<RequestTrackingSource>();
        return services;
    }

    public static IEndpointRouteBuilder MapRequestIntake(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/requests").WithTags("Requests");
        g.MapGet("/agencies", AgenciesAsync).WithName("RequestAgencies")
            .WithSummary("可受理政府信息公开申请的机关")
            .WithDescription("提交申请时 agencyUnitId 取自此列表。");
        g.MapPost("/", SubmitAsync).WithName("RequestSubmit")
            .WithSummary("提交政府信息公开申请")
            .WithDescription("JSON 申请书（不含附件，身份证明材料可在受理机关要求时补交）。成功返回 201 与受理编号、查询码（仅返回这一次，请妥善保存）、收到申请之日和答复期限（20个工作日，收到申请之日为第0日）。内容有误返回 400，errors 中逐项说明。")
            .Accepts<IntakeApiRequest>("application/json")
            .Produces<IntakeApiReceipt>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(WebSetup.TrackingPolicy);
        g.MapPost("/status", StatusAsync).WithName("RequestStatus")
            .WithSummary("查询申请办理进度")
            .WithDescription("以受理编号和查询码查询：状态、公开的办理过程、答复期限、答复结果。受理编号不存在与查询码错误返回同样的 404。")
            .Accepts<RequestStatusQuery>("application/json")
            .Produces<RequestStatusResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(WebSetup.TrackingPolicy);
        return app;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Iso(DateTime utc)
        => new DateTimeOffset(ChinaTime.AsUtc(utc)).ToOffset(ChinaTime.Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static async Task<Ok<List<AgencyDto>>> AgenciesAsync(RequestIntake intake, CancellationToken ct)
        => TypedResults.Ok((await intake.AgenciesAsync(ct)).Select(a => new AgencyDto(a.Id, a.Name, a.Kind.ToString())).ToList());

    public static async Task<Results<Created<IntakeApiReceipt>, ValidationProblem>> SubmitAsync(
        HttpRequest http, RequestIntake intake, IStringLocalizer<RequestsIntakeResource> l, CancellationToken ct)
    {
        var body = await ReadJsonAsync<IntakeApiRequest>(http, ct);
        if (body is null)
        {
            return BadBody(l);
        }
        var errors = new Dictionary<string, string[]>();
        var input = new IntakeInput
        {
            Kind = ParseEnum<ApplicantKind>(body.ApplicantKind, "applicantKind", l, errors),
            Name = body.Name,
            IdType = ParseEnum<IdDocumentType>(body.IdType, "idType", l, errors),
            IdNumber = body.IdNumber,
            OrganisationName = body.OrganisationName,
            OrganisationCode = body.OrganisationCode,
            LegalRepresentative = body.LegalRepresentative,
            ContactPerson = body.ContactPerson,
            Phone = body.Phone,
            Email = body.Email,
            Address = body.Address,
            PostCode = body.PostCode,
            Description = body.Description,
            Purpose = body.Purpose,
            PreferredForm = ParseEnum<PreferredForm>(body.PreferredForm, "preferredForm", l, errors),
            AgencyUnitId = body.AgencyUnitId,
        };
        try
        {
            if (errors.Count > 0)
            {
                // Report the unreadable values together with everything else that is wrong.
                foreach (var (k, v) in await intake.ValidateAsync(input, RequestChannel.Online, default, null, null, ct))
                {
                    errors.TryAdd(JsonName(k), [v]);
                }
                return TypedResults.ValidationProblem(errors, title: l["Api.Invalid"]);
            }
            var r = await intake.SubmitAsync(input, RequestChannel.Online, default, null, null, ct);
            return TypedResults.Created((string?)null,
                new IntakeApiReceipt(r.TrackingNumber, r.QueryCode, Iso(r.ReceivedOn), r.DueOn is { } d ? Iso(d) : null, r.AgencyName,
                    RequestWorkflow.Label(RequestStatus.Received)));
        }
        catch (IntakeValidationException e)
        {
            return TypedResults.ValidationProblem(e.Errors.ToDictionary(x => JsonName(x.Key), x => new[] { x.Value }), title: l["Api.Invalid"]);
        }
    }

    public static async Task<Results<Ok<RequestStatusResponse>, ValidationProblem, ProblemHttpResult>> StatusAsync(
        HttpRequest http, ApplicantAccess access, IStringLocalizer<RequestsIntakeResource> l, CancellationToken ct)
    {
        var body = await ReadJsonAsync<RequestStatusQuery>(http, ct);
        if (body is null)
        {
            return BadBody(l);
        }
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(body.TrackingNumber))
        {
            errors["trackingNumber"] = [l["Status.Error.Number"]];
        }
        if (string.IsNullOrWhiteSpace(body.QueryCode))
        {
            errors["queryCode"] = [l["Status.Error.Code"]];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: l["Api.Invalid"]);
        }
        var id = await access.FindAsync(body.TrackingNumber, body.QueryCode, ct);
        var v = id is null ? null : await access.ViewAsync(id.Value, body.QueryCode!.Trim(), ct);
        if (v is null)
        {
            return TypedResults.Problem(title: l["Status.NotFound"], statusCode: StatusCodes.Status404NotFound,
                extensions: new Dictionary<string, object?> { ["code"] = "request.not-found" });
        }
        return TypedResults.Ok(new RequestStatusResponse(
            v.TrackingNumber, v.Status.ToString(), v.StatusLabel, v.AgencyName, Iso(v.ReceivedOn),
            v.DueOn is { } d ? Iso(d) : null, v.RemainingWorkingDays, v.ClockSuspended,
            v.Outcome?.ToString(), v.OutcomeLabel, v.ReasonLabel, v.RepliedUtc is { } at ? Iso(at) : null,
            [.. v.Timeline.Select(s => new RequestStatusStep(Iso(s.AtUtc), s.Text))]));
    }

    private static ValidationProblem BadBody(IStringLocalizer<RequestsIntakeResource> l)
        => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [l["Api.BadJson"]] }, title: l["Api.Invalid"]);

    private static async Task<T?> ReadJsonAsync<T>(HttpRequest http, CancellationToken ct) where T : class
    {
        if (!http.HasJsonContentType())
        {
            return null;
        }
        try
        {
            return await http.ReadFromJsonAsync<T>(ct);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static TEnum? ParseEnum<TEnum>(string? value, string field, IStringLocalizer<RequestsIntakeResource> l, Dictionary<string, string[]> errors)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var text = value.Trim();
        if (!text.Any(char.IsAsciiDigit) && Enum.TryParse<TEnum>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            return parsed;
        }
        errors[field] = [l["Api.BadEnum", text, string.Join("、", Enum.GetNames<TEnum>())]];
        return null;
    }

    /// <summary>Service field keys (IntakeInput property names) as JSON member names.</summary>
    private static string JsonName(string key) => key switch
    {
        nameof(IntakeInput.Kind) => "applicantKind",
        _ => JsonNamingPolicy.CamelCase.ConvertName(key),
    };
}
