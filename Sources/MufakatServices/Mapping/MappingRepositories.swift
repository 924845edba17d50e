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
