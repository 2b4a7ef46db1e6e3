namespace Sunshine.Web.Features.Requests;

public static class ReportsSetup
{
    public static IServiceCollection AddRequestReports(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapRequestReports(this IEndpointRouteBuilder app) => app;
}
