import Crypto
import Foundation

/// Sidik jari naskah: the SHA-256 of a document file, in lowercase hex, kept in the
/// cooperation's history when a stage is marked signed.
public enum Fingerprint {
    public static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
