import Foundation
import MufakatDomain
import Testing
import ZIPFoundation
@testable import MufakatStore

/// Issue 20, item 18: bundles are signed with the store's Ed25519 key; the import says who
/// signed, refuses a bundle changed after signing, and holds back what an unknown signer changes
/// in the own region's data even when its revisions claim to come from this machine.
@Suite struct SignedBundleTests {
    static let bogor = RegionProfile(regionCode: "32.71", unitName: "Bagian Kerja Sama Setda Kota Bogor",
                                     head: Person(name: "Dedie A. Rachim", title: "Wali Kota Bogor"), city: "Bogor")

    /// Replaces (or, with nil, removes) one entry of a bundle.
    func rewrite(_ url: URL, entry: String, with data: Data?) throws {
        let archive = try Archive(url: url, accessMode: .update)
        if let old = archive[entry] { try archive.remove(old) }
        if let data {
            try archive.addEntry(with: entry, type: .file, uncompressedSize: Int64(data.count)) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }

    @Test func aSignedBundleNamesItsSignerAndRoundTrips() throws {
        let a = try makeStore("a")
        try a.save(sampleCooperation(id: "ks-a"), basedOn: nil)
        let file = temporaryFolder().appendingPathComponent("a.mufakat")
        try a.exportBundle(to: file)
        #expect(try Archive(url: file, accessMode: .read)[BundleSigning.signatureEntry] != nil)
        #expect(permissions(a.root.appendingPathComponent("keys/bundle-signing.key")) == 0o600)
        let b = try makeStore("b")
        let report = try b.importBundle(from: file)
        #expect(report.added.map(\.id) == ["ks-a"])
        #expect(report.signer?.contains("ditandatangani oleh") == true && report.signer?.contains("BELUM DIKENAL") == true)
        #expect(report.warnings.isEmpty)
        // Our own bundle coming back is signed with our own key.
        #expect(try a.importBundle(from: file).signer?.contains("kunci penyimpanan ini") == true)
    }

    @Test func aBundleChangedAfterSigningIsRefusedWhole() throws {
        let a = try makeStore("a")
        try a.save(sampleCooperation(id: "ks-a"), basedOn: nil)
        let file = temporaryFolder().appendingPathComponent("a.mufakat")
        try a.exportBundle(to: file)
        // A history file swapped for another (valid JSON, not the signed bytes).
        var forged = try Data(contentsOf: a.root.appendingPathComponent("history/ks-a/000001.json"))
        forged.append(contentsOf: Array(" ".utf8))
        try rewrite(file, entry: "history/ks-a/000001.json", with: forged)
        let b = try makeStore("b")
        #expect(throws: StoreError.self) { try b.importBundle(from: file) }
        #expect(try b.list().isEmpty)
        // The manifest changed: the signature no longer holds.
        let again = temporaryFolder().appendingPathComponent("b.mufakat")
        try a.exportBundle(to: again)
        let reading = try Archive(url: again, accessMode: .read)
        let manifest = try #require(reading["manifest.json"])
        var bytes = Data()
        _ = try reading.extract(manifest) { bytes.append($0) }
        try rewrite(again, entry: "manifest.json", with: Data(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "ks-a", with: "ks-a").utf8) + Data(" ".utf8))
        do { _ = try b.importBundle(from: again); Issue.record("a changed manifest was accepted") } catch {
            #expect(error.description.contains("tanda tangan bundel tidak sah"))
        }
    }

    @Test func anUnsignedBundleIsImportedWithAWarning() throws {
        let a = try makeStore("a")
        try a.save(sampleCooperation(id: "ks-a"), basedOn: nil)
        let file = temporaryFolder().appendingPathComponent("lama.mufakat")
        try a.exportBundle(to: file)
        try rewrite(file, entry: BundleSigning.signatureEntry, with: nil)
        let b = try makeStore("b")
        let report = try b.importBundle(from: file)
        #expect(report.added.map(\.id) == ["ks-a"])
        #expect(report.signer == "tidak bertanda tangan")
        #expect(report.warnings.first?.contains("tidak bertanda tangan") == true)
    }

    @Test func anUnknownSignerChangingTheOwnRegionsCooperationIsForeignEvenFromThisHost() throws {
        let here = try makeStore("here")
        try here.saveProfile(Self.bogor)
        var c = sampleCooperation(id: "ks-a")   // Kota Bogor (32.71) is a party
        try here.save(c, basedOn: nil)
        let first = temporaryFolder().appendingPathComponent("1.mufakat")
        try here.exportBundle(to: first)
        // Another store on the same machine (same user and host in every revision it saves).
        let there = try makeStore("there")
        _ = try there.importBundle(from: first)
        c.notes = "diubah di penyimpanan lain"
        try there.save(c, basedOn: 1)
        let second = temporaryFolder().appendingPathComponent("2.mufakat")
        try there.exportBundle(to: second)

        let held = try here.importBundle(from: second)
        #expect(held.foreign.map(\.id) == ["ks-a"])
        #expect(try here.load(id: "ks-a").revision == 1)
        // A person accepts it: the signer becomes known, and its next bundle is taken as before.
        let accepted = try here.importBundle(from: second, acceptForeign: true)
        #expect(accepted.updated.map(\.id) == ["ks-a"])
        c.notes = "lagi"
        try there.save(c, basedOn: 2)
        let third = temporaryFolder().appendingPathComponent("3.mufakat")
        try there.exportBundle(to: third)
        let next = try here.importBundle(from: third)
        #expect(next.signer?.contains("sudah dikenal") == true)
        #expect(next.updated.map(\.id) == ["ks-a"] && next.foreign.isEmpty)
    }

    /// Issue 20, item 18: stripping the signature does not make a forged change to the own region's
    /// cooperation go through silently.
    @Test func anUnsignedChangeToTheOwnRegionsCooperationIsHeldBack() throws {
        let here = try makeStore("here")
        try here.saveProfile(Self.bogor)
        var c = sampleCooperation(id: "ks-a")   // Kota Bogor (32.71) is a party
        try here.save(c, basedOn: nil)
        let first = temporaryFolder().appendingPathComponent("1.mufakat")
        try here.exportBundle(to: first)
        let there = try makeStore("there")
        _ = try there.importBundle(from: first)
        c.notes = "diubah tanpa tanda tangan"
        try there.save(c, basedOn: 1)
        let forged = temporaryFolder().appendingPathComponent("2.mufakat")
        try there.exportBundle(to: forged)
        try rewrite(forged, entry: BundleSigning.signatureEntry, with: nil)

        let report = try here.importBundle(from: forged)
        #expect(report.updated.isEmpty && report.foreign.map(\.id) == ["ks-a"])
        #expect(report.hasProblems)
        #expect(try here.load(id: "ks-a").revision == 1)
    }
}
