using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sunshine.Web.Platform.Db;
using Sunshine.Web.Platform.Identity;

namespace Sunshine.Web.Pages.Admin;

public sealed class LogoutModel(SignInManager<StaffUser> signIn, SunshineDb db) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Admin/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        var id = db.RequestContext.UserId;
        if (id is not null)
        {
            db.AddAuditEvent("logout", "StaffUser", id);
            await db.SaveChangesAsync();
        }
        await signIn.SignOutAsync();
        return LocalRedirect("/admin/login");
    }
}
