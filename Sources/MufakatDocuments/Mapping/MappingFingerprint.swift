import Crypto
import Foundation
import MufakatDomain

/// Sidik pemetaan: SHA-256 of a mapping's canonical JSON (sorted keys), to tell whether an
/// import brings the same file again.
public enum MappingFingerprint {
    public static func sha256(_ mapping: RegionMapping) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(mapping)) ?? Data()
        return SHA256.hash(data: data).withUnsafeBytes(HexText.lowercase)
    }
}
