import Foundation
import MufakatDomain

/// Rapat pemetaan: a facilitator's mapping meetings (issue 7), one plain JSON file each in
/// `meetings/<id>.json`, written atomically under the store lock with the store's JSON
/// conventions. A meeting keeps no revision history: it is the facilitator's working record;
/// the mappings it draws on are revisioned. A save names the meeting as it was read, and is
/// refused when another process changed the file in between (no silent overwrite).
extension CooperationStore {
    var meetingsFolder: URL { root.appendingPathComponent("meetings", isDirectory: true) }

    func meetingURL(_ id: String) -> URL { meetingsFolder.appendingPathComponent("\(id).json") }

    /// Every meeting, by id. A file that cannot be read, or holds a value out of range, is
    /// moved to quarantine (nothing is deleted; the note says why) and the other meetings are
    /// listed: one damaged meeting must not block every facilitator command (issue 20). When
    /// the store is read-only the file is skipped with a warning instead. A meeting of a newer
    /// Mufakat stops the listing with `.newerVersion`.
    public func listMeetings() throws(StoreError) -> [Meeting] {
        var out: [Meeting] = []
        for name in try POSIX.listFolder(meetingsFolder).sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let id = String(name.dropLast(5))
            guard Cooperation.isValidID(id) else { continue }
            let url = meetingURL(id)
            let meeting: Meeting
            do throws(StoreError) {
                guard let m = try readMeeting(url) else { continue }
                meeting = m
            } catch {
                guard case let .damaged(_, reason, _) = error else { throw error }
                setAsideDamagedMeeting(url, reason: reason)
                continue
            }
            out.append(meeting)
        }
        return out
    }

    /// One meeting file: nil when absent, `.damaged` when unreadable or out of range.
    func readMeeting(_ url: URL) throws(StoreError) -> Meeting? {
        guard let data = try POSIX.readFile(url, limit: 64 << 20) else { return nil }
        if let probe = try? StoreClock.decoder().decode(JSONValue.self, from: data),
           let version = probe["schemaVersion"]?.intValue, version > Meeting.currentSchemaVersion {
            throw StoreError.newerVersion(path: relative(url), found: version, supported: Meeting.currentSchemaVersion)
        }
        let meeting: Meeting
        do { meeting = try JSONDecoder().decode(Meeting.self, from: data) } catch {
            throw StoreError.damaged(path: relative(url), reason: StoreText.current.files.meetingUnreadable(DocumentDecoding.describe(error)), quarantinedTo: nil)
        }
        if let problem = ValueLimits.problems(in: meeting).first {
            throw StoreError.damaged(path: relative(url), reason: "kolom '\(problem.path)': \(problem.problem)", quarantinedTo: nil)
        }
        return meeting
    }

    func setAsideDamagedMeeting(_ url: URL, reason: String) {
        if !isReadOnly, let note = try? storeLock.exclusive({ () throws(StoreError) -> QuarantineNote in
            try quarantine.move(url, reason: reason)
        }) {
            notice(StoreNotice(kind: .quarantined, message: note.message))
        } else {
            notice(StoreNotice(kind: .warning, message: StoreText.current.files.meetingSkipped(relative(url), reason)))
        }
    }

    /// Writes a meeting (new or changed). `previous` is the meeting as the caller read it (nil
    /// for a new one): when the file now holds something else, nothing is written and
    /// `.meetingChanged` says so.
    public func saveMeeting(_ meeting: Meeting, basedOn previous: Meeting?) throws(StoreError) {
        guard Cooperation.isValidID(meeting.id) else { throw StoreError.invalidID(itemKind: StoreText.current.errors.meeting, id: meeting.id) }
        try writing { () throws(StoreError) -> Void in
            let url = meetingURL(meeting.id)
            let current: Meeting?
            if let data = try POSIX.readFile(url, limit: 64 << 20) {
                current = try? JSONDecoder().decode(Meeting.self, from: data)
                if current == nil { throw StoreError.meetingChanged(id: meeting.id, path: relative(url)) }
            } else {
                current = nil
            }
            guard current == previous else { throw StoreError.meetingChanged(id: meeting.id, path: relative(url)) }
            try POSIX.makeFolder(meetingsFolder)
            let data: Data
            do { data = try StoreJSON.encode(meeting) } catch {
                throw StoreError.invalidInput(path: relative(meetingURL(meeting.id)), problem: StoreText.current.files.notEncodable("\(error)"))
            }
            try AtomicFile.write(data, to: meetingURL(meeting.id))
        }
    }
}
