using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sunshine.Domain;
using Sunshine.Domain.Calendar;
using Sunshine.Domain.Requests;
using Sunshine.Web.Platform.Calendar;
using Sunshine.Web.Platform.Db;
using Sunshine.Web.Platform.Files;
using Sunshine.Web.Platform.Identity;
using Sunshine.Web.Platform.Notifications;
using Sunshine.Web.Platform.Org;
using Sunshine.Web.Platform.Web;

namespace Sunshine.Web.Features.Requests;

/// <summary>What an applicant fills in (online), or what a staff member copies from a paper application.</summary>
public sealed class IntakeInput
{
    /// <summary>申请人类型: natural person or one of the five organisation kinds of Table 三.</summary>
    public ApplicantKind? Kind { get; set; }

    /// <summary>姓名 (natural person).</summary>
    public string? Name { get; set; }

    public IdDocumentType? IdType { get; set; }

    /// <summary>证件号码 (natural person).</summary>
    public string? IdNumber { get; set; }

    /// <summary>单位名称 (organisation).</summary>
    public string? OrganisationName { get; set; }

    /// <summary>统一社会信用代码 (organisation).</summary>
    public string? OrganisationCode { get; set; }

    /// <summary>法定代表人/负责人 (organisation, optional).</summary>
    public string? LegalRepresentative { get; set; }

    /// <summary>联系人 (organisation).</summary>
    public string? ContactPerson { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Address { get; set; }

    public string? PostCode { get; set; }

    /// <summary>所需信息的描述 (Art. 29).</summary>
    public string? Description { get; set; }

    public string? Purpose { get; set; }

    public PreferredForm? PreferredForm { get; set; }

    public int? AgencyUnitId { get; set; }
}

/// <summary>An uploaded identity document (身份证明材料), read only when everything else is valid.</summary>
public sealed record IntakeFile(string FileName, long Length, Func<Stream> OpenReadStream);

/// <summary>One agency the public may address an application to.</summary>
public sealed record AgencyChoice(int Id, string Name, OrgUnitKind Kind);

/// <summary>What the applicant is told at once: the tracking number and the query code (shown only this once).</summary>
public sealed record IntakeReceipt(
    long RequestId,
    string TrackingNumber,
    string QueryCode,
    RequestChannel Channel,
    ApplicantKind Kind,
    string AgencyName,
    DateOnly ReceivedOn,
    DateOnly? DueOn,
    DateTime SubmittedUtc);

/// <summary>The application was not accepted: one Chinese message per field (keys are <see cref="IntakeInput"/> property names, plus Contact, Channel, ReceivedOn, Files).</summary>
public sealed class IntakeValidationException(IReadOnlyDictionary<string, string> errors, string message)
    : DomainException("request.intake-invalid", message)
{
    public IReadOnlyDictionary<string, string> Errors { get; } = errors;
}

/// <summary>统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet, the last a check character.</summary>
public static class CreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    // 3^i mod 31 for positions 1–17.
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Upper-cased, white space and hyphens removed, full-width letters and digits folded.</summary>
    public static string Normalise(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        var chars = new List<char>(value.Length);
        foreach (var raw in value)
        {
            var c = raw is >= '\uFF01' and <= '\uFF5E' ? (char)(raw - 0xFEE0) : raw;
            if (char.IsWhiteSpace(c) || c == '-')
            {
                continue;
            }
            chars.Add(char.ToUpperInvariant(c));
        }
        return new string([.. chars]);
    }

    /// <summary>18 characters of the alphabet (no I, O, S, V, Z).</summary>
    public static bool HasValidShape(string normalised)
        => normalised.Length == 18 && normalised.All(c => Alphabet.Contains(c, StringComparison.Ordinal));

    public static char CheckCharacter(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        }
        return Alphabet[(31 - (sum % 31)) % 31];
    }

    public static bool IsValid(string? value)
    {
        var s = Normalise(value);
        return HasValidShape(s) && CheckCharacter(s) == s[17];
    }
}

