import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Data bawaan: the data files shipped inside the program (`data/rulebook.toml`, the catalogues),
/// found next to the program without Foundation's `Bundle` where the build puts them.
///
/// SwiftPM places the resources of this target in the folder `Mufakat_MufakatDomain.resources`
/// beside the executable (and beside the test runner). `Bundle.module` finds them there too, but
/// to do so it lists the program's folder three times and builds two bundles: about a twentieth of
/// a PKS export (issue 19). The folder is read directly when it is there; any other layout (an
/// installed copy elsewhere, another platform) is still found through `Bundle.module`.
enum BundledData {
    /// The name SwiftPM gives this target's resource folder: package `Mufakat`, target `MufakatDomain`.
    static let resourceFolderName = "Mufakat_MufakatDomain.resources"

    /// The `data` folder found beside the executable, or nil when it is elsewhere.
    static let besideProgram: String? = {
        #if os(Linux)
        var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = buffer.withUnsafeMutableBufferPointer { out in
            out.baseAddress!.withMemoryRebound(to: CChar.self, capacity: out.count) { readlink("/proc/self/exe", $0, out.count - 1) }
        }
        guard count > 0, let slash = buffer[..<count].lastIndex(of: UInt8(ascii: "/")) else { return nil }
        let folder = String(decoding: buffer[..<slash], as: UTF8.self) + "/" + resourceFolderName + "/data"
        var status = stat()
        guard stat(folder, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return folder
        #else
        return nil
        #endif
    }()

    /// The URL of the bundled data file `name` ("rulebook.toml", "wilayah.csv"), nil when the
    /// program was installed without its data.
    static func url(_ name: String) -> URL? {
        if let folder = besideProgram {
            let path = folder + "/" + name
            return FileManager.default.fileExists(atPath: path) ? URL(fileURLWithPath: path, isDirectory: false) : nil
        }
        return Bundle.module.url(forResource: "data/\(name)", withExtension: nil)
            ?? Bundle.module.resourceURL?.appendingPathComponent("data/\(name)")
    }

    /// The path of the bundled data file `name`, nil when the program was installed without it.
    static func path(_ name: String) -> String? {
        if let folder = besideProgram {
            let path = folder + "/" + name
            return FileManager.default.fileExists(atPath: path) ? path : nil
        }
        return url(name)?.path
    }

    /// The text of the bundled data file `name`, nil when it is missing or not UTF-8.
    static func text(_ name: String) -> String? {
        if let folder = besideProgram {
            guard let data = FileManager.default.contents(atPath: folder + "/" + name) else { return nil }
            // Validated on the contiguous bytes: through `Data` as a sequence the standard library
            // takes its slow, generic road (issue 19).
            return data.withUnsafeBytes { String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) }
        }
        guard let url = url(name) else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }
}
