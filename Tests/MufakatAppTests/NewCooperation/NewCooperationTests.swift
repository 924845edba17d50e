import MufakatDomain
import MufakatServices
import MufakatStore
import Testing
import TerminalUI
@testable import MufakatApp

@Suite struct NewCooperationTests {
    /// Home → n, on the kind step with KSDD sukarela highlighted.
    func start() -> Harness {
        var h = Harness()
        h.type("n")
        return h
    }

    func created(_ h: Harness) -> Cooperation? {
        for action in h.performed.reversed() { if case .create(let c) = action { return c } }
        return nil
    }

    @Test func ksddSukarelaBetweenTheBogors() {
        var h = start()
        #expect(h.program.screenName == "kerja-sama-baru")
        h.key(.enter)                       // KSDD sukarela (the default highlight)
        h.key(.enter)                       // next with only PIHAK PERTAMA: refused
        #expect(h.program.message?.text.contains("sekurang-kurangnya 2 pihak") == true)
        #expect(h.bells == 1)
        h.type("a")
        h.type("kabupaten bogor")
        h.key(.enter)
        h.key(.enter)                       // parties done
        h.type("perhubungan")
        h.key(.enter)
        h.key(.down, times: 2)              // Kab/Kota: angkutan perkotaan dan perdesaan
        h.key(.enter)
        h.key(.enter)                       // accept the proposed title
        guard let c = created(h) else { Issue.record("no create: \(h.performed)"); return }
        #expect(c.kind == .ksddSukarela)
        #expect(c.parties.map(\.name) == ["Kota Bogor", "Kabupaten Bogor"])
        #expect(c.parties[0].representative.title == "Wali Kota Bogor")
        #expect(c.parties[1].representative.title == "Bupati Bogor")
        #expect(c.affairCode == "2.15")
        #expect(c.subAffairID == "angkutan-perkotaan-perdesaan")
        #expect(c.title == "Kerja Sama Bidang Perhubungan antara Kota Bogor dan Kabupaten Bogor")
        #expect(h.program.screenName == "penyunting")
        #expect(h.repository.contains(id: c.id))
    }

