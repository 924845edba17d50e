import Foundation
import MufakatDomain

/// Profil daerah (`profile.json`): the own region's setup.
extension CooperationStore {
    var profileURL: URL { root.appendingPathComponent("profile.json", isDirectory: false) }

    /// The profile, nil when none is set yet. A damaged file is quarantined (notice) and nil returned.
    public func profile() throws(StoreError) -> RegionProfile? {
        guard let data = try POSIX.readFile(profileURL, limit: 1 << 20) else { return nil }
        do throws(StoreError) {
            let probe = try DocumentDecoding.decodePlain(JSONValue.self, from: data, path: "profile.json")
            if let v = probe["schemaVersion"]?.intValue, v > RegionProfile.currentSchemaVersion {
                throw StoreError.newerVersion(path: "profile.json", found: v, supported: RegionProfile.currentSchemaVersion)
            }
            var profile = try DocumentDecoding.decodePlain(RegionProfile.self, from: data, path: "profile.json")
            // The lambang lives in files/<sha256>; missing or altered, the letterhead goes without it
            // (`check()` names the file).
            if let sha = profile.logo?.sha256 { profile.logo?.data = (try? readArchiveFile(sha256: sha)) ?? nil }
            return profile
        } catch {
            guard case let .damaged(path, reason, _) = error else { throw error }
            guard !isReadOnly else { throw StoreError.damaged(path: path, reason: reason, quarantinedTo: nil) }
            let note = try storeLock.exclusive { () throws(StoreError) -> QuarantineNote in
                try quarantine.move(profileURL, reason: reason)
            }
            notice(quarantined: [note])
            return nil
        }
    }

    /// Saves the profile atomically (the previous one is kept as `profile.json.bak`). A logo
    /// carrying its bytes is first kept as an archived file (`files/<sha256>`), so the profile
    /// never names a file the store lacks.
    public func saveProfile(_ profile: RegionProfile) throws(StoreError) {
        if let logo = profile.logo, let data = logo.data {
            guard DocumentDecoding.sha256(data) == logo.sha256 else {
                throw StoreError.invalidInput(path: "profile.json", problem: StoreText.current.files.logoChecksum)
            }
            try storeArchiveFile(data)
        }
        try writing { () throws(StoreError) -> Void in
            if let old = try POSIX.readFile(profileURL, limit: 1 << 20) {
                try AtomicFile.write(old, to: root.appendingPathComponent("profile.json.bak", isDirectory: false))
            }
            try CooperationStore.writeJSON(profile, to: profileURL)
            // store.json names the owning region once the profile does.
            var manifest = self.manifest
            if manifest.regionCode != profile.regionCode {
                manifest.regionCode = profile.regionCode
                try CooperationStore.writeJSON(manifest, to: root.appendingPathComponent("store.json", isDirectory: false))
            }
        }
    }
}
