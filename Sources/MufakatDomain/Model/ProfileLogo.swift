import Foundation

/// Lambang pada kop surat: the region's own emblem image (PNG), supplied by the officer (the
/// program ships none). The bytes are kept in the store as an archived file (`files/<sha256>`,
/// content-addressed, synced and checked like every archived file); `profile.json` names them
/// by hash. The store fills `data` when it reads the profile.
public struct ProfileLogo: Codable, Sendable, Hashable {
    /// SHA-256 of the image, the name of its archived file.
    public var sha256: String
    /// The name of the file it was read from ("lambang-madiun.png"), for the screens.
    public var fileName: String
    /// Ukuran in bytes.
    public var size: Int64
    /// The image itself, read from the store with the profile; never written to `profile.json`.
    public var data: Data?

    public init(sha256: String, fileName: String, size: Int64, data: Data? = nil) {
        self.sha256 = sha256; self.fileName = fileName; self.size = size; self.data = data
    }

    enum CodingKeys: String, CodingKey { case sha256, fileName, size }
}

/// Gambar PNG: the size of a PNG image from its header, without decoding it.
public struct PNGImage: Sendable, Hashable {
    public var width: Int
    public var height: Int

    /// The eight bytes every PNG file starts with.
    public static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Whether `prefix` starts like a PNG file.
    public static func hasSignature(_ prefix: Data) -> Bool {
        prefix.count >= 8 && Array(prefix.prefix(8)) == signature
    }

    /// Reads the IHDR chunk; nil for anything that is not a PNG with a sane size.
    public init?(_ data: Data) {
        let bytes = [UInt8](data.prefix(24))
        guard bytes.count == 24, PNGImage.hasSignature(data), Array(bytes[12..<16]) == Array("IHDR".utf8) else { return nil }
        func be(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        let w = be(16), h = be(20)
        guard (1...20_000).contains(w), (1...20_000).contains(h) else { return nil }
        width = w; height = h
    }
}
