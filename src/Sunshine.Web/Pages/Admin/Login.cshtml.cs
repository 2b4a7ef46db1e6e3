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

public sealed class LoginModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, SunshineDb db, IStringLocalizer<AdminResource> a) : PageModel
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
        Microsoft.AspNetCore.Identity.SignInResult result;
        try
        {
            result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another attempt for the same account was counted at the same moment: treat this one as failed too.
            Error = a["Login.Invalid"];
            return Page();
        }
        if (result.Succeeded)
        {
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