    @Test func ksddWajibNeedsBorderingDeclared() {
        var h = start()
        h.key(.up)                          // KSDD wajib
        h.key(.enter)
        h.type("a"); h.type("kabupaten bogor"); h.key(.enter)
        h.type("a"); h.type("kabupaten sukabumi"); h.key(.enter)
        h.key(.enter)
        #expect(h.program.message?.text.contains("berbatasan") == true)
        #expect(h.program.message?.text.contains("PP 28/2018 Pasal 3 ayat (2)") == true)
        if let s = h.program.top as? NewCooperationScreen { #expect(s.step == .parties) } else { Issue.record("left the screen") }
        h.type("b")
        h.key(.enter)
        if let s = h.program.top as? NewCooperationScreen { #expect(s.step == .affair); #expect(s.parties.count == 3) }
    }

    @Test func duplicatePartnerIsRefusedWhereItIsPicked() {
        var h = start()
        h.key(.enter)
        h.type("a"); h.type("kabupaten bogor"); h.key(.enter)
        h.type("a"); h.type("kabupaten bogor"); h.key(.enter)
        #expect(h.program.message?.text == "Kabupaten Bogor sudah menjadi pihak. Pilih daerah lain.")
    }

    @Test func ksdpkNeedsAThirdPartyWithItsForm() {
        var h = start()
        h.key(.down)                        // KSDPK
        h.key(.enter)
        h.type("l")                         // a ministry: not for KSDPK
        #expect(h.program.message?.text.contains("Nota Kesepakatan") == true)
        h.type("k")
        h.key(.down, times: 4)              // Badan Usaha Swasta Berbadan Hukum
        h.key(.enter)
        h.type("PT Transportasi Pakuan")
        h.key(.enter)                       // next field
        h.key(.enter)                       // next field (name of the representative left empty)
        h.key(.enter)
        h.key(.enter)                       // submit: refused, fields missing
        #expect(h.program.message?.text.contains("Nama wakil") == true)
        if let s = h.program.top as? NewCooperationScreen { #expect(s.parties.count == 1) }
        // Fix it: focus moved to the first error.
        h.type("Budi Santoso"); h.key(.tab)
        h.type("Direktur Utama"); h.key(.tab)
        h.type("Jalan Pajajaran 1")
        h.key(.enter)
        if let s = h.program.top as? NewCooperationScreen {
            #expect(s.parties.count == 2)
            #expect(s.parties[1].legalForm == .badanUsahaSwasta)
        }
        h.key(.enter)
        if let s = h.program.top as? NewCooperationScreen { #expect(s.step == .affair) }
    }

    @Test func notaKesepakatanWithAMinistry() {
        var h = start()
        h.key(.down, times: 2)
        h.key(.enter)
        h.type("k")
        #expect(h.program.message?.text.contains("KSDPK") == true)
        h.type("a")   // other regions may join a Nota Kesepakatan; leave the picker again
        h.key(.escape)
        h.type("l")
        h.type("Kementerian Perhubungan"); h.key(.tab)
        h.type("Budi Karya"); h.key(.tab)
        h.type("Menteri Perhubungan")
        h.key(.ctrl("s"))
        if let s = h.program.top as? NewCooperationScreen {
            #expect(s.parties.map(\.type) == [.region, .ministry])
        }
        h.key(.enter)
        if let s = h.program.top as? NewCooperationScreen {
            #expect(s.step == .affair)
            // The naskah says "NOTA KESEPAKATAN ... TENTANG <judul>": the title does not repeat it.
            #expect(!s.proposedTitle.hasPrefix("Nota Kesepakatan"), "\(s.proposedTitle)")
        }
    }

    @Test func foreignCooperationIsAGuidedPathNow() {
        var h = start()
        h.key(.down, times: 3)              // KSDPL: tracked step by step (Permendagri 25/2020)
        h.key(.enter)
        #expect(h.program.message?.text.contains("belum didukung") != true)
        if let s = h.program.top as? NewCooperationScreen { #expect(s.step == .parties) }
        // Walked as Surabaya: no key added a foreign partner, so a KSDPL could never be created.
        h.key(.enter)
        #expect(h.program.message?.text.contains("f untuk mitra luar negeri") == true, "\(String(describing: h.program.message?.text))")
        h.type("f")
        h.type("Kota Kitakyushu, Jepang"); h.key(.tab)
        h.type("Kazuhisa Takeuchi"); h.key(.tab)
        h.type("Wali Kota Kitakyushu")
        h.key(.ctrl("s"))
        if let s = h.program.top as? NewCooperationScreen { #expect(s.parties.map(\.type) == [.region, .foreign]) }
        h.key(.enter)
        if let s = h.program.top as? NewCooperationScreen { #expect(s.step == .affair) }
    }

    @Test func authorityWarningNamesTheRule() {
        var h = start()
        h.key(.enter)
        h.type("a"); h.type("kabupaten bogor"); h.key(.enter)
        h.key(.enter)
        h.type("perhubungan"); h.key(.enter)
        h.key(.down)                        // Provinsi: angkutan lintas kab/kota
        h.key(.enter)
        #expect(h.program.message?.kind == .warning)
        #expect(h.program.message?.text.contains("kewenangan Daerah Provinsi") == true)
        #expect(h.program.message?.text.contains("UU 23/2014") == true)
    }

    @Test func goingBackKeepsEveryAnswerAndCancelAsks() {
        var h = start()
        h.key(.enter)
        h.type("a"); h.type("kabupaten bogor"); h.key(.enter)
        h.key(.enter)
        h.type("perhubungan"); h.key(.enter); h.key(.enter)
        h.key(.ctrl("u")); h.type("Judul Saya")
        h.key(.escape); h.key(.escape); h.key(.escape)
        if let s = h.program.top as? NewCooperationScreen {
            #expect(s.step == .kind)
            #expect(s.parties.count == 2)
            #expect(s.affairChosen?.code == "2.15")
            #expect(s.title.text == "Judul Saya")
        }
        h.key(.escape)
        #expect(h.program.dialogTitle == "Batalkan kerja sama baru?")
        h.key(.enter)                       // "Lanjutkan mengisi" is the default
        #expect(h.program.screenName == "kerja-sama-baru")
        h.key(.ctrl("n"), times: 3)         // forward again to the title: answers intact
        if let s = h.program.top as? NewCooperationScreen { #expect(s.step == .title); #expect(s.title.text == "Judul Saya") }
    }

    @Test func renewAnEndedCooperation() {
        var old = Fixture.transport(id: "pariwisata-lama")
        old.title = "Promosi Pariwisata"
        old.ended = EndRecord(ground: .termExpired, date: Fixture.today.adding(days: -10))
        old.proposal.background = "Latar belakang lama"
        var h = Harness(items: [old, Fixture.transport()])
        h.key(.end)
        h.type("s")  // sort by title… find the ended row explicitly instead
        h.program.home.highlighted = h.program.home.visible.firstIndex { $0.id == "angkutan-bogor" }!
        h.type("d")
        #expect(h.program.message?.text.contains("sudah berakhir") == true)
        h.program.home.highlighted = h.program.home.visible.firstIndex { $0.id == "pariwisata-lama" }!
        h.type("d")
        #expect(h.program.screenName == "kerja-sama-baru")
        h.key(.enter)
        guard let c = created(h) else { Issue.record("no create"); return }
        #expect(c.renews == "pariwisata-lama")
        #expect(c.title == "Promosi Pariwisata (Pembaruan)")
        #expect(c.proposal.background == "Latar belakang lama")
        #expect(c.ended == nil)
    }

    @Test func subAffairWordsFindTheirAffairAndTheSubListStartsAfresh() {
        var h = start()
        h.key(.enter)
        h.type("a"); h.type("kabupaten bogor"); h.key(.enter)
        h.key(.enter)
        h.type("sampah")
        guard let s = h.program.top as? NewCooperationScreen else { Issue.record("left the screen"); return }
        // Persampahan sits under 1.03 and, as UU 23/2014 Lampiran huruf K has it, under 2.11.
        #expect(s.affairs.matches.map { s.affairs.items[$0].title } == ["Pekerjaan Umum dan Penataan Ruang", "Lingkungan Hidup"])
        h.key(.enter)
        guard let t = h.program.top as? NewCooperationScreen, let subs = t.subAffairs else { Issue.record("no sub list"); return }
        // The affair's search text is not carried over: "Tanpa sub-urusan tertentu" shows first.
        #expect(subs.filter.isEmpty)
        #expect(subs.highlightedItem.map { subs.items[$0].title } == "Tanpa sub-urusan tertentu")
        h.type("sampah")
        guard let n = h.program.top as? NewCooperationScreen, let narrowed = n.subAffairs else { Issue.record("no sub list"); return }
        #expect(narrowed.matches.count == 2)
        #expect(narrowed.matches.allSatisfy { narrowed.items[$0].title.contains("persampahan") })
        h.key(.down)
        h.key(.enter)
        if let u = h.program.top as? NewCooperationScreen { #expect(u.subAffairChosen?.id == "persampahan-kabkota") }
    }
}
