using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Sunshine.Domain;
using Sunshine.Domain.Requests;
using Sunshine.Web.Features.Requests;
using Sunshine.Web.Platform.Db;

namespace Sunshine.Web.Pages.Requests;

/// <summary>
/// The applicant's own actions, POSTed from the status page (/requests/status): /requests/act/correction (补正, text
/// and/or a file), /requests/act/fee (已缴费 / 不缴费, record only), /requests/act/withdraw (撤回), /requests/act/rate (评价).
/// </summary>
public sealed class ActModel(SunshineDb db, RequestWorkflowService workflow, IStringLocalizer<RequestsWorkflowResource> w)
    : ApplicantActionPageModel(db)
{
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Choice { get; set; }
    [BindProperty] public bool Confirm { get; set; }
    [BindProperty] public int? Rating { get; set; }

    public string What { get; private set; } = "";
    public ApplicantActionForms? Forms { get; private set; }
    public string? Error { get; private set; }

    public IActionResult OnGet() => Redirect("/requests/status");

    public async Task<IActionResult> OnPostAsync(string what, CancellationToken ct)
    {
        What = what;
        var found = await VerifyAsync(ct);
        if (found is not { } r)
        {
            Error = w["Act.NoMatch"];
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        var actor = WorkflowActor.Applicant;
        try
        {
            switch (what)
            {
                case "correction":
                    if (Upload is { Length: > 0 } file)
                    {
                        await using var stream = file.OpenReadStream();
                        await workflow.SupplyCorrectionAsync(r.Id, actor, Version, Text, stream, file.FileName, ct);
                    }
                    else
                    {
                        await workflow.SupplyCorrectionAsync(r.Id, actor, Version, Text, null, null, ct);
                    }
                    break;
                case "fee":
                    if (Choice == "paid")
                    {
                        await workflow.FeePaidAsync(r.Id, actor, Version, ct);
                    }
                    else if (Choice == "declined")
                    {
                        await workflow.FeeDeclinedOrExpiredAsync(r.Id, actor, Version, ct);
                        what = "fee-declined";
                    }
                    else
                    {
                        return Invalid(r, w["Act.ChoiceRequired"]);
                    }
                    break;
                case "withdraw":
                    if (!Confirm)
                    {
                        return Invalid(r, w["Act.ConfirmRequired"]);
                    }
                    await workflow.WithdrawAsync(r.Id, actor, Version, Text, ct);
                    break;
                case "rate":
                    if (Rating is not { } rating)
                    {
                        return Invalid(r, w["Act.RatingRequired"]);
                    }
                    await workflow.RateAsync(r.Id, actor, rating, Text, ct);
                    break;
                default:
                    return NotFound();
            }
        }
        catch (DomainException e)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Invalid(r, e.Message, conflict: true);
        }
        return Done(what);
    }

    private IActionResult Invalid((long Id, RequestStatus Status, int Version, bool Rated) r, string message, bool conflict = false)
    {
        if (!conflict)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        Error = message;
        Forms = new ApplicantActionForms(Number!.Trim().ToUpperInvariant(), Code!.Trim(), r.Version, r.Status, r.Rated)
        {
            Only = What,
            Text = Text,
            Rating = Rating,
        };
        return Page();
    }
}
