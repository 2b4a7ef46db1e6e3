using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sunshine.Domain;
using Sunshine.Web.Features.Requests;

namespace Sunshine.Web.Pages.Requests;

/// <summary>
/// 在线申请: the application form. A failed submission shows every problem in Chinese and writes nothing; a
/// successful one goes to the acknowledgement (/requests/submitted), the query code carried in TempData, never in the address.
/// </summary>
public sealed class ApplyModel(RequestIntake intake) : PageModel
{
    [BindProperty]
    public IntakeInput Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<AgencyChoice> Agencies { get; private set; } = [];

    public IntakeFormView Form => new() { Input = Input, Errors = Errors, Agencies = Agencies, FilesDropped = Files.Count > 0 };

    /// <summary>?agency=id preselects the agency (links from an agency's guide page).</summary>
    public async Task OnGetAsync(int? agency, CancellationToken ct)
    {
        Agencies = await intake.AgenciesAsync(ct);
        Input.IdType = IdDocumentType.ResidentIdCard;
        Input.AgencyUnitId = agency is { } id && Agencies.Any(a => a.Id == id) ? id : null;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var files = Files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName))
                .Select(f => new IntakeFile(f.FileName, f.Length, f.OpenReadStream)).ToList();
            var receipt = await intake.SubmitAsync(Input, RequestChannel.Online, default, null, files, ct);
            IntakeReceipts.Put(TempData, receipt);
            return Redirect("/requests/submitted");
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
