namespace Sunshine.Domain; internal static class Placeholder { }
