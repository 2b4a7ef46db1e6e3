using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Sunshine.Web.Platform.Db;
using Sunshine.Web.Platform.Org;

namespace Sunshine.Web.Platform.Identity;

public static class IdentitySetup
{
    public const string StaffPolicy = "staff";
    public const string AdminPolicy = "admin";
    /// <summary>An administrator whose scope is the whole county: county-wide settings (calendar, jobs).</summary>
    public const string CountyAdminPolicy = "county-admin";
    /// <summary>Who may read the audit log: county administrators and discipline inspectors.</summary>
    public const string AuditReaderPolicy = "audit-reader";
    /// <summary>Who may read the outbox: county administrators and e-supervision officers.</summary>
    public const string OutboxReaderPolicy = "outbox-reader";

    /// <summary>Roles whose holders in a county-level unit see the whole county (oversight and dispatching).</summary>
    public static readonly IReadOnlySet<string> CountyWideRoles = new HashSet<string>(StringComparer.Ordinal)
    {
        Roles.Admin, Roles.Supervision, Roles.Discipline, Roles.ConductSupervisor, Roles.Leader, Roles.Dispatcher,
    };

    private static bool IsCountyAdmin(ClaimsPrincipal u) => u.IsInRole(Roles.Admin) && u.HasClaim(StaffClaims.CountyWide, "true");

    public static IServiceCollection AddSunshineIdentity(this IServiceCollection services)
    {
        services.AddIdentity<StaffUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = false;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<SunshineDb>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>()
            .AddErrorDescriber<ChineseIdentityErrors>();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/admin/login";
            o.LogoutPath = "/admin/logout";
            o.AccessDeniedPath = "/admin/denied";
            o.Cookie.Name = "sunshine.staff";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden);
        });
        // A changed unit, role or lock takes effect within a minute on every open session.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicy, p => p.RequireAuthenticatedUser())
            .AddPolicy(AdminPolicy, p => p.RequireRole(Roles.Admin))
            .AddPolicy(CountyAdminPolicy, p => p.RequireAssertion(c => IsCountyAdmin(c.User)))
            .AddPolicy(AuditReaderPolicy, p => p.RequireAssertion(c => IsCountyAdmin(c.User) || c.User.IsInRole(Roles.Discipline)))
            .AddPolicy(OutboxReaderPolicy, p => p.RequireAssertion(c => IsCountyAdmin(c.User) || c.User.IsInRole(Roles.Supervision)));
        return services;
    }

    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}

/// <summary>Adds name, unit and scope to the principal, so scoping needs no query per request.</summary>
public sealed class StaffClaimsFactory(UserManager<StaffUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, SunshineDb db)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(users, roles, options)
{
    /// <summary>
    /// What a staff member may see: staff of a township's units see that township; staff of a county-level unit see
    /// their own unit's subtree, unless they hold an oversight or dispatching role, which sees the whole county.
    /// </summary>
    public static string ScopeOf(StaffUser user, OrgUnit? unit, IEnumerable<string> roles)
    {
        if (unit is null)
        {
            return user.OrgPath;
        }
        if (!OrgUnit.IsRootPath(unit.ScopePath))
        {
            return unit.ScopePath; // under a township
        }
        return roles.Any(IdentitySetup.CountyWideRoles.Contains) ? unit.ScopePath : unit.Path;
    }

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var unit = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleOrDefaultAsync(
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.IgnoreQueryFilters(db.OrgUnits), u => u.Id == user.OrgUnitId);
        identity.AddClaim(new Claim(StaffClaims.DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(StaffClaims.UnitId, user.OrgUnitId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(StaffClaims.UnitPath, user.OrgPath));
        var roles = await UserManager.GetRolesAsync(user);
        var scope = ScopeOf(user, unit, roles);
        identity.AddClaim(new Claim(StaffClaims.ScopePath, scope));
        if (OrgUnit.IsRootPath(scope))
        {
            identity.AddClaim(new Claim(StaffClaims.CountyWide, "true"));
        }
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(StaffClaims.MustChangePassword, "true"));
        }
        return identity;
    }
}

/// <summary>Identity's messages in Simplified Chinese.</summary>
public sealed class ChineseIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"密码至少需要 {length} 位。" };
    public override IdentityError PasswordRequiresDigit() => new() { Code = nameof(PasswordRequiresDigit), Description = "密码必须包含数字。" };
    public override IdentityError PasswordRequiresLower() => new() { Code = nameof(PasswordRequiresLower), Description = "密码必须包含小写字母。" };
    public override IdentityError PasswordRequiresUpper() => new() { Code = nameof(PasswordRequiresUpper), Description = "密码必须包含大写字母。" };
    public override IdentityError PasswordRequiresNonAlphanumeric() => new() { Code = nameof(PasswordRequiresNonAlphanumeric), Description = "密码必须包含符号。" };
    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "原密码不正确。" };
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = $"用户名“{userName}”已被使用。" };
    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = $"用户名“{userName}”无效，只能包含字母、数字和 - . _ @。" };
    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = $"邮箱“{email}”已被使用。" };
    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = $"邮箱“{email}”格式不正确。" };
    public override IdentityError UserAlreadyInRole(string role) => new() { Code = nameof(UserAlreadyInRole), Description = "该用户已有此角色。" };
    public override IdentityError UserNotInRole(string role) => new() { Code = nameof(UserNotInRole), Description = "该用户没有此角色。" };
    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = "操作失败，请稍后重试。" };
    public override IdentityError ConcurrencyFailure() => new() { Code = nameof(ConcurrencyFailure), Description = "数据已被他人修改，请刷新后重试。" };
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"密码至少需要 {uniqueChars} 个不同字符。" };
}

/// <summary>
/// Until a user who was given a password by an administrator has chosen their own, every back-office page
/// sends them to the change-password page (sign-out stays possible).
/// </summary>
public sealed class MustChangePasswordFilter : Microsoft.AspNetCore.Mvc.Filters.IAsyncPageFilter
{
    private static readonly string[] Allowed = ["/Admin/Account/Password", "/Admin/Logout", "/Admin/Login", "/Admin/Denied"];

    public Task OnPageHandlerSelectionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context,
        Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
    {
        var page = context.ActionDescriptor.ViewEnginePath;
        if (page.StartsWith("/Admin/", StringComparison.Ordinal)
            && !Allowed.Contains(page)
            && context.HttpContext.User.HasClaim(StaffClaims.MustChangePassword, "true"))
        {
            context.Result = new Microsoft.AspNetCore.Mvc.RedirectResult("/admin/account/password?first=1");
            return;
        }
        await next();
    }
}
