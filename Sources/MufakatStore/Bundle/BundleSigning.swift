import Crypto
import Foundation
import MufakatDomain

/// Tanda tangan bundel: every store has its own Ed25519 key (`keys/bundle-signing.key`,
/// owner-only, never synced or bundled). `bundle export` signs the exact bytes of
/// `manifest.json`, which lists the SHA-256 of every other entry, and writes the signature as
/// `manifest.sig`; so the signature covers the whole bundle. `bundle import` says who signed,
/// refuses a bundle whose signature or contents do not hold, and treats an unsigned bundle or an
/// unknown signer changing the own region's data as foreign (issue 20, item 18).
public enum BundleSigning {
    public static let signatureEntry = "manifest.sig"

    /// `manifest.sig`.
    public struct Signature: Codable, Sendable, Hashable {
        public var algorithm: String
        /// Raw Ed25519 public key, base64.
        public var publicKey: String
        /// Signature over the bytes of `manifest.json`, base64.
        public var signature: String
    }

    /// Who signed, as the manifest names it.
    public struct Signer: Codable, Sendable, Hashable {
        /// Raw Ed25519 public key, base64.
        public var publicKey: String
        /// The signing store's region, when its profile named one.
        public var region: String?
    }

    /// What the import learnt about a bundle's signature.
    public enum Check: Sendable, Equatable {
        case unsigned
        /// `own`: this store's key; `known`: a key accepted before (`keys/known-signers.json`).
        case signed(publicKey: String, own: Bool, known: Bool)
    }

    static func keyURL(_ root: URL) -> URL { root.appendingPathComponent("keys/bundle-signing.key") }
    static func knownURL(_ root: URL) -> URL { root.appendingPathComponent("keys/known-signers.json") }

    /// Makes the store's key when it has none; a file already there is left unread (issue 19:
    /// reading it made its public key, a twentieth of `mufakat list` at 10,000). As
    /// `key(root, create: true)`, a damaged key file is not replaced here.
    static func ensureKey(_ root: URL) {
        guard !POSIX.exists(keyURL(root)) else { return }
        _ = key(root, create: true)
    }

    /// The store's key, created on first use when `create` (a writable store).
    static func key(_ root: URL, create: Bool) -> Curve25519.Signing.PrivateKey? {
        let url = keyURL(root)
        if let data = (try? POSIX.readFile(url, limit: 4096)) ?? nil,
           let raw = Data(base64Encoded: String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)),
           let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw) {
            return key
        }
        guard create, !POSIX.exists(url) else { return nil }
        let key = Curve25519.Signing.PrivateKey()
        do {
            try POSIX.makeFolder(url.deletingLastPathComponent())
            try AtomicFile.write(Data((key.rawRepresentation.base64EncodedString() + "\n").utf8), to: url)
        } catch {
            return nil
        }
        return key
    }

    /// "ab12 cd34 ef56 7890": the first 8 bytes of the SHA-256 of a public key, to compare by eye.
    public static func fingerprint(_ publicKey: String) -> String {
        let hex = SHA256.hash(data: Data(base64Encoded: publicKey) ?? Data()).withUnsafeBytes(HexText.lowercase)
        return stride(from: 0, to: 16, by: 4).map { i in
            String(hex[hex.index(hex.startIndex, offsetBy: i)..<hex.index(hex.startIndex, offsetBy: i + 4)])
        }.joined(separator: " ")
    }

    static func sign(_ manifest: Data, with key: Curve25519.Signing.PrivateKey) throws -> Data {
        let signature = Signature(algorithm: "ed25519", publicKey: key.publicKey.rawRepresentation.base64EncodedString(),
                                  signature: try key.signature(for: manifest).base64EncodedString())
        return try StoreJSON.encode(signature)
    }

    static func known(_ root: URL) -> [String: String] {
        guard let data = (try? POSIX.readFile(knownURL(root), limit: 1 << 20)) ?? nil else { return [:] }
        return (try? JSONDecoder().decode([String: String].self, from: data)) ?? [:]
    }

    /// Remembers a signer accepted by a person (`--accept-foreign`).
    static func remember(_ root: URL, publicKey: String, label: String) {
        var all = known(root)
        guard all[publicKey] == nil else { return }
        all[publicKey] = label
        guard let data = try? StoreJSON.encode(all) else { return }
        try? POSIX.makeFolder(knownURL(root).deletingLastPathComponent())
        try? AtomicFile.write(data, to: knownURL(root))
    }

    /// Verifies a bundle's signature and that every entry read is the one the signed manifest
    /// lists. Throws (the whole bundle is refused) when either does not hold.
    static func verify(manifestData: Data?, signatureData: Data?, manifest: BundleManifest, entryHashes: [String: String],
                       root: URL, path: String) throws(StoreError) -> Check {
        guard let signatureData else { return .unsigned }
        func refuse(_ why: String) -> StoreError {
            StoreError.invalidInput(path: path, problem: StoreText.current.bundle.badSignature(why))
        }
        guard let manifestData, let sig = try? JSONDecoder().decode(Signature.self, from: signatureData), sig.algorithm == "ed25519",
              let raw = Data(base64Encoded: sig.publicKey), let bytes = Data(base64Encoded: sig.signature),
              let publicKey = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else {
            throw refuse(StoreText.current.bundle.signatureUnreadable)
        }
        guard publicKey.isValidSignature(bytes, for: manifestData) else { throw refuse(StoreText.current.bundle.signatureMismatch) }
        guard manifest.signer?.publicKey == sig.publicKey, let listed = manifest.files else { throw refuse(StoreText.current.bundle.signerNotNamed) }
        for (entry, sha) in entryHashes where listed[entry] != sha {
            throw refuse(StoreText.current.bundle.entryNotSigned(entry))
        }
        let own = key(root, create: false)?.publicKey.rawRepresentation.base64EncodedString() == sig.publicKey
        return .signed(publicKey: sig.publicKey, own: own, known: own || known(root)[sig.publicKey] != nil)
    }
}
