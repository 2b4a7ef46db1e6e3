using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sunshine.Web.Platform.Identity;

namespace Sunshine.Web.Pages.Admin.Account;

public sealed class PasswordModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, IStringLocalizer<AdminResource> a) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Password.CurrentRequired")]
        [DataType(DataType.Password)]
        public string Current { get; set; } = "";

        [Required(ErrorMessage = "Password.NewRequired")]
        [DataType(DataType.Password)]
        public string New { get; set; } = "";

        [Required(ErrorMessage = "Password.ConfirmRequired")]
        [DataType(DataType.Password)]
        [Compare(nameof(New), ErrorMessage = "Password.Mismatch")]
        public string Confirm { get; set; } = "";
    }

    [BindProperty] public InputModel Input { get; set; } = new();

    public bool Done { get; private set; }

    /// <summary>Sent here because an administrator set the password.</summary>
    public bool MustChange => User.HasClaim(StaffClaims.MustChangePassword, "true");

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (Input.New == Input.Current)
        {
            ModelState.AddModelError("Input.New", a["Password.SameAsOld"]);
            return Page();
        }
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        var result = await users.ChangePasswordAsync(user, Input.Current, Input.New);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                ModelState.AddModelError(string.Empty, e.Description);
            }
            return Page();
        }
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        Done = true;
        Input = new InputModel();
        return Page();
    }
}
