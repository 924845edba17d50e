import Foundation
import Testing

/// `mufakat profil --logo` (issue 15): clear refusals, the logo kept in files/, and the office
/// letterhead of an exported letter carrying it.
@Suite struct ProfileLogoCLITests {
    static let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAYAAAC56t6BAAAAEklEQVR4nGNgYGD4z8DAwMDAAAAJAAFp3Hc3AAAAAElFTkSuQmCC")!

    @Test func theLogoIsSetCheckedAndPrintedOnTheLetterhead() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-profil-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let store = root.appendingPathComponent("store").path
        #expect(try ArchiveCLITests.run(["demo", "--store", store, "--count", "3", "--seed", "7"]).code == 0)
        // No profile yet: said so, exit 2.
        let none = try ArchiveCLITests.run(["profil", "--store", store])
        #expect(none.code == 2 && none.err.contains("belum memiliki profil daerah"), "\(none)")
        let profile = """
        {"schemaVersion":1,"regionCode":"32.71","unitName":"Bagian Kerja Sama","head":{"name":"Dedie A. Rachim","title":"Wali Kota Bogor"},\
        "unitHead":{"name":"Rudi","title":"Kepala Bagian"},"address":"Jalan Ir. H. Juanda Nomor 10","city":"Bogor",\
        "letterNumberPattern":"{nomor}","phone":"","email":""}
        """
        try Data(profile.utf8).write(to: URL(fileURLWithPath: store + "/profile.json"))
        let missing = try ArchiveCLITests.run(["profil", "--store", store, "--logo", root.appendingPathComponent("tidak-ada.png").path])
        #expect(missing.code == 2 && missing.err.contains("tidak ditemukan"), "\(missing)")
        let text = root.appendingPathComponent("lambang.png")
        try Data("bukan gambar".utf8).write(to: text)
        let notPNG = try ArchiveCLITests.run(["profil", "--store", store, "--logo", text.path])
        #expect(notPNG.code == 2 && notPNG.err.contains("bukan gambar PNG"), "\(notPNG)")
        try Self.png.write(to: text)
        let set = try ArchiveCLITests.run(["profil", "--store", store, "--logo", text.path])
        #expect(set.code == 0 && set.out.contains("ditetapkan untuk kop surat"), "\(set)")
        let shown = try ArchiveCLITests.run(["profil", "--store", store])
        #expect(shown.out.contains("Lambang       : lambang.png"), "\(shown)")
        let files = try FileManager.default.contentsOfDirectory(atPath: store + "/files")
        #expect(files.count == 1 && files[0].count == 64)
        let check = try ArchiveCLITests.run(["check-store", "--store", store])
        #expect(check.code == 0, "\(check)")
        let removed = try ArchiveCLITests.run(["profil", "--store", store, "--no-logo"])
        #expect(removed.code == 0 && removed.out.contains("dihapus"), "\(removed)")
    }
}
