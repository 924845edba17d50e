import Foundation
import MufakatDomain
import MufakatStore

/// Opens the mapping repository of a store folder for the command line and the screens.
public enum MappingRepositories {
    public static func open(storeFolder: URL) throws -> MappingRepository {
        StoreMappingRepository(store: try CooperationStore.open(at: storeFolder))
    }
}

/// Reads the mappings inside a bundle of `mufakat bundle export`.
public enum MappingBundles {
    public static let reader: MappingFileReader.BundleReader? = { url in
        do {
            let list = try BundleMappingReader.revisions(in: url)
            lastRead.set((url.path, list))
            return list.map(\.mapping)
        } catch {
            throw MappingServiceError.bundleUnreadable(message: "\(error)")
        }
    }

    typealias Revisions = [(mapping: RegionMapping, revision: Int, savedAt: Date)]
    /// What `reader` just read, so that `revisions` asked right after for the same bundle (as
    /// `MappingFileReader` does) does not open and decode it a second time (issue 19: 546 bundles).
    static let lastRead = LastRead()

    final class LastRead: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [String: Revisions] = [:]
        func set(_ v: (String, Revisions)) { lock.lock(); values[v.0] = v.1; lock.unlock() }
        /// The list read for `path`, taken (a second call reads the bundle again).
        func take(_ path: String) -> Revisions? {
            lock.lock(); defer { lock.unlock() }
            return values.removeValue(forKey: path)
        }
    }
}

extension MappingBundles {
    /// Revision and save time of each region's mapping in a bundle, by region code; empty when
    /// the file is not a bundle the store can read.
    public static func revisions(_ url: URL) -> [String: (revision: Int, savedAt: Date)] {
        guard let list = lastRead.take(url.path) ?? (try? BundleMappingReader.revisions(in: url)) else { return [:] }
        var out: [String: (revision: Int, savedAt: Date)] = [:]
        for item in list { out[item.mapping.regionCode] = (item.revision, item.savedAt) }
        return out
    }
}
