import Foundation

/// Laporan sinkronisasi: what one `mufakat sync` did, in the words the command line and the
/// screens print.
public struct SyncReport: Sendable {
    /// The local commit's summary ("ks-1 rev 3, pemetaan 32.71 rev 2"), nil when nothing was new here.
    public var committed: String?
    /// Items taken in from the remote.
    public var received: [String] = []
    /// Whether the branch reached the remote.
    public var pushed = false
    /// Why fetching or pushing waits (no network, remote refused), nil when it went through.
    public var waiting: String?
    /// Conflicts found by this sync (ours kept in place, theirs kept in history).
    public var conflicts: [SyncConflict] = []
    /// Every conflict still waiting for a decision, this sync's included.
    public var pendingConflicts: [SyncConflict] = []
    /// Changes refused by the rules (not a party, history rewritten), each naming commit and author.
    public var refused: [String] = []
    /// Damaged files a pull brought, moved to quarantine, each naming commit and author.
    public var quarantined: [String] = []
    public var notes: [String] = []
    /// Commits here not yet on the remote, and commits there not yet here (as of the last fetch).
    public var ahead = 0
    public var behind = 0

    /// Anything an officer must look at: exit code 1.
    public var hasFindings: Bool { !pendingConflicts.isEmpty || !refused.isEmpty || !quarantined.isEmpty }

    /// The report as lines of text.
    public var lines: [String] {
        var out: [String] = []
        let t = ServiceText.current.sync
        if let committed { out.append(t.committed(committed)) } else { out.append(t.nothingNew) }
        if !received.isEmpty { out.append(t.received(received.joined(separator: ", "))) }
        for r in refused { out.append(t.refusedLine(r)) }
        for q in quarantined { out.append(t.quarantinedLine(q)) }
        for c in conflicts {
            let what = c.kind == .cooperation ? t.conflictOnCooperation(c.id) : t.conflictOnMapping(c.id)
            out.append(c.sideIsOurs
                ? t.theirsWon(what, c.theirRevision, c.broughtBy, c.sideFile)
                : t.oursWon(what, c.ourRevision, c.broughtBy, c.sideFile))
        }
        let older = pendingConflicts.filter { p in !conflicts.contains(p) }
        for c in older { out.append(t.pendingConflict(c.id, c.sideFile)) }
        if !pendingConflicts.isEmpty {
            out.append(t.resolveHint)
        }
        for n in notes { out.append(t.note(n)) }
        if pushed {
            out.append(t.pushed)
        } else if let waiting {
            out.append(t.pushWaiting(waiting))
        }
        if ahead > 0 || behind > 0 { out.append(t.waitingCommits(ahead, behind)) }
        return out
    }
}

/// Status sinkronisasi: the numbers the status line and `mufakat sync status` show.
public struct SyncStatus: Sendable {
    public var branch: String
    public var remote: String
    public var lastSync: Date?
    public var lastOutcome: String?
    /// Files changed here since the last local commit.
    public var uncommitted: Int
    public var ahead: Int
    public var behind: Int
    public var conflicts: [SyncConflict]
}
