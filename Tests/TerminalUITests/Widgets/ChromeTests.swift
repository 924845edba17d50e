import Testing
@testable import TerminalUI

/// The widgets around the content: stepper, help bar, message line, dialogs.
@Suite(.englishToolkit) struct ChromeTests {
    @Test func stageStepperSnapshot() {
        let s = StageStepper(stages: [Stage("Persiapan", state: .done), Stage("Pengisian", state: .current, errorCount: 3),
                                      Stage("Persetujuan", state: .blocked), Stage("Lampiran", state: .skipped),
                                      Stage("Pelaporan", state: .error, errorCount: 1), Stage("Penutupan", state: .pending)])
        Snapshot.assert(drawn(width: 22, height: 8) { s.draw(in: Rect(x: 0, y: 0, width: 22, height: 8), buffer: &$0) }, named: "stage-stepper")
    }

    @Test func helpBarDropsWhatDoesNotFitButKeepsTheWayToHelp() {
        let h = HelpBar([KeyBinding(.ctrl("s"), "simpan"), KeyBinding([.tab, .backTab], "pindah"), KeyBinding(.escape, "keluar")])
        let b = drawn(width: 30, height: 1) { h.draw(in: Rect(x: 0, y: 0, width: 30, height: 1), buffer: &$0) }
        #expect(b.text == "Ctrl-S simpan  Esc keluar")   // what fits, in order
        let home = HelpBar([KeyBinding(.enter, "buka"), KeyBinding(.char("n"), "baru"), KeyBinding(.char("/"), "cari"),
                            KeyBinding(.char("s"), "urutkan"), KeyBinding(.tab, "pengingat"),
                            KeyBinding(.char("?"), "bantuan"), KeyBinding(.char("q"), "keluar")])
        #expect(home.visible(in: 80).count == 7)
        #expect(home.visible(in: 40).map(\.label) == ["buka", "baru", "cari", "bantuan"])
        #expect(home.visible(in: 19).map(\.label) == ["baru", "bantuan"] && home.visible(in: 9).map(\.label) == ["bantuan"])
        #expect(HelpBar(home.bindings.reversed()).visible(in: 30).map(\.label) == ["keluar", "bantuan", "urutkan"])
        Snapshot.assert(drawn(width: 50, height: 1) { h.draw(in: Rect(x: 0, y: 0, width: 50, height: 1), buffer: &$0) }, named: "help-bar")
    }

    @Test func messageLineSnapshot() {
        Snapshot.assert(drawn(width: 40, height: 3) { b in
            MessageLine(.error("Nama wajib diisi.")).draw(in: Rect(x: 0, y: 0, width: 40, height: 1), buffer: &b)
            MessageLine(.warning("Tema rusak; tema bawaan dipakai dan ini sangat panjang")).draw(in: Rect(x: 0, y: 1, width: 40, height: 1), buffer: &b)
            MessageLine(.ok("Tersimpan.")).draw(in: Rect(x: 0, y: 2, width: 40, height: 1), buffer: &b)
        }, named: "message-line")
    }

    @Test func confirmDialogDefaultsToTheSafeAnswer() {
        var d = Dialog.confirm("Buang perubahan", "Perubahan belum disimpan. Buang?")
        #expect(d.handle(.key(.enter)) == .submitted)
        #expect(!d.confirmed)
        var e = Dialog.confirm("Buang perubahan", "Perubahan belum disimpan. Buang?")
        _ = e.handle(.key(.left))
        _ = e.handle(.key(.enter))
        #expect(e.confirmed)
        var f = Dialog.message("Info", "Selesai.")
        #expect(f.handle(.key(.escape)) == .cancelled)
        #expect(f.handle(.key(.char("x"))) == .handled)  // modal: swallowed
    }

    @Test func dialogSnapshots() {
        Snapshot.assert(drawn(width: 50, height: 9) { Dialog.confirm("Keluar", "Perubahan belum disimpan. Keluar tanpa menyimpan?").draw(in: Rect(x: 0, y: 0, width: 50, height: 9), buffer: &$0) }, named: "dialog-confirm")
        var choose = Dialog.choose("Ekspor", "Pilih format naskah.", options: ["DOCX", "Markdown", "Teks"])
        _ = choose.handle(.key(.right))
        Snapshot.assert(drawn(width: 50, height: 9) { choose.draw(in: Rect(x: 0, y: 0, width: 50, height: 9), buffer: &$0) }, named: "dialog-choose")
        Snapshot.assert(drawn(width: 50, height: 9) { Dialog.message("Informasi", "Berkas tersimpan.").draw(in: Rect(x: 0, y: 0, width: 50, height: 9), buffer: &$0) }, named: "dialog-message")
    }
}
