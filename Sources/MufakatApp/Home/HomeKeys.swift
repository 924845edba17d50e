import TerminalUI

/// Tombol beranda: the home screen's keys as data. `HomeScreen.handleKey` asks these bindings
/// (`HomeKeys.open.matches(event)`), and the help bar and the help screen are both made from
/// `map`, so what a key does and what the help says cannot drift.
enum HomeKeys {
    static let open = KeyBinding(.enter, "buka")
    static let new = KeyBinding(.char("n"), "baru", help: "kerja sama baru")
    static let search = KeyBinding(.char("/"), "cari", help: "cari menurut judul, mitra atau kode; Enter selesai")
    static let moveRow = KeyBinding([.up, .down, .pageUp, .pageDown], "pindah baris", keyLabel: "↑/↓ PgUp/PgDn", inBar: false)
    static let filterStage = KeyBinding(.char("t"), "saring menurut tahapan (tekan lagi untuk nilai berikutnya)", inBar: false)
    static let filterKind = KeyBinding(.char("j"), "saring menurut jenis kerja sama", inBar: false)
    static let filterAffair = KeyBinding(.char("u"), "saring menurut urusan", inBar: false)
    static let filterPartner = KeyBinding(.char("m"), "saring menurut mitra", inBar: false)
    /// The four filters in one entry of the help bar ("t/j/u/m saring").
    static let filters = KeyBinding([filterStage, filterKind, filterAffair, filterPartner].flatMap(\.keys), "saring", inHelp: false)
    static let clearFilters = KeyBinding(.char("x"), "hapus semua saringan dan pencarian", inBar: false)
    static let sort = KeyBinding(.char("s"), "urutkan", help: "ganti kolom urutan")
    static let reverseSort = KeyBinding(.char("R"), "balik arah urutan", inBar: false)
    static let reminders = KeyBinding([.tab, .backTab], "pengingat", keyLabel: "Tab",
                                      help: "pindah ke panel pengingat; Enter membuka kerja sama pengingat")
    static let help = KeyBinding([.char("?"), .function(1)], "bantuan", keyLabel: "?")
    static let mapping = KeyBinding(.char("p"), "pemetaan", help: "pemetaan urusan daerah ini (isian untuk rapat asistensi)")
    static let meeting = KeyBinding(.char("r"), "rapat/matriks",
                                    help: "mode rapat: matriks pemetaan urusan, kecocokan, impor bundel daerah peserta")
    static let sync = KeyBinding(.char("S"), "sinkron", help: "sinkronkan folder data dengan remote git")
    static let quit = KeyBinding([.char("q"), .ctrl("q")], "keluar", keyLabel: "q")
    static let renew = KeyBinding(.char("d"), "gandakan kerja sama yang sudah berakhir untuk diperbarui", inBar: false)
    static let profile = KeyBinding(.char("P"), "ubah profil daerah", inBar: false)
    static let dashboard = KeyBinding(.char("D"), "rekapitulasi",
                                      help: "rekapitulasi: jumlah per keadaan, tahapan, jenis, urusan, mitra; yang segera berakhir; evaluasi; pembiayaan; naskah tanpa pindaian",
                                      inBar: false)

    /// Every key of the home screen in help order; the bar takes those marked `inBar`.
    static func map(syncing: Bool) -> KeyMap {
        KeyMap([open, new, search, filters, moveRow, filterStage, filterKind, filterAffair, filterPartner, clearFilters,
                sort, reverseSort, reminders, help, mapping, meeting] + (syncing ? [sync] : [])
               + [quit, renew, profile, dashboard])
    }

    /// While typing a search.
    static let searching = KeyMap([KeyBinding(.enter, "selesai mencari"), KeyBinding(.ctrl("u"), "kosongkan")])
}
