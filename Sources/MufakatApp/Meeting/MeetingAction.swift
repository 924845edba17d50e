import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore

/// What the facilitator's meeting mode asks the outside world to do (wrapped in
/// `AppAction.meeting`); `MeetingEffects` performs it against the store.
public enum MeetingAction: Sendable, Equatable {
    /// List the meetings of the store (to pick one).
    case listMeetings
    /// Read the mappings of a meeting (nil: every mapping in the store) and find the matches.
    case load(meetingID: String?)
    /// Read mapping files (bundles or JSON) and import what does not conflict; conflicts come
    /// back undecided, to be asked about.
    case importFiles([String], meetingID: String?)
    /// Import the conflicting mappings with the facilitator's answers.
    case importDecided([ImportDecision], meetingID: String?)
    /// Turn a match into a draft cooperation (refused when it was drafted already).
    case createDraft(MappingMatch, meetingID: String?)
    /// Write the minutes or the planning annex of the meeting into the export folder.
    case writeDocument(MeetingDocument, meetingID: String?)
    /// Create a meeting with every stored mapping as participant.
    case createMeeting(title: String, level: MeetingLevel, provinceCode: String?)
    /// Split a group or merge matches (kept in the meeting).
    case changeGroup(GroupChange, meetingID: String?)
    /// Withdraw agreement number `number` (1-based) with a reason.
    case withdraw(number: Int, reason: String, meetingID: String?)
    /// Write the matrix (as filtered and oriented on screen) into the export folder.
    case exportMatrix(format: MatrixExportFormat, meetingID: String?, filter: MatrixFilter, transposed: Bool)
}

public typealias MatrixExportFormat = MappingService.MatrixFormat

/// Dokumen rapat: what the screen can write besides the matrix.
public enum MeetingDocument: String, Sendable, Equatable, CaseIterable {
    case minutes, annexXLSX, annexDOCX

    public var label: String {
        switch self {
        case .minutes: AppText.current.meeting.documentMinutes
        case .annexXLSX: AppText.current.meeting.documentAnnexXLSX
        case .annexDOCX: AppText.current.meeting.documentAnnexDOCX
        }
    }
}

/// Keputusan konflik impor: the facilitator's answer for one conflicting mapping.
public struct ImportDecision: Sendable, Hashable {
    public var incoming: MappingService.Incoming
    public var resolution: MappingConflictResolution
    public init(incoming: MappingService.Incoming, resolution: MappingConflictResolution) {
        self.incoming = incoming; self.resolution = resolution
    }
}

/// An import that differs from the stored mapping of its region, waiting for an answer.
public struct ImportConflict: Sendable, Hashable {
    public var incoming: MappingService.Incoming
    /// The differences in Indonesian ("Urusan 1.03 Pekerjaan Umum: Potensi "…" menjadi "…"").
    public var differences: [String]
    /// Remark on an older bundle, if any.
    public var note: String?
}

/// What an import did, as lines for the person, and the conflicts still to decide.
public struct ImportReport: Sendable, Hashable {
    public var lines: [String]
    public var problems: [String]
    public var conflicts: [ImportConflict]
    /// Regions added or replaced.
    public var changed: Int
}

/// The mappings of a meeting as the screens need them. Compared by `generation` only: the
/// mappings themselves are large and never change after loading.
public struct MeetingData: Sendable, Equatable {
    public var meeting: Meeting?
    public var mappings: [RegionMapping]
    /// Ranked, strongest first.
    public var matches: [MappingMatch]
    /// Ids of matches already turned into a draft (from the meeting's agreements).
    public var drafted: [String: String]
    /// Kebutuhan tanpa pasangan and potensi tanpa peminat.
    public var gaps: [MappingGap] = []
    /// "2 pemetaan tersimpan bukan peserta rapat ...", when some are not.
    public var outsideNote: String? = nil
    public var generation: Int

    public static func == (a: MeetingData, b: MeetingData) -> Bool { a.generation == b.generation }
}

/// What came back from a `MeetingAction` (wrapped in `AppEvent.meeting`).
public enum MeetingEvent: Sendable, Equatable {
    case meetingsListed([Meeting])
    case loaded(MeetingData)
    case imported(ImportReport)
    /// A draft was made: its id and title.
    case draftCreated(matchID: String, id: String, title: String)
    /// The match was drafted before: the existing cooperation's id.
    case draftExists(matchID: String, id: String)
    case exported(path: String, rows: Int, columns: Int)
    /// A document was written: what and where.
    case documentWritten(String)
    /// An agreement was withdrawn: the sentence to show.
    case withdrawn(String)
    /// A meeting was created: its id and the sentence to show.
    case meetingCreated(id: String, text: String)
    /// Groups changed: the sentence to show (the meeting is reloaded).
    case groupsChanged(String)
    case failed(String)
}
