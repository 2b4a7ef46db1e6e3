using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sunshine.Web.Platform.Db;
using Sunshine.Web.Platform.Identity;
using Sunshine.Web.Platform.Web;

namespace Sunshine.Web.Pages.Admin;

public sealed class LoginModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, SunshineDb db, IStringLocalizer<AdminResource> a, Microsoft.Extensions.Options.IOptions<IdentityOptions> identity) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Login.UserNameRequired")]
        [StringLength(64)]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "Login.PasswordRequired")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";
    }

    [BindProperty] public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.FindByNameAsync(Input.UserName.Trim());
        if (user is null || !user.IsActive)
        {
            db.AddAuditEvent("login-failed", "StaffUser", Input.UserName.Trim(), "{\"reason\":\"unknown-or-inactive\"}");
            await db.SaveChangesAsync();
            Error = a["Login.Invalid"];
            return Page();
        }
        // Lockout is counted here with single-statement updates rather than by Identity's read-modify-write,
        // so parallel guesses cannot slip past the limit (nor end in a concurrency error).
        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: false);
        var me = db.Users.IgnoreQueryFilters().Where(u => u.Id == user.Id);
        if (!result.Succeeded && !result.IsLockedOut && !result.IsNotAllowed)
        {
            var lockout = identity.Value.Lockout;
            await me.ExecuteUpdateAsync(s => s.SetProperty(u => u.AccessFailedCount, u => u.AccessFailedCount + 1));
            var until = db.Time.GetUtcNow() + lockout.DefaultLockoutTimeSpan;
            var locked = await me.Where(u => u.AccessFailedCount >= lockout.MaxFailedAccessAttempts)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, until).SetProperty(u => u.AccessFailedCount, 0));
            if (locked > 0)
            {
                result = Microsoft.AspNetCore.Identity.SignInResult.LockedOut;
            }
        }
        if (result.Succeeded)
        {
            await me.ExecuteUpdateAsync(s => s.SetProperty(u => u.AccessFailedCount, 0));
            user.LastLoginUtc = db.Time.GetUtcNow().UtcDateTime;
            db.AddAuditEvent("login", "StaffUser", user.Id);
            await users.UpdateAsync(user);
            return LocalRedirect(WebSetup.SafeReturn(ReturnUrl) is "/" ? "/admin" : WebSetup.SafeReturn(ReturnUrl));
        }
        db.AddAuditEvent(result.IsLockedOut ? "login-locked" : "login-failed", "StaffUser", user.Id);
        await db.SaveChangesAsync();
        Error = result.IsLockedOut ? a["Login.Locked"] : a["Login.Invalid"];
        return Page();
    }
}
