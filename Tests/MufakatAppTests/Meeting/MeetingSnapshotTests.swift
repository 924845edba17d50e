import Foundation
import MufakatDomain
import Testing
import TerminalUI
@testable import MufakatApp

/// The meeting screens at 80×24 and 200×60. The role maps show the cell roles; the symbols carry
/// the meaning without colour (NO_COLOR / monokrom).
@Suite struct MeetingSnapshotTests {
    static let sizes = [(80, 24), (200, 60)]

    func check(_ make: (Int, Int) -> Harness, _ name: String) {
        for (w, hgt) in Self.sizes {
            Snapshot.assert(make(w, hgt).frame(width: w, height: hgt), named: "\(name)-\(w)x\(hgt)")
        }
    }

    @Test func matrix() {
        check({ w, h in var x = MeetingFixture.harness(width: w, height: h); x.type("r"); x.key(.down, times: 2); return x }, "matrix")
    }

    @Test func matrixTransposedAndFiltered() {
        check({ w, h in
            var x = MeetingFixture.harness(width: w, height: h)
            x.type("r"); x.type("p"); x.type("t"); x.key(.right, times: 2)
            return x
        }, "matrix-transposed-jabar")
    }

    @Test func detail() {
        check({ w, h in var x = MeetingFixture.harness(width: w, height: h); x.type("r"); x.key(.down, times: 2); x.key(.enter); return x }, "detail")
    }

    @Test func matches() {
        check({ w, h in var x = MeetingFixture.harness(width: w, height: h); x.type("r"); x.type("m"); return x }, "matches")
    }

    @Test func importPrompt() {
        check({ w, h in var x = MeetingFixture.harness(width: w, height: h); x.type("r"); x.type("i"); x.type("~/bundel/depok.mufakat"); return x }, "import")
    }
}
