import Foundation
import MufakatDocuments
import MufakatDomain

/// Layanan pemetaan: the facilitator's operations on the mappings of a meeting, shared by the
/// command line and the screens. It reads and writes through a `MappingRepository`.
public struct MappingService: Sendable {
    public let repository: MappingRepository
    public let catalogues: Catalogues
    public let today: CalendarDate

    public init(repository: MappingRepository, catalogues: Catalogues = .shared, today: CalendarDate = .today()) {
        self.repository = repository; self.catalogues = catalogues; self.today = today
    }

    // MARK: Meetings

    /// The meeting named by `id`, else the latest one (by date, then id); nil when there is none.
    public func meeting(id: String?) throws -> Meeting? {
        let all = try repository.allMeetings()
        if let id {
            guard let m = all.first(where: { $0.id == id }) else {
                throw MappingServiceError.meetingNotFound(id: id, known: all.map(\.id))
            }
            return m
        }
        return all.max { a, b in
            let da = a.date?.dayNumber ?? Int.min, db = b.date?.dayNumber ?? Int.min
            return da != db ? da < db : a.id < b.id
        }
    }

    /// The meeting, or an error telling how to create one.
    public func requireMeeting(id: String?) throws -> Meeting {
        guard let m = try meeting(id: id) else { throw MappingServiceError.noMeeting }
        return m
    }

    /// Saves a meeting after checking what the minutes need. `previous` is the meeting as it was
    /// read (nil for a new one); a meeting changed since by someone else is not overwritten.
    public func saveMeeting(_ meeting: Meeting, basedOn previous: Meeting?) throws {
        guard Cooperation.isValidID(meeting.id) else {
            throw MappingServiceError.invalidMeeting(problem: ServiceText.current.mapping.badMeetingID(meeting.id))
        }
        guard !meeting.title.trimmedWhitespace().isEmpty else {
            throw MappingServiceError.invalidMeeting(problem: ServiceText.current.mapping.titleRequired)
        }
        if meeting.level == .provinsi, let p = meeting.provinceCode, catalogues.regions[p]?.level != .provinsi {
            throw MappingServiceError.invalidMeeting(problem: ServiceText.current.mapping.unknownProvince(p))
        }
        for code in meeting.participantRegions where catalogues.regions[code] == nil {
            throw MappingServiceError.invalidMeeting(problem: ServiceText.current.mapping.unknownParticipant(code))
        }
        try repository.saveMeeting(meeting, basedOn: previous)
    }

    // MARK: Import

    /// A mapping read from a bundle or a file, waiting to be imported.
    public struct Incoming: Sendable, Hashable {
        public let mapping: RegionMapping
        /// File name it came from.
        public let source: String
        /// The revision it had in the sending region's store (bundles), and when it was saved.
        public let revision: Int?
        public let savedAt: Date?
        public init(mapping: RegionMapping, source: String, revision: Int? = nil, savedAt: Date? = nil) {
            self.mapping = mapping; self.source = source; self.revision = revision; self.savedAt = savedAt
        }
    }

    /// What an import did for one region.
    public struct ImportResult: Sendable, Hashable {
        public enum Status: Sendable, Hashable {
            case done(MappingImportOutcome)
            /// A conflict nobody decided: nothing was written for this region.
            case unresolved
            case rejected(String)
        }
        public let regionCode: String
        public let source: String
        public let status: Status
        /// The differences, for a conflict.
        public let diff: MappingDiff?
        /// Extra remark (an older bundle).
        public let note: String?
        /// Whether the region joined the meeting (nil when nothing was imported).
        public var admission: Admission? = nil

        /// The note and the admission in one line, as the command line prints them.
        public var remarks: String? {
            let parts = [note, admission?.sentence].compactMap { $0 }
            return parts.isEmpty ? nil : parts.joined(separator: "; ")
        }
    }

