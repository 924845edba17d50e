/// Facts about the program shown in help and documents.
public enum AppInfo {
    public static let name = "Mufakat"
    public static let version = "0.1.0"
}
