import Foundation
import MufakatApp
import MufakatDomain
import MufakatServices
import MufakatStore
import MufakatTestSupport
import Testing

/// Issue 18 at 80×24 on the real binary under tmux: the financing helpers, a region found by
/// its code, and a province's profile defaults.
@Suite(.timeLimit(.minutes(5)))
struct OfficerDayEndToEndTests {
    typealias W = WizardEndToEndTests

    /// A store with Kota Bogor's profile and the Bogor Raya cooperation among three parties,
    /// its KB signed and its financing not started.
    static func storeWithSignedKB(signed: Bool = true) throws -> String {
        let store = W.freshStore()
        let session = try StoreSession.open(folder: URL(fileURLWithPath: store))
        try session.saveProfile(TwoRoadsTests.profile)
        let full = CooperationFixture.bogorRaya()
        var c = Cooperation(id: full.id, title: full.title, kind: full.kind, parties: full.parties,
                            partiesBordering: true, affairCode: full.affairCode, subAffairID: full.subAffairID, burdensPublic: false)
        c.targetYear = 2027
        let depok = Catalogues.shared.regions["32.76"]!
        c.parties.append(Party(type: .region, regionCode: depok.code, name: depok.fullName,
                               representative: Person(name: "Supian Suri", title: "Wali Kota Depok"), address: "Jalan Margonda Raya Nomor 54, Depok"))
        c.proposal = full.proposal
        c.offer = full.offer
        if signed { c.memorandum = full.memorandum }
        _ = try session.save(c, basedOn: nil)
        return store
    }

    @Test func financingRepeatOverFiveYearsAndSplitFortyThirtyFiveTwentyFive() throws {
        let store = try Self.storeWithSignedKB()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let tmux = try W.start(store: store)
        defer { tmux.kill() }
        try tmux.waitFor(text: "Penyelenggaraan A")
        try W.keys(tmux, "Enter")
        try tmux.waitFor(text: "Tahap")
        // The editor opens at the stage to work on: the financing plan, right after the signed KB.
        try tmux.waitFor(text: "Tahap 4 dari 7: Pembiayaan")
        try tmux.waitFor(text: "Belum ada data")
        // Split one year's total over the three parties.
        try W.keys(tmux, "b")
        try tmux.waitFor(text: "Bagi menurut porsi")
        try W.type(tmux, "1.000.000.000 40/35/25")
        try W.keys(tmux, "Enter")
        try tmux.waitFor(text: "dibagi")
        var screen = try tmux.waitFor(text: "Kab. Bogor")
        #expect(screen.contains("400.000.000"))
        #expect(screen.contains("350.000.000"))
        #expect(screen.contains("250.000.000"))
        // Repeat the highlighted (first) line over five more years.
        try W.keys(tmux, "r")
        try tmux.waitFor(text: "Ulangi ke tahun berikutnya")
        try W.type(tmux, "5")
        try W.keys(tmux, "Enter")
        screen = try tmux.waitFor(text: "5 baris ditambahkan")
        #expect(screen.contains("Per tahun:"))
        #expect(screen.contains("Per pihak:"))
    }

    @Test func aRegionIsFoundByItsCode() throws {
        let store = W.freshStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let tmux = try W.start(store: store)
        defer { tmux.kill() }
        try tmux.waitFor(text: "Siapkan daerah saya")
        try W.keys(tmux, "Enter")
        try tmux.waitFor(text: "pilih daerah Anda")
        try W.type(tmux, "3471")
        let screen = try tmux.waitFor(text: "1/546")
        #expect(screen.contains("Kota Yogyakarta"))
        try W.keys(tmux, "Enter")
        try tmux.waitFor(text: "Profil daerah (2 dari 2): Kota Yogyakarta")
    }

    @Test func aProvinceProfileHasABiroAndItsCapital() throws {
        let store = W.freshStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let tmux = try W.start(store: store)
        defer { tmux.kill() }
        try tmux.waitFor(text: "Siapkan daerah saya")
        try W.keys(tmux, "Enter")
        try tmux.waitFor(text: "pilih daerah Anda")
        try W.type(tmux, "provinsi jawa barat")
        try tmux.waitFor(text: "1/546")
        try W.keys(tmux, "Enter")
        try tmux.waitFor(text: "Profil daerah (2 dari 2): Provinsi Jawa Barat")
        let screen = try tmux.waitFor(text: "Biro Pemerintahan dan Kerja Sama")
        #expect(screen.contains("Gubernur Jawa Barat"))
        #expect(screen.contains("Kepala Biro Pemerintahan dan Kerja Sama"))
        // The signing city is the capital, not the province's name.
        #expect(screen.contains("Kota penandatanganan   Bandung_"))
    }

    @Test func theSubAffairPickerStartsWithoutTheAffairsSearch() throws {
        let store = W.freshStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let tmux = try W.start(store: store)
        defer { tmux.kill() }
        try W.setUpKotaBogor(tmux)
        try W.keys(tmux, "n")
        try tmux.waitFor(text: "› KSDD Sukarela")
        try W.keys(tmux, "Enter")
        try W.keys(tmux, "a")
        try tmux.waitFor(text: "Tambah daerah mitra")
        try W.type(tmux, "32.01")
        try tmux.waitFor(text: "1/545")
        try W.keys(tmux, "Enter")
        try tmux.waitFor(text: "PIHAK KEDUA     Kabupaten Bogor")
        try W.keys(tmux, "Enter")
        try tmux.waitFor(text: "Urusan pemerintahan konkuren")
        try W.type(tmux, "sampah")
        // Waste is found under 1.03 (PU) and 2.11 (Lingkungan Hidup, Lampiran UU 23/2014 huruf K); 1.03 first.
        try tmux.waitFor(text: "2/32")
        try W.keys(tmux, "Enter")
        let screen = try tmux.waitFor(text: "Sub-urusan Pekerjaan Umum")
        // The search "sampah" is not carried over: the first choice is "no particular sub-affair".
        #expect(screen.contains("Tanpa sub-urusan tertentu"))
        #expect(!screen.contains("Cari: sampah"))
        try W.keys(tmux, "Enter")
        try tmux.waitFor(text: "Judul kerja sama")
    }

    @Test func aFieldErrorShowsItsLegalBasis() throws {
        let store = try Self.storeWithSignedKB(signed: false)
        defer { try? FileManager.default.removeItem(atPath: store) }
        let tmux = try W.start(store: store)
        defer { tmux.kill() }
        try tmux.waitFor(text: "Penyelenggaraan A")
        try W.keys(tmux, "Enter")
        try tmux.waitFor(text: "Tahap 3 dari 7: Kesepakatan Bersama")
        try W.keys(tmux, "C-r")
        try tmux.waitFor(text: "ISIAN")
        try W.keys(tmux, "t")
        try tmux.waitFor(text: "Tanggal")
        try W.type(tmux, "15042026")
        try W.keys(tmux, "C-n")
        try tmux.waitFor(text: "PIHAK PERTAMA")
        try W.keys(tmux, "Tab", "Tab", "C-u")
        try W.type(tmux, "Sekretaris Daerah Kota Bogor")
        let screen = try tmux.waitFor(text: "Dasar: PP 28/2018 Pasal 13")
        #expect(screen.contains("Sekretaris Daerah Kota Bogor"))
    }
}
