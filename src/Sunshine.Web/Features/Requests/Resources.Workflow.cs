namespace Sunshine.Web;

/// <summary>Marker for the workflow pages' strings: Resources/RequestsWorkflowResource.resx (zh-CN, default) and .en.resx.</summary>
public sealed class RequestsWorkflowResource;