/// <summary>
/// 依申请公开 intake: checks an application completely (nothing is written when anything is wrong), registers it
/// with a tracking number and a query code, starts the 20-working-day reply clock from the receipt date (Art. 31,
/// 33), writes the first public timeline step and queues the acknowledgement e-mail — in one transaction.
/// </summary>
public sealed partial class RequestIntake(
    SunshineDb db,
    TrackingNumbers numbers,
    ClockService clocks,
    FileStore files,
    IRequestContext context,
    IStringLocalizer<RequestsIntakeResource> l)
{
    public const string OwnerType = "disclosure-request";

    /// <summary>Reply period of Art. 33 in working days.</summary>
    public const int ReplyWorkingDays = 20;

    /// <summary>How far back staff may date the receipt of a paper application.</summary>
    public const int MaxDaysBack = 60;

    public const int MaxFiles = 5;

    public const int DescriptionMin = 5;

    public const int DescriptionMax = 4000;

    /// <summary>Types the form accepts for identity documents (a subset of what the file store allows).</summary>
    public static readonly string[] IdentityFileExtensions = [".pdf", ".jpg", ".jpeg", ".png"];

    /// <summary>Units the public may address an application to: active county bureaus and township offices, in tree order.</summary>
    public async Task<IReadOnlyList<AgencyChoice>> AgenciesAsync(CancellationToken ct = default)
        => await db.OrgUnits.AsNoTracking()
            .Where(u => u.IsActive && (u.Kind == OrgUnitKind.Bureau || u.Kind == OrgUnitKind.TownshipOffice))
            .OrderBy(u => u.Kind).ThenBy(u => u.SortOrder).ThenBy(u => u.Id)
            .Select(u => new AgencyChoice(u.Id, u.Name, u.Kind))
            .ToListAsync(ct);

    /// <summary>Today in China time.</summary>
    public DateOnly Today => ChinaTime.ToChinaDate(db.Time.GetUtcNow().UtcDateTime);

    /// <summary>
    /// Registers an application. <paramref name="receivedOn"/> is ignored for online applications (received the
    /// moment the platform acknowledges them); for staff registration it is the Art. 31 receipt date.
    /// Throws <see cref="IntakeValidationException"/> with every problem at once; nothing is written then.
    /// </summary>
    public async Task<IntakeReceipt> SubmitAsync(IntakeInput input, RequestChannel channel, DateOnly receivedOn, string? registeredBy,
        IReadOnlyList<IntakeFile>? attachments = null, CancellationToken ct = default)
    {
        attachments ??= [];
        var now = db.Time.GetUtcNow().UtcDateTime;
        var today = ChinaTime.ToChinaDate(now);
        if (channel == RequestChannel.Online)
        {
            receivedOn = today;
        }
        var (errors, clean, agency) = await CheckAsync(input, channel, receivedOn, registeredBy, attachments, today, ct);
        if (errors.Count > 0 || clean is null || agency is null)
        {
            throw Invalid(errors);
        }
        var agencyPath = await db.OrgUnits.Where(u => u.Id == agency.Id).Select(u => u.Path).SingleAsync(ct);

        // Numbers are never reused: taken in a transaction of their own before ours (TrackingNumbers).
        var trackingNumber = await numbers.NextAsync("YSQ", now, ct);
        var code = QueryCodes.New();
        // Online: received the instant it is acknowledged. Staff: the day handed in / signed for / confirmed; a past
        // day counts from midday of that China date (only the date matters for a working-day clock).
        var startUtc = receivedOn == today ? now : ChinaTime.StartOfChinaDayUtc(receivedOn).AddHours(12);

        var saved = new List<StoredFile>();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var request = new DisclosureRequest
            {
                TrackingNumber = trackingNumber,
                QueryCodeHash = QueryCodes.Hash(trackingNumber, code),
                Channel = channel,
                ReceivedOn = receivedOn,
                SubmittedUtc = now,
                RegisteredById = registeredBy,
                ApplicantKind = clean.Kind,
                ApplicantName = clean.Name,
                IdType = clean.IdType,
                IdNumber = clean.IdNumber,
                OrganisationCode = clean.OrganisationCode,
                LegalRepresentative = clean.LegalRepresentative,
                ContactPerson = clean.ContactPerson,
                Phone = clean.Phone,
                Email = clean.Email,
                Address = clean.Address,
                PostCode = clean.PostCode,
                Description = clean.Description,
                Purpose = clean.Purpose,
                PreferredForm = clean.PreferredForm,
                AgencyUnitId = agency.Id,
                OrgPath = agencyPath,
                Status = RequestStatus.Received,
                CreatedUtc = now,
            };
            db.Set<DisclosureRequest>().Add(request);
            await db.SaveChangesAsync(ct);

            var fileErrors = new List<string>();
            foreach (var a in attachments)
            {
                try
                {
                    await using var stream = a.OpenReadStream();
                    var file = await files.SaveAsync(stream, a.FileName, OwnerType, request.Id.ToString(CultureInfo.InvariantCulture), ct);
                    saved.Add(file);
                    db.Set<RequestAttachment>().Add(new RequestAttachment
                    {
                        RequestId = request.Id,
                        FileId = file.Id,
                        Purpose = AttachmentPurpose.IdentityDocument,
                        VisibleToApplicant = false,
                    });
                }
                catch (DomainException e)
                {
                    fileErrors.Add(e.Message);
                }
            }
            if (fileErrors.Count > 0)
            {
                throw Invalid(new Dictionary<string, string> { ["Files"] = string.Join(" ", fileErrors) });
            }

            var clock = await clocks.StartAsync(OwnerType, request.Id.ToString(CultureInfo.InvariantCulture),
                $"政府信息公开申请 {trackingNumber}", agency.Id, agencyPath, startUtc, BudgetUnit.WorkingDays, ReplyWorkingDays, ct);
            await db.SaveChangesAsync(ct);
            request.ClockId = clock.Id;
            var due = clock.EvaluationError is null ? clock.DueDate : null;

            db.Set<RequestEvent>().Add(new RequestEvent
            {
                RequestId = request.Id,
                AtUtc = now,
                ToStatus = RequestStatus.Received,
                ActorName = registeredBy is null ? "申请人（网上提交）" : context.ActorName,
                PublicText = due is { } d
                    ? Stored("Event.Received", trackingNumber, StoredDate(receivedOn), StoredDate(d))
                    : Stored("Event.ReceivedNoDue", trackingNumber, StoredDate(receivedOn)),
                InternalNote = registeredBy is null ? null : Stored("Event.Registered", Stored("Channel." + channel), StoredDate(receivedOn)),
                IsPublic = true,
            });

            if (clean.Email is { } email)
            {
                db.Enqueue(OutboxChannel.Email, email, Stored("Mail.Subject", trackingNumber),
                    Stored("Mail.Body", agency.Name, trackingNumber, StoredDate(receivedOn), due is { } dd ? StoredDate(dd) : Stored("Mail.DueLater")),
                    $"{OwnerType}:{request.Id}");
            }
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return new IntakeReceipt(request.Id, trackingNumber, code, channel, clean.Kind, agency.Name, receivedOn, due, now);
        }
        catch
        {
            await tx.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            foreach (var f in saved)
            {
                TryDelete(Path.Combine(files.RootPath, f.StorageKey));
            }
            throw;
        }
    }

    /// <summary>Every problem of an application, without writing anything (empty when it would be accepted).</summary>
    public async Task<IReadOnlyDictionary<string, string>> ValidateAsync(IntakeInput input, RequestChannel channel, DateOnly receivedOn,
        string? registeredBy, IReadOnlyList<IntakeFile>? attachments = null, CancellationToken ct = default)
    {
        var today = Today;
        return (await CheckAsync(input, channel, channel == RequestChannel.Online ? today : receivedOn, registeredBy, attachments ?? [], today, ct)).Errors;
    }

    private async Task<(Dictionary<string, string> Errors, Clean? Clean, AgencyChoice? Agency)> CheckAsync(IntakeInput input, RequestChannel channel,
        DateOnly receivedOn, string? registeredBy, IReadOnlyList<IntakeFile> attachments, DateOnly today, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        var clean = Validate(input, channel, receivedOn, registeredBy, attachments, today, errors);
        AgencyChoice? agency = null;
        if (input.AgencyUnitId is { } agencyId)
        {
            agency = (await AgenciesAsync(ct)).FirstOrDefault(a => a.Id == agencyId);
        }
        if (agency is null)
        {
            errors.TryAdd(nameof(IntakeInput.AgencyUnitId), l["Error.Agency"]);
        }
        return (errors, clean, agency);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Left behind only if the disk fails; no row points at it.
        }
    }

    private IntakeValidationException Invalid(IReadOnlyDictionary<string, string> errors)
        => new(errors, l["Error.Summary", errors.Count]);

    private static readonly CultureInfo Chinese = new("zh-CN");

    /// <summary>Text kept in the record (timeline, e-mail) is Chinese whatever language the visitor chose.</summary>
    private string Stored(string key, params object[] args)
    {
        var (ui, culture) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = Chinese;
            return l[key, args];
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, culture);
        }
    }

    private string StoredDate(DateOnly d) => d.ToString(Stored("Format.Date"), Chinese);

    public string ChannelLabel(RequestChannel channel) => l["Channel." + channel];

    private sealed record Clean(
        ApplicantKind Kind, string Name, IdDocumentType? IdType, string? IdNumber, string? OrganisationCode,
        string? LegalRepresentative, string? ContactPerson, string? Phone, string? Email, string? Address, string? PostCode,
        string Description, string? Purpose, PreferredForm PreferredForm);

    private Clean? Validate(IntakeInput input, RequestChannel channel, DateOnly receivedOn, string? registeredBy,
        IReadOnlyList<IntakeFile> attachments, DateOnly today, Dictionary<string, string> errors)
    {
        if (!Enum.IsDefined(channel))
        {
            errors["Channel"] = l["Error.Channel"];
        }
        else if (channel != RequestChannel.Online)
        {
            if (registeredBy is null)
            {
                errors["Channel"] = l["Error.ChannelOnline"];
            }
            if (receivedOn > today)
            {
                errors["ReceivedOn"] = l["Error.ReceivedFuture"];
            }
            else if (receivedOn < today.AddDays(-MaxDaysBack))
            {
                errors["ReceivedOn"] = l["Error.ReceivedTooOld", MaxDaysBack];
            }
        }

        var kind = input.Kind is { } k && Enum.IsDefined(k) ? k : (ApplicantKind?)null;
        if (kind is null)
        {
            errors[nameof(IntakeInput.Kind)] = l["Error.Kind"];
        }

        string name = "";
        IdDocumentType? idType = null;
        string? idNumber = null, orgCode = null, legal = null, contact = null;
        if (kind == ApplicantKind.NaturalPerson)
        {
            name = Text(input.Name);
            if (name.Length == 0)
            {
                errors[nameof(IntakeInput.Name)] = l["Error.Name"];
            }
            else if (name.Length > 50)
            {
                errors[nameof(IntakeInput.Name)] = l["Error.TooLong", l["Field.Name"], 50];
            }
            idType = input.IdType is { } t && Enum.IsDefined(t) ? t : null;
            if (idType is null)
            {
                errors[nameof(IntakeInput.IdType)] = l["Error.IdType"];
            }
            var rawId = Text(input.IdNumber);
            if (rawId.Length == 0)
            {
                errors[nameof(IntakeInput.IdNumber)] = l["Error.IdNumber"];
            }
            else if (idType == IdDocumentType.ResidentIdCard)
            {
                idNumber = Sunshine.Domain.Privacy.IdNumber.Normalise(rawId);
                if (!Sunshine.Domain.Privacy.IdNumber.IsValid(idNumber, today))
                {
                    errors[nameof(IntakeInput.IdNumber)] = l["Error.IdNumberInvalid"];
                }
            }
            else
            {
                idNumber = rawId.ToUpperInvariant();
                if (idNumber.Length is < 5 or > 40 || !OtherIdPattern().IsMatch(idNumber))
                {
                    errors[nameof(IntakeInput.IdNumber)] = l["Error.IdNumberOther"];
                }
            }
        }
        else if (kind is not null)
        {
            name = Text(input.OrganisationName);
            if (name.Length == 0)
            {
                errors[nameof(IntakeInput.OrganisationName)] = l["Error.OrganisationName"];
            }
            else if (name.Length > 100)
            {
                errors[nameof(IntakeInput.OrganisationName)] = l["Error.TooLong", l["Field.OrganisationName"], 100];
            }
            orgCode = CreditCode.Normalise(input.OrganisationCode);
            if (orgCode.Length == 0)
            {
                errors[nameof(IntakeInput.OrganisationCode)] = l["Error.OrganisationCode"];
            }
            else if (!CreditCode.HasValidShape(orgCode))
            {
                errors[nameof(IntakeInput.OrganisationCode)] = l["Error.OrganisationCodeShape"];
            }
            else if (!CreditCode.IsValid(orgCode))
            {
                errors[nameof(IntakeInput.OrganisationCode)] = l["Error.OrganisationCodeCheck"];
            }
            legal = Optional(input.LegalRepresentative, nameof(IntakeInput.LegalRepresentative), "Field.LegalRepresentative", 60, errors);
            contact = Text(input.ContactPerson);
            if (contact.Length == 0)
            {
                errors[nameof(IntakeInput.ContactPerson)] = l["Error.ContactPerson"];
            }
            else if (contact.Length > 60)
            {
                errors[nameof(IntakeInput.ContactPerson)] = l["Error.TooLong", l["Field.ContactPerson"], 60];
            }
        }

        var phone = Optional(input.Phone, nameof(IntakeInput.Phone), "Field.Phone", 40, errors);
        if (phone is not null && (!PhonePattern().IsMatch(phone) || phone.Count(char.IsAsciiDigit) is < 7 or > 20))
        {
            errors[nameof(IntakeInput.Phone)] = l["Error.Phone"];
        }
        var email = Optional(input.Email, nameof(IntakeInput.Email), "Field.Email", 120, errors);
        if (email is not null && !EmailPattern().IsMatch(email))
        {
            errors[nameof(IntakeInput.Email)] = l["Error.Email"];
        }
        var address = Optional(input.Address, nameof(IntakeInput.Address), "Field.Address", 200, errors);
        var postCode = Optional(input.PostCode, nameof(IntakeInput.PostCode), "Field.PostCode", 10, errors);
        if (postCode is not null && !PostCodePattern().IsMatch(postCode))
        {
            errors[nameof(IntakeInput.PostCode)] = l["Error.PostCode"];
        }
        if (phone is null && email is null && address is null && !errors.ContainsKey(nameof(IntakeInput.Phone))
            && !errors.ContainsKey(nameof(IntakeInput.Email)) && !errors.ContainsKey(nameof(IntakeInput.Address)))
        {
            errors["Contact"] = l["Error.Contact"];
        }

        var description = Text(input.Description);
        if (description.Length < DescriptionMin)
        {
            errors[nameof(IntakeInput.Description)] = description.Length == 0 ? l["Error.Description"] : l["Error.DescriptionShort", DescriptionMin];
        }
        else if (description.Length > DescriptionMax)
        {
            errors[nameof(IntakeInput.Description)] = l["Error.TooLong", l["Field.Description"], DescriptionMax];
        }
        var purpose = Optional(input.Purpose, nameof(IntakeInput.Purpose), "Field.Purpose", 1000, errors);
        var form = input.PreferredForm is { } f && Enum.IsDefined(f) ? f : (PreferredForm?)null;
        if (form is null)
        {
            errors[nameof(IntakeInput.PreferredForm)] = l["Error.PreferredForm"];
        }
        else if (form == PreferredForm.Email && email is null && !errors.ContainsKey(nameof(IntakeInput.Email)))
        {
            errors[nameof(IntakeInput.Email)] = l["Error.EmailForForm"];
        }

        if (attachments.Count > MaxFiles)
        {
            errors["Files"] = l["Error.TooManyFiles", MaxFiles];
        }
        else
        {
            var wrong = attachments.FirstOrDefault(a => !IdentityFileExtensions.Contains(Path.GetExtension(a.FileName), StringComparer.OrdinalIgnoreCase));
            if (wrong is not null)
            {
                errors["Files"] = l["Error.FileType", FileStore.Sanitise(wrong.FileName)];
            }
            else if (attachments.FirstOrDefault(a => a.Length == 0) is { } empty)
            {
                errors["Files"] = l["Error.FileEmpty", FileStore.Sanitise(empty.FileName)];
            }
        }

        if (kind is null || form is null)
        {
            return null;
        }
        return new Clean(kind.Value, name, idType, idNumber, orgCode, legal, kind == ApplicantKind.NaturalPerson ? null : contact,
            phone, email, address, postCode, description, purpose, form.Value);
    }

    private string? Optional(string? value, string key, string labelKey, int max, Dictionary<string, string> errors)
    {
        var text = Text(value);
        if (text.Length == 0)
        {
            return null;
        }
        if (text.Length > max)
        {
            errors[key] = l["Error.TooLong", l[labelKey], max];
        }
        return text;
    }

    /// <summary>Trimmed, control characters (except line breaks) removed, Windows line breaks folded.</summary>
    private static string Text(string? value)
        => value is null ? "" : new string(value.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Where(c => c == '\n' || !char.IsControl(c)).ToArray()).Trim();

    [GeneratedRegex(@"^[0-9A-Z()（）\-]+$")]
    private static partial Regex OtherIdPattern();

    [GeneratedRegex(@"^\+?[0-9][0-9 \-()]*[0-9]$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^[0-9]{6}$")]
    private static partial Regex PostCodePattern();
}
