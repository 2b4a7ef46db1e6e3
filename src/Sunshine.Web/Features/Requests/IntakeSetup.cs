namespace Sunshine.Web.Features.Requests;

public static class IntakeSetup
{
    public static IServiceCollection AddRequestIntake(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapRequestIntake(this IEndpointRouteBuilder app) => app;
}
