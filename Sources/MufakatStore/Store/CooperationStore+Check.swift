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
    public func check() -> StoreReport {
        var report = StoreReport(root: root.path, cooperations: 0, mappings: 0, revisions: 0, archivedFiles: nil, findings: [], repairs: [], notes: [])
        if let readOnlyReason { report.notes.append("Penyimpanan dibuka hanya-baca (\(readOnlyReason)); tidak ada perbaikan yang dilakukan.") }
        let run = { () throws(StoreError) -> Void in
            var currents: [String: (StoredCooperation, Int64)] = [:]
            report.cooperations = self.checkCollection(self.cooperationFiles, report: &report) { key, stored in
                currents[key] = (stored, POSIX.modificationTime(self.cooperationFiles.currentURL(key)) ?? 0)
            }
            report.mappings = self.checkCollection(self.mappingFiles, report: &report) { _, _ in }
            self.checkIndex(currents: currents, report: &report)
            self.checkSmallFiles(report: &report)
            // A damaged meeting is quarantined (or, read-only, reported) like a cooperation.
            for name in ((try? POSIX.listFolder(self.meetingsFolder)) ?? []).sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
                let url = self.meetingsFolder.appendingPathComponent(name)
                do throws(StoreError) { _ = try self.readMeeting(url) } catch {
                    if case let .damaged(path, reason, _) = error {
                        if self.isReadOnly {
                            report.findings.append(.init(path: path, problem: "data rapat tidak dapat dibaca: \(reason)", fix: "Jalankan `mufakat check-store` tanpa --read-only untuk memindahkannya ke karantina, atau perbaiki berkasnya."))
                        } else {
                            self.setAsideDamagedMeeting(url, reason: reason)
                        }
                    } else {
                        report.notes.append(error.description)
                    }
                }
            }
            self.checkArchive(currents: currents.mapValues(\.0), report: &report)
        }
        do {
            if isReadOnly { try run() } else { try storeLock.exclusive(run) }
        } catch {
            report.findings.append(.init(path: ".", problem: error.description, fix: "Perbaiki masalah itu lalu jalankan `mufakat check-store` lagi."))
        }
        for n in takeNotices() {
            switch n.kind {
            case .quarantined: report.findings.append(.init(path: "quarantine/", problem: n.message, fix: "Periksa berkas di karantina; salin kembali setelah diperbaiki."))
            case .repaired, .indexRebuilt: report.repairs.append(n.message)
            case .newerVersion, .readOnly, .warning: report.notes.append(n.message)
            }
        }
        let held = quarantine.notes()
        if !held.isEmpty {
            report.notes.append("Ada \(held.count) berkas di folder quarantine/ (tidak dibaca oleh Mufakat); yang terbaru: '\(held.last!.originalPath)' (\(held.last!.reason)).")
        }
        return report
    }

    /// Checks one collection; returns the number of items.
    /// `only`: check these keys alone (a scoped check), without listing the folders.
    func checkCollection<D: StoredDocument>(_ files: RevisionedCollection<D>, report: inout StoreReport, only: Set<String>? = nil,
                                            current: (String, StoredRevision<D>) -> Void) -> Int {
        var keys: Set<String>
        if let only {
            keys = only.filter { D.isValidKey($0) && (POSIX.exists(files.currentURL($0)) || POSIX.isFolder(files.historyFolder($0))) }
        } else {
            keys = Set((try? files.keys()) ?? [])
            for name in (try? POSIX.listFolder(files.historyRoot)) ?? [] where D.isValidKey(name) && POSIX.isFolder(files.historyFolder(name)) {
                keys.insert(name)
            }
        }
        if only == nil, !isReadOnly {
            AtomicFile.removeStaleTemps(in: files.currentFolder).forEach { report.repairs.append("Berkas sementara '\(relative(files.currentFolder))/\($0)' dari penyimpanan yang terputus dihapus.") }
        }
        for name in (only == nil ? (try? POSIX.listFolder(files.currentFolder)) ?? [] : []) where !name.hasPrefix(".") {
            let key = name.hasSuffix(".json") ? String(name.dropLast(5)) : name
            if !name.hasSuffix(".json") || !D.isValidKey(key) {
                report.notes.append("'\(relative(files.currentFolder))/\(name)' bukan berkas \(D.itemKind) Mufakat (nama tidak sah) dan diabaikan.")
            }
        }
        var count = 0
        for key in keys.sorted() {
            var notes: [QuarantineNote] = []
            var repairs: [RevisionedCollection<D>.Repair] = []
            if !isReadOnly {
                AtomicFile.removeStaleTemps(in: files.historyFolder(key)).forEach { report.repairs.append("Berkas sementara '\(relative(files.historyFolder(key)))/\($0)' dihapus.") }
                do { _ = try files.recover(key, notes: &notes, repairs: &repairs) } catch {
                    // A file of a newer Mufakat is noted by verifyChain below, not a finding.
                    if case .newerVersion = error {} else {
                    report.findings.append(.init(path: relative(files.currentURL(key)), problem: error.description, fix: "Perbaiki masalah itu lalu jalankan `mufakat check-store` lagi."))
                    }
                }
            }
            for note in notes {
                report.findings.append(.init(path: note.originalPath, problem: "tidak dapat dibaca (\(note.reason)); dipindahkan ke '\(note.quarantinedPath)'",
                                             fix: "Periksa berkas itu; data lain tetap dapat dipakai."))
            }
            for r in repairs { report.repairs.append("\(D.itemKind.capitalizedFirst) '\(key)': \(r.message).") }
            // A first save killed right after creating the history folder leaves it empty: nothing was saved.
            if !POSIX.exists(files.currentURL(key)), ((try? files.revisionNumbers(key)) ?? []).isEmpty {
                if !isReadOnly, rmdir(files.historyFolder(key).path) == 0 {
                    report.repairs.append("Folder riwayat kosong '\(relative(files.historyFolder(key)))' dari penyimpanan pertama yang terputus dihapus.")
                } else if !isReadOnly || ((try? POSIX.listFolder(files.historyFolder(key))) ?? []).allSatisfy({ $0.hasPrefix(".") }) {
                    report.notes.append("Folder riwayat '\(relative(files.historyFolder(key)))' tidak berisi revisi (penyimpanan pertama terputus).")
                }
                continue
            }
            if verifyChain(files, key: key, report: &report, current: current) { count += 1 }
        }
        return count
    }

    /// Verifies the revisions of one item; returns whether it has a readable current file.
    private func verifyChain<D: StoredDocument>(_ files: RevisionedCollection<D>, key: String, report: inout StoreReport,
                                                current: (String, StoredRevision<D>) -> Void) -> Bool {
        let currentURL = files.currentURL(key)
        let currentPath = relative(currentURL)
        var currentData: Data?
        var currentRecord: RevisionRecord<D>?
        var hasCurrent = false
        do {
            currentData = try POSIX.readFile(currentURL)
            if let data = currentData {
                let decoded: DocumentDecoding.Decoded<D> = try DocumentDecoding.decodeRevision(data, path: currentPath)
                try files.checkKey(decoded.record, key: key, url: currentURL)
                current(key, files.stored(decoded, data: data))
                currentRecord = decoded.record
                hasCurrent = true
            } else {
                // Only reached read-only (a writable check rebuilt it already): say what the
                // writable check will do, not "cannot be recovered" (issue 20).
                let readable = ((try? files.revisionNumbers(key)) ?? []).last { (try? files.read(files.historyURL(key, $0))) != nil }
                if let readable {
                    report.findings.append(.init(path: currentPath, problem: "berkas terkini tidak ada; riwayatnya utuh sampai revisi \(readable)",
                                                 fix: "Jalankan `mufakat check-store` tanpa --read-only untuk membangunnya kembali dari revisi \(readable) di riwayat."))
                } else {
                    report.findings.append(.init(path: currentPath, problem: "berkas terkini tidak ada, dan tidak ada revisi yang dapat dibaca di riwayat",
                                                 fix: "Pulihkan berkas itu dari cadangan atau dari bundel yang pernah diekspor."))
                }
            }
        } catch {
            if case .newerVersion = error { report.notes.append(error.description); return true }
            report.findings.append(.init(path: currentPath, problem: error.description, fix: "Jalankan `mufakat check-store` tanpa mode hanya-baca untuk memindahkannya ke karantina dan memulihkannya dari riwayat."))
        }
        let numbers = (try? files.revisionNumbers(key)) ?? []
        guard let last = numbers.last else {
            if currentData != nil {
                report.findings.append(.init(path: relative(files.historyFolder(key)), problem: "riwayat revisi tidak ada",
                                             fix: "Jalankan `mufakat check-store` pada penyimpanan yang dapat ditulis untuk menyalin revisi terkini ke riwayat."))
            }
            return hasCurrent
        }
        // Read-only, an interrupted save or import looks like tampering unless recognised here.
        if let record = currentRecord, let currentData, let lastData = (try? POSIX.readFile(files.historyURL(key, last))) ?? nil {
            if record.revision == last + 1, record.previousSHA256 == DocumentDecoding.sha256(lastData) {
                report.findings.append(.init(path: relative(files.historyURL(key, last + 1)),
                                             problem: "penyimpanan revisi \(last + 1) terputus setelah berkas terkini ditulis; salinannya di riwayat belum ada. Revisi \(last + 1) adalah yang berlaku",
                                             fix: "Jalankan `mufakat check-store` tanpa --read-only untuk menyalinnya ke riwayat. Jangan memulihkan revisi lama: itu membatalkan penyimpanan terakhir."))
            } else if record.revision < last, let same = (try? POSIX.readFile(files.historyURL(key, record.revision))) ?? nil, same == currentData {
                report.findings.append(.init(path: currentPath,
                                             problem: "riwayat sudah sampai revisi \(last), berkas terkini masih revisi \(record.revision) (impor bundel atau penyimpanan terputus)",
                                             fix: "Jalankan `mufakat check-store` tanpa --read-only untuk memajukan berkas terkini bila rantai riwayatnya utuh."))
            } else if record.revision != last {
                report.findings.append(.init(path: currentPath,
                                             problem: "berkas terkini menyatakan revisi \(record.revision), yang tidak menyambung ke riwayat (sampai revisi \(last)): diubah di luar Mufakat",
                                             fix: "Bandingkan dengan `mufakat show \(key) --revision \(last) --json`, lalu simpan isi yang benar sebagai revisi baru dengan `mufakat import`."))
            }
        }
        let present = Set(numbers)
        for n in 1...last where !present.contains(n) {
            report.findings.append(.init(path: relative(files.historyURL(key, n)), problem: "revisi \(n) hilang dari riwayat; rantai hash terputus",
                                         fix: "Pulihkan berkas itu dari cadangan atau dari bundel yang pernah diekspor."))
        }
        var previous: (n: Int, sha: String)?
        for n in numbers {
            let url = files.historyURL(key, n)
            let path = relative(url)
            guard let data = (try? POSIX.readFile(url)) ?? nil else { continue }
            report.revisions += 1
            let sha = DocumentDecoding.sha256(data)
            defer { previous = (n, sha) }
            let decoded: DocumentDecoding.Decoded<D>
            do { decoded = try DocumentDecoding.decodeRevision(data, path: path) } catch {
                if case .newerVersion = error { report.notes.append(error.description); continue }
                report.findings.append(.init(path: path, problem: error.description,
                                             fix: "Berkas riwayat tidak boleh diubah; pulihkan dari cadangan atau dari bundel."))
                continue
            }
            let record = decoded.record
            if record.revision != n {
                report.findings.append(.init(path: path, problem: "berkas menyatakan revisi \(record.revision), padahal namanya revisi \(n)",
                                             fix: "Berkas riwayat tidak boleh diganti nama atau disalin; pulihkan dari cadangan."))
            }
            if record.document.storeKey != key {
                report.findings.append(.init(path: path, problem: "berisi \(D.itemKind) '\(record.document.storeKey)', bukan '\(key)'",
                                             fix: "Berkas riwayat tidak boleh dipindahkan; pulihkan dari cadangan."))
            }
            if n == 1 {
                if record.previousSHA256 != nil {
                    report.findings.append(.init(path: path, problem: "revisi 1 tidak boleh merujuk revisi sebelumnya (kolom previousSHA256 terisi)",
                                                 fix: "Pulihkan berkas itu dari cadangan."))
                }
            } else if let previous, previous.n == n - 1, record.previousSHA256 != previous.sha {
                report.findings.append(.init(path: relative(files.historyURL(key, n - 1)),
                                             problem: "SHA-256 berkas ini (\(previous.sha.prefix(12))…) tidak sama dengan previousSHA256 yang dicatat revisi \(n) (\((record.previousSHA256 ?? "kosong").prefix(12))…): berkas riwayat diubah setelah disimpan",
                                             fix: "Pulihkan revisi \(n - 1) dari cadangan atau bundel; bila tidak ada, catat bahwa revisi ini tidak dapat dipercaya."))
            }
            if n == last, let currentData, currentData != data, currentRecord?.revision == n {
                // Which of the two was changed cannot be told from the files: never advise
                // restoring revision n, which may be the tampered one (issue 20).
                report.findings.append(.init(path: currentPath,
                                             problem: "isinya berbeda dari revisi terakhir '\(path)' dengan nomor revisi yang sama: salah satunya diubah di luar Mufakat",
                                             fix: "Bandingkan keduanya (`mufakat show \(key) --json` dan `mufakat show \(key) --revision \(n) --json`), lalu simpan isi yang benar sebagai revisi baru dengan `mufakat import`. Rantai hash revisi sebelumnya tetap menjadi acuan."))
            } else if n == last, let currentData, currentData != data, currentRecord == nil {
                report.findings.append(.init(path: currentPath,
                                             problem: "isinya berbeda dari revisi terakhir '\(path)' dan tidak dapat dibaca",
                                             fix: "Jalankan `mufakat check-store` tanpa --read-only untuk memindahkannya ke karantina dan membangunnya kembali dari riwayat."))
            }
        }
        return hasCurrent
    }

    /// Compares the index with the files; rewrites it when they differ. Both `index.bin` (what
    /// Mufakat reads) and `index.json` (what `jq` and older versions read) are compared, entry
    /// by entry, not only by their stamps (issue 20, item 12).
    private func checkIndex(currents: [String: (StoredCooperation, Int64)], report: inout StoreReport) {
        let loaded = index.load()
        var differs = loaded == nil
        let affairs = Catalogues.shared.affairs
        for (name, source) in [("index.bin", loaded), ("index.json", index.load(fromJSON: true))] {
            guard let source else { differs = true; continue }
            let byID = source.entries
            if Set(byID.keys) != Set(currents.keys) { differs = true }
            for (key, (stored, stamp)) in currents {
                guard let e = byID[key] else { differs = true; break }
                if e.revision != stored.revision || e.fileStamp != stamp { differs = true; break }
                // The whole entry, not only its stamps: an index edited by hand with its
                // timestamps intact must not pass as the truth (issue 20). check-store has
                // read every file already, so this costs no extra reading.
                if e != IndexEntry(cooperation: stored.cooperation, info: stored.info, fileStamp: stamp, affairs: affairs) {
                    let problem = "entri '\(key)' di indeks '\(name)' tidak sama dengan isi berkas '\(relative(cooperationFiles.currentURL(key)))' (indeks diubah di luar Mufakat atau ditulis versi lama)"
                    if isReadOnly {
                        report.findings.append(.init(path: name, problem: problem, fix: "Jalankan `mufakat check-store` tanpa --read-only untuk membangun ulang indeks dari berkas."))
                    } else {
                        report.repairs.append("Indeks: \(problem); dibangun ulang dari berkas.")
                    }
                    differs = true
                    break
                }
            }
        }
        guard differs else { return }
        if isReadOnly {
            report.notes.append("Indeks 'index.json' tidak sesuai dengan berkas; akan dibangun ulang saat penyimpanan dapat ditulis.")
            return
        }
        let entries = currents.values.map { IndexEntry(cooperation: $0.0.cooperation, info: $0.0.info, fileStamp: $0.1, affairs: affairs) }
        do {
            try index.writeSnapshot(entries, stamp: index.folderStamp())
            report.repairs.append(loaded == nil ? "Indeks 'index.json' tidak ada atau rusak; dibangun ulang dari \(entries.count) berkas."
                                                : "Indeks 'index.json' tertinggal dari berkas; diperbarui.")
        } catch {
            report.findings.append(.init(path: "index.json", problem: error.description, fix: "Perbaiki masalah itu lalu jalankan `mufakat check-store` lagi."))
        }
    }

    /// store.json, profile.json, drafts (of cooperations and of mappings), locks and temp files.
    private func checkSmallFiles(report: inout StoreReport) {
        do { _ = try profile() } catch {
            if case .newerVersion = error { report.notes.append(error.description) }
            else { report.findings.append(.init(path: "profile.json", problem: error.description, fix: "Perbaiki atau isi ulang profil daerah.")) }
        }
        for id in draftIDs() {
            do { _ = try loadDraft(id: id, as: JSONValue.self) } catch {
                report.findings.append(.init(path: "drafts/\(id).json", problem: error.description, fix: "Hapus draf itu bila tidak diperlukan."))
            }
        }
        // A damaged mapping draft is quarantined by the read and reported as a repair notice.
        for code in mappingDraftRegionCodes() {
            do { _ = try loadMappingDraft(regionCode: code) } catch {
                report.findings.append(.init(path: "mapping-drafts/\(code).json", problem: error.description, fix: "Hapus draf pemetaan itu bila tidak diperlukan."))
            }
        }
        let lockFolder = editLocks.folder
        let before = Set(((try? POSIX.listFolder(lockFolder)) ?? []).filter { !$0.hasPrefix(".") })
        let live = activeLocks()
        let after = Set(((try? POSIX.listFolder(lockFolder)) ?? []).filter { !$0.hasPrefix(".") })
        for gone in before.subtracting(after).sorted() {
            report.repairs.append("Penanda edit usang 'locks/\(gone)' (prosesnya sudah berhenti) dihapus.")
        }
        for holder in live { report.notes.append("Kerja sama '\(holder.id)' \(holder.description).") }
        if !isReadOnly {
            for folder in [root, editLocks.folder, root.appendingPathComponent("drafts"), mappingDraftFolder, quarantine.folder] {
                AtomicFile.removeStaleTemps(in: folder).forEach { report.repairs.append("Berkas sementara '\(relative(folder.appendingPathComponent($0)))' dihapus.") }
            }
        }
    }
}
