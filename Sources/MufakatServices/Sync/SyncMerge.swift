import Crypto
import Foundation
import MufakatDomain
import MufakatStore

/// Penggabungan: takes one fetched commit into the store, item by item (a cooperation with its
/// history, a mapping with its history, a meeting, the profile), never by merging JSON text:
///
/// - an item changed only there is taken as it is there;
/// - an item changed on both sides from the same base is a conflict (mine / theirs): the revisions
///   already on our remote branch keep their numbers (normally theirs: they pushed first), and the
///   other side's revisions are kept beside them as `<revision>-<8 hex of their SHA-256>.json`;
/// - a change to an existing history file, a deleted cooperation or mapping, a cooperation the own
///   region is not a party to, or another region's mapping that no meeting here collects, is refused
///   and reported with the commit and author that brought it;
/// - after writing, the hash chains are verified; an item the pull left damaged is put back as it
///   was and their bytes go to quarantine.
///
/// The result is committed with plumbing (`write-tree`, `commit-tree`, `update-ref`), so git never
/// writes conflict markers and a merge cut short is undone on the next run (`SyncService.undoInterruptedMerge`).
struct SyncMerge {
    let git: Git
    let session: StoreSession
    let ownRegion: String?
    let collected: Set<String>
    let branch: String
    /// Our remote branch as last fetched: what is already published.
    let published: [String: String]

    var root: URL { session.root }

    static func markerURL(_ root: URL) -> URL { root.appendingPathComponent(".git/mufakat/merge-in-progress.json") }

