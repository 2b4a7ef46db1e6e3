namespace Sunshine.Web.Platform.Org;

/// <summary>组织单元的类型: regions (行政区划) and agencies (机关、服务机构、窗口).</summary>
public enum OrgUnitKind
{
    /// <summary>县/区</summary>
    County = 0,
    /// <summary>乡镇/街道</summary>
    Township = 1,
    /// <summary>村/社区(居委会)</summary>
    Village = 2,
    /// <summary>村民小组/居民小组</summary>
    Group = 3,
    /// <summary>县直部门(局、委、办)</summary>
    Bureau = 10,
    /// <summary>政务服务中心/便民服务中心</summary>
    ServiceCentre = 11,
    /// <summary>服务窗口</summary>
    Window = 12,
    /// <summary>乡镇(街道)办公室、站所</summary>
    TownshipOffice = 13,
}

/// <summary>组织单元: one node of the organisation tree (region or agency).</summary>
public sealed class OrgUnit : IAudited, IOrgScoped
{
    public int Id { get; set; }

    public int? ParentId { get; set; }

    public OrgUnit? Parent { get; set; }

    /// <summary>Unit code (机构代码 or 统一社会信用代码), used e.g. in 索引号. Unique.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public OrgUnitKind Kind { get; set; }

    /// <summary>Materialised path of ids, e.g. "/1/4/12/": subtree queries are prefix matches.</summary>
    public string Path { get; set; } = "/";

    /// <summary>Path of the region this unit's staff may see: the nearest township, else the county.</summary>
    public string ScopePath { get; set; } = "/";

    public int SortOrder { get; set; }

    public string? Phone { get; set; }

    public string? Address { get; set; }

    public bool IsActive { get; set; } = true;

    string IOrgScoped.OrgPath => Path;

    /// <summary>True for the path of a root of the tree ("/1/"), or for no restriction at all (null).</summary>
    public static bool IsRootPath(string? path) => path is null || path.Count(c => c == '/') == 2;

    public static bool IsRegion(OrgUnitKind kind) => kind is OrgUnitKind.County or OrgUnitKind.Township or OrgUnitKind.Village or OrgUnitKind.Group;

    /// <summary>Which kinds may sit under a parent of the given kind (county → township → village → group; agencies under regions/centres).</summary>
    public static bool MayContain(OrgUnitKind parent, OrgUnitKind child) => parent switch
    {
        OrgUnitKind.County => child is OrgUnitKind.Township or OrgUnitKind.Bureau or OrgUnitKind.ServiceCentre,
        OrgUnitKind.Township => child is OrgUnitKind.Village or OrgUnitKind.TownshipOffice or OrgUnitKind.ServiceCentre,
        OrgUnitKind.Village => child is OrgUnitKind.Group,
        OrgUnitKind.Group => false,
        OrgUnitKind.Bureau => child is OrgUnitKind.ServiceCentre or OrgUnitKind.Window,
        OrgUnitKind.ServiceCentre => child is OrgUnitKind.Window,
        OrgUnitKind.Window => false,
        OrgUnitKind.TownshipOffice => child is OrgUnitKind.Window,
        _ => false,
    };
}

/// <summary>Rows that belong to a place in the organisation tree and are filtered by the caller's scope.</summary>
public interface IOrgScoped
{
    string OrgPath { get; }
}

/// <summary>Marker: every insert, update and delete of this entity is written to the audit chain.</summary>
public interface IAudited;
