namespace Sunshine.Web;

/// <summary>Marker for the annual report's strings: Resources/RequestsReportsResource.resx (zh-CN, default) and .en.resx.</summary>
public sealed class RequestsReportsResource;
