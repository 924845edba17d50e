public enum DomainInfo { public static let formatName = "mufakat" }
