import Foundation
import MufakatDocuments
import MufakatDomain
import MufakatServices
import MufakatStore

/// Performs the meeting mode's actions against the facilitator's store: reading mappings,
/// importing, drafting from matches and exporting the matrix. The only I/O of the meeting screens.
public struct MeetingEffects: Sendable {
    public let service: MappingService
    /// Where exports go (`<store>/ekspor`).
    public let exportFolder: URL
    /// Reads bundles (set by the launcher; nil reads mapping JSON only).
    public let bundleReader: MappingFileReader.BundleReader?

    public init(service: MappingService, exportFolder: URL, bundleReader: MappingFileReader.BundleReader? = MappingBundles.reader) {
        self.service = service; self.exportFolder = exportFolder; self.bundleReader = bundleReader
    }

    /// Counter making every load's `MeetingData` distinct.
    private static let generations = GenerationCounter()

    public func result(of action: MeetingAction) -> MeetingEvent {
        do {
            switch action {
            case .listMeetings:
                return .meetingsListed(try service.repository.allMeetings())
            case .load(let meetingID):
                return .loaded(try load(meetingID: meetingID))
            case let .importFiles(paths, meetingID):
                return .imported(try importFiles(paths, meetingID: meetingID))
            case let .importDecided(decisions, meetingID):
                var answers: [String: MappingConflictResolution] = [:]
                for d in decisions { answers[d.incoming.mapping.regionCode + "|" + d.incoming.source] = d.resolution }
                let results = try service.importMappings(decisions.map(\.incoming), meetingID: meetingID) { item, _, _ in
                    answers[item.mapping.regionCode + "|" + item.source]
                }
                return .imported(report(results, problems: [], incoming: decisions.map(\.incoming)))
            case let .createDraft(match, meetingID):
                do {
                    let draft = try service.createDraft(from: match, meetingID: meetingID)
                    return .draftCreated(matchID: match.id, id: draft.id, title: draft.title)
                } catch MappingServiceError.draftExists(let id) {
                    return .draftExists(matchID: match.id, id: id)
                }
            case let .writeDocument(document, meetingID):
                let meeting = try service.meeting(id: meetingID)
                let name: String, data: Data
                switch document {
                case .minutes:
                    guard let meeting else { throw MappingServiceError.noMeeting }
                    data = try service.minutesFile(meeting: meeting).data
                    name = "berita-acara-\(meeting.id).docx"
                case .annexXLSX, .annexDOCX:
                    let format: MappingService.AnnexFormat = document == .annexXLSX ? .xlsx : .docx
                    data = try service.annexFile(format, meeting: meeting).data
                    name = "lampiran-\(meeting?.id ?? "semua").\(format.rawValue)"
                }
                let url = exportFolder.appendingPathComponent(name)
                try OutputFile.write(data, to: url, createFolder: true)
                return .documentWritten(txt.documentWritten(document.label, url.path))
            case let .createMeeting(title, level, province):
                let id = MappingService.meetingID(title: title, date: service.today)
                let (meeting, admissions) = try service.createMeeting(Meeting(id: id, title: title, level: level, provinceCode: province,
                                                                              date: service.today), takeExisting: true)
                let refused = admissions.filter { if case .refused = $0.admission { return true }; return false }.count
                return .meetingCreated(id: id, text: txt.meetingCreated(id, meeting.participantRegions.count, refused))
            case let .changeGroup(change, meetingID):
                try service.changeGroup(change, meetingID: meetingID)
                let names = change.regionCodes.map { service.catalogues.regions[$0]?.fullName ?? $0 }.joined(separator: ", ")
                return .groupsChanged(change.kind == .split ? txt.groupsSplit(change.affairCode, names) : txt.groupsJoined(change.affairCode, names))
            case let .withdraw(number, reason, meetingID):
                let a = try service.withdrawAgreement(number: number, reason: reason, meetingID: meetingID)
                return .withdrawn(txt.withdrawn(number, "\(a.affairCode) \(a.title)", reason))
            case let .exportMatrix(format, meetingID, filter, transposed):
                let meeting = try service.meeting(id: meetingID)
                let (data, matrix) = try service.matrixFile(format, meeting: meeting, filter: filter, transposed: transposed)
                let name = "matriks-pemetaan-\(meeting?.id ?? "semua")\(transposed ? "-transpos" : "").\(format.rawValue)"
                let url = exportFolder.appendingPathComponent(name)
                try OutputFile.write(data, to: url, createFolder: true)
                return .exported(path: url.path, rows: matrix.affairs.count, columns: matrix.regions.count)
            }
        } catch let error as MappingServiceError {
            return .failed(error.description)
        } catch let error as DocumentServiceError {
            return .failed(error.description)
        } catch {
            return .failed("\(error)")
        }
    }

