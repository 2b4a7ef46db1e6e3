using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using OpenTelemetry.Metrics;
using Sunshine.Web.Features.Requests;
using Sunshine.Web.Platform;
using Sunshine.Web.Platform.Api;
using Sunshine.Web.Platform.Calendar;
using Sunshine.Web.Platform.Commands;
using Sunshine.Web.Platform.Db;
using Sunshine.Web.Platform.Demo;
using Sunshine.Web.Platform.Identity;
using Sunshine.Web.Platform.Jobs;
using Sunshine.Web.Platform.Notifications;
using Sunshine.Web.Platform.Org;
using Sunshine.Web.Platform.Web;

var builder = WebApplication.CreateBuilder(args);
var isCommand = CliCommands.IsCommand(args);

if (builder.Configuration.GetValue("Logging:Json", false))
{
    builder.Logging.ClearProviders();
    builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
}

var services = builder.Services;
services.AddSingleton(TimeProvider.System);
services.AddHttpContextAccessor();
services.AddScoped<IRequestContext, HttpRequestContext>();

services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section).ValidateDataAnnotations().ValidateOnStart();
services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
services.AddOptions<BootstrapAdminOptions>().BindConfiguration(BootstrapAdminOptions.Section);
services.AddOptions<ClockOptions>().BindConfiguration(ClockOptions.Section).ValidateDataAnnotations().ValidateOnStart();
services.AddOptions<JobOptions>().BindConfiguration(JobOptions.Section).ValidateDataAnnotations().ValidateOnStart();
services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section).ValidateDataAnnotations().ValidateOnStart();

services.AddSunshineDb(builder.Configuration, builder.Environment);
services.AddSunshineIdentity();
services.AddDataProtection().SetApplicationName("Sunshine").PersistKeysToDbContext<SunshineDb>();
services.AddSunshineWeb();
services.AddScoped<OrgService>();
services.AddRequests();
services.AddSingleton<CalendarCache>();
services.AddScoped<CalendarService>();
services.AddScoped<ClockService>();
services.AddScoped<JobLeaseStore>();
services.AddScoped<TrackingNumbers>();
services.AddScoped<Sunshine.Web.Platform.Files.FileStore>();
services.AddOptions<Sunshine.Web.Platform.Files.FileOptions>().BindConfiguration(Sunshine.Web.Platform.Files.FileOptions.Section).ValidateDataAnnotations().ValidateOnStart();

if (!string.IsNullOrWhiteSpace(builder.Configuration["Smtp:Host"]))
{
    services.AddSingleton<IMessageSender, SmtpSender>();
}
else
{
    services.AddSingleton<IMessageSender, RecordingSender>();
}
services.AddSingleton<IRecurringJob, ClockSweepJob>();
services.AddSingleton<IRecurringJob, OutboxSendJob>();
if (!isCommand)
{
    services.AddSingleton<JobRunner>();
    services.AddHostedService(sp => sp.GetRequiredService<JobRunner>());
}

