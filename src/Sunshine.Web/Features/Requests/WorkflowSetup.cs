using Sunshine.Web.Platform.Jobs;

namespace Sunshine.Web.Features.Requests;

/// <summary>Wires the handling of applications: the workflow service, reply templates, the deadline sweep.</summary>
public static class WorkflowSetup
{
    public static IServiceCollection AddRequestWorkflow(this IServiceCollection services)
    {
        services.AddOptions<RequestWorkflowOptions>().BindConfiguration(RequestWorkflowOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ReplyTemplates>();
        services.AddScoped<RequestWorkflowService>();
        services.AddSingleton<IRecurringJob, RequestDeadlineJob>();
        return services;
    }

    public static IEndpointRouteBuilder MapRequestWorkflow(this IEndpointRouteBuilder app) => app;
}
