namespace Sunshine.Web.Features.Requests;

/// <summary>Wires the 依申请公开 module: intake (public), workflow (staff and applicant actions), annual report.</summary>
public static class RequestsSetup
{
    public static IServiceCollection AddRequests(this IServiceCollection services)
    {
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
