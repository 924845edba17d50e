#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import MufakatDomain
import MufakatStore

/// Why a file could not be attached or exported, in Indonesian, naming the file.
public enum ArchiveError: Error, Sendable, CustomStringConvertible {
    case unknownStage(stage: String, known: [String])
    case unknownKind(kind: String, known: [String])
    case unreadable(path: String, problem: String)
    case tooLarge(path: String, size: Int64, limit: Int64, basis: String)
    case store(StoreError)
    case write(DocumentServiceError)

    public var description: String {
        switch self {
        case let .unknownStage(stage, known):
            return ServiceText.current.archive.unknownStage(stage, known.joined(separator: ", "))
        case let .unknownKind(kind, known):
            return ServiceText.current.archive.unknownKind(kind, known.joined(separator: ", "))
        case let .unreadable(path, problem):
            return ServiceText.current.archive.unreadable(path, problem)
        case let .tooLarge(path, size, limit, basis):
            return ServiceText.current.archive.tooLarge(path, ArchiveService.megabytes(size), size, ArchiveService.megabytes(limit), basis)
        case let .store(error): return error.description
        case let .write(error): return error.description
        }
    }
}

/// One archived file of a cooperation, with the rulebook's name of its kind.
public struct ArchiveListing: Sendable, Codable, Hashable {
    public var file: ArchivedFile
    public var kindName: String
    /// Whether the bytes in the store match the recorded hash (false: missing or changed).
    public var intact: Bool
}

/// Layanan arsip: attach a file to a cooperation's stage, list the files, export copies. The
/// bytes go to the store's `files/<sha256>`; the record goes into a new revision, so the hash
/// chain covers it. Both the command line and the screens call this.
public struct ArchiveService: Sendable {
    public let session: StoreSession
    public let rulebook: Rulebook

    public init(session: StoreSession, rulebook: Rulebook) { self.session = session; self.rulebook = rulebook }

    /// What to attach.
    public struct Attachment: Sendable, Equatable {
        public var stage: String
        public var kind: String
        public var path: String
        public var number: String
        public var date: CalendarDate?
        public var note: String
        public init(stage: String, kind: String, path: String, number: String = "", date: CalendarDate? = nil, note: String = "") {
            self.stage = stage; self.kind = kind; self.path = path; self.number = number; self.date = date; self.note = note
        }
    }

    /// What attaching did.
    public struct AttachResult: Sendable, Codable, Hashable {
        public var id: String
        public var file: ArchivedFile
        public var revision: Int
        /// The same file was already attached to this stage with this kind: nothing saved.
        public var unchanged: Bool
    }

    /// The stage ids a file of this cooperation may be attached to.
    public func stageIDs(for cooperation: Cooperation) -> [String] {
        let ids = rulebook.stages(for: cooperation.kind).map(\.id)
        return ids.isEmpty ? rulebook.stages.map(\.id) : ids
    }

    /// Attaches the file at `attachment.path` to cooperation `id` as a new revision.
    public func attach(id: String, _ attachment: Attachment, today: CalendarDate = .today()) throws(ArchiveError) -> AttachResult {
        let stored: StoredCooperation
        do { stored = try session.load(id: id) } catch { throw .store(error) }
        var cooperation = stored.cooperation
        let stages = stageIDs(for: cooperation)
        guard stages.contains(attachment.stage) else { throw .unknownStage(stage: attachment.stage, known: stages) }
        guard rulebook.archiveKind(attachment.kind) != nil else { throw .unknownKind(kind: attachment.kind, known: rulebook.archiveKinds.map(\.id)) }
        let data = try read(attachment.path)
        let sha: String
        do { sha = try session.store.storeArchiveFile(data) } catch { throw .store(error) }
        let name = ArchiveService.safeName(URL(fileURLWithPath: attachment.path).lastPathComponent)
        if let existing = cooperation.archivedFiles.first(where: { $0.sha256 == sha && $0.stage == attachment.stage && $0.kind == attachment.kind }) {
            return AttachResult(id: id, file: existing, revision: stored.revision, unchanged: true)
        }
        let record = ArchivedFile(stage: attachment.stage, kind: attachment.kind, fileName: name, sha256: sha, size: Int64(data.count),
                                  number: attachment.number, date: attachment.date, note: attachment.note, addedOn: today)
        cooperation.archivedFiles.append(record)
        let info: RevisionInfo
        do { info = try session.save(cooperation, basedOn: stored.revision) } catch { throw .store(error) }
        return AttachResult(id: id, file: record, revision: info.revision, unchanged: false)
    }

