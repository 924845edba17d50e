import Foundation
import MufakatServices
import TerminalUI

/// Hasil sinkronisasi: what a sync started from the home screen (`S`) reports back.
public struct SyncOutcome: Sendable, Equatable {
    /// The report, one sentence a line (the same lines `mufakat sync` prints).
    public var lines: [String]
    /// Conflicts, refusals or quarantined files: the officer must look.
    public var findings: Bool
    /// The new status line under the list.
    public var statusLine: String?

    public init(lines: [String], findings: Bool, statusLine: String?) {
        self.lines = lines; self.findings = findings; self.statusLine = statusLine
    }
}

extension SyncStatus {
    /// "Sinkron 05-12-2026 01:26 · belum terkirim 2 · belum diterima 0 · konflik 1 · S sinkronkan".
    var homeLine: String {
        let last = lastSync.map { StoreDates.short($0) } ?? "belum pernah"
        var parts = ["Sinkron (\(branch)): \(last)", "berubah \(uncommitted)", "belum terkirim \(ahead)", "belum diterima \(behind)"]
        if !conflicts.isEmpty { parts.append("konflik \(conflicts.count)") }
        return parts.joined(separator: " · ") + " · S sinkronkan"
    }
}

enum StoreDates {
    static func short(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "id_ID")
        f.dateFormat = "dd-MM-yyyy HH:mm"
        return f.string(from: date)
    }
}

extension HomeScreen {
    func drawSync(in row: Rect, buffer: inout Buffer) {
        guard let syncLine, !row.isEmpty else { return }
        buffer.write(TextLayout.fit(syncLine, width: row.width, pad: false), at: Point(x: row.x, y: row.y), role: .muted, clip: row)
    }
}

extension AppEffects {
    /// The sync service of the store, nil when the store is not a synced git working tree.
    func syncService() -> SyncService? {
        guard let session = repository as? StoreSession,
              FileManager.default.fileExists(atPath: session.root.appendingPathComponent(".git/mufakat/sync.json").path) else { return nil }
        return try? SyncService(session: session)
    }

    func syncLine() -> String? { (try? syncService()?.status())?.homeLine }

    /// Runs one sync (as `mufakat sync`) and returns its report.
    func syncOutcome() -> SyncOutcome {
        guard let service = syncService() else {
            return SyncOutcome(lines: ["Penyimpanan ini belum disiapkan untuk sinkronisasi: jalankan `mufakat sync init --remote URL`."], findings: true, statusLine: nil)
        }
        do {
            let report = try service.sync()
            return SyncOutcome(lines: report.lines, findings: report.hasFindings, statusLine: syncLine())
        } catch {
            return SyncOutcome(lines: [error.description], findings: true, statusLine: syncLine())
        }
    }
}

extension MufakatProgram {
    mutating func handleSynced(_ outcome: SyncOutcome) -> [Effect<AppAction>] {
        home.syncLine = outcome.statusLine
        let text = outcome.lines.joined(separator: "\n")
        if outcome.findings {
            message = .warning(outcome.lines.first { $0.hasPrefix("Konflik") || $0.hasPrefix("Ditolak") || $0.hasPrefix("Dikarantina") } ?? outcome.lines.first ?? "")
            dialog = .message("Sinkronisasi", text)
        } else {
            message = .ok(outcome.lines.filter { !$0.hasPrefix("Menunggu") }.joined(separator: " "))
        }
        // What came in shows in the list.
        return [.perform(.loadList)]
    }
}
