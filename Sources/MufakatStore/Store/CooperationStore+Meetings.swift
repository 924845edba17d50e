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

    /// Every meeting, by id. A file that cannot be read stops the listing with `.damaged` (it is
    /// not moved aside: it holds a person's notes); one of a newer Mufakat with `.newerVersion`.
    public func listMeetings() throws(StoreError) -> [Meeting] {
        var out: [Meeting] = []
        for name in try POSIX.listFolder(meetingsFolder).sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let id = String(name.dropLast(5))
            guard Cooperation.isValidID(id) else { continue }
            let url = meetingURL(id)
            guard let data = try POSIX.readFile(url, limit: 64 << 20) else { continue }
            let meeting: Meeting
            do { meeting = try JSONDecoder().decode(Meeting.self, from: data) } catch {
                throw StoreError.damaged(path: relative(url), reason: "data rapat tidak terbaca: \(DocumentDecoding.describe(error)); perbaiki berkasnya atau pindahkan dari folder meetings/", quarantinedTo: nil)
            }
            if meeting.schemaVersion > Meeting.currentSchemaVersion {
                throw StoreError.newerVersion(path: relative(url), found: meeting.schemaVersion, supported: Meeting.currentSchemaVersion)
            }
            out.append(meeting)
        }
        return out
    }

    /// Writes a meeting (new or changed). `previous` is the meeting as the caller read it (nil
    /// for a new one): when the file now holds something else, nothing is written and
    /// `.meetingChanged` says so.
    public func saveMeeting(_ meeting: Meeting, basedOn previous: Meeting?) throws(StoreError) {
        guard Cooperation.isValidID(meeting.id) else { throw StoreError.invalidID(itemKind: "rapat", id: meeting.id) }
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
                throw StoreError.invalidInput(path: relative(meetingURL(meeting.id)), problem: "tidak dapat disusun sebagai JSON: \(error)")
            }
            try AtomicFile.write(data, to: meetingURL(meeting.id))
        }
    }
}
