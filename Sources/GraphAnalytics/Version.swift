/// Placeholder.
public enum GraphAnalyticsVersion { public static let value = 1 }
