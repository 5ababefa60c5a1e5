public enum AIMSVersion {
    public static let current = "0.1.0"
}
