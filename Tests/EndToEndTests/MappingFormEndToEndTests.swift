import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The officer's mapping screen on the real binary under tmux: a demo store (which holds a
/// mapping for its region), key p, one affair filled in and saved, and the file on disk.
@Suite(.timeLimit(.minutes(5)))
struct MappingFormEndToEndTests {
    typealias W = WizardEndToEndTests

    /// `mufakat demo --store <store>`; returns the region code of the mapping it wrote.
    static func demoStore() throws -> (store: String, region: String) {
        let store = W.freshStore()
        let (status, out, err) = try TmuxSession.run([try MufakatBinary.path(), "demo", "--store", store, "--count", "3", "--seed", "7"])
        let text = String(decoding: out, as: UTF8.self)
        guard status == 0 else { throw TmuxSession.Failure(description: "demo failed: \(String(decoding: err, as: UTF8.self))") }
        let files = (try? FileManager.default.contentsOfDirectory(atPath: store + "/mappings")) ?? []
        guard let file = files.first(where: { $0.hasSuffix(".json") }) else {
            throw TmuxSession.Failure(description: "demo wrote no mapping: \(text)")
        }
        return (store, String(file.dropLast(5)))
    }

    static func mappingJSON(_ store: String, _ region: String) -> String {
        (try? String(contentsOfFile: "\(store)/mappings/\(region).json", encoding: .utf8)) ?? ""
    }

    /// Home, then p, then Enter on the first affair (1.01 Pendidikan).
    static func openFirstAffair(_ tmux: TmuxSession) throws {
        try tmux.waitFor(text: "Daftar kerja sama")
        try W.keys(tmux, "p")
        try tmux.waitFor(text: "Wajib, pelayanan dasar")
        try tmux.waitFor(text: "revisi 1")
        try W.keys(tmux, "Enter")
        try tmux.waitFor(text: "Urusan 1.01 Pendidikan")
    }

    @Test func fillAnAffairSaveAndFindItOnDisk() throws {
        let (store, region) = try Self.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(!Self.mappingJSON(store, region).contains("Balai latihan guru bersama"))
        let tmux = try W.start(store: store)
        defer { tmux.kill() }
        try Self.openFirstAffair(tmux)
        try W.type(tmux, "Balai latihan guru bersama")
        try tmux.waitFor(text: "Balai latihan guru bersama")
        try tmux.waitUntil("the unsaved marker") { $0.split(separator: "\n")[0].contains("●") }
        try W.keys(tmux, "C-s")
        try tmux.waitFor(text: "Pemetaan tersimpan (revisi 2)")
        try W.keys(tmux, "Escape")
        try tmux.waitFor(text: "Terisi")
        try W.keys(tmux, "Escape")
        try tmux.waitFor(text: "Daftar kerja sama")
        try W.keys(tmux, "q")
        try tmux.waitUntil("the program to end") { !$0.contains("Daftar kerja sama") }

        let json = Self.mappingJSON(store, region)
        #expect(json.contains("Balai latihan guru bersama"))
        #expect(FileManager.default.fileExists(atPath: "\(store)/mapping-history/\(region)/000002.json"))
        // The bundle an officer sends to the meeting carries the mapping.
        let bundle = store + "/kirim.mufakat.zip"
        let (status, _, _) = try TmuxSession.run([try MufakatBinary.path(), "bundle", "export", "--store", store, "--output", bundle])
        #expect(status == 0)
        let bytes = FileManager.default.contents(atPath: bundle) ?? Data()
        #expect(bytes.range(of: Data("mappings/\(region).json".utf8)) != nil)
    }

    @Test func quitAsksThenSIGTERMSavesUnsavedTyping() throws {
        let (store, region) = try Self.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let tmux = try W.start(store: store)
        defer { tmux.kill() }
        try Self.openFirstAffair(tmux)
        try W.type(tmux, "Ketik sebelum dihentikan")
        try tmux.waitFor(text: "Ketik sebelum dihentikan")
        // Ctrl-Q asks first; Batal keeps the typing on screen.
        try W.keys(tmux, "C-q")
        try tmux.waitFor(text: "Keluar dari Mufakat?")
        try W.keys(tmux, "Escape")
        try tmux.waitUntil("the dialog to close") { !$0.contains("Keluar dari Mufakat?") }
        #expect(!Self.mappingJSON(store, region).contains("Ketik sebelum dihentikan"))
        // SIGTERM: the program saves the mapping before it restores the terminal.
        let pid = try W.programPID(tmux)
        kill(pid, SIGTERM)
        try tmux.waitUntil("the program to end") { !$0.contains("Ketik sebelum dihentikan") }
        #expect(Self.mappingJSON(store, region).contains("Ketik sebelum dihentikan"))
    }
}
