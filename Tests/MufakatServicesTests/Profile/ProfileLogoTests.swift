import Foundation
import Testing
import MufakatDomain
import MufakatStore
@testable import MufakatServices

/// Lambang on the profile (issue 15): the PNG is checked with clear Indonesian errors, kept in
/// the store as files/<sha256>, and read back with the profile.
@Suite struct ProfileLogoTests {
    static let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAYAAAC56t6BAAAAEklEQVR4nGNgYGD4z8DAwMDAAAAJAAFp3Hc3AAAAAElFTkSuQmCC")!
    static let rulebook: Rulebook = try! RulebookLoader.load()

    static func folder(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-lambang-\(name)-\(UUID().uuidString)")
    }

    @Test func missingNotPNGAndTooLargeAreRefusedInIndonesian() throws {
        let dir = Self.folder("salah")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = dir.appendingPathComponent("tidak-ada.png").path
        #expect(ProfileLogoReader.problem(path: missing, rulebook: Self.rulebook) == .notFound(path: missing))
        #expect(ProfileLogoReader.problem(path: missing, rulebook: Self.rulebook)?.description.contains("tidak ditemukan") == true)
        let jpeg = dir.appendingPathComponent("lambang.jpg")
        try Data([0xFF, 0xD8, 0xFF, 0xE0] + Array(repeating: 0, count: 40)).write(to: jpeg)
        #expect(ProfileLogoReader.problem(path: jpeg.path, rulebook: Self.rulebook) == .notPNG(path: jpeg.path))
        #expect(ProfileLogoReader.problem(path: jpeg.path, rulebook: Self.rulebook)?.description.contains("bukan gambar PNG") == true)
        let big = dir.appendingPathComponent("besar.png")
        try (Self.png + Data(count: Self.rulebook.logoMaxBytes)).write(to: big)
        guard case .tooLarge? = ProfileLogoReader.problem(path: big.path, rulebook: Self.rulebook) else {
            Issue.record("berkas besar diterima"); return
        }
        #expect(ProfileLogoReader.problem(path: dir.path, rulebook: Self.rulebook) == .notRegular(path: dir.path))
        #expect(throws: ProfileLogoError.self) { try ProfileLogoReader.read(path: jpeg.path, rulebook: Self.rulebook) }
    }

    @Test func theLogoIsKeptInTheStoreAndTravelsWithTheProfile() throws {
        let dir = Self.folder("simpan")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("lambang-bogor.png")
        try Self.png.write(to: file)
        let session = try StoreSession.open(folder: dir.appendingPathComponent("store"))
        let profile = try ProfileLogoReader.profile(RegionProfile(regionCode: "32.71", city: "Bogor"), settingLogo: file.path, rulebook: Self.rulebook)
        try session.saveProfile(profile)
        let sha = try #require(profile.logo?.sha256)
        #expect(profile.logo?.fileName == "lambang-bogor.png")
        // files/<sha256> holds the bytes; profile.json only names them.
        #expect(FileManager.default.contents(atPath: dir.appendingPathComponent("store/files/\(sha)").path) == Self.png)
        let json = String(decoding: FileManager.default.contents(atPath: dir.appendingPathComponent("store/profile.json").path)!, as: UTF8.self)
        #expect(json.contains(sha) && !json.contains(Self.png.base64EncodedString()))
        let reread = try StoreSession.open(folder: dir.appendingPathComponent("store"), mode: .readOnly)
        #expect(reread.loadProfile()?.logo?.data == Self.png)
        // The document service prints it on the letterhead.
        let service = DocumentService(rulebook: Self.rulebook, profile: reread.loadProfile())
        #expect(service.letterhead?.logo == Self.png)
        #expect(service.letterhead?.officeName == "Wali Kota Bogor")
        // Removing it.
        let without = try ProfileLogoReader.profile(profile, settingLogo: "", rulebook: Self.rulebook)
        #expect(without.logo == nil)
        // A missing file is a finding of check-store.
        try FileManager.default.removeItem(at: dir.appendingPathComponent("store/files/\(sha)"))
        let report = try StoreSession.open(folder: dir.appendingPathComponent("store")).store.check()
        #expect(report.findings.contains { $0.path == "files/\(sha)" && $0.problem.contains("lambang") })
    }
}
