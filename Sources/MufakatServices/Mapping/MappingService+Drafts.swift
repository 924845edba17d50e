import MufakatDomain

extension MappingService {
    /// The cooperation already made from `match`, if any: the meeting's agreement that names it,
    /// or the id `createDraft` gives a first draft of the match. Asked before drafting, so that
    /// pressing the key twice reports the draft instead of making a second one.
    public func existingDraft(for match: MappingMatch, meetingID: String?) throws -> String? {
        let meeting = try self.meeting(id: meetingID)
        if let agreed = meeting?.agreements.first(where: {
            $0.affairCode == match.affairCode && Set($0.regionCodes) == Set(match.regionCodes) && $0.cooperationID != nil
        }), let id = agreed.cooperationID, try repository.cooperationExists(id: id) {
            return id
        }
        let text = "pemetaan \(match.affairCode) \(match.regionCodes.joined(separator: " "))"
        // A draft made before ids were cut between words keeps its older id.
        for base in [Cooperation.slug(text), Cooperation.slug(text, wholeWords: false)] where try repository.cooperationExists(id: base) {
            return base
        }
        return nil
    }
}
