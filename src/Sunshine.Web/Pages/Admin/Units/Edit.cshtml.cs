using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sunshine.Domain;
using Sunshine.Web.Platform.Db;
using Sunshine.Web.Platform.Org;

namespace Sunshine.Web.Pages.Admin.Units;

public sealed class EditModel(SunshineDb db, OrgService org, IStringLocalizer<AdminResource> a) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Units.CodeRequired")]
        [StringLength(32, ErrorMessage = "Common.TooLong")]
        public string Code { get; set; } = "";

        [Required(ErrorMessage = "Units.NameRequired")]
        [StringLength(100, ErrorMessage = "Common.TooLong")]
        public string Name { get; set; } = "";

        public OrgUnitKind Kind { get; set; } = OrgUnitKind.Bureau;

        [Range(0, 100000)]
        public int SortOrder { get; set; }

        [StringLength(40, ErrorMessage = "Common.TooLong")]
        public string? Phone { get; set; }

        [StringLength(200, ErrorMessage = "Common.TooLong")]
        public string? Address { get; set; }

        public bool Active { get; set; } = true;
    }

    [BindProperty] public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)] public int? Parent { get; set; }

    public OrgUnit? Unit { get; private set; }
    public OrgUnit? ParentUnit { get; private set; }
    public string? Message { get; private set; }
    public IReadOnlyList<OrgUnitKind> AllowedKinds { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (Unit is not null)
        {
            Input = new InputModel
            {
                Code = Unit.Code,
                Name = Unit.Name,
                Kind = Unit.Kind,
                SortOrder = Unit.SortOrder,
                Phone = Unit.Phone,
                Address = Unit.Address,
                Active = Unit.IsActive,
            };
        }
        else if (AllowedKinds.Count > 0)
        {
            Input.Kind = AllowedKinds[0];
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (Unit is null && !AllowedKinds.Contains(Input.Kind))
        {
            ModelState.AddModelError("Input.Kind", a["Units.KindNotAllowed"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            if (Unit is null)
            {
                var created = await org.CreateAsync(ParentUnit?.Id, Input.Code, Input.Name, Input.Kind, Input.SortOrder, Input.Phone, Input.Address);
                TempData["Message"] = a["Units.Created"].Value;
                return Redirect("/admin/units/edit/" + created.Id);
            }
            await org.UpdateAsync(Unit, Input.Code, Input.Name, Input.SortOrder, Input.Phone, Input.Address, Input.Active);
            TempData["Message"] = a["Units.Saved"].Value;
            return Redirect("/admin/units/edit/" + Unit.Id);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            db.ChangeTracker.Clear();
            return Page();
        }
    }

    private async Task<bool> LoadAsync(int? id)
    {
        Message = TempData["Message"] as string;
        if (id is { } unitId)
        {
            Unit = await db.OrgUnits.SingleOrDefaultAsync(u => u.Id == unitId);
            if (Unit is null)
            {
                return false;
            }
            ParentUnit = Unit.ParentId is { } p ? await db.OrgUnits.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(u => u.Id == p) : null;
            return true;
        }
        if (Parent is { } parentId)
        {
            ParentUnit = await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == parentId);
            if (ParentUnit is null)
            {
                return false;
            }
            AllowedKinds = Enum.GetValues<OrgUnitKind>().Where(k => OrgUnit.MayContain(ParentUnit.Kind, k)).ToList();
            return true;
        }
        AllowedKinds = OrgUnit.IsRootPath(db.ScopePath) ? [OrgUnitKind.County] : [];
        return AllowedKinds.Count > 0;
    }
}
