import Foundation
import MufakatDomain
import ZIPFoundation

/// What a bundle import did, item by item.
public struct BundleImportReport: Sendable, Hashable, Codable {
    public struct Item: Sendable, Hashable, Codable, CustomStringConvertible {
        public var kind: BundleItemKind
        public var id: String
        public var message: String
        public var description: String { "\(kind.label.capitalizedFirst) '\(id)': \(message)" }
    }

    /// New items added to the store.
    public var added: [Item] = []
    /// Items the bundle carried newer revisions of (the store's history was a prefix of the bundle's).
    public var updated: [Item] = []
    /// Items already equal here, or newer here.
    public var unchanged: [Item] = []
    /// Items changed on both sides since their last common revision: nothing was written.
    public var conflicts: [Item] = []
    /// Archived files the bundle carried (each checked against its SHA-256).
    public var archivedFiles: Int?
    /// Entries refused (paths leaving the store, links, oversized, damaged or broken chains).
    public var rejected: [BundleRejection] = []
    /// Items not written because the bundle changes what this machine owns, saved elsewhere:
    /// the own region's mapping, or a cooperation whose current revision was saved here
    /// (issue 20, forged bundles). `importBundle(from:acceptForeign: true)` takes them in.
    public var foreign: [Item] = []
    /// Who signed the bundle ("ditandatangani oleh ..."), or that nobody did.
    public var signer: String?
    /// A bundle without a signature (made by an older Mufakat): imported, with this warning.
    public var warnings: [String] = []

    /// Whether there is something for a person to resolve (exit 1).
    public var hasProblems: Bool { !conflicts.isEmpty || !rejected.isEmpty || !foreign.isEmpty }
}

extension CooperationStore {
    /// Imports a bundle: adds new items, fast-forwards items whose history here is a prefix of
    /// the bundle's, leaves items that are equal or newer here, reports items changed on both
    /// sides as conflicts without touching them, and rejects any entry whose path would leave the
    /// store, any link, and any oversized entry. Files are written with the bundle's exact bytes
    /// so their hash chains stay verifiable.
    ///
    /// Unless `acceptForeign`, an item is held back (listed in `foreign`, nothing written) when
    /// the bundle's new revisions were saved on another machine and change the own region's
    /// mapping or a cooperation whose current revision was saved on this machine. Anyone holding
    /// one of our bundles can craft a "next revision"; this makes such a change a question for
    /// a person (`bundle import --accept-foreign`) instead of a silent exit 0.
    public func importBundle(from url: URL) throws(StoreError) -> BundleImportReport {
        try importBundle(from: url, acceptForeign: false)
    }

    /// `importBundle(from:)`, taking in foreign changes too when `acceptForeign`.
    public func importBundle(from url: URL, acceptForeign: Bool) throws(StoreError) -> BundleImportReport {
        try requireWritable()
        let ownRegion = ((try? profile()) ?? nil)?.regionCode ?? manifest.regionCode
        let ownHost = options.author.host
        var report = BundleImportReport()
        let content = try BundleReader.readEntries(url, rejected: &report.rejected)
        let bundleManifest = content.manifest!
        let signature = try BundleSigning.verify(manifestData: content.manifestData, signatureData: content.signatureData,
                                                 manifest: bundleManifest, entryHashes: content.entryHashes, root: root, path: url.path)
        let who = "\(bundleManifest.createdBy)" + (bundleManifest.signer?.region.map { " (daerah \($0))" } ?? "")
        var trusted = false      // our own key: our own bundle coming back
        var distrustHosts = true // unsigned or unknown signer: a revision claiming this machine proves nothing
        switch signature {
        case .unsigned:
            report.signer = StoreText.current.bundleEntries.unsigned
            report.warnings.append(StoreText.current.bundleEntries.unsignedWarning)
        case let .signed(publicKey, own, known):
            let t = StoreText.current.bundleEntries
            let state = own ? t.ownKey : known ? t.knownSigner : t.unknownSigner
            report.signer = t.signedBy(who, BundleSigning.fingerprint(publicKey), state)
            trusted = own
            distrustHosts = !known
            if acceptForeign && !known { BundleSigning.remember(root, publicKey: publicKey, label: who) }
        }
        try writing { () throws(StoreError) -> Void in
            // Files first: a cooperation that names them is complete as soon as it is written.
            for (sha, data) in content.files.sorted(by: { $0.key < $1.key }) {
                try putArchiveFile(data, sha256: sha)
            }
            report.archivedFiles = content.files.isEmpty ? nil : content.files.count
            for (key, files) in content.cooperations.sorted(by: { $0.key < $1.key }) {
                try merge(cooperationFiles, key: key, files: files, kind: .cooperation, report: &report,
                          guardForeign: acceptForeign || trusted ? nil
                            : ForeignGuard(ownHost: ownHost, always: false, distrustHostsOfRegion: distrustHosts ? ownRegion : nil))
            }
            for (key, files) in content.mappings.sorted(by: { $0.key < $1.key }) {
                try merge(mappingFiles, key: key, files: files, kind: .mapping, report: &report,
                          guardForeign: acceptForeign || trusted || key != ownRegion ? nil : ForeignGuard(ownHost: ownHost, always: true))
            }
        }
        return report
    }

