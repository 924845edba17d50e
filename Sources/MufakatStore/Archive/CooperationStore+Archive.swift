#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import MufakatDomain

/// Arsip berkas di dalam penyimpanan: `files/<sha256>`, one file per distinct content, owner-only,
/// written atomically and never replaced. The cooperation's revision names the hash, so the
/// revision hash chain covers the file; `check()` verifies every referenced file.
extension CooperationStore {
    /// Largest archived file the store itself accepts (the rulebook's limit is lower and is
    /// checked by the service before reading a file).
    public static let maxArchiveFileBytes = BundlePathPolicy.maxArchiveEntrySize

    /// The folder of archived files.
    public var archiveFolder: URL { root.appendingPathComponent("files") }

    /// The place of the file with hash `sha256` (nil for anything that is not 64 hex digits).
    public func archiveFileURL(sha256: String) -> URL? {
        guard Self.isArchiveName(sha256) else { return nil }
        return archiveFolder.appendingPathComponent(sha256)
    }

    /// Whether `name` is a valid archived file name: 64 lowercase hex digits.
    public static func isArchiveName(_ name: String) -> Bool {
        name.utf8.count == 64 && name.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    /// Stores `data` under its SHA-256 and returns the hash. Storing the same bytes twice is a
    /// no-op; a file already there with other bytes (damaged) is replaced by the good bytes.
    @discardableResult
    public func storeArchiveFile(_ data: Data) throws(StoreError) -> String {
        let sha = DocumentDecoding.sha256(data)
        if data.count > Self.maxArchiveFileBytes {
            throw StoreError.fileTooLarge(path: "files/\(sha)", size: data.count, limit: Self.maxArchiveFileBytes)
        }
        try writing { () throws(StoreError) -> Void in try self.putArchiveFile(data, sha256: sha) }
        return sha
    }

    /// Writes the file (caller holds the lock and has checked the hash).
    func putArchiveFile(_ data: Data, sha256 sha: String) throws(StoreError) {
        try POSIX.makeFolder(archiveFolder)
        let url = archiveFolder.appendingPathComponent(sha)
        if let existing = try? POSIX.readFile(url, limit: Self.maxArchiveFileBytes), DocumentDecoding.sha256(existing) == sha { return }
        if POSIX.exists(url) {
            try AtomicFile.write(data, to: url)
        } else {
            do { try AtomicFile.create(data, at: url) } catch {
                if case .alreadyExists = error { return }
                throw error
            }
        }
    }

    /// The bytes of the archived file `sha256`, verified against the hash. Nil when missing.
    public func readArchiveFile(sha256: String) throws(StoreError) -> Data? {
        guard let url = archiveFileURL(sha256: sha256) else {
            throw StoreError.invalidInput(path: "files/\(sha256)", problem: StoreText.current.archive.invalidName)
        }
        guard let data = try POSIX.readFile(url, limit: Self.maxArchiveFileBytes) else { return nil }
        let actual = DocumentDecoding.sha256(data)
        if actual != sha256 {
            throw StoreError.invalidInput(path: relative(url), problem: StoreText.current.archive.contentMismatch(String(sha256.prefix(12)), String(actual.prefix(12))))
        }
        return data
    }

    /// Verifies every archived file named by a current cooperation: present, and its bytes
    /// matching the recorded hash. A tampered or missing file is a finding naming the file.
    /// `archived`: the archived files each current cooperation names, by id.
    func checkArchive(archived: [String: [ArchivedFile]], report: inout StoreReport) {
        var verified: [String: String?] = [:]   // sha -> problem (nil = fine)
        for (key, files) in archived.sorted(by: { $0.key < $1.key }) {
            for file in files {
                let problem: String?
                if let known = verified[file.sha256] { problem = known } else {
                    problem = archiveProblem(sha256: file.sha256, size: file.size)
                    verified[file.sha256] = problem
                }
                guard let problem else { continue }
                report.findings.append(.init(
                    path: "files/\(file.sha256)",
                    problem: StoreText.current.archive.fileProblem(file.fileName, key, "\(file.stage)", "\(file.kind)", problem),
                    fix: StoreText.current.archive.fileFix(key, "\(file.stage)", "\(file.kind)", file.sha256)))
            }
        }
        // The profile's lambang is an archived file too.
        if let data = try? POSIX.readFile(profileURL, limit: 1 << 20),
           let profile = try? DocumentDecoding.decodePlain(RegionProfile.self, from: data, path: "profile.json"),
           let logo = profile.logo {
            let problem = verified[logo.sha256] ?? archiveProblem(sha256: logo.sha256, size: logo.size)
            verified[logo.sha256] = problem
            if let problem {
                report.findings.append(.init(
                    path: "files/\(logo.sha256)",
                    problem: StoreText.current.archive.logoProblem(logo.fileName, problem),
                    fix: StoreText.current.archive.logoFix(logo.sha256)))
            }
        }
        report.archivedFiles = verified.isEmpty ? nil : verified.count
        if !isReadOnly { AtomicFile.removeStaleTemps(in: archiveFolder).forEach { report.repairs.append(StoreText.current.archive.tempRemoved($0)) } }
    }

    /// Checks archived files by their names alone (a scoped check after a pull).
    func checkArchivedFiles(_ shas: Set<String>, report: inout StoreReport) {
        for sha in shas.sorted() {
            guard let url = archiveFileURL(sha256: sha), let data = try? POSIX.readFile(url, limit: Self.maxArchiveFileBytes) else { continue }
            let actual = DocumentDecoding.sha256(data)
            if actual != sha {
                report.findings.append(.init(path: "files/\(sha)", problem: StoreText.current.archive.changedByName(String(actual.prefix(12)), String(sha.prefix(12))),
                                             fix: StoreText.current.archive.restoreFix))
            }
        }
    }

    private func archiveProblem(sha256: String, size: Int64) -> String? {
        guard let url = archiveFileURL(sha256: sha256) else { return StoreText.current.archive.invalidHash }
        let data: Data?
        do { data = try POSIX.readFile(url, limit: Self.maxArchiveFileBytes) } catch { return StoreText.current.archive.unreadable(error.description) }
        guard let data else { return StoreText.current.archive.missing }
        let actual = DocumentDecoding.sha256(data)
        if actual != sha256 { return StoreText.current.archive.changed(String(actual.prefix(12)), String(sha256.prefix(12))) }
        if Int64(data.count) != size { return StoreText.current.archive.sizeMismatch(data.count, size) }
        return nil
    }
}
