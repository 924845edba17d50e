#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import MufakatDomain
import MufakatStore

/// Why a logo file cannot be used, in Indonesian, naming the file and the fix.
public enum ProfileLogoError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(path: String)
    case notRegular(path: String)
    case unreadable(path: String)
    case notPNG(path: String)
    case tooLarge(path: String, size: Int64, limit: Int64)

    public var description: String {
        switch self {
        case .notFound(let path):
            return ServiceText.current.archive.logoNotFound(path)
        case .notRegular(let path):
            return ServiceText.current.archive.logoNotRegular(path)
        case .unreadable(let path):
            return ServiceText.current.archive.logoNoPermission(path)
        case .notPNG(let path):
            return ServiceText.current.archive.logoNotPNG(path)
        case let .tooLarge(path, size, limit):
            return ServiceText.current.archive.logoTooLarge(path, ArchiveService.megabytes(size), ArchiveService.megabytes(limit))
        }
    }
}

/// Lambang daerah for the letterhead: checks and reads the officer's PNG file. The profile
/// screen and `mufakat profil --logo` both use it; the store keeps the bytes as an archived
/// file (`files/<sha256>`) when the profile is saved.
public enum ProfileLogoReader {
    /// What is wrong with the file at `path`, cheaply (size and the first bytes only), for a
    /// form field checked while the officer types; nil when it can be used.
    public static func problem(path: String, rulebook: Rulebook) -> ProfileLogoError? {
        do { _ = try check(path: path, rulebook: rulebook, readAll: false) } catch { return error }
        return nil
    }

    /// Reads the PNG at `path` as the profile's logo (with its bytes, ready to be saved).
    public static func read(path: String, rulebook: Rulebook) throws(ProfileLogoError) -> ProfileLogo {
        let data = try check(path: path, rulebook: rulebook, readAll: true)
        return ProfileLogo(sha256: DocumentDecoding.sha256(data), fileName: (path as NSString).lastPathComponent,
                           size: Int64(data.count), data: data)
    }

    /// `profile` with the logo of the file at `path`, or without a logo when `path` is empty.
    public static func profile(_ profile: RegionProfile, settingLogo path: String, rulebook: Rulebook) throws(ProfileLogoError) -> RegionProfile {
        var out = profile
        let trimmed = path.trimmedWhitespace()
        out.logo = trimmed.isEmpty ? nil : try read(path: expand(trimmed), rulebook: rulebook)
        return out
    }

    /// "~/lambang.png" -> the home folder's file.
    static func expand(_ path: String) -> String { (path as NSString).expandingTildeInPath }

    private static func check(path given: String, rulebook: Rulebook, readAll: Bool) throws(ProfileLogoError) -> Data {
        let path = expand(given.trimmedWhitespace())
        var st = stat()
        guard stat(path, &st) == 0 else { throw .notFound(path: given) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw .notRegular(path: given) }
        let limit = Int64(rulebook.logoMaxBytes)
        if Int64(st.st_size) > limit { throw .tooLarge(path: given, size: Int64(st.st_size), limit: limit) }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .unreadable(path: given) }
        defer { try? handle.close() }
        let data = (readAll ? (try? handle.read(upToCount: Int(limit) + 1)) : (try? handle.read(upToCount: 24))) ?? nil
        guard let data else { throw .unreadable(path: given) }
        if Int64(data.count) > limit { throw .tooLarge(path: given, size: Int64(data.count), limit: limit) }
        guard PNGImage(data) != nil else { throw .notPNG(path: given) }
        return data
    }
}
