import Foundation
import Testing
@testable import MufakatStore
import MufakatDomain

/// Issue 20, item 18: a bundle crafted as the "next revision" of something this machine owns
/// is not applied silently.
@Suite struct ForeignBundleTests {
    func otherMachine(_ root: URL) throws -> CooperationStore {
        try CooperationStore.open(at: root, options: .init(author: Author(user: "orang", host: "mesin-lain", pid: 7)))
    }

    @Test func aChangeToACooperationSavedHereFromElsewhereIsHeldBack() throws {
        let here = try makeStore()
        var c = sampleCooperation(id: "ks-a")
        try here.save(c, basedOn: nil)
        let first = temporaryFolder().appendingPathComponent("a.mufakat")
        try here.exportBundle(to: first)

        let there = try otherMachine(temporaryFolder().appendingPathComponent("lain"))
        _ = try there.importBundle(from: first)
        c.notes = "diubah orang lain"
        try there.save(c, basedOn: 1)
        let forged = temporaryFolder().appendingPathComponent("b.mufakat")
        try there.exportBundle(to: forged)

        let report = try here.importBundle(from: forged)
        #expect(report.updated.isEmpty)
        #expect(report.foreign.map(\.id) == ["ks-a"])
        #expect(report.hasProblems)
        #expect(report.foreign[0].message.contains("--accept-foreign") && report.foreign[0].message.contains("mesin-lain"))
        #expect(try here.load(id: "ks-a").revision == 1)

        let accepted = try here.importBundle(from: forged, acceptForeign: true)
        #expect(accepted.updated.map(\.id) == ["ks-a"])
        #expect(try here.load(id: "ks-a").cooperation.notes == "diubah orang lain")
    }

    @Test func aNewCooperationFromElsewhereIsStillAdded() throws {
        let there = try otherMachine(temporaryFolder().appendingPathComponent("lain"))
        try there.save(sampleCooperation(id: "ks-b"), basedOn: nil)
        let bundle = temporaryFolder().appendingPathComponent("c.mufakat")
        try there.exportBundle(to: bundle)
        let here = try makeStore()
        let report = try here.importBundle(from: bundle)
        #expect(report.added.map(\.id) == ["ks-b"] && report.foreign.isEmpty)
    }
}
