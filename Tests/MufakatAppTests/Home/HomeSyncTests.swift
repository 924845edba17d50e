import MufakatDomain
import Testing
import TerminalUI
@testable import MufakatApp

/// The home screen's sync line and its key: only for a store that is synced through git.
@Suite struct HomeSyncTests {
    @Test func withoutSyncTheKeyDoesNothingAndNoLineIsDrawn() {
        var h = Harness(items: HomeTests.examples())
        #expect(h.program.home.syncLine == nil)
        h.type("S")
        h.send(.tick)
        #expect(!h.performed.contains(.sync))
        #expect(!h.program.home.bindings.contains { $0.label == "sinkron" })
    }

    @Test func aSyncedStoreShowsTheLineAndSyncsOnS() {
        var h = Harness(items: HomeTests.examples())
        h.program.home.syncLine = "Sinkron (daerah/32.71): 05-12-2026 01:26 · berubah 1 · belum terkirim 2 · belum diterima 0 · S sinkronkan"
        #expect(h.program.home.bindings.contains { $0.label == "sinkron" })
        var buffer = Buffer(width: 120, height: 30)
        h.program.home.draw(in: Rect(x: 0, y: 0, width: 120, height: 30), buffer: &buffer)
        #expect(buffer.lines.contains { $0.contains("belum terkirim 2") })
        h.type("S")
        // The progress line is drawn first; the sync runs on the next tick.
        #expect(h.program.message?.text.contains("Menyinkronkan") == true)
        #expect(!h.performed.contains(.sync))
        h.send(.tick)
        #expect(h.performed.contains(.sync))
    }

    @Test func aSyncWithFindingsIsShownInADialog() {
        var h = Harness(items: HomeTests.examples())
        _ = h.program.handle(.synced(SyncOutcome(lines: ["Disimpan ke riwayat git: ks-1 rev 2.", "Konflik: kerja sama 'ks-1' disimpan di dua tempat."],
                                                 findings: true, statusLine: "Sinkron · konflik 1")))
        #expect(h.program.home.syncLine == "Sinkron · konflik 1")
        #expect(h.program.message?.text.contains("Konflik") == true)
    }
}
