namespace Sunshine.Web.Features.Requests;

/// <summary>Wires the 依申请公开 module: intake (public), workflow (staff and applicant actions), annual report.</summary>
public static class RequestsSetup
{
    /// <summary>Policy names for the back-office menu: the same roles as the pages' own [Authorize] attributes.</summary>
    public const string HandlingPolicy = "requests-handling";

    public const string ReportsPolicy = "requests-reports";

    public static IServiceCollection AddRequests(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(HandlingPolicy, p => p.RequireRole(WorkflowRoles.HandlingRoles.Split(',')))
            .AddPolicy(ReportsPolicy, p => p.RequireRole(ReportRoles.Staff.Split(',')));
        services.AddRequestIntake();
        services.AddRequestWorkflow();
        services.AddRequestReports();
        return services;
    }

    public static IEndpointRouteBuilder MapRequests(this IEndpointRouteBuilder app)
    {
        app.MapRequestIntake();
        app.MapRequestWorkflow();
        app.MapRequestReports();
        return app;
    }
}
