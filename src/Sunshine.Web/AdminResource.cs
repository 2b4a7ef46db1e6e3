namespace Sunshine.Web;

/// <summary>Marker for back-office page strings: Resources/AdminResource.resx (zh-CN, default) and AdminResource.en.resx.</summary>
public sealed class AdminResource;
