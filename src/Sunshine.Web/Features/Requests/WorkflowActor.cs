using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Sunshine.Domain.Requests;
using Sunshine.Web.Platform.Identity;

namespace Sunshine.Web.Features.Requests;

/// <summary>Who moves an application: a staff member (with roles), the applicant (tracking number + query code) or the system (a job).</summary>
public enum WorkflowActorKind
{
    Staff,
    Applicant,
    System,
}

/// <summary>The actor of one transition; the roles decide what the actor may do (<see cref="WorkflowRoles.MayPerform"/>).</summary>
public sealed record WorkflowActor(WorkflowActorKind Kind, string? UserId, string Name, IReadOnlySet<string> Roles)
{
    /// <summary>The applicant, verified by the page with the tracking number and query code.</summary>
    public static WorkflowActor Applicant { get; } = new(WorkflowActorKind.Applicant, null, "申请人", new HashSet<string>());

    public static WorkflowActor System(string name = "系统") => new(WorkflowActorKind.System, null, name, new HashSet<string>());

    /// <summary>A signed-in staff member with the roles of the principal.</summary>
    public static WorkflowActor Staff(ClaimsPrincipal user, IRequestContext context)
    {
        ArgumentNullException.ThrowIfNull(user);
        var roles = Platform.Identity.Roles.All.Where(user.IsInRole).ToHashSet(StringComparer.Ordinal);
        return new WorkflowActor(WorkflowActorKind.Staff, context.UserId ?? user.FindFirstValue(ClaimTypes.NameIdentifier), context.ActorName, roles);
    }

    public bool HasAny(IEnumerable<string> roles) => Kind == WorkflowActorKind.Staff && roles.Any(Roles.Contains);
}

/// <summary>Who may perform which action. The transition table itself lives in <see cref="RequestWorkflow"/>.</summary>
public static class WorkflowRoles
{
    /// <summary>Staff who handle applications (the scope filter still decides which ones they see).</summary>
    public static readonly IReadOnlyList<string> Handling = [Roles.Handler, Roles.Dispatcher, Roles.Reviewer, Roles.Leader, Roles.Admin];

    /// <summary>The head of the disclosure office (审核人/分管领导): approves extensions and replies.</summary>
    public static readonly IReadOnlyList<string> Approvers = [Roles.Reviewer, Roles.Leader];

    /// <summary>Who may edit the reply templates.</summary>
    public static readonly IReadOnlyList<string> TemplateEditors = [Roles.Admin, Roles.Reviewer];

    /// <summary>The role list for [Authorize(Roles = ...)] on the staff pages.</summary>
    public const string HandlingRoles = Roles.Handler + "," + Roles.Dispatcher + "," + Roles.Reviewer + "," + Roles.Leader + "," + Roles.Admin;

    public const string TemplateRoles = Roles.Admin + "," + Roles.Reviewer;

    /// <summary>Whether the actor may perform the action at all (the status decides separately whether it is allowed now).</summary>
    public static bool MayPerform(WorkflowActor actor, RequestAction action)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var staff = actor.HasAny(Handling);
        var approver = actor.HasAny(Approvers);
        var applicant = actor.Kind == WorkflowActorKind.Applicant;
        var system = actor.Kind == WorkflowActorKind.System;
        return action switch
        {
            RequestAction.Accept or RequestAction.RequestCorrection or RequestAction.StartThirdPartyConsultation
                or RequestAction.EndThirdPartyConsultation or RequestAction.StartAgencyConsultation
                or RequestAction.EndAgencyConsultation or RequestAction.IssueFeeNotice or RequestAction.DraftReply
                or RequestAction.Transfer => staff,
            // A correction on paper is registered by staff; online the applicant supplies it.
            RequestAction.SupplyCorrection => staff || applicant,
            RequestAction.CorrectionExpired => staff || system,
            RequestAction.FeePaid => staff || applicant,
            RequestAction.FeeDeclinedOrExpired => staff || applicant || system,
            // Art. 33 ¶2: the head of the disclosure office approves the extension; Art. 35 likewise.
            RequestAction.Extend or RequestAction.SetLongerDeadline => approver,
            RequestAction.ReturnDraft or RequestAction.ApproveReply => approver,
            RequestAction.Withdraw => applicant,
            _ => false,
        };
    }

    /// <summary>Actions the applicant takes on the public pages, never offered as staff forms.</summary>
    public static bool IsApplicantOnly(RequestAction action) => action == RequestAction.Withdraw;
}

/// <summary>Regional settings of the workflow (RULES.md §2 defaults).</summary>
public sealed class RequestWorkflowOptions
{
    public const string Section = "Requests:Workflow";

    /// <summary>Working days the applicant has to supply a correction after the notice [local; default 15].</summary>
    [Range(1, 60)] public int CorrectionWorkingDays { get; set; } = 15;

    /// <summary>Working days to pay a fee notice (RULES.md §2 [open], default 20).</summary>
    [Range(1, 60)] public int FeePaymentWorkingDays { get; set; } = RequestWorkflow.DefaultFeePaymentWorkingDays;

    /// <summary>复议机关 named in the remedy; empty = the county (root unit) name + 人民政府.</summary>
    [MaxLength(100)] public string? ReviewBody { get; set; }
}