    /// When an incoming change counts as foreign: saved on a host other than `ownHost`, to an
    /// item that is ours (`always`: the own region's mapping) or whose head was saved here.
    struct ForeignGuard {
        var ownHost: String
        var always: Bool
        /// Unsigned bundle or unknown signer: for a cooperation this region is a party to, a
        /// revision claiming to be saved on this machine is foreign too (the claim is not backed by our key).
        var distrustHostsOfRegion: String? = nil
    }

    /// Merges one item from the bundle into the store (caller holds the lock).
    private func merge<D: StoredDocument>(_ files: RevisionedCollection<D>, key: String, files bundle: BundleReader.ItemFiles,
                                          kind: BundleItemKind, report: inout BundleImportReport, guardForeign: ForeignGuard?) throws(StoreError) {
        let prefix = kind == .cooperation ? "history" : "mapping-history"
        func reject(_ reason: String) {
            report.rejected.append(BundleRejection(path: "\(prefix)/\(key)/", reason: reason))
        }
        // 1. The bundle's own chain must be whole: 1...N, each readable, each linked to the one before.
        let hashes: [Int: String]
        let last: Int
        switch BundleReader.verify(bundle, key: key, as: D.self) {
        case let .failure(rejection): report.rejected.append(rejection); return
        case let .success(chain): (hashes, last) = (chain.hashes, chain.last)
        }

        // 2. Compare with the store.
        var notes: [QuarantineNote] = []
        var repairs: [RevisionedCollection<D>.Repair] = []
        let head = try files.recover(key, notes: &notes, repairs: &repairs)
        notice(quarantined: notes)
        notice(repairs: repairs)
        let here = head?.decoded.record.revision ?? 0
        let item = { (message: String) in BundleImportReport.Item(kind: kind, id: key, message: message) }
        if here > 0 {
            let ours = { (n: Int) -> String? in
                guard let data = (try? POSIX.readFile(files.historyURL(key, n))) ?? nil else { return nil }
                return DocumentDecoding.sha256(data)
            }
            if here <= last, ours(here) == hashes[here] {
                if here == last { report.unchanged.append(item(StoreText.current.bundleEntries.sameAlready(last))); return }
            } else if here > last, ours(last) == hashes[last] {
                report.unchanged.append(item(StoreText.current.bundleEntries.newerHere(here, last)))
                return
            } else {
                var common = 0
                for n in stride(from: min(here, last), through: 1, by: -1) where ours(n) == hashes[n] { common = n; break }
                let base = common > 0 ? StoreText.current.bundleEntries.sinceCommon(common) : StoreText.current.bundleEntries.noCommon
                let them = (try? DocumentDecoding.decodeRevision(bundle.history[last]!, path: key, as: D.self))?.record.savedBy.description ?? "?"
                report.conflicts.append(item(StoreText.current.bundleEntries.changedOnBothSides(base, here, last, them)))
                return
            }
        } else if POSIX.exists(files.historyFolder(key)), try !files.revisionNumbers(key).isEmpty {
            reject(StoreText.current.bundleEntries.historyUnreadable("\(prefix)/\(key)"))
            return
        }

        // 2b. A change to what this machine owns, saved elsewhere, waits for a person.
        if let guardForeign, guardForeign.always || head?.decoded.record.savedBy.host == guardForeign.ownHost {
            let strangers = ((here + 1)...last).compactMap { n -> Author? in
                guard let data = bundle.history[n],
                      let record = try? DocumentDecoding.decodeRevision(data, path: key, as: D.self).record else { return nil }
                if let region = guardForeign.distrustHostsOfRegion,
                   let c = record.document as? Cooperation, c.parties.contains(where: { $0.regionCode == region }) {
                    return record.savedBy
                }
                return record.savedBy.host == guardForeign.ownHost ? nil : record.savedBy
            }
            if let stranger = strangers.last {
                let what = guardForeign.always ? StoreText.current.bundleEntries.ownMapping : StoreText.current.bundleEntries.lastSavedHere(D.itemKind)
                report.foreign.append(item(StoreText.current.bundleEntries.foreignChange(what, here, last, "\(stranger)")))
                return
            }
        }

        // 3. Write revisions here+1 ... last, then the current file (the commit point).
        try POSIX.makeFolder(files.historyFolder(key))
        for n in (here + 1)...last {
            try AtomicFile.create(bundle.history[n]!, at: files.historyURL(key, n))
        }
        try POSIX.makeFolder(files.currentFolder)
        try AtomicFile.write(bundle.history[last]!, to: files.currentURL(key))
        if kind == .cooperation, let stored = try? cooperationFiles.load(key) {
            try indexSaved(stored.cooperation, info: stored.info)
        }
        if here == 0 { report.added.append(item(StoreText.current.bundleEntries.added(last))) }
        else { report.updated.append(item(StoreText.current.bundleEntries.updated(here, last))) }
    }
}
