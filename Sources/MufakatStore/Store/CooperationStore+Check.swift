#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import MufakatDomain

extension CooperationStore {
    /// Verifies every file and every hash chain. When the store is writable it first completes
    /// interrupted saves, clears stale locks and temp files and refreshes the index (listed in
    /// `repairs`); damaged files are moved to quarantine and listed in `findings`.
    public func check() -> StoreReport { check(threads: nil) }

    /// `check()` with the cooperations and mappings checked on up to `threads` threads (nil: on
    /// the cores, from 64 items); the report is the same whatever the number (a test compares them).
    func check(threads: Int?) -> StoreReport {
        var report = StoreReport(root: root.path, cooperations: 0, mappings: 0, revisions: 0, archivedFiles: nil, findings: [], repairs: [], notes: [])
        if let readOnlyReason { report.notes.append(StoreText.current.check.openedReadOnly(readOnlyReason)) }
        let run = { () throws(StoreError) -> Void in
            // What the index and the archive checks need of each current file, made on the
            // checking threads: the index entry it gives and the archived files it names. The
            // decoded cooperations are let go there, not kept until the end and copied on the
            // main thread (issue 19).
            var currents: [String: CurrentFacts] = [:]
            let affairs = Catalogues.shared.affairs
            let files = self.cooperationFiles
            report.cooperations = self.checkCollection(files, report: &report, threads: threads, summarize: { key, stored in
                CurrentFacts(entry: IndexEntry(cooperation: stored.cooperation, info: stored.info,
                                               fileStamp: POSIX.modificationTime(atPath: files.currentPath(key)) ?? 0, affairs: affairs),
                             archivedFiles: stored.cooperation.archivedFiles)
            }) { key, facts in
                currents[key] = facts
            }
            report.mappings = self.checkCollection(self.mappingFiles, report: &report, threads: threads) { _, _ in }
            self.checkIndex(currents: currents, report: &report)
            self.checkSmallFiles(report: &report)
            // A damaged meeting is quarantined (or, read-only, reported) like a cooperation.
            for name in ((try? POSIX.listFolder(self.meetingsFolder)) ?? []).sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
                let url = self.meetingsFolder.appendingPathComponent(name)
                do throws(StoreError) { _ = try self.readMeeting(url) } catch {
                    if case let .damaged(path, reason, _) = error {
                        if self.isReadOnly {
                            report.findings.append(.init(path: path, problem: StoreText.current.check.meetingUnreadable(reason), fix: StoreText.current.check.quarantineOrFix))
                        } else {
                            self.setAsideDamagedMeeting(url, reason: reason)
                        }
                    } else {
                        report.notes.append(error.description)
                    }
                }
            }
            self.checkArchive(archived: currents.mapValues(\.archivedFiles), report: &report)
        }
        do {
            if isReadOnly { try run() } else { try storeLock.exclusive(run) }
        } catch {
            report.findings.append(.init(path: ".", problem: error.description, fix: StoreText.current.check.fixThenCheck))
        }
        for n in takeNotices() {
            switch n.kind {
            case .quarantined: report.findings.append(.init(path: "quarantine/", problem: n.message, fix: StoreText.current.check.checkQuarantine))
            case .repaired, .indexRebuilt: report.repairs.append(n.message)
            case .newerVersion, .readOnly, .warning: report.notes.append(n.message)
            }
        }
        let held = quarantine.notes()
        if !held.isEmpty {
            report.notes.append(StoreText.current.check.quarantineHeld(held.count, held.last!.originalPath, held.last!.reason))
        }
        return report
    }

    /// What the whole-store check keeps of a current cooperation file.
    struct CurrentFacts {
        /// The index entry the file gives (with its modification time).
        var entry: IndexEntry
        var archivedFiles: [ArchivedFile]
    }

    /// Checks one collection; returns the number of items.
    /// `only`: check these keys alone (a scoped check), without listing the folders.
    func checkCollection<D: StoredDocument>(_ files: RevisionedCollection<D>, report: inout StoreReport, only: Set<String>? = nil,
                                            threads: Int? = 1, current: (String, StoredRevision<D>) -> Void) -> Int {
        checkCollection(files, report: &report, only: only, threads: threads, summarize: { $1 }, current: current)
    }

    /// `checkCollection`, giving `current` what `summarize` makes of each readable current file;
    /// `summarize` runs on the checking threads, once per item, right after the item is checked.
    func checkCollection<D: StoredDocument, S>(_ files: RevisionedCollection<D>, report: inout StoreReport, only: Set<String>? = nil,
                                               threads: Int? = 1, summarize: (String, StoredRevision<D>) -> S,
                                               current: (String, S) -> Void) -> Int {
        var keys: Set<String>
        if let only {
            keys = only.filter { D.isValidKey($0) && (POSIX.exists(files.currentURL($0)) || POSIX.isFolder(files.historyFolder($0))) }
        } else {
            keys = Set((try? files.keys()) ?? [])
            for name in (try? POSIX.listFolder(files.historyRoot)) ?? [] where D.isValidKey(name) && POSIX.isFolder(atPath: files.historyFolderPath(name)) {
                keys.insert(name)
            }
        }
        if only == nil, !isReadOnly {
            AtomicFile.removeStaleTemps(in: files.currentFolder).forEach { report.repairs.append(StoreText.current.check.staleTempRemoved("\(relative(files.currentFolder))/\($0)")) }
        }
        for name in (only == nil ? (try? POSIX.listFolder(files.currentFolder)) ?? [] : []) where !name.hasPrefix(".") {
            let key = name.hasSuffix(".json") ? String(name.dropLast(5)) : name
            if !name.hasSuffix(".json") || !D.isValidKey(key) {
                report.notes.append(StoreText.current.check.notAStoreFile("\(relative(files.currentFolder))/\(name)", D.itemKind))
            }
        }
        // Each item is checked on its own (its files only), on several threads; the reports are
        // put together in key order, so the report is the one a serial run gives (issue 19).
        let sorted = keys.sorted()
        let outcomes = ParallelMap.map(sorted, threads: threads ?? (sorted.count < 64 ? 1 : ParallelMap.defaultThreads)) { key in
            var local = StoreReport(root: "", cooperations: 0, mappings: 0, revisions: 0, archivedFiles: nil, findings: [], repairs: [], notes: [])
            let (counted, stored) = checkItem(files, key: key, report: &local)
            return ItemOutcome(report: local, counted: counted, stored: stored.map { summarize(key, $0) })
        }
        var count = 0
        for (key, outcome) in zip(sorted, outcomes) {
            report.repairs += outcome.report.repairs
            report.notes += outcome.report.notes
            report.findings += outcome.report.findings
            report.revisions += outcome.report.revisions
            if let stored = outcome.stored { current(key, stored) }
            if outcome.counted { count += 1 }
        }
        return count
    }

    /// What checking one item gave: its part of the report, whether it counts, what was kept of
    /// its current revision.
    struct ItemOutcome<S> {
        var report: StoreReport
        var counted: Bool
        var stored: S?
    }

    /// Checks (and, writable, repairs) one item: its temp files, its recovery, its hash chain.
    /// Touches the files of `key` alone, so items may be checked at the same time.
    private func checkItem<D: StoredDocument>(_ files: RevisionedCollection<D>, key: String, report: inout StoreReport) -> (Bool, StoredRevision<D>?) {
        var notes: [QuarantineNote] = []
        var repairs: [RevisionedCollection<D>.Repair] = []
        // What `recover` read (or wrote) as the current file: the same bytes verifyChain
        // would read again, decoded once (issue 19).
        var head: RevisionedCollection<D>.Head?
        if !isReadOnly {
            AtomicFile.removeStaleTemps(atPath: files.historyFolderPath(key)).forEach { report.repairs.append(StoreText.current.check.tempRemoved("\(relative(files.historyFolder(key)))/\($0)")) }
            do { head = try files.recover(key, notes: &notes, repairs: &repairs) } catch {
                // A file of a newer Mufakat is noted by verifyChain below, not a finding.
                if case .newerVersion = error {} else {
                report.findings.append(.init(path: relative(files.currentURL(key)), problem: error.description, fix: StoreText.current.check.fixThenCheck))
                }
            }
        }
        for note in notes {
            report.findings.append(.init(path: note.originalPath, problem: StoreText.current.check.movedToQuarantine(note.reason, note.quarantinedPath),
                                         fix: StoreText.current.check.checkThatFile))
        }
        for r in repairs { report.repairs.append("\(D.itemKind.capitalizedFirst) '\(key)': \(r.message).") }
        // A first save killed right after creating the history folder leaves it empty: nothing was saved.
        if head == nil, !POSIX.exists(files.currentURL(key)), ((try? files.revisionNumbers(key)) ?? []).isEmpty {
            if !isReadOnly, rmdir(files.historyFolder(key).path) == 0 {
                report.repairs.append(StoreText.current.check.emptyHistoryRemoved(relative(files.historyFolder(key))))
            } else if !isReadOnly || ((try? POSIX.listFolder(files.historyFolder(key))) ?? []).allSatisfy({ $0.hasPrefix(".") }) {
                report.notes.append(StoreText.current.check.emptyHistory(relative(files.historyFolder(key))))
            }
            return (false, nil)
        }
        var stored: StoredRevision<D>?
        let counted = verifyChain(files, key: key, head: head, report: &report) { stored = $1 }
        return (counted, stored)
    }

    /// Verifies the revisions of one item; returns whether it has a readable current file.
    /// `head`: the current file as `recover` left it (read, key checked), so that it is neither
    /// read nor decoded twice. Each history file is read once; the newest one, when its bytes are
    /// the current file's, is not decoded again (same bytes, same record) and its SHA-256 is the
    /// current file's (issue 19).
    private func verifyChain<D: StoredDocument>(_ files: RevisionedCollection<D>, key: String, head: RevisionedCollection<D>.Head? = nil,
                                                report: inout StoreReport,
                                                current: (String, StoredRevision<D>) -> Void) -> Bool {
        // Paths as strings: no URL is built for a file that is read (issue 19).
        let currentPath = files.currentRelative(key)
        var currentData: Data?
        var currentRecord: RevisionRecord<D>?
        var currentSHA: String?
        var hasCurrent = false
        do throws(StoreError) {
            if let head { currentData = head.data } else { currentData = try POSIX.readFile(atPath: files.currentPath(key)) }
            if let data = currentData {
                let decoded: DocumentDecoding.Decoded<D>
                if let head { decoded = head.decoded } else { decoded = try DocumentDecoding.decodeRevision(data, path: currentPath) }
                // (`recover` checked the key of the head it gives.)
                if head == nil { try files.checkKey(decoded.record, key: key, url: files.currentURL(key)) }
                let stored = files.stored(decoded, data: data)
                currentSHA = stored.info.sha256
                current(key, stored)
                currentRecord = decoded.record
                hasCurrent = true
            } else {
                // Only reached read-only (a writable check rebuilt it already): say what the
                // writable check will do, not "cannot be recovered" (issue 20).
                let readable = ((try? files.revisionNumbers(key)) ?? []).last { (try? files.read(files.historyURL(key, $0))) != nil }
                if let readable {
                    report.findings.append(.init(path: currentPath, problem: StoreText.current.check.currentMissingRebuildable(readable),
                                                 fix: StoreText.current.check.rebuildFrom(readable)))
                } else {
                    report.findings.append(.init(path: currentPath, problem: StoreText.current.check.currentMissingLost,
                                                 fix: StoreText.current.check.restoreFromBackup))
                }
            }
        } catch {
            if case .newerVersion = error { report.notes.append(error.description); return true }
            report.findings.append(.init(path: currentPath, problem: error.description, fix: StoreText.current.check.quarantineAndRestore))
        }
        let numbers = (try? files.revisionNumbers(key)) ?? []
        guard let last = numbers.last else {
            if currentData != nil {
                report.findings.append(.init(path: relative(files.historyFolder(key)), problem: StoreText.current.check.historyMissing,
                                             fix: StoreText.current.check.copyToHistory))
            }
            return hasCurrent
        }
        // Read-only, an interrupted save or import looks like tampering unless recognised here.
        // The newest history file, read once for this test and for the chain below.
        let lastRead = currentRecord != nil
        let lastData: Data? = lastRead ? (try? POSIX.readFile(atPath: files.historyPath(key, last))) ?? nil : nil
        if let record = currentRecord, let currentData, let lastData {
            if record.revision == last + 1, record.previousSHA256 == DocumentDecoding.sha256(lastData) {
                report.findings.append(.init(path: files.historyRelative(key, last + 1),
                                             problem: StoreText.current.check.interruptedSave(last + 1),
                                             fix: StoreText.current.check.copyInterrupted))
            } else if record.revision < last, let same = (try? POSIX.readFile(atPath: files.historyPath(key, record.revision))) ?? nil, same == currentData {
                report.findings.append(.init(path: currentPath,
                                             problem: StoreText.current.check.historyAhead(last, record.revision),
                                             fix: StoreText.current.check.moveCurrentForward))
            } else if record.revision != last {
                report.findings.append(.init(path: currentPath,
                                             problem: StoreText.current.check.notChained(record.revision, last),
                                             fix: StoreText.current.check.compareAndImport(key, last)))
            }
        }
        let present = Set(numbers)
        for n in 1...last where !present.contains(n) {
            report.findings.append(.init(path: files.historyRelative(key, n), problem: StoreText.current.check.revisionMissing(n),
                                         fix: StoreText.current.check.restoreFromBackup))
        }
        var previous: (n: Int, sha: String)?
        for n in numbers {
            let path = files.historyRelative(key, n)
            guard let data = n == last && lastRead ? lastData : (try? POSIX.readFile(atPath: files.historyPath(key, n))) ?? nil else { continue }
            report.revisions += 1
            let sameAsCurrent = n == last && data == currentData && currentRecord != nil
            let sha = sameAsCurrent ? currentSHA ?? DocumentDecoding.sha256(data) : DocumentDecoding.sha256(data)
            defer { previous = (n, sha) }
            let record: RevisionRecord<D>
            if sameAsCurrent, let currentRecord {
                record = currentRecord
            } else {
                do { record = try DocumentDecoding.decodeRevision(data, path: path).record } catch {
                    if case .newerVersion = error { report.notes.append(error.description); continue }
                    report.findings.append(.init(path: path, problem: error.description,
                                                 fix: StoreText.current.check.historyUnchangeable))
                    continue
                }
            }
            if record.revision != n {
                report.findings.append(.init(path: path, problem: StoreText.current.check.misnamed(record.revision, n),
                                             fix: StoreText.current.check.noRename))
            }
            if record.document.storeKey != key {
                report.findings.append(.init(path: path, problem: StoreText.current.check.holdsOther(D.itemKind, record.document.storeKey, key),
                                             fix: StoreText.current.check.noMove))
            }
            if n == 1 {
                if record.previousSHA256 != nil {
                    report.findings.append(.init(path: path, problem: StoreText.current.check.firstWithPrevious,
                                                 fix: StoreText.current.check.restoreFileFromBackup))
                }
            } else if let previous, previous.n == n - 1, record.previousSHA256 != previous.sha {
                report.findings.append(.init(path: files.historyRelative(key, n - 1),
                                             problem: StoreText.current.check.chainBroken(String(previous.sha.prefix(12)), n, String((record.previousSHA256 ?? StoreText.current.check.empty).prefix(12))),
                                             fix: StoreText.current.check.restorePrevious(n - 1)))
            }
            if n == last, let currentData, currentData != data, currentRecord?.revision == n {
                // Which of the two was changed cannot be told from the files: never advise
                // restoring revision n, which may be the tampered one (issue 20).
                report.findings.append(.init(path: currentPath,
                                             problem: StoreText.current.check.differsSameNumber(path),
                                             fix: StoreText.current.check.compareBoth(key, n)))
            } else if n == last, let currentData, currentData != data, currentRecord == nil {
                report.findings.append(.init(path: currentPath,
                                             problem: StoreText.current.check.differsUnreadable(path),
                                             fix: StoreText.current.check.quarantineAndRebuild))
            }
        }
        return hasCurrent
    }

    /// Compares the index with the files; rewrites it when they differ. Both `index.bin` (what
    /// Mufakat reads) and `index.json` (what `jq` and older versions read) are compared, entry
    /// by entry, not only by their stamps (issue 20, item 12).
    /// `currents`: the entry each current file makes (built on the checking threads), for both
    /// indexes and the rewrite.
    private func checkIndex(currents: [String: CurrentFacts], report: inout StoreReport) {
        let loaded = index.load()
        var differs = loaded == nil
        let keys = currents.keys.sorted()
        for (name, source) in [("index.bin", loaded), ("index.json", index.load(fromJSON: true))] {
            guard let source else { differs = true; continue }
            let byID = source.entries
            if Set(byID.keys) != Set(currents.keys) { differs = true }
            for key in keys {
                let expected = currents[key]!.entry
                guard let e = byID[key] else { differs = true; break }
                if e.revision != expected.revision || e.fileStamp != expected.fileStamp { differs = true; break }
                // The whole entry, not only its stamps: an index edited by hand with its
                // timestamps intact must not pass as the truth (issue 20). check-store has
                // read every file already, so this costs no extra reading.
                if e != expected {
                    let problem = StoreText.current.check.indexEntryDiffers(key, name, relative(cooperationFiles.currentURL(key)))
                    if isReadOnly {
                        report.findings.append(.init(path: name, problem: problem, fix: StoreText.current.check.rebuildIndex))
                    } else {
                        report.repairs.append(StoreText.current.check.indexRebuiltFrom(problem))
                    }
                    differs = true
                    break
                }
            }
        }
        guard differs else { return }
        if isReadOnly {
            report.notes.append(StoreText.current.check.indexWillRebuild)
            return
        }
        let entries = keys.map { currents[$0]!.entry }
        do {
            try index.writeSnapshot(entries, stamp: index.folderStamp())
            report.repairs.append(loaded == nil ? StoreText.current.check.indexMissingRebuilt(entries.count)
                                                : StoreText.current.check.indexBehind)
        } catch {
            report.findings.append(.init(path: "index.json", problem: error.description, fix: StoreText.current.check.fixThenCheck))
        }
    }

    /// store.json, profile.json, drafts (of cooperations and of mappings), locks and temp files.
    private func checkSmallFiles(report: inout StoreReport) {
        do { _ = try profile() } catch {
            if case .newerVersion = error { report.notes.append(error.description) }
            else { report.findings.append(.init(path: "profile.json", problem: error.description, fix: StoreText.current.check.fixProfile)) }
        }
        for id in draftIDs() {
            do { _ = try loadDraft(id: id, as: JSONValue.self) } catch {
                report.findings.append(.init(path: "drafts/\(id).json", problem: error.description, fix: StoreText.current.check.removeDraft))
            }
        }
        // A damaged mapping draft is quarantined by the read and reported as a repair notice.
        for code in mappingDraftRegionCodes() {
            do { _ = try loadMappingDraft(regionCode: code) } catch {
                report.findings.append(.init(path: "mapping-drafts/\(code).json", problem: error.description, fix: StoreText.current.check.removeMappingDraft))
            }
        }
        let lockFolder = editLocks.folder
        let before = Set(((try? POSIX.listFolder(lockFolder)) ?? []).filter { !$0.hasPrefix(".") })
        let live = activeLocks()
        let after = Set(((try? POSIX.listFolder(lockFolder)) ?? []).filter { !$0.hasPrefix(".") })
        for gone in before.subtracting(after).sorted() {
            report.repairs.append(StoreText.current.check.staleLockRemoved("\(gone)"))
        }
        for holder in live { report.notes.append(StoreText.current.check.lockHeld(holder.id, holder.description)) }
        if !isReadOnly {
            for folder in [root, editLocks.folder, root.appendingPathComponent("drafts"), mappingDraftFolder, quarantine.folder] {
                AtomicFile.removeStaleTemps(in: folder).forEach { report.repairs.append(StoreText.current.check.tempRemoved(relative(folder.appendingPathComponent($0)))) }
            }
        }
    }
}
