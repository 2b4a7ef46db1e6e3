using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sunshine.Domain;
using Sunshine.Web.Features.Requests;
using Sunshine.Web.Platform.Identity;

namespace Sunshine.Web.Pages.Admin.Requests;

/// <summary>
/// 登记申请: staff register an application received in person, by post, by fax or by e-mail, with the receipt date of
/// Art. 31 (handed in / signed for / confirmed with the applicant). The result shows the tracking number and the
/// query code to hand to the applicant, once (TempData; the code is never in an address).
/// </summary>
[Authorize(Roles = Roles)]
public sealed class RegisterModel(RequestIntake intake, IRequestContext context, IStringLocalizer<RequestsIntakeResource> l) : PageModel
{
    public const string Roles = $"{Platform.Identity.Roles.Handler},{Platform.Identity.Roles.Dispatcher},{Platform.Identity.Roles.Admin}";

    /// <summary>The channels staff register (online applications register themselves).</summary>
    public static readonly RequestChannel[] Channels =
        [RequestChannel.InPerson, RequestChannel.RegisteredPost, RequestChannel.OrdinaryPost, RequestChannel.Fax, RequestChannel.Email];

    [BindProperty]
    public IntakeInput Input { get; set; } = new();

    [BindProperty]
    public RequestChannel? Channel { get; set; }

    [BindProperty]
    public DateOnly? ReceivedOn { get; set; }

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<AgencyChoice> Agencies { get; private set; } = [];

    public IntakeReceipt? Receipt { get; private set; }

    public DateOnly Today => intake.Today;

    public IntakeFormView Form => new() { Input = Input, Errors = Errors, Agencies = Agencies, Staff = true, FilesDropped = Files.Count > 0 };

    public async Task OnGetAsync(CancellationToken ct)
    {
        Agencies = await intake.AgenciesAsync(ct);
        Channel = RequestChannel.InPerson;
        ReceivedOn = intake.Today;
        Input.IdType = IdDocumentType.ResidentIdCard;
        if (Agencies.Count == 1)
        {
            Input.AgencyUnitId = Agencies[0].Id;
        }
    }

    /// <summary>After a registration: the receipt to print and hand over, shown once.</summary>
    public async Task<IActionResult> OnGetReceiptAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        Receipt = IntakeReceipts.Take(TempData);
        if (Receipt is null)
        {
            return RedirectToPage();
        }
        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var channel = Channel is { } c && Channels.Contains(c) ? c : (RequestChannel)(-1);
        var files = Files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName))
            .Select(f => new IntakeFile(f.FileName, f.Length, f.OpenReadStream)).ToList();
        try
        {
            if (ReceivedOn is null)
            {
                var errors = new Dictionary<string, string>(await intake.ValidateAsync(Input, channel, intake.Today, context.UserId, files, ct))
                {
                    ["ReceivedOn"] = l["Error.ReceivedMissing"],
                };
                throw new IntakeValidationException(errors, l["Error.Summary", errors.Count]);
            }
            var receipt = await intake.SubmitAsync(Input, channel, ReceivedOn.Value, context.UserId, files, ct);
            IntakeReceipts.Put(TempData, receipt);
            return RedirectToPage(null, "Receipt");
        }
        catch (IntakeValidationException e)
        {
            Errors = e.Errors;
        }
        catch (DomainException e)
        {
            Errors = new Dictionary<string, string> { [""] = e.Message };
        }
        Agencies = await intake.AgenciesAsync(ct);
        return Page();
    }
}