    /// Imports mappings. A mapping that differs from the stored one of its region goes to
    /// `resolve` (the differences shown to the facilitator); `nil` from it leaves the region
    /// untouched and reports it as unresolved. The meeting (when there is one) records every
    /// import and gains the regions as participants.
    public func importMappings(_ incoming: [Incoming], meetingID: String?,
                               resolve: (Incoming, RegionMapping, MappingDiff) -> MappingConflictResolution?) throws -> [ImportResult] {
        let readMeeting = try self.meeting(id: meetingID)
        var meeting = readMeeting
        var results: [ImportResult] = []
        // Writes are gathered and saved together at the end (one flush); `pending` keeps what
        // this import already took in, so a region met twice is compared with its newer self.
        var pending: [String: (mapping: RegionMapping, basedOn: Int?)] = [:]
        var pendingOrder: [String] = []
        func stage(_ mapping: RegionMapping, basedOn: Int?) {
            if pending[mapping.regionCode] == nil { pendingOrder.append(mapping.regionCode) }
            pending[mapping.regionCode] = (mapping, pending[mapping.regionCode]?.basedOn ?? basedOn)
        }
        // One validator for the whole import (it builds its message table once).
        let validator = MappingValidator(catalogues: catalogues, currentYear: today.year)
        for item in incoming {
            let code = item.mapping.regionCode
            guard let region = catalogues.regions[code] else {
                results.append(ImportResult(regionCode: code, source: item.source,
                                            status: .rejected(MappingServiceError.unknownRegion(code: code, source: item.source).description),
                                            diff: nil, note: nil))
                continue
            }
            guard region.autonomous else {
                results.append(ImportResult(regionCode: code, source: item.source,
                                            status: .rejected(ServiceText.current.mapping.notAutonomous(item.source, region.name)),
                                            diff: nil, note: nil))
                continue
            }
            // A mapping with errors (an unknown affair or sub-affair, the region as its own
            // partner, an unknown partner, a past target year) is refused whole, naming the file:
            // never taken in with the bad rows silently dropped.
            let errors = validator.validate(item.mapping).filter { $0.severity == .error }
            if !errors.isEmpty {
                let list = errors.map { f in (f.affairCode.map { ServiceText.current.mapping.affairPrefix($0) } ?? "") + "\(f.displayField): \(f.message)" }
                results.append(ImportResult(regionCode: code, source: item.source,
                                            status: .rejected(ServiceText.current.mapping.refused(item.source, region.fullName, errors.count) + "\n  - " + list.joined(separator: "\n  - ")),
                                            diff: nil, note: nil))
                continue
            }
            let stored = pending[code] == nil ? try repository.mapping(regionCode: code) : nil
            let existing = pending[code].map { VersionedMapping(mapping: $0.mapping, revision: $0.basedOn) } ?? stored
            let decision = MappingImport.decide(incoming: item.mapping, existing: existing?.mapping)
            var note: String?
            var diff: MappingDiff?
            let outcome: MappingImportOutcome?
            switch decision {
            case .add:
                stage(item.mapping, basedOn: nil)
                outcome = .added
            case .unchanged:
                outcome = .unchanged
            case .conflict(let d):
                diff = d
                note = try age(of: item, existing: existing!.mapping).sentence
                switch resolve(item, existing!.mapping, d) {
                case .replace?:
                    stage(item.mapping, basedOn: existing!.revision)
                    outcome = .replaced
                    if meeting != nil {
                        let flagged = Self.flagForReview(&meeting!, regionCode: code, regionName: region.fullName, source: item.source)
                        if flagged > 0 {
                            let text = ServiceText.current.mapping.flaggedForReview(flagged, region.fullName)
                            note = note.map { $0 + "; " + text } ?? text
                        }
                    }
                case .keep?:
                    outcome = .kept
                case nil:
                    outcome = nil
                }
            }
            if let outcome {
                // Every import path says whether the region joined the meeting, and why not.
                var result = ImportResult(regionCode: code, source: item.source, status: .done(outcome), diff: diff, note: note)
                result.admission = admit(code, to: &meeting)
                results.append(result)
                if meeting != nil {
                    var record = MappingImportRecord(regionCode: code, source: item.source, importedOn: today,
                                                     fingerprint: MappingFingerprint.sha256(item.mapping), outcome: outcome)
                    record.sourceRevision = item.revision
                    record.sourceSavedAt = item.savedAt.map(ImportAge.iso)
                    meeting!.imports.append(record)
                }
            } else {
                results.append(ImportResult(regionCode: code, source: item.source, status: .unresolved, diff: diff, note: note))
            }
        }
        try repository.saveMappings(pendingOrder.map { pending[$0]! })
        if let meeting { try repository.saveMeeting(meeting, basedOn: readMeeting) }
        return results
    }

    // MARK: Reading and outputs

