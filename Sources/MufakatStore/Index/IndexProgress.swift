import Foundation
import MufakatDomain

/// Kemajuan kerja sama in the index: where a cooperation stands, in enough detail for a screen
/// to place it on its rulebook's stages and to raise its reminders without decoding its file
/// (the home list of a store of 100,000 cooperations must not read 100,000 files to start).
/// Only facts are kept, nothing that depends on the rulebook or on today's date.
public struct IndexProgress: Codable, Sendable, Hashable {
    // The stored properties are in order of size (the arrays, then the date, then the flag), so
    // that a list keeps no padding between them (issue 19, memory: 8 bytes a cooperation).
    /// Recorded status of each stage, by section ("usulan", "kb", ...) and, for a stage a
    /// regional rulebook adds, by "tambahan/<id>".
    public var stages: [String: StageStatus]
    /// The named gate conditions (`GateCondition` raw values) that hold.
    public var conditions: [String]
    /// The named gate conditions the data cannot decide yet (`GateCondition.isUndecided`): a gate
    /// with one of them and none holding waits instead of skipping its stage. Nil in older indexes.
    public var undecided: [String]?
    /// DPRD approvals requested and not yet decided, while the approval stage is open.
    public var councilRequests: [CouncilRequest]
    /// Dates of the evaluations recorded during implementation.
    public var evaluationDates: [CalendarDate]
    /// The answer deadline the offer states, when it states one.
    public var offerResponseDeadline: CalendarDate?
    /// The offer letter is dated, its answer is awaited, and the offer stage is not skipped.
    public var offerAwaitingAnswer: Bool

    /// Permohonan persetujuan DPRD yang belum diputus.
    public struct CouncilRequest: Codable, Sendable, Hashable {
        /// The party whose council was asked ("Kota Bogor"), "pihak" when the index is wrong.
        public var party: String
        public var requestedOn: CalendarDate
        public init(party: String, requestedOn: CalendarDate) { self.party = party; self.requestedOn = requestedOn }
    }

    public init(stages: [String: StageStatus], conditions: [String], offerAwaitingAnswer: Bool,
                offerResponseDeadline: CalendarDate?, councilRequests: [CouncilRequest], evaluationDates: [CalendarDate],
                undecided: [String]? = nil) {
        self.stages = stages; self.conditions = conditions; self.undecided = undecided; self.offerAwaitingAnswer = offerAwaitingAnswer
        self.offerResponseDeadline = offerResponseDeadline; self.councilRequests = councilRequests
        self.evaluationDates = evaluationDates
    }

    public init(cooperation c: Cooperation) {
        var stages: [String: StageStatus] = [:]
        for section in StageSection.allCases where section != .custom {
            stages[section.rawValue] = c.progress(of: section).status
        }
        for (id, stage) in c.customStages { stages[IndexProgress.key(section: .custom, customID: id)] = stage.progress.status }
        self.stages = stages
        conditions = GateCondition.allCases.filter { $0.holds(for: c) }.map(\.rawValue)
        let open = GateCondition.allCases.filter { !$0.holds(for: c) && $0.isUndecided(for: c) }.map(\.rawValue)
        undecided = open.isEmpty ? nil : open
        offerAwaitingAnswer = c.offer.letterDate != nil && c.offer.response == .pending && c.offer.progress.status != .skipped
        offerResponseDeadline = c.offer.responseDeadline
        let council = c.councilApproval
        if council.progress.status != .done, council.progress.status != .skipped {
            councilRequests = council.approvals.compactMap { a in
                guard let date = a.requestDate, a.decisionDate == nil else { return nil }
                let party = c.parties.indices.contains(a.partyIndex) ? c.parties[a.partyIndex].name : "pihak"
                return CouncilRequest(party: party, requestedOn: date)
            }
        } else {
            councilRequests = []
        }
        evaluationDates = c.implementation.evaluations.map(\.date)
    }

    /// The key of a stage in `stages`.
    public static func key(section: StageSection, customID: String?) -> String {
        section == .custom ? "tambahan/\(customID ?? "")" : section.rawValue
    }

    /// The recorded status of a stage; not started when the index does not name it.
    public func status(section: StageSection, customID: String?) -> StageStatus {
        stages[IndexProgress.key(section: section, customID: customID)] ?? .notStarted
    }
}
