import Foundation
import MufakatDomain

/// What a scoped check looks at: the items a sync's pull changed.
public struct CheckScope: Sendable, Equatable {
    public var cooperations: Set<String>
    public var mappings: Set<String>
    public var meetings: Set<String>
    public var profile: Bool
    /// Archived files (`files/<sha256>`) by name.
    public var archivedFiles: Set<String>

    public init(cooperations: Set<String> = [], mappings: Set<String> = [], meetings: Set<String> = [], profile: Bool = false,
                archivedFiles: Set<String> = []) {
        self.cooperations = cooperations; self.mappings = mappings; self.meetings = meetings; self.profile = profile
        self.archivedFiles = archivedFiles
    }

    public var isEmpty: Bool { cooperations.isEmpty && mappings.isEmpty && meetings.isEmpty && !profile && archivedFiles.isEmpty }
}

extension CooperationStore {
    /// The checks of `check()` for the items in `scope` only: each hash chain and current file,
    /// the archived files those cooperations name, the meetings and the profile in scope. The
    /// check after a pull (issue 21) costs what the pull brought, not the size of the store.
    /// Repairs as `check()` does when the store is writable.
    public func check(scope: CheckScope) -> StoreReport {
        var report = StoreReport(root: root.path, cooperations: 0, mappings: 0, revisions: 0, archivedFiles: nil, findings: [], repairs: [], notes: [])
        let run = { () throws(StoreError) -> Void in
            var currents: [String: StoredCooperation] = [:]
            report.cooperations = self.checkCollection(self.cooperationFiles, report: &report, only: scope.cooperations) { key, stored in
                currents[key] = stored
            }
            report.mappings = self.checkCollection(self.mappingFiles, report: &report, only: scope.mappings) { _, _ in }
            if scope.profile {
                do throws(StoreError) { _ = try self.profile() } catch {
                    if case .newerVersion = error { report.notes.append(error.description) }
                    else { report.findings.append(.init(path: "profile.json", problem: error.description, fix: StoreText.current.files.fixProfile)) }
                }
            }
            for id in scope.meetings.sorted() {
                let url = self.meetingsFolder.appendingPathComponent("\(id).json")
                guard POSIX.exists(url) else { continue }
                do throws(StoreError) { _ = try self.readMeeting(url) } catch {
                    if case let .damaged(path, reason, _) = error {
                        report.findings.append(.init(path: path, problem: StoreText.current.files.meetingDataUnreadable(reason), fix: StoreText.current.files.fixFile))
                    } else {
                        report.notes.append(error.description)
                    }
                }
            }
            self.checkArchive(archived: currents.mapValues(\.cooperation.archivedFiles), report: &report)
            self.checkArchivedFiles(scope.archivedFiles, report: &report)
        }
        do {
            if isReadOnly { try run() } else { try storeLock.exclusive(run) }
        } catch {
            report.findings.append(.init(path: ".", problem: error.description, fix: StoreText.current.files.fixAndRecheck))
        }
        return report
    }
}
