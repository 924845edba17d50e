import Foundation
import MufakatDomain

/// Kesepakatan rapat: recording, drafting and withdrawing the meeting's agreements. Every one is
/// shown before it is made (`preview`), keeps its history (a withdrawn agreement stays, marked,
/// with its reason) and drafts once only (`createDraft` throws `.draftExists`).
extension MappingService {
    /// What drafting `match` will print: the draft's title, parties, kind, budget counted once
    /// per party, and the line of the minutes. Shown before the facilitator confirms.
    public func preview(of match: MappingMatch, meetingID: String?) throws -> String {
        Self.preview(of: match, meeting: try self.meeting(id: meetingID), mappings: try mappings(for: nil), catalogues: catalogues)
    }

    /// The same text from data already read (the screen holds the meeting and its mappings).
    public static func preview(of match: MappingMatch, meeting: Meeting?, mappings: [RegionMapping], catalogues: Catalogues) -> String {
        let draft = match.draftCooperation(id: "pratinjau", catalogues: catalogues, mappings: mappings, meeting: meeting)
        let t = ServiceText.current.agreements
        var lines = [t.draftTitle(draft.title),
                     t.parties(draft.parties.count, match.regionCodes.map { catalogues.regions[$0]?.fullName ?? $0 }.joined(separator: ", ")),
                     t.kind(draft.kind.label) + (draft.targetYear.map { t.targetYear($0) } ?? "")]
        if let cost = draft.proposal.indicativeCost, cost.value > 0 { lines.append(t.indicativeCost(cost.grouped)) }
        if let meeting {
            lines.append(t.recordedIn(meeting.id, meeting.agreements.count + 1))
        }
        return lines.joined(separator: "\n")
    }

    /// Records an agreement by hand (`meeting agree`); with `draft`, also makes its draft
    /// cooperation (once only). Returns the agreement's number and the draft, if made.
    @discardableResult
    public func recordAgreement(_ agreement: AgreedCooperation, draft: Bool, meetingID: String?) throws -> (number: Int, draft: Cooperation?) {
        let read = try requireMeeting(id: meetingID)
        var m = read
        var a = agreement
        a.recordedOn = a.recordedOn ?? today
        if let i = m.agreements.firstIndex(where: { $0.isActive && $0.affairCode == a.affairCode && Set($0.regionCodes) == Set(a.regionCodes) }) {
            if !draft { throw MappingServiceError.invalidMeeting(problem: ServiceText.current.agreements.alreadyRecorded(i + 1)) }
        } else {
            m.agreements.append(a)
            try saveMeeting(m, basedOn: read)
        }
        guard draft else { return (m.agreements.count, nil) }
        let match = MappingMatch(affairCode: a.affairCode, regionCodes: a.regionCodes, kinds: [], reasons: [a.basis.isEmpty ? "disepakati dalam rapat" : a.basis],
                                 score: 0, suggestedKind: a.kind, targetYear: a.targetYear)
        let coop = try createDraft(from: match, meetingID: m.id)
        let after = try requireMeeting(id: m.id)
        let number = (after.agreements.firstIndex { $0.isActive && $0.affairCode == a.affairCode && Set($0.regionCodes) == Set(a.regionCodes) } ?? 0) + 1
        return (number, coop)
    }

    /// Withdraws agreement number `number` (1-based, as the minutes number them) with a reason.
    /// The agreement stays in the meeting's history; the minutes list it under the revision.
    @discardableResult
    public func withdrawAgreement(number: Int, reason: String, meetingID: String?) throws -> AgreedCooperation {
        let read = try requireMeeting(id: meetingID)
        guard (1...max(read.agreements.count, 1)).contains(number), number <= read.agreements.count else {
            throw MappingServiceError.invalidMeeting(problem: ServiceText.current.agreements.noSuchAgreement(number, read.id, read.agreements.count))
        }
        guard !reason.trimmedWhitespace().isEmpty else {
            throw MappingServiceError.invalidMeeting(problem: ServiceText.current.agreements.reasonRequired)
        }
        guard read.agreements[number - 1].isActive else {
            throw MappingServiceError.invalidMeeting(problem: ServiceText.current.agreements.alreadyWithdrawn(number))
        }
        var m = read
        m.agreements[number - 1].withdrawal = AgreementWithdrawal(reason: reason, withdrawnOn: today)
        try saveMeeting(m, basedOn: read)
        return m.agreements[number - 1]
    }

    /// "1. 1.03 Pekerjaan Umum ... — Kab. A, Kota B (draf x) [DICABUT: alasan]" per agreement.
    public func agreementLines(meeting: Meeting) -> [String] {
        meeting.agreements.enumerated().map { i, a in
            var line = "\(i + 1). \(a.affairCode) \(a.title) — " + a.regionCodes.map { catalogues.regions[$0]?.fullName ?? $0 }.joined(separator: ", ")
            if let id = a.cooperationID { line += ServiceText.current.agreements.draftPart(id) }
            if let w = a.withdrawal { line += ServiceText.current.agreements.withdrawnPart(IndonesianDate.long(w.withdrawnOn), w.reason) }
            if let r = a.reviewNote, a.isActive { line += ServiceText.current.agreements.reviewPart(r) }
            return line
        }
    }

    /// Splits a group match back into its pairs, or merges matches of one affair into one group,
    /// for the meeting (kept in the meeting file, so every road sees the same list).
    @discardableResult
    public func changeGroup(_ change: GroupChange, meetingID: String?) throws -> [MappingMatch] {
        let read = try requireMeeting(id: meetingID)
        var m = read
        let before = try matches(meeting: read)
        switch change.kind {
        case .split:
            guard before.contains(where: { $0.affairCode == change.affairCode && Set($0.regionCodes) == Set(change.regionCodes) && $0.isGroup }) else {
                throw MappingServiceError.invalidMeeting(problem: ServiceText.current.agreements.noGroupToSplit(change.affairCode, change.regionCodes.joined(separator: ", ")))
            }
            m.groupChanges.removeAll { $0.kind == .merge && $0.affairCode == change.affairCode && Set($0.regionCodes) == Set(change.regionCodes) }
        case .merge:
            guard before.filter({ $0.affairCode == change.affairCode && Set($0.regionCodes).isSubset(of: Set(change.regionCodes)) }).count >= 2 else {
                throw MappingServiceError.invalidMeeting(problem: ServiceText.current.agreements.nothingToMerge(change.affairCode, change.regionCodes.joined(separator: ", ")))
            }
            m.groupChanges.removeAll { $0.kind == .split && $0.affairCode == change.affairCode && Set($0.regionCodes) == Set(change.regionCodes) }
        }
        if !m.groupChanges.contains(change) { m.groupChanges.append(change) }
        try saveMeeting(m, basedOn: read)
        return try matches(meeting: m)
    }
}
