using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Sunshine.Domain.Requests;

namespace Sunshine.Web.Features.Requests;

/// <summary>What the shared application-form partial (Pages/Requests/_IntakeFields.cshtml) renders: the values, the errors, the agencies.</summary>
public sealed class IntakeFormView
{
    public required IntakeInput Input { get; init; }

    public required IReadOnlyDictionary<string, string> Errors { get; init; }

    public required IReadOnlyList<AgencyChoice> Agencies { get; init; }

    /// <summary>Files were chosen in the failed attempt: browsers cannot put them back, say so.</summary>
    public bool FilesDropped { get; init; }

    /// <summary>Staff registration: extra fields (channel, receipt date) come first in the error list.</summary>
    public bool Staff { get; init; }

    /// <summary>Error keys in the order the fields appear, with the id of the control each one links to.</summary>
    public static readonly IReadOnlyList<(string Key, string Anchor)> Order =
    [
        ("Channel", "channel-" + nameof(RequestChannel.InPerson)),
        ("ReceivedOn", "ReceivedOn"),
        (nameof(IntakeInput.Kind), "kind-" + nameof(ApplicantKind.NaturalPerson)),
        (nameof(IntakeInput.Name), "Input_Name"),
        (nameof(IntakeInput.IdType), "Input_IdType"),
        (nameof(IntakeInput.IdNumber), "Input_IdNumber"),
        (nameof(IntakeInput.OrganisationName), "Input_OrganisationName"),
        (nameof(IntakeInput.OrganisationCode), "Input_OrganisationCode"),
        (nameof(IntakeInput.LegalRepresentative), "Input_LegalRepresentative"),
        (nameof(IntakeInput.ContactPerson), "Input_ContactPerson"),
        ("Contact", "Input_Phone"),
        (nameof(IntakeInput.Phone), "Input_Phone"),
        (nameof(IntakeInput.Email), "Input_Email"),
        (nameof(IntakeInput.Address), "Input_Address"),
        (nameof(IntakeInput.PostCode), "Input_PostCode"),
        (nameof(IntakeInput.AgencyUnitId), "Input_AgencyUnitId"),
        (nameof(IntakeInput.Description), "Input_Description"),
        (nameof(IntakeInput.Purpose), "Input_Purpose"),
        (nameof(IntakeInput.PreferredForm), "form-" + nameof(PreferredForm.Paper)),
        ("Files", "Files"),
        ("", "main"),
    ];

    public IEnumerable<(string Anchor, string Message)> OrderedErrors()
    {
        foreach (var (key, anchor) in Order)
        {
            if (Errors.TryGetValue(key, out var message))
            {
                yield return (anchor, message);
            }
        }
    }

    public string? Error(string key) => Errors.TryGetValue(key, out var m) ? m : null;

    /// <summary>The organisation kinds in the order of Table 三.</summary>
    public static readonly ApplicantKind[] OrganisationKinds =
        [ApplicantKind.Commercial, ApplicantKind.Research, ApplicantKind.PublicInterest, ApplicantKind.LegalService, ApplicantKind.OtherOrganisation];
}

/// <summary>
/// Carries the acknowledgement from the POST to the page that shows it once (TempData, an encrypted cookie),
/// so the query code never travels in an address and a reload does not submit twice.
/// </summary>
public static class IntakeReceipts
{
    public const string Key = "requests.receipt";

    public static void Put(ITempDataDictionary tempData, IntakeReceipt receipt) => tempData[Key] = JsonSerializer.Serialize(receipt);

    /// <summary>The receipt, removed from TempData (shown once).</summary>
    public static IntakeReceipt? Take(ITempDataDictionary tempData)
        => tempData[Key] is string json ? JsonSerializer.Deserialize<IntakeReceipt>(json) : null;
}
