namespace Sunshine.Web;

/// <summary>Marker for the strings of the 依申请公开 intake (application form, acknowledgement, status page, registration): Resources/RequestsIntakeResource.resx (zh-CN, default) and RequestsIntakeResource.en.resx.</summary>
public sealed class RequestsIntakeResource;
