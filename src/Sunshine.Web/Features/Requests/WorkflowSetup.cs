namespace Sunshine.Web.Features.Requests;

public static class WorkflowSetup
{
    public static IServiceCollection AddRequestWorkflow(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapRequestWorkflow(this IEndpointRouteBuilder app) => app;
}
