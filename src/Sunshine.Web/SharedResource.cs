namespace Sunshine.Web;

/// <summary>Marker for the shared UI strings: Resources/SharedResource.resx (zh-CN, default) and SharedResource.en.resx.</summary>
public sealed class SharedResource;