    /// The archived files of a cooperation, in the order they were attached.
    public func files(of cooperation: Cooperation) -> [ArchiveListing] {
        cooperation.archivedFiles.map { file in
            let intact = ((try? session.store.readArchiveFile(sha256: file.sha256)) ?? nil) != nil
            return ArchiveListing(file: file, kindName: rulebook.archiveKind(file.kind)?.name ?? file.kind, intact: intact)
        }
    }

    public func files(id: String) throws(ArchiveError) -> [ArchiveListing] {
        do { return files(of: try session.load(id: id).cooperation) } catch { throw .store(error) }
    }

    /// Writes a copy of every archived file of `id` into `folder` (created when missing), each
    /// checked against its hash; returns the paths written. Names are "<stage>-<kind>-<name>".
    public func export(id: String, to folder: URL) throws(ArchiveError) -> [String] {
        let cooperation: Cooperation
        do { cooperation = try session.load(id: id).cooperation } catch { throw .store(error) }
        var written: [String] = []
        var used = Set<String>()
        for file in cooperation.archivedFiles {
            let data: Data?
            do { data = try session.store.readArchiveFile(sha256: file.sha256) } catch { throw .store(error) }
            guard let data else {
                throw .store(.invalidInput(path: "files/\(file.sha256)", problem: ServiceText.current.archive.missingInStore(file.fileName)))
            }
            var name = "\(file.stage)-\(file.kind)-\(file.fileName)"
            var n = 2
            while used.contains(name) { name = "\(file.stage)-\(file.kind)-\(n)-\(file.fileName)"; n += 1 }
            used.insert(name)
            let url = folder.appendingPathComponent(name)
            do { try OutputFile.write(data, to: url, createFolder: true) } catch { throw .write(error) }
            written.append(url.path)
        }
        return written
    }

    /// The signed KB and PKS stages of `cooperation` without an archived signed scan.
    public func signedWithoutScan(_ cooperation: Cooperation) -> [String] {
        cooperation.signedStagesWithoutScan(scanKinds: rulebook.signedScanKinds)
    }

    /// One line for the summary: whether every signed KB and PKS has its signed scan.
    public func scanSummary(_ cooperation: Cooperation) -> String? {
        let signed = cooperation.signedStages
        guard !signed.isEmpty else { return nil }
        let missing = signedWithoutScan(cooperation)
        let names = { (ids: [String]) in ids.map { $0 == "kb" ? "KB" : $0 == "pks" ? "PKS" : $0 }.joined(separator: ServiceText.current.archive.and) }
        if missing.isEmpty { return ServiceText.current.archive.scansComplete(names(signed)) }
        return ServiceText.current.archive.scansMissing(names(missing), cooperation.id, missing[0])
    }

    // MARK: Helpers

    /// Reads a regular file, refusing it before reading when it is over the rulebook's limit.
    func read(_ path: String) throws(ArchiveError) -> Data {
        var st = stat()
        guard stat(path, &st) == 0 else { throw .unreadable(path: path, problem: ServiceText.current.archive.notFound) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw .unreadable(path: path, problem: ServiceText.current.archive.notRegular) }
        let limit = min(rulebook.archiveMaxFileBytes, Int64(CooperationStore.maxArchiveFileBytes))
        let size = Int64(st.st_size)
        if size > limit { throw .tooLarge(path: path, size: size, limit: limit, basis: rulebook.archive?.basis ?? ServiceText.current.archive.defaultLimit) }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path, problem: ServiceText.current.archive.noPermission) }
        if Int64(data.count) > limit { throw .tooLarge(path: path, size: Int64(data.count), limit: limit, basis: rulebook.archive?.basis ?? ServiceText.current.archive.defaultLimit) }
        return data
    }

    /// A file name safe to write anywhere: no folders, no leading dot, no control characters.
    static func safeName(_ name: String) -> String {
        var out = String(name.unicodeScalars.filter { $0.value >= 0x20 && $0 != "/" && $0 != "\\" }.map(Character.init))
        while out.hasPrefix(".") { out.removeFirst() }
        if out.isEmpty { out = "berkas" }
        return String(out.prefix(120))
    }

    /// "5,0 MB", "12,3 KB", "21 bita".
    public static func megabytes(_ bytes: Int64) -> String {
        if bytes < 1024 { return "\(bytes) bita" }
        if bytes < 1_048_576 { return String(format: "%.1f KB", Double(bytes) / 1024).replacingOccurrences(of: ".", with: ",") }
        return String(format: "%.1f MB", Double(bytes) / 1_048_576).replacingOccurrences(of: ".", with: ",")
    }
}