    static func write(_ data: Data, to url: URL) throws(SyncError) {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw SyncError.store(ServiceText.current.sync.folderFailed(url.deletingLastPathComponent().path, "\(error)"))
        }
        do { try AtomicFile.write(data, to: url) } catch { throw SyncError.store(error.description) }
    }

    /// The items of a pull as the store's scoped check takes them.
    static func scope<S: Sequence>(of items: S) -> CheckScope where S.Element == SyncLayout.Item {
        var scope = CheckScope()
        for item in items {
            switch item {
            case .cooperation(let id): scope.cooperations.insert(id)
            case .mapping(let code): scope.mappings.insert(code)
            case .meeting(let id): scope.meetings.insert(id)
            case .profile: scope.profile = true
            case .archivedFile(let sha): scope.archivedFiles.insert(sha)
            default: break
            }
        }
        return scope
    }

    static func sha256(_ data: Data) -> String { SHA256.hash(data: data).withUnsafeBytes(HexText.lowercase) }

    /// One planned change of the working tree.
    enum Action { case write(path: String, blob: String), delete(path: String) }

    func merge(theirs: String, into report: inout SyncReport) throws(SyncError) {
        let head = git.revParse("HEAD")
        if let head, git.isAncestor(theirs, of: head) { return }
        let base: String? = head.flatMap { h in
            guard let out = try? git.run(["merge-base", h, theirs]), out.status == 0, !out.text.isEmpty else { return nil }
            return out.text
        }
        let baseTree = try git.tree(base), ours = try git.tree(head), their = try git.tree(theirs)
        let changed = Set(baseTree.keys).union(their.keys).filter { baseTree[$0] != their[$0] }
        var byItem: [SyncLayout.Item: [String]] = [:]
        for p in changed { byItem[SyncLayout.item(of: p), default: []].append(p) }

        // The current files there, to read the parties and the profile's region.
        let currentPaths = byItem.keys.compactMap { item -> String? in
            switch item {
            case .cooperation(let id): return their["cooperations/\(id).json"]
            case .profile: return their["profile.json"]
            default: return nil
            }
        }
        let currentBytes = try git.contents(currentPaths)

        var actions: [Action] = []
        var accepted: [SyncLayout.Item: [Action]] = [:]
        var conflicts: [SyncConflict] = []
        func take(_ item: SyncLayout.Item, _ list: [Action]) {
            guard !list.isEmpty else { return }
            accepted[item, default: []] += list
            actions += list
        }

        for item in byItem.keys.sorted() {
            let paths = byItem[item]!.sorted()
            // `git log` only for the items that need naming: a facilitator's pull may bring hundreds.
            func who() -> String { git.lastChange(of: paths, in: theirs) }
            func refuse(_ why: String) { report.refused.append(ServiceText.current.sync.refused(item.label, why, who())) }
            let oursChanged = paths.contains { ours[$0] != baseTree[$0] } || itemPaths(item, ours).contains { ours[$0] != baseTree[$0] }

            switch item {
            case .other(let p):
                report.notes.append(ServiceText.current.sync.notOurs(p, branch))
                continue
            case .gitignore:
                if !oursChanged, let blob = their[".gitignore"] { take(item, [.write(path: ".gitignore", blob: blob)]) }
                continue
            case .archivedFile:
                // Named by the SHA-256 of its bytes: a file is only ever added, never changed or
                // taken away by a pull; check-store after the pull verifies its bytes.
                take(item, paths.compactMap { p in ours[p] == nil ? their[p].map { .write(path: p, blob: $0) } : nil })
                continue
            case .meeting:
                if oursChanged {
                    if paths.contains(where: { ours[$0] != their[$0] }) {
                        report.notes.append(ServiceText.current.sync.changedBoth(item.label, branch))
                    }
                    continue
                }
                take(item, paths.map { p in their[p].map { .write(path: p, blob: $0) } ?? .delete(path: p) })
                continue
            case .profile:
                guard let blob = their["profile.json"] else { continue }
                if let own = ownRegion, let data = currentBytes[blob], let code = jsonString(data, "regionCode"), code != own {
                    refuse(ServiceText.current.sync.profileNotOwn(code, own))
                    continue
                }
                if oursChanged {
                    if ours["profile.json"] != blob { report.notes.append(ServiceText.current.sync.profileChangedBoth(branch)) }
                    continue
                }
                take(item, [.write(path: "profile.json", blob: blob)])
                continue
            case .cooperation, .mapping:
                break
            }

            let current = currentPath(item)
            // History is append-only; a current file is never deleted.
            let rewritten = paths.filter { SyncLayout.isHistory($0) && baseTree[$0] != nil }
            if !rewritten.isEmpty {
                refuse(ServiceText.current.sync.historyRewritten(rewritten.joined(separator: ", ")))
                try quarantine(rewritten.compactMap { p in their[p].map { (p, $0) } },
                               reason: ServiceText.current.sync.historyRewrittenReason(branch, who()), report: &report)
                continue
            }
            if baseTree[current] != nil && their[current] == nil {
                refuse(ServiceText.current.sync.fileDeleted(current))
                continue
            }
            // Who may change what.
            if case .cooperation = item, let own = ownRegion {
                let blob = their[current] ?? ours[current]
                if let blob, let data = currentBytes[blob] ?? (try? git.contents([blob]))?[blob], let parties = partyRegions(data), !parties.contains(own) {
                    refuse(ServiceText.current.sync.notAParty(own, parties.isEmpty ? ServiceText.current.sync.noRegionCodes : parties.joined(separator: ", ")))
                    continue
                }
            }
            if case .mapping(let code) = item, let own = ownRegion, code != own, !collected.contains(code) {
                refuse(ServiceText.current.sync.foreignMapping)
                continue
            }

            if !oursChanged {
                take(item, paths.map { p in their[p].map { .write(path: p, blob: $0) } ?? .delete(path: p) })
                continue
            }
            let divergent = paths.contains { p in
                SyncLayout.revision(of: p) != nil && ours[p] != nil && their[p] != nil && ours[p] != their[p]
            }
            if !divergent {
                // Both sides moved the same way (or only one added revisions): take what only they changed,
                // and their current file when their history is longer.
                var list: [Action] = []
                for p in paths where p != current && ours[p] == baseTree[p] {
                    list.append(their[p].map { .write(path: p, blob: $0) } ?? .delete(path: p))
                }
                if let blob = their[current], ours[current] != blob, newest(item, their) > newest(item, ours) {
                    list.append(.write(path: current, blob: blob))
                }
                take(item, list)
                continue
            }
            // A true conflict. A revision already on our remote branch keeps its number (a pushed
            // history file is never changed afterwards); the other side is kept under side names.
            let oursAdded = itemPaths(item, ours).filter { SyncLayout.revision(of: $0) != nil && ours[$0] != baseTree[$0] && ours[$0] != their[$0] }
            let oursPublished = !oursAdded.isEmpty && oursAdded.allSatisfy { published[$0] == ours[$0] }
            var list: [Action] = []
            var newestSide: (n: Int, path: String)?
            if oursPublished {
                let added = paths.filter { SyncLayout.isHistory($0) && their[$0] != nil && ours[$0] != their[$0] }
                let bytes = try git.contents(added.compactMap { their[$0] })
                for p in added {
                    guard let blob = their[p], let data = bytes[blob] else { continue }
                    if let n = SyncLayout.revision(of: p) {
                        let side = SyncLayout.sideName(p, tag: String(SyncMerge.sha256(data).prefix(8)))
                        list.append(.write(path: side, blob: blob))
                        if n > (newestSide?.n ?? 0) { newestSide = (n, side) }
                    } else {
                        list.append(.write(path: p, blob: blob)) // a side file of an earlier conflict
                    }
                }
            } else {
                let bytes = try git.contents(oursAdded.compactMap { ours[$0] })
                for p in oursAdded {
                    guard let blob = ours[p], let data = bytes[blob], let n = SyncLayout.revision(of: p) else { continue }
                    let side = SyncLayout.sideName(p, tag: String(SyncMerge.sha256(data).prefix(8)))
                    list.append(.write(path: side, blob: blob))
                    if their[p] == nil { list.append(.delete(path: p)) }
                    if n > (newestSide?.n ?? 0) { newestSide = (n, side) }
                }
                for p in paths { list.append(their[p].map { .write(path: p, blob: $0) } ?? .delete(path: p)) }
            }
            take(item, list)
            let (kind, id): (SyncConflict.Kind, String) = {
                if case .mapping(let r) = item { return (.mapping, r) }
                if case .cooperation(let c) = item { return (.cooperation, c) }
                return (.cooperation, "")
            }()
            if let newestSide {
                conflicts.append(SyncConflict(kind: kind, id: id, ourRevision: newest(item, ours), theirRevision: newest(item, their),
                                              sideFile: newestSide.path, sideIsOurs: !oursPublished, broughtBy: who(), detectedAt: Date()))
            }
        }

        // Write, marking the paths first so that a cut-short merge can be undone.
        let touched = actions.map { a -> String in if case .write(let p, _) = a { return p }; if case .delete(let p) = a { return p }; return "" }
        do {
            try FileManager.default.createDirectory(at: SyncMerge.markerURL(root).deletingLastPathComponent(), withIntermediateDirectories: true)
            try AtomicFile.write(try JSONEncoder().encode(touched), to: SyncMerge.markerURL(root))
        } catch {
            throw SyncError.store(ServiceText.current.sync.markerNotWritten("\(error)"))
        }
        let blobs = try git.contents(actions.compactMap { if case .write(_, let b) = $0 { return b }; return nil })
        // Tests stop here, half-way through the writes, to kill the process (as `MUFAKAT_STORE_TEST_PAUSE_MS` does for a save).
        var pause = Int(ProcessInfo.processInfo.environment["MUFAKAT_SYNC_TEST_PAUSE_MS"] ?? "") ?? 0
        for (n, action) in actions.enumerated() {
            if pause > 0, n == 1 { usleep(useconds_t(pause) * 1000); pause = 0 }
            switch action {
            case .write(let p, let blob):
                guard let data = blobs[blob] else { continue }
                try SyncMerge.write(data, to: root.appendingPathComponent(p))
            case .delete(let p):
                try? FileManager.default.removeItem(at: root.appendingPathComponent(p))
            }
        }

        // Verify the hash chains of what came in; put back what it damaged.
        var damaged: [SyncLayout.Item: [String]] = [:]
        if !accepted.isEmpty, let checker = try? StoreSession.open(folder: root, mode: .readOnly) {
            // Only what this pull brought is checked (the merged range's changed items), not the whole store.
            for finding in checker.check(scope: SyncMerge.scope(of: accepted.keys)).findings {
                let item = SyncLayout.item(of: finding.path)
                if accepted[item] != nil { damaged[item, default: []].append("\(finding.path): \(finding.problem)") }
            }
        }
        let damagedItems = Set(damaged.keys)
        for item in damaged.keys.sorted() {
            let list = accepted[item] ?? []
            let paths = list.map { a -> String in if case .write(let p, _) = a { return p }; if case .delete(let p) = a { return p }; return "" }
            let who = git.lastChange(of: byItem[item] ?? paths, in: theirs)
            let problems = damaged[item]!.joined(separator: "; ")
            var kept: [(String, String)] = []
            for a in list { if case .write(let p, let b) = a { kept.append((p, b)) } }
            try quarantine(kept, reason: ServiceText.current.sync.damagedReason(branch, who, problems), report: &report, announce: false)
            let oursBlobs = try git.contents(paths.compactMap { ours[$0] })
            for p in paths {
                let url = root.appendingPathComponent(p)
                if let blob = ours[p], let data = oursBlobs[blob] { try SyncMerge.write(data, to: url) } else { try? FileManager.default.removeItem(at: url) }
            }
            report.quarantined.append(ServiceText.current.sync.damagedQuarantined(item.label, branch, problems, who))
            accepted[item] = nil
        }
        report.received += accepted.keys.sorted().filter { !conflicts.map(\.id).contains(idOf($0)) }.map(\.label)
        report.conflicts += conflicts.filter { c in !damagedItems.contains(c.kind == .cooperation ? .cooperation(c.id) : .mapping(c.id)) }

        // Commit the result: a fast-forward when it is exactly their tree, else a merge commit.
        try git.check(["add", "-A"])
        let tree = try git.check(["write-tree"]).text
        let theirTree = try git.check(["rev-parse", "\(theirs)^{tree}"]).text
        let newHead: String
        if tree == theirTree && (head == nil || git.isAncestor(head!, of: theirs)) {
            newHead = theirs
        } else {
            var args = ["commit-tree", tree]
            if let head { args += ["-p", head] }
            args += ["-p", theirs, "-m", "Mufakat: gabung \(branch)" + (report.refused.isEmpty && report.quarantined.isEmpty ? "" : " (sebagian ditolak)")]
            newHead = try git.check(args).text
        }
        try git.check(["update-ref", "HEAD", newHead])
        try? FileManager.default.removeItem(at: SyncMerge.markerURL(root))
    }

    func idOf(_ item: SyncLayout.Item) -> String {
        switch item { case .cooperation(let id), .mapping(let id): return id; default: return "" }
    }

    func currentPath(_ item: SyncLayout.Item) -> String {
        switch item {
        case .cooperation(let id): return "cooperations/\(id).json"
        case .mapping(let r): return "mappings/\(r).json"
        default: return ""
        }
    }

    /// Every path of `item` in a tree.
    func itemPaths(_ item: SyncLayout.Item, _ tree: [String: String]) -> [String] {
        switch item {
        case .cooperation(let id): return tree.keys.filter { $0 == "cooperations/\(id).json" || $0.hasPrefix("history/\(id)/") }
        case .mapping(let r): return tree.keys.filter { $0 == "mappings/\(r).json" || $0.hasPrefix("mapping-history/\(r)/") }
        default: return []
        }
    }

    /// The newest numbered revision of `item` in a tree.
    func newest(_ item: SyncLayout.Item, _ tree: [String: String]) -> Int {
        itemPaths(item, tree).compactMap(SyncLayout.revision(of:)).max() ?? 0
    }

    func quarantine(_ files: [(path: String, blob: String)], reason: String, report: inout SyncReport, announce: Bool = true) throws(SyncError) {
        let bytes = try git.contents(files.map(\.blob))
        for f in files {
            guard let data = bytes[f.blob] else { continue }
            do {
                let note = try session.store.quarantine(data, originalPath: f.path, reason: reason)
                if announce { report.quarantined.append(ServiceText.current.sync.quarantinedAt(f.path, reason, note.quarantinedPath)) }
            } catch {
                throw SyncError.store(error.description)
            }
        }
    }

    func jsonString(_ data: Data, _ key: String) -> String? {
        (try? JSONSerialization.jsonObject(with: data) as? [String: Any])?[key] as? String
    }

    /// Region codes of a cooperation's parties, from a revision file; nil when it cannot be read.
    func partyRegions(_ data: Data) -> [String]? {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let cooperation = object["cooperation"] as? [String: Any],
              let parties = cooperation["parties"] as? [[String: Any]] else { return nil }
        return parties.compactMap { $0["regionCode"] as? String }
    }
}
