import Foundation
import MufakatDomain
import MufakatDocuments

/// Peserta rapat: who takes part in a meeting is explicit. Every import path (`mapping import`,
/// `bundle import`, the screen's `i`) and `meeting create --take-existing` go through `admit`, so
/// a region joins the meeting or the person is told why not, the same way on every road.
extension MappingService {
    /// What happened to a region's place in the meeting.
    public enum Admission: Sendable, Hashable {
        case added(meetingID: String)
        case already(meetingID: String)
        /// Not added: the reason and what to do.
        case refused(String)
        /// There is no meeting yet: the mapping waits in the store.
        case noMeeting

        public var sentence: String {
            switch self {
            case .added(let id): ServiceText.current.mapping.admitted(id)
            case .already(let id): ServiceText.current.mapping.alreadyParticipant(id)
            case .refused(let why): ServiceText.current.mapping.notAdmitted(why)
            case .noMeeting: ServiceText.current.mapping.waitsForMeeting
            }
        }
    }

    /// Whether `regionCode` may join `meeting`, and why not: a provincial meeting takes its
    /// province and the kabupaten/kota in it (PP 28/2018 Pasal 5); a region of another province
    /// joins only when the facilitator adds it by hand.
    public func admissionProblem(_ regionCode: String, meeting: Meeting) -> String? {
        guard let region = catalogues.regions[regionCode] else { return ServiceText.current.mapping.unknownRegionCode(regionCode) }
        guard region.autonomous else { return ServiceText.current.mapping.notAutonomousShort(region.name) }
        if meeting.level == .provinsi, let province = meeting.provinceCode, region.provinceCode != province, region.code != province {
            let name = catalogues.regions[province]?.name ?? province
            return ServiceText.current.mapping.outsideProvince(region.fullName, name, regionCode)
        }
        return nil
    }

    /// Adds the region to the meeting (in memory) when allowed.
    func admit(_ regionCode: String, to meeting: inout Meeting?) -> Admission {
        guard meeting != nil else { return .noMeeting }
        if meeting!.participantRegions.contains(regionCode) { return .already(meetingID: meeting!.id) }
        if let problem = admissionProblem(regionCode, meeting: meeting!) { return .refused(problem) }
        meeting!.addParticipant(regionCode)
        return .added(meetingID: meeting!.id)
    }

    /// Takes regions whose mappings are already in the store into the meeting (after a
    /// `bundle import`, or `meeting create --take-existing`). Returns one admission per region.
    @discardableResult
    public func admitStored(regionCodes: [String], meetingID: String?, source: String? = nil) throws -> [(regionCode: String, admission: Admission)] {
        let read = try meeting(id: meetingID)
        var meeting = read
        var out: [(String, Admission)] = []
        for code in regionCodes {
            out.append((code, admit(code, to: &meeting)))
            // A bundle brings the sender's revisions with it: the record keeps the revision, so a
            // later re-import is told older or newer.
            if meeting != nil, let source, let last = try repository.mappingRevisions(regionCode: code).last {
                var record = MappingImportRecord(regionCode: code, source: source, importedOn: today,
                                                 fingerprint: MappingFingerprint.sha256(last.mapping), outcome: .added)
                record.sourceRevision = last.revision
                record.sourceSavedAt = ImportAge.iso(last.savedAt)
                meeting!.imports.append(record)
            }
        }
        if let meeting, meeting != read { try repository.saveMeeting(meeting, basedOn: read) }
        return out
    }

    /// Creates a meeting; with `takeExisting`, every mapping already in the store joins it (or
    /// is named with the reason it cannot).
    public func createMeeting(_ meeting: Meeting, takeExisting: Bool) throws -> (meeting: Meeting, admissions: [(regionCode: String, admission: Admission)]) {
        var m = meeting
        var admissions: [(String, Admission)] = []
        if takeExisting {
            var optional: Meeting? = m
            for code in try repository.allMappings().map(\.mapping.regionCode).sorted() {
                admissions.append((code, admit(code, to: &optional)))
            }
            m = optional!
        }
        try saveMeeting(m, basedOn: nil)
        return (m, admissions)
    }

    /// "rapat-koordinasi-teknis-pemetaan-urusan-2026-06-15": the title cut at a word, then the date.
    public static func meetingID(title: String, date: CalendarDate?) -> String {
        var base = Cooperation.slug(title)
        if base.count > 40 {
            base = String(base.prefix(41))
            if let dash = base.lastIndex(of: "-") { base = String(base[..<dash]) } else { base = String(base.prefix(40)) }
        }
        if base.isEmpty { base = "rapat" }
        return date.map { "\(base)-\($0.iso)" } ?? base
    }

    /// Region codes of stored mappings that are not participants of `meeting`.
    public func nonParticipants(meeting: Meeting?) throws -> [String] {
        guard let meeting else { return [] }
        let joined = Set(meeting.participantRegions)
        return try repository.allMappings().map(\.mapping.regionCode).filter { !joined.contains($0) }.sorted()
    }

    /// "2 pemetaan tersimpan bukan peserta rapat ini (33.01, 35.78); ..." or nil.
    public func nonParticipantSentence(meeting: Meeting?) throws -> String? {
        let outside = try nonParticipants(meeting: meeting)
        guard !outside.isEmpty, let meeting else { return nil }
        return ServiceText.current.mapping.nonParticipants(outside.count, meeting.id, outside.joined(separator: ", "))
    }

    /// The gaps of the meeting: needs without a partner and offers nobody took up.
    public func gaps(meeting: Meeting?) throws -> [MappingGap] {
        try matchesAndGaps(meeting: meeting).gaps
    }

