using Microsoft.EntityFrameworkCore;
using Sunshine.Domain;
using Sunshine.Web.Platform.Db;

namespace Sunshine.Web.Platform.Org;

/// <summary>Keeps the tree's materialised paths right when units are created or moved.</summary>
public sealed class OrgService(SunshineDb db)
{
    public async Task<OrgUnit> CreateAsync(int? parentId, string code, string name, OrgUnitKind kind, int sortOrder = 0,
        string? phone = null, string? address = null, CancellationToken ct = default)
    {
        OrgUnit? parent = null;
        if (parentId is { } pid)
        {
            // The parent must be visible to the actor: a township clerk cannot add under another township.
            parent = await db.OrgUnits.SingleOrDefaultAsync(u => u.Id == pid, ct)
                ?? throw new DomainException("org.parent-not-found", "上级单位不存在或不在您的管辖范围内。");
            if (!OrgUnit.MayContain(parent.Kind, kind))
            {
                throw new DomainException("org.kind-not-allowed", $"“{parent.Name}”下不能设立该类型的单位。");
            }
        }
        else if (kind != OrgUnitKind.County || !OrgUnit.IsRootPath(db.ScopePath))
        {
            throw new DomainException("org.root", "只能由全县范围的管理员设立县级根单位，其他单位必须选择上级单位。");
        }
        await EnsureCodeFreeAsync(code, null, ct);

        var unit = new OrgUnit
        {
            ParentId = parentId,
            Code = code.Trim(),
            Name = name.Trim(),
            Kind = kind,
            SortOrder = sortOrder,
            Phone = phone,
            Address = address,
            Path = "/",
        };
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        db.OrgUnits.Add(unit);
        await db.SaveChangesAsync(ct);
        unit.Path = (parent?.Path ?? "/") + unit.Id + "/";
        unit.ScopePath = ScopeOf(unit, parent);
        await db.SaveChangesAsync(ct);
        if (tx is not null)
        {
            await tx.CommitAsync(ct);
        }
        return unit;
    }

    public async Task UpdateAsync(OrgUnit unit, string code, string name, int sortOrder, string? phone, string? address, bool active, CancellationToken ct = default)
    {
        await EnsureCodeFreeAsync(code, unit.Id, ct);
        if (!active && unit.IsActive)
        {
            var hasActiveChildren = await db.OrgUnits.IgnoreQueryFilters().AnyAsync(u => u.ParentId == unit.Id && u.IsActive, ct);
            if (hasActiveChildren)
            {
                throw new DomainException("org.has-children", "该单位下还有启用的下级单位，不能停用。");
            }
            var hasStaff = await db.Users.IgnoreQueryFilters().AnyAsync(u => u.OrgUnitId == unit.Id && u.IsActive, ct);
            if (hasStaff)
            {
                throw new DomainException("org.has-staff", "该单位还有在岗工作人员，请先调整其所属单位。");
            }
        }
        unit.Code = code.Trim();
        unit.Name = name.Trim();
        unit.SortOrder = sortOrder;
        unit.Phone = phone;
        unit.Address = address;
        unit.IsActive = active;
        await db.SaveChangesAsync(ct);
    }

    private async Task EnsureCodeFreeAsync(string code, int? exceptId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Trim().Length > 32)
        {
            throw new DomainException("org.code", "单位代码必填，且不超过32个字符。");
        }
        var trimmed = code.Trim();
        if (await db.OrgUnits.IgnoreQueryFilters().AnyAsync(u => u.Code == trimmed && u.Id != exceptId, ct))
        {
            throw new DomainException("org.code-taken", $"单位代码“{trimmed}”已被其他单位使用。");
        }
    }

    /// <summary>Staff of a unit see the nearest township's subtree, or the county's when not under a township.</summary>
    private static string ScopeOf(OrgUnit unit, OrgUnit? parent)
    {
        if (unit.Kind is OrgUnitKind.County or OrgUnitKind.Township)
        {
            return unit.Path;
        }
        return parent?.ScopePath ?? unit.Path;
    }
}
