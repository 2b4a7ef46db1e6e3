using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sunshine.Web.Platform.Db;
using Sunshine.Web.Platform.Identity;
using Sunshine.Web.Platform.Org;

namespace Sunshine.Web.Pages.Admin.Users;

/// <summary>Create or edit a staff account. Only units inside the admin's scope can be chosen; the scope filter makes other users 404.</summary>
public sealed class EditModel(SunshineDb db, UserManager<StaffUser> users, IStringLocalizer<AdminResource> a) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Users.UserNameRequired")]
        [RegularExpression(@"^[A-Za-z0-9._@-]{2,64}$", ErrorMessage = "Users.UserNameFormat")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "Users.DisplayNameRequired")]
        [StringLength(64, ErrorMessage = "Common.TooLong")]
        public string DisplayName { get; set; } = "";

        [EmailAddress(ErrorMessage = "Users.EmailFormat")]
        public string? Email { get; set; }

        [RegularExpression(@"^[0-9+\- ]{5,20}$", ErrorMessage = "Users.PhoneFormat")]
        public string? Phone { get; set; }

        [StringLength(32, ErrorMessage = "Common.TooLong")]
        public string? Badge { get; set; }

        [Range(1, int.MaxValue, ErrorMessage = "Users.UnitRequired")]
        public int OrgUnitId { get; set; }

        public List<string> Roles { get; set; } = [];

        public bool Active { get; set; } = true;

        /// <summary>Initial password (new account) or a reset.</summary>
        [DataType(DataType.Password)]
        public string? Password { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();

    public string? Id { get; private set; }
    public bool Locked { get; private set; }
    public string? Message { get; private set; }
    public IReadOnlyList<OrgUnit> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? id)
    {
        await LoadUnitsAsync();
        if (id is null)
        {
            return Page();
        }
        var user = await users.Users.SingleOrDefaultAsync(u => u.Id == id);
        if (user is null)
        {
            return NotFound();
        }
        Id = id;
        Locked = user.LockoutEnd is { } end && end > db.Time.GetUtcNow();
        Input = new InputModel
        {
            UserName = user.UserName ?? "",
            DisplayName = user.DisplayName,
            Email = user.Email,
            Phone = user.PhoneNumber,
            Badge = user.BadgeNumber,
            OrgUnitId = user.OrgUnitId,
            Active = user.IsActive,
            Roles = (await users.GetRolesAsync(user)).ToList(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? id)
    {
        await LoadUnitsAsync();
        Id = id;
        StaffUser? user = null;
        if (id is not null)
        {
            user = await users.Users.SingleOrDefaultAsync(u => u.Id == id);
            if (user is null)
            {
                return NotFound();
            }
        }
        var unit = Units.FirstOrDefault(u => u.Id == Input.OrgUnitId);
        if (unit is null)
        {
            ModelState.AddModelError("Input.OrgUnitId", a["Users.UnitRequired"]);
        }
        var roles = Input.Roles.Where(Platform.Identity.Roles.All.Contains).Distinct().ToList();
        if (roles.Count == 0)
        {
            ModelState.AddModelError("Input.Roles", a["Users.RoleRequired"]);
        }
        if (roles.Contains(Platform.Identity.Roles.Discipline) && !await IsCountyWideAsync())
        {
            ModelState.AddModelError("Input.Roles", a["Users.DisciplineCountyOnly"]);
        }
        var wanted = Input.UserName.Trim();
        if (!string.IsNullOrEmpty(wanted) && await db.Users.IgnoreQueryFilters()
                .AnyAsync(u => u.NormalizedUserName == wanted.ToUpperInvariant() && u.Id != id))
        {
            // Checked across the whole county: names are unique platform-wide, even outside the admin's scope.
            ModelState.AddModelError("Input.UserName", a["Users.UserNameTaken", wanted]);
        }
        if (roles.Contains(Platform.Identity.Roles.Discipline) && user is not null && user.Id == db.RequestContext.UserId
            && !await users.IsInRoleAsync(user, Platform.Identity.Roles.Discipline))
        {
            ModelState.AddModelError("Input.Roles", a["Users.NoSelfDiscipline"]);
        }
        if (user is null && string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", a["Users.PasswordRequired"]);
        }
        if (user is not null && user.Id == db.RequestContext.UserId && (!Input.Active || !roles.Contains(Platform.Identity.Roles.Admin)))
        {
            ModelState.AddModelError(string.Empty, a["Users.CannotDemoteSelf"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await using var tx = await db.Database.BeginTransactionAsync();
        var isNew = user is null;
        user ??= new StaffUser { CreatedUtc = db.Time.GetUtcNow().UtcDateTime, MustChangePassword = true };
        user.UserName = Input.UserName.Trim();
        user.DisplayName = Input.DisplayName.Trim();
        user.Email = string.IsNullOrWhiteSpace(Input.Email) ? null : Input.Email.Trim();
        user.PhoneNumber = string.IsNullOrWhiteSpace(Input.Phone) ? null : Input.Phone.Trim();
        user.BadgeNumber = string.IsNullOrWhiteSpace(Input.Badge) ? null : Input.Badge.Trim();
        user.OrgUnitId = unit!.Id;
        user.OrgPath = unit.Path;
        user.IsActive = Input.Active;

        var result = isNew ? await users.CreateAsync(user, Input.Password!) : await users.UpdateAsync(user);
        if (result.Succeeded && !isNew && !string.IsNullOrEmpty(Input.Password))
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            result = await users.ResetPasswordAsync(user, token, Input.Password);
            if (result.Succeeded)
            {
                user.MustChangePassword = true;
                db.AddAuditEvent("password-reset", nameof(StaffUser), user.Id);
            }
        }
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                ModelState.AddModelError(string.Empty, e.Description);
            }
            return Page();
        }
        var current = await users.GetRolesAsync(user);
        var add = roles.Except(current).ToList();
        var remove = current.Except(roles).ToList();
        if (add.Count > 0 || remove.Count > 0)
        {
            await users.RemoveFromRolesAsync(user, remove);
            await users.AddToRolesAsync(user, add);
            db.AddAuditEvent("roles-changed", nameof(StaffUser), user.Id,
                JsonSerializer.Serialize(new { before = current.Order(), after = roles.Order() }));
        }
        // Unit, roles or activity changed: invalidate the user's open sessions.
        await users.UpdateSecurityStampAsync(user);
        await tx.CommitAsync();
        TempData["Message"] = a[isNew ? "Users.Created" : "Users.Saved"].Value;
        return Redirect("/admin/users/edit/" + user.Id);
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        var user = await users.Users.SingleOrDefaultAsync(u => u.Id == id);
        if (user is null)
        {
            return NotFound();
        }
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        db.AddAuditEvent("unlock", nameof(StaffUser), user.Id);
        await db.SaveChangesAsync();
        TempData["Message"] = a["Users.Unlocked"].Value;
        return Redirect("/admin/users/edit/" + id);
    }

    private async Task LoadUnitsAsync()
    {
        Units = await db.OrgUnits.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.Path).ToListAsync();
        Message = TempData["Message"] as string;
    }

    /// <summary>The actor's scope is a root of the tree (the county itself).</summary>
    private Task<bool> IsCountyWideAsync() => Task.FromResult(OrgUnit.IsRootPath(db.ScopePath));

    public static int Depth(OrgUnit u) => u.Path.Count(c => c == '/') - 2;
}
