using Sunshine.Web.Platform.Jobs;

namespace Sunshine.Web.Features.Requests;

/// <summary>
/// The annual report (政府信息公开工作年度报告): <see cref="AnnualReportService"/>, the due-date reminder job; pages
/// under /admin/reports (staff) and /reports (published reports).
/// </summary>
public static class ReportsSetup
{
    public static IServiceCollection AddRequestReports(this IServiceCollection services)
    {
        services.AddOptions<AnnualReportOptions>().BindConfiguration(AnnualReportOptions.Section);
        services.AddScoped<AnnualReportService>();
        services.AddSingleton<IRecurringJob, AnnualReportReminderJob>();
        return services;
    }

    public static IEndpointRouteBuilder MapRequestReports(this IEndpointRouteBuilder app) => app;
}