    /// The stored mappings; with a meeting, only its participants (explicit: a region is never
    /// counted in, or dropped, by the order in which the meeting and the imports came).
    public func mappings(for meeting: Meeting? = nil) throws -> [RegionMapping] {
        let all = try repository.allMappings().map(\.mapping)
        guard let meeting else { return all }
        let wanted = Set(meeting.participantRegions)
        return all.filter { wanted.contains($0.regionCode) }
    }

    public func matrix(meeting: Meeting?, filter: MatrixFilter = .none, transposed: Bool = false) throws -> MappingMatrix {
        MappingMatrix(mappings: try mappings(for: meeting), catalogues: catalogues, filter: filter, transposed: transposed)
    }

    /// The matches of a meeting: pairs found by `MatchFinder`, then one offer meeting several
    /// needs (or regions all naming each other) joined into one group, and cross-province
    /// matches labelled with their level of coordination (`MatchGrouping`).
    public func matches(meeting: Meeting?) throws -> [MappingMatch] {
        MatchGrouping.refine(MatchFinder(catalogues: catalogues).find(in: try mappings(for: meeting)), catalogues: catalogues,
                             changes: meeting?.groupChanges ?? [])
    }

    public func annex(meeting: Meeting?, regionCode: String? = nil) throws -> PlanningAnnex {
        PlanningAnnex.build(mappings: try mappings(for: meeting), meeting: meeting, catalogues: catalogues, regionCode: regionCode)
    }

    /// The minutes (berita acara) of a meeting as a naskah.
    public func minutes(meeting: Meeting) throws -> Naskah {
        let mappings = try mappings(for: meeting)
        let matches = MatchGrouping.refine(MatchFinder(catalogues: catalogues).find(in: mappings), catalogues: catalogues,
                                           changes: meeting.groupChanges)
        var shown = meeting
        shown.agreements = meeting.agreements.filter(\.isActive)
        var naskah = MeetingMinutesBuilder(meeting: shown, mappings: mappings, matchCount: matches.count, catalogues: catalogues).build()
        naskah.blocks = MeetingMinutesExtras.insert(into: naskah.blocks, meeting: meeting,
                                                    gaps: MappingGaps.find(mappings: mappings, matches: matches, catalogues: catalogues), catalogues: catalogues)
        return naskah
    }

    public func findings(meeting: Meeting?) throws -> [MappingFinding] {
        MappingValidator(catalogues: catalogues, currentYear: today.year).validate(try mappings(for: meeting))
    }

    // MARK: Drafts from matches

    /// Turns a match into a draft cooperation in the store and records it as agreed in the
    /// meeting (when there is one). Returns the draft.
    @discardableResult
    /// Makes a draft cooperation from `match` and records it as the meeting's agreement. A match
    /// is drafted once: a second call throws `.draftExists` with the first draft's id, on every road.
    public func createDraft(from match: MappingMatch, meetingID: String?) throws -> Cooperation {
        if let existing = try existingDraft(for: match, meetingID: meetingID) { throw MappingServiceError.draftExists(id: existing) }
        let readMeeting = try self.meeting(id: meetingID)
        var meeting = readMeeting
        let base = Cooperation.slug("pemetaan \(match.affairCode) \(match.regionCodes.joined(separator: " "))")
        var id = base
        var n = 2
        while try repository.cooperationExists(id: id) { id = "\(base)-\(n)"; n += 1 }
        var draft = match.draftCooperation(id: id, catalogues: catalogues, mappings: try mappings(for: nil), meeting: meeting)
        Self.applyBordering(&draft, catalogues: catalogues)
        try repository.createCooperation(draft)
        if meeting != nil {
            let title = draft.proposal.form.isEmpty ? draft.title : draft.proposal.form
            if let i = meeting!.agreements.firstIndex(where: { $0.isActive && $0.affairCode == match.affairCode && Set($0.regionCodes) == Set(match.regionCodes) }) {
                meeting!.agreements[i].cooperationID = id
            } else {
                var agreed = AgreedCooperation(affairCode: match.affairCode, regionCodes: match.regionCodes,
                                               kind: match.suggestedKind, title: title, targetYear: match.targetYear,
                                               basis: match.reason, cooperationID: id)
                agreed.recordedOn = today
                meeting!.agreements.append(agreed)
            }
            try repository.saveMeeting(meeting!, basedOn: readMeeting)
        }
        return draft
    }
}

