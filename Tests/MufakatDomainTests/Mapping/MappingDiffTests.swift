import Testing
@testable import MufakatDomain

@Suite struct MappingDiffTests {
    @Test func differencesPerAffairAndField() {
        let old = FiveRegions.mappings[1]
        var new = old
        new.entries[0].need = "Lokasi TPA dan pengolahan lindi"
        new.entries[1].targetYear = 2028
        new.entries.remove(at: 2)
        new.entries.append(MappingEntry(affairCode: "3.26", offer: "Kebun raya"))
        new.contact.name = "Budi Santoso"
        let diff = MappingDiff.between(old, new)
        #expect(diff.affairCodes == ["1.02", "1.03", "2.15", "3.26"])
        #expect(diff.lines(affairs: Catalogues.shared.affairs) == [
            "Petugas penghubung: Nama petugas penghubung \"Budi\" menjadi \"Budi Santoso\"",
            "Urusan 1.02 Kesehatan: dihapus (sebelumnya potensi: Laboratorium kesehatan)",
            "Urusan 1.03 Pekerjaan Umum dan Penataan Ruang: Kebutuhan \"Lokasi pemrosesan akhir sampah\" menjadi \"Lokasi TPA dan pengolahan lindi\"",
            "Urusan 2.15 Perhubungan: Tahun target (kosong) menjadi \"2028\"",
            "Urusan 3.26 Pariwisata: ditambahkan (potensi: Kebun raya)",
        ])
        #expect(MappingDiff.between(old, old).isEmpty)
    }
}
