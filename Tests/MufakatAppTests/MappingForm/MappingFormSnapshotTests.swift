import MufakatDomain
import MufakatServices
import MufakatStore
import Testing
import TerminalUI
@testable import MufakatApp

/// The mapping screen at 80×24 and 200×60, compared with the goldens in
/// `__Snapshots__/MappingFormSnapshotTests/`. The goldens hold the role of every cell, which is
/// what the monochrome (NO_COLOR) rendering draws as bold/reverse/underline, so they cover it too.
@Suite struct MappingFormSnapshotTests {
    typealias F = MappingFormFixture
    static let sizes = [(80, 24), (200, 60)]

    func check(_ make: (Int, Int) -> Harness, _ name: String) {
        for (w, hgt) in Self.sizes {
            Snapshot.assert(make(w, hgt).frame(width: w, height: hgt), named: "\(name)-\(w)x\(hgt)")
        }
    }

    static let withFindings = F.mapping(entries: [
        MappingEntry(affairCode: "1.03", offer: "Instalasi pengolahan lumpur tinja", need: "Jalan penghubung antarkabupaten",
                     partnerRegions: ["32.01", "32.76"], intendedKind: .ksddSukarela, priority: .tinggi, targetYear: 2027,
                     inRPJMD: true, rkpdYear: 2027, indicativeBudget: Rupiah(3_050_000_000), notes: "Menunggu kajian teknis.",
                     plannedCooperation: "Pengelolaan IPLT bersama"),
        MappingEntry(affairCode: "2.15", offer: "Terminal tipe A", partnerRegions: ["32.71"], intendedKind: .ksddWajib,
                     priority: .sedang, targetYear: 2020),
        MappingEntry(affairCode: "2.11", need: "Tempat pemrosesan akhir sampah", priority: .rendah),
    ])

    func opened(_ w: Int, _ h: Int, _ m: RegionMapping? = withFindings) -> Harness {
        var (harness, _) = F.opened(m, width: w, height: h)
        harness.send(.resize(width: w, height: h))
        return harness
    }

    @Test func list() { check({ opened($0, $1) }, "mapping-list") }

    @Test func listNew() { check({ opened($0, $1, nil) }, "mapping-list-new") }

    @Test func entryWithFindings() {
        check({ w, hgt in
            var h = opened(w, hgt)
            F.openAffair("2.15", in: &h)
            h.key(.tab, times: F.tabs(to: .targetYear))
            return h
        }, "mapping-entry-findings")
    }

    @Test func entryFilled() {
        check({ w, hgt in
            var h = opened(w, hgt)
            F.openAffair("1.03", in: &h)
            h.key(.tab, times: F.tabs(to: .budget))
            h.type("-")
            return h
        }, "mapping-entry-negative-budget")
    }

    @Test func partnerPicker() {
        check({ w, hgt in
            var h = opened(w, hgt)
            F.openAffair("1.03", in: &h)
            h.key(.tab, times: F.tabs(to: .partners))
            h.key(.enter)
            h.type("kota")
            return h
        }, "mapping-partner-picker")
    }

    @Test func contact() {
        check({ w, hgt in
            var h = opened(w, hgt)
            h.type("c")
            return h
        }, "mapping-contact")
    }

    @Test func quitDialog() {
        check({ w, hgt in
            var h = opened(w, hgt)
            F.openAffair("1.01", in: &h)
            h.type("Balai pelatihan")
            h.key(.ctrl("q"))
            return h
        }, "mapping-quit-dialog")
    }

    @Test func conflictDialog() {
        check({ w, hgt in
            var (h, repo) = F.opened(Self.withFindings, width: w, height: hgt)
            h.send(.resize(width: w, height: hgt))
            var theirs = Self.withFindings
            theirs.entries.removeLast()
            try! repo.saveMapping(theirs, basedOn: 1)
            F.openAffair("1.01", in: &h)
            h.type("Balai pelatihan")
            h.key(.ctrl("s"))
            return h
        }, "mapping-conflict-dialog")
    }
}