    func load(meetingID: String?) throws -> MeetingData {
        let meeting = try meetingID.map { try service.requireMeeting(id: $0) }
        let mappings = try service.mappings(for: meeting)
        let matches = try service.matches(meeting: meeting)
        var drafted: [String: String] = [:]
        for a in meeting?.agreements ?? [] {
            guard let id = a.cooperationID else { continue }
            drafted[a.affairCode + ":" + a.regionCodes.joined(separator: "+")] = id
        }
        var data = MeetingData(meeting: meeting, mappings: mappings, matches: matches, drafted: drafted,
                               generation: Self.generations.next())
        data.gaps = MappingGaps.find(mappings: mappings, matches: matches, catalogues: service.catalogues)
        data.outsideNote = try service.nonParticipantSentence(meeting: meeting)
        return data
    }

    func importFiles(_ paths: [String], meetingID: String?) throws -> ImportReport {
        let batch = service.read(files: paths, bundleReader: bundleReader)
        let incoming = batch.incoming, problems = batch.problems
        // Conflicts are left undecided here (nothing is written for them) and asked on screen.
        let results = incoming.isEmpty ? [] : try service.importMappings(incoming, meetingID: meetingID) { _, _, _ in nil }
        return report(results, problems: problems, incoming: incoming)
    }

    /// The differences as lines, the affairs' before the contact officer's: on a projector the
    /// first lines are the ones read.
    static func affairsFirst(_ diff: MappingDiff, catalogues: Catalogues) -> [String] {
        let lines = diff.lines(affairs: catalogues.affairs)
        let pairs = zip(diff.changes, lines)
        return pairs.filter { $0.0.affairCode != nil }.map(\.1) + pairs.filter { $0.0.affairCode == nil }.map(\.1)
    }

    func report(_ results: [MappingService.ImportResult], problems: [String], incoming: [MappingService.Incoming]) -> ImportReport {
        let catalogues = service.catalogues
        var lines: [String] = []
        var problems = problems
        var conflicts: [ImportConflict] = []
        var changed = 0
        for (i, r) in results.enumerated() {
            let who = "\(r.regionCode) \(catalogues.regions[r.regionCode]?.fullName ?? r.regionCode)"
            switch r.status {
            case .done(let outcome):
                if outcome == .added || outcome == .replaced { changed += 1 }
                // Short enough for the message line: joining the meeting is the rule, not news;
                // a region left out is said, with where to read why.
                var line = "\(who) (\(r.source)): \(txt.importOutcome(outcome))" + (r.note.map { "; \($0)" } ?? "")
                if case .refused(let why)? = r.admission { line += txt.notParticipant(why.components(separatedBy: " (").first ?? why) }
                if case .noMeeting? = r.admission { line += txt.noMeetingYet }
                lines.append(line)
            case .rejected(let reason):
                problems.append(reason)
            case .unresolved:
                conflicts.append(ImportConflict(incoming: incoming[i], differences: r.diff.map { Self.affairsFirst($0, catalogues: catalogues) } ?? [],
                                                note: r.note))
            }
        }
        return ImportReport(lines: lines, problems: problems, conflicts: conflicts, changed: changed)
    }
}

/// A thread-safe counter.
final class GenerationCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next() -> Int { lock.lock(); defer { lock.unlock() }; value += 1; return value }
}

extension MeetingEffects {
    /// The meeting work of a store folder's repository; nil for other repositories (tests set
    /// their own).
    static func standard(for repository: any CooperationRepository, context: ShellContext, exportFolder: URL) -> MeetingEffects? {
        guard let store = repository as? StoreSession else { return nil }
        let service = MappingService(repository: store.mappings, catalogues: context.catalogues, today: context.today)
        return MeetingEffects(service: service, exportFolder: exportFolder)
    }
}

/// The meeting screens' words in the language in use.
private var txt: Catalogue<MeetingText> { AppText.current.meeting }