    /// The matches and the gaps from one reading of the mappings and one search for matches
    /// (`mapping matches` shows both; asking for each read and searched twice).
    public func matchesAndGaps(meeting: Meeting?) throws -> (matches: [MappingMatch], gaps: [MappingGap]) {
        let mappings = try mappings(for: meeting)
        let matches = MatchGrouping.refine(MatchFinder(catalogues: catalogues).find(in: mappings), catalogues: catalogues,
                                           changes: meeting?.groupChanges ?? [])
        return (matches, MappingGaps.find(mappings: mappings, matches: matches, catalogues: catalogues))
    }

    /// The last import of a region recorded in any meeting (for the revision of its sender).
    func lastImport(of regionCode: String) throws -> MappingImportRecord? {
        try repository.allMeetings().flatMap(\.imports).filter { $0.regionCode == regionCode && $0.outcome != .kept }.last
    }

    /// Marks the active agreements that include `regionCode` as needing review. Returns how many.
    static func flagForReview(_ meeting: inout Meeting, regionCode: String, regionName: String, source: String) -> Int {
        var n = 0
        for i in meeting.agreements.indices where meeting.agreements[i].isActive && meeting.agreements[i].regionCodes.contains(regionCode) {
            meeting.agreements[i].reviewNote = "pemetaan \(regionName) diganti (\(source)) sesudah kesepakatan ini dibuat; tinjau kembali"
                + (meeting.agreements[i].cooperationID.map { " beserta draf '\($0)'" } ?? "")
            n += 1
        }
        return n
    }

    /// A KSDD wajib draft takes the bordering fact from the adjacency data (berbatasan.csv):
    /// confirmed borders set `partiesBordering`; otherwise the notes say what is missing.
    static func applyBordering(_ draft: inout Cooperation, catalogues: Catalogues) {
        guard draft.kind == .ksddWajib else { return }
        let assessment = BorderingAssessment(cooperation: draft, catalogues: catalogues)
        switch assessment.status {
        case .confirmed:
            draft.partiesBordering = true
            draft.notes += " Para pihak berbatasan menurut data keberbatasan (berbatasan.csv)."
        case .declared:
            draft.notes += " Keberbatasan para pihak belum dapat dipastikan dari data; nyatakan bila memang berbatasan (PP 28/2018 Pasal 3 ayat (2))."
        case .contradicted:
            draft.notes += " Menurut data keberbatasan, ada pihak yang tidak berbatasan: " + assessment.impossible.map(\.reason).joined(separator: "; ") + "."
        }
    }
}

/// Umur impor: which side of a re-import is newer, by the sender's revision and by time, so the
/// question says "(lebih baru)" of the newer side, never of the incoming one by default.
public struct ImportAge: Sendable, Hashable {
    public enum Newer: Sendable, Hashable { case incoming, stored, same, unknown }
    public let newer: Newer
    public let sentence: String?

    static func compare(incoming: MappingService.Incoming, existing: RegionMapping, lastImport: MappingImportRecord?,
                        history: [(revision: Int, savedAt: Date, mapping: RegionMapping)] = []) -> ImportAge {
        var parts: [String] = []
        var newer: Newer = .unknown
        // The incoming mapping equals an earlier revision kept here, since replaced: an old
        // bundle sent again, whatever its dates say.
        if history.count > 1, let old = history.dropLast().last(where: { MappingDiff.between($0.mapping, incoming.mapping).isEmpty }) {
            let current = history.last!
            return ImportAge(newer: .stored, sentence: ServiceText.current.mapping.olderResent(old.revision, Self.stamp(old.savedAt), current.revision, Self.stamp(current.savedAt)))
        }
        if let inRev = incoming.revision, let oldRev = lastImport?.sourceRevision {
            newer = inRev > oldRev ? .incoming : inRev < oldRev ? .stored : .same
            parts.append(ServiceText.current.mapping.revisions(inRev, oldRev, lastImport!.source))
        }
        if let inAt = incoming.savedAt, let oldAt = lastImport?.sourceSavedAt.flatMap(ImportAge.date) {
            if newer == .unknown || newer == .same { newer = inAt > oldAt ? .incoming : inAt < oldAt ? .stored : .same }
            parts.append(ServiceText.current.mapping.savedVersus(Self.stamp(inAt), Self.stamp(oldAt)))
        } else if let new = incoming.mapping.updatedOn, let old = existing.updatedOn {
            if newer == .unknown { newer = new > old ? .incoming : new < old ? .stored : .same }
            parts.append(ServiceText.current.mapping.datedVersus(IndonesianDate.long(new), IndonesianDate.long(old)))
        }
        let verdict: String?
        switch newer {
        case .incoming: verdict = ServiceText.current.mapping.incomingNewer
        case .stored: verdict = ServiceText.current.mapping.incomingOlder
        case .same: verdict = ServiceText.current.mapping.sameAge
        case .unknown: verdict = nil
        }
        guard let verdict else { return ImportAge(newer: newer, sentence: nil) }
        return ImportAge(newer: newer, sentence: verdict + " (" + parts.joined(separator: "; ") + ")")
    }

    static func iso(_ date: Date) -> String { ISO8601DateFormatter().string(from: date) }
    static func date(_ text: String) -> Date? { ISO8601DateFormatter().date(from: text) }

    static func stamp(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "id_ID"); f.timeZone = TimeZone(identifier: "UTC"); f.dateFormat = "dd-MM-yyyy HH:mm 'UTC'"
        return f.string(from: date)
    }
}

extension MappingService {
    /// Which side of a conflict is newer (for the question asked before replacing).
    public func age(of item: Incoming, existing: RegionMapping) throws -> ImportAge {
        ImportAge.compare(incoming: item, existing: existing, lastImport: try lastImport(of: item.mapping.regionCode),
                          history: try repository.mappingRevisions(regionCode: item.mapping.regionCode))
    }
}
