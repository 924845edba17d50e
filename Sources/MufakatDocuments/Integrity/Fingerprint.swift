import Crypto
import Foundation
import MufakatDomain

/// Sidik jari naskah: the SHA-256 of a document file, in lowercase hex, kept in the
/// cooperation's history when a stage is marked signed.
public enum Fingerprint {
    public static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).withUnsafeBytes(HexText.lowercase)
    }
}
