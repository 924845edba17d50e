import Foundation
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
        do { return try BundleMappingReader.mappings(in: url) } catch {
            throw MappingServiceError.bundleUnreadable(message: "\(error)")
        }
    }
}

extension MappingBundles {
    /// Revision and save time of each region's mapping in a bundle, by region code; empty when
    /// the file is not a bundle the store can read.
    public static func revisions(_ url: URL) -> [String: (revision: Int, savedAt: Date)] {
        guard let list = try? BundleMappingReader.revisions(in: url) else { return [:] }
        var out: [String: (revision: Int, savedAt: Date)] = [:]
        for item in list { out[item.mapping.regionCode] = (item.revision, item.savedAt) }
        return out
    }
}
