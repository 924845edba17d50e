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
        if let committed { out.append("Disimpan ke riwayat git: \(committed).") } else { out.append("Tidak ada perubahan baru di sini.") }
        if !received.isEmpty { out.append("Diterima dari remote: \(received.joined(separator: ", ")).") }
        for r in refused { out.append("Ditolak: \(r)") }
        for q in quarantined { out.append("Dikarantina: \(q)") }
        for c in conflicts {
            let what = "\(c.kind == .cooperation ? "kerja sama" : "pemetaan") '\(c.id)' disimpan di dua tempat dari revisi yang sama"
            out.append(c.sideIsOurs
                ? "Konflik: \(what). Milik mereka (revisi \(c.theirRevision), \(c.broughtBy)) sudah lebih dahulu terkirim dan kini berlaku; milik Anda disimpan di '\(c.sideFile)'."
                : "Konflik: \(what). Milik Anda (revisi \(c.ourRevision)) tetap berlaku; milik mereka (\(c.broughtBy)) disimpan di '\(c.sideFile)'.")
        }
        let older = pendingConflicts.filter { p in !conflicts.contains(p) }
        for c in older { out.append("Konflik belum diputuskan: '\(c.id)' (revisi yang tersisih di '\(c.sideFile)').") }
        if !pendingConflicts.isEmpty {
            out.append("Putuskan dengan `mufakat sync resolve ID --mine` (pakai milik saya) atau `--theirs` (ambil milik mereka); kedua revisi tetap tersimpan di riwayat.")
        }
        for n in notes { out.append("Catatan: \(n)") }
        if pushed {
            out.append("Terkirim ke remote.")
        } else if let waiting {
            out.append("Pengiriman menunggu: \(waiting). Perubahan aman tersimpan di sini; jalankan `mufakat sync` lagi bila jaringan tersedia.")
        }
        if ahead > 0 || behind > 0 { out.append("Menunggu: \(ahead) commit belum terkirim, \(behind) commit belum diterima.") }
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