services.AddRouting(o => o.LowercaseUrls = true);
services.AddRazorPages(o =>
    {
        o.Conventions.AuthorizeFolder("/Admin", IdentitySetup.StaffPolicy);
        o.Conventions.AllowAnonymousToPage("/Admin/Login");
        o.Conventions.AllowAnonymousToPage("/Admin/Denied");
        o.Conventions.AuthorizeFolder("/Admin/Users", IdentitySetup.AdminPolicy);
        o.Conventions.AuthorizeFolder("/Admin/Units", IdentitySetup.AdminPolicy);
        o.Conventions.AuthorizeFolder("/Admin/Calendar", IdentitySetup.CountyAdminPolicy);
        o.Conventions.AuthorizeFolder("/Admin/Jobs", IdentitySetup.CountyAdminPolicy);
        o.Conventions.AuthorizeFolder("/Admin/Audit", IdentitySetup.AuditReaderPolicy);
        o.Conventions.AuthorizeFolder("/Admin/Outbox", IdentitySetup.OutboxReaderPolicy);
        o.Conventions.AddPageApplicationModelConvention("/Admin/Login", m => m.EndpointMetadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(WebSetup.LoginPolicy)));
        o.Conventions.AddPageApplicationModelConvention("/Track", m => m.EndpointMetadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(WebSetup.TrackingPolicy)));
    })
    .AddViewLocalization()
    .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (type, f) =>
        f.Create(type.Namespace?.Contains(".Admin", StringComparison.Ordinal) == true ? typeof(Sunshine.Web.AdminResource) : typeof(Sunshine.Web.SharedResource)))
    .AddMvcOptions(o =>
    {
        o.Filters.Add<MustChangePasswordFilter>();
        // Binding errors ("abc" in a number field) in Chinese rather than the framework's English.
        o.ModelBindingMessageProvider.SetAttemptedValueIsInvalidAccessor((v, _) => $"“{v}”不是有效的值。");
        o.ModelBindingMessageProvider.SetValueIsInvalidAccessor(v => $"“{v}”不是有效的值。");
        o.ModelBindingMessageProvider.SetValueMustBeANumberAccessor(_ => "请填写数字。");
        o.ModelBindingMessageProvider.SetValueMustNotBeNullAccessor(_ => "请填写此项。");
        o.ModelBindingMessageProvider.SetMissingBindRequiredValueAccessor(_ => "请填写此项。");
        o.ModelBindingMessageProvider.SetMissingKeyOrValueAccessor(() => "请填写此项。");
        o.ModelBindingMessageProvider.SetUnknownValueIsInvalidAccessor(_ => "填写的值无效。");
        o.ModelBindingMessageProvider.SetNonPropertyAttemptedValueIsInvalidAccessor(v => $"“{v}”不是有效的值。");
        o.ModelBindingMessageProvider.SetNonPropertyUnknownValueIsInvalidAccessor(() => "填写的值无效。");
        o.ModelBindingMessageProvider.SetNonPropertyValueMustBeANumberAccessor(() => "请填写数字。");
        o.ModelBindingMessageProvider.SetMissingRequestBodyRequiredValueAccessor(() => "请求内容不能为空。");
    });
services.AddOpenApi();
services.AddHealthChecks().AddDbContextCheck<SunshineDb>("database");
services.AddOpenTelemetry()
    .WithMetrics(m => m
        .AddAspNetCoreInstrumentation()
        .AddMeter("Sunshine.Jobs")
        .AddPrometheusExporter());
services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);

var app = builder.Build();

if (isCommand)
{
    return await CliCommands.RunAsync(app, args);
}

await StartupTasks.RunAsync(app);

app.UseForwardedHeaders();
app.UseSecurityHeaders();
// API callers get RFC 7807 problem details; people get the Chinese error page.
app.UseWhen(http => http.Request.Path.StartsWithSegments("/api"), api => api.UseExceptionHandler());
app.UseWhen(http => !http.Request.Path.StartsWithSegments("/api"), web => web.UseExceptionHandler("/error/500"));
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}
// Empty error responses get a body: problem details for the API, the Chinese error page for people.
app.UseWhen(http => http.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
app.UseWhen(http => !http.Request.Path.StartsWithSegments("/api"), web => web.UseStatusCodePagesWithReExecute("/error/{0}"));
app.UseRequestLocalization();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

app.MapHealthChecks("/health");
app.MapPrometheusScrapingEndpoint("/metrics", meterProvider: null,
    configureBranchedPipeline: b => b.Use(MetricsAccess.Allow(app.Configuration.GetValue("Metrics:AllowRemote", false))), optionsName: null);
app.MapOpenApi("/openapi/{documentName}.json");
app.MapPreferences();
app.MapCalendarApi();
app.MapRequests();
app.MapRazorPages();

app.Run();
return 0;

/// <summary>Entry point type, public for the integration tests' application factory.</summary>
public partial class Program;
