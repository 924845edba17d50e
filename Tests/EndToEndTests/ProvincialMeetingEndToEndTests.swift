import Foundation
import MufakatDocuments
import MufakatDomain
import MufakatServices
import Testing

/// A five-region provincial meeting of Jawa Timur replayed on the real binary: each officer fills
/// the mapping in an own store and sends a bundle; Kota Pasuruan's bundle arrives before the
/// meeting exists and still counts; the facilitator imports the others on the meeting screen
/// under tmux, sees the gaps, confirms one three-party draft from a one-to-many group match,
/// records and withdraws an agreement, and recognises an older bundle sent again. The minutes,
/// annex and matrix workbook carry the gaps, the offer-only row and the withdrawal.
@Suite(.timeLimit(.minutes(5)))
struct ProvincialMeetingEndToEndTests {
    static func mufakat(_ args: [String], allowFailure: Bool = false) throws -> (code: Int32, out: String, err: String) {
        let (status, out, err) = try TmuxSession.run([try MufakatBinary.path()] + args)
        let result = (status, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
        if status != 0 && !allowFailure {
            throw TmuxSession.Failure(description: "mufakat \(args.joined(separator: " ")) ended with \(status): \(result.1)\(result.2)")
        }
        return result
    }

    /// One officer's mapping, written as the officer's JSON file.
    static func mapping(_ region: String, officer: String, _ entries: [[String: Any]]) throws -> Data {
        try JSONSerialization.data(withJSONObject: ["regionCode": region, "contact": ["name": officer, "title": "Kepala Bagian Kerja Sama"],
                                                    "entries": entries], options: [.prettyPrinted])
    }

    @Test func fiveRegionsOfJawaTimurMeet() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-provmeeting-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

        let officers: [(file: String, region: String, officer: String, entries: [[String: Any]])] = [
            ("kab-malang", "35.07", "Agus Prasetyo", [
                ["affairCode": "1.03", "offer": "Kapasitas TPA regional Talangagung", "intendedKind": "ksdd-sukarela", "targetYear": 2028,
                 "indicativeBudget": 2_000_000_000, "plannedCooperation": "Pengolahan sampah regional Malang Raya"]]),
            ("kota-malang", "35.73", "Dewi Anggraini", [
                ["affairCode": "1.03", "need": "Tempat pemrosesan akhir sampah", "targetYear": 2028, "indicativeBudget": 750_000_000]]),
            ("kota-batu", "35.79", "Rudi Hartono", [
                ["affairCode": "1.03", "need": "Pemrosesan akhir sampah", "targetYear": 2028, "indicativeBudget": 500_000_000],
                ["affairCode": "3.26", "offer": "Paket wisata petik apel"]]),
            ("kab-pasuruan", "35.14", "Siti Rahmawati", [
                ["affairCode": "1.02", "need": "Rumah sakit rujukan regional"],
                ["affairCode": "2.15", "need": "Integrasi angkutan perdesaan", "partnerRegions": ["35.75"]]]),
        ]
        for o in officers {
            try Self.mapping(o.region, officer: o.officer, o.entries).write(to: folder.appendingPathComponent("\(o.file).json"))
            _ = try Self.mufakat(["pemetaan", "impor", "--store", path("st-\(o.file)"), path("\(o.file).json")])
            _ = try Self.mufakat(["bundle", "export", "--store", path("st-\(o.file)"), "--output", path("\(o.file).mufakat")])
        }
        // Kota Pasuruan sends revision 1, then revision 2 with the partner named.
        try Self.mapping("35.75", officer: "Hendra Wijaya", [["affairCode": "2.15", "offer": "Terminal Untung Suropati"]])
            .write(to: folder.appendingPathComponent("kota-pasuruan-1.json"))
        try Self.mapping("35.75", officer: "Hendra Wijaya", [["affairCode": "2.15", "offer": "Terminal dan angkutan pengumpan", "partnerRegions": ["35.14"]]])
            .write(to: folder.appendingPathComponent("kota-pasuruan-2.json"))
        _ = try Self.mufakat(["pemetaan", "impor", "--store", path("st-kp"), path("kota-pasuruan-1.json")])
        _ = try Self.mufakat(["bundle", "export", "--store", path("st-kp"), "--output", path("kota-pasuruan-1.mufakat")])
        _ = try Self.mufakat(["pemetaan", "impor", "--store", path("st-kp"), path("kota-pasuruan-2.json"), "--replace"])
        _ = try Self.mufakat(["bundle", "export", "--store", path("st-kp"), "--output", path("kota-pasuruan-2.mufakat")])

        // The newer bundle arrives before the meeting exists, and is taken in when it is made.
        let facilitator = path("fasilitator")
        let early = try Self.mufakat(["bundle", "import", "--store", facilitator, path("kota-pasuruan-2.mufakat")])
        #expect(early.out.contains("Pemetaan 35.75 Kota Pasuruan: belum ada rapat"), "\(early.out)")
        let created = try Self.mufakat(["pemetaan", "rapat", "create", "--store", facilitator, "--title", "Rapat Koordinasi Teknis Pemetaan Urusan Jawa Timur",
                                        "--level", "provinsi", "--province", "35", "--date", "10-03-2027", "--place", "Surabaya",
                                        "--facilitator", "Ir. Bambang Sutrisno", "--take-existing"])
        #expect(created.out.contains("35.75 Kota Pasuruan: ditambahkan sebagai peserta rapat"), "\(created.out)")

        // The other four on the meeting screen.
        let binary = try MufakatBinary.path()
        let tmux = try TmuxSession.start(command: "\(MufakatBinary.quoted(binary)) --store \(MufakatBinary.quoted(facilitator)) --theme kontras",
                                         width: 100, height: 30)
        defer { tmux.kill() }
        try tmux.waitFor(text: "r rapat/matriks")
        try tmux.sendKeys("r")
        try tmux.waitFor(text: "× 1 daerah")
        try tmux.sendKeys("i")
        try tmux.waitFor(text: "Impor pemetaan daerah peserta")
        try tmux.sendText(officers.map { path("\($0.file).mufakat") }.joined(separator: " "))
        try tmux.waitFor(text: "kab-pasuruan.mufakat")
        try tmux.sendKeys("Enter")
        let matrix = try tmux.waitFor(text: "× 5 daerah")
        #expect(matrix.contains("Pasuruan"))
        // The offer-only row says so on the cursor line.
        for _ in 0..<25 { try tmux.sendKeys("Down") }
        let row = try tmux.waitFor(text: "3.26 Pariwisata ×")
        #expect(row.contains("baris 1P 0K") && row.contains("· hanya potensi"), "\(row)")

        try tmux.sendKeys("m")
        let list = try tmux.waitFor(text: "Kecocokan pemetaan:")
        #expect(list.contains("Kabupaten Malang – Kota Malang – Kota Batu"), "\(list)")
        try tmux.sendKeys("g")
        // Both headings: a capture may land between the two halves of one frame.
        let gaps = try tmux.waitUntil("the gaps list") { $0.contains("Kebutuhan tanpa pasangan (1)") && $0.contains("Potensi tanpa peminat") }
        #expect(gaps.contains("1.02 Kesehatan · Kabupaten Pasuruan: Rumah sakit rujukan regional"), "\(gaps)")
        #expect(gaps.contains("Potensi tanpa peminat (1)"))
        try tmux.sendKeys("g")
        try tmux.waitUntil("the matches list") { !$0.contains("Kebutuhan tanpa pasangan (1)") }
        // Find the group match and draft it, after the confirmation that names the three parties.
        var screen = try tmux.capture()
        let groupLine = try #require(screen.split(separator: "\n").first { $0.contains("Kabupaten Malang – Kota Malang – Kota Batu") })
        let rank = try #require(Int(groupLine.trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? ""))
        for _ in 1..<rank { try tmux.sendKeys("Down") }
        try tmux.sendKeys("Enter")
        // The question and its list of parties: a capture may land between the two halves of one frame.
        let confirm = try tmux.waitUntil("the confirmation") { $0.contains("Jadikan draf dan kesepakatan?") && $0.contains("Rp") }
        #expect(confirm.contains("Para pihak (3)"), "\(confirm)")
        #expect(confirm.contains("Rp3.250.000.000"), "budget counted once per party: \(confirm)")
        try tmux.sendKeys("Enter")
        screen = try tmux.waitFor(text: "Draf kerja sama 'pemetaan-1-03-35-07-35-73-35-79' dibuat")
        try tmux.sendKeys("Escape")
        try tmux.waitFor(text: "p/k/o saring")
        // The minutes from the screen, into the store's export folder.
        try tmux.sendKeys("b")
        try tmux.waitFor(text: "Dokumen rapat")
        try tmux.sendKeys("Enter")
        try tmux.waitFor(text: "Dokumen ditulis")
        #expect(FileManager.default.fileExists(atPath: path("fasilitator/ekspor/berita-acara-rapat-koordinasi-teknis-pemetaan-urusan-2027-03-10.docx")))
        try tmux.sendKeys("Enter")
        try tmux.waitUntil("the dialog to close") { !$0.contains("Dokumen ditulis") }
        try tmux.sendKeys("Escape")
        try tmux.waitFor(text: "Daftar kerja sama")
        try tmux.sendKeys("q")
        try tmux.waitUntil("the program to end") { !$0.contains("Daftar kerja sama") }

        // The command line refuses a second draft of the same group.
        let matches = try Self.mufakat(["pemetaan", "kecocokan", "--store", facilitator, "--json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(matches.out.utf8)) as? [[String: Any]])
        let groupRank = try #require(rows.first { ($0["regionCodes"] as? [String]) == ["35.07", "35.73", "35.79"] }?["rank"] as? Int)
        let again = try Self.mufakat(["pemetaan", "kecocokan", "--store", facilitator, "--draft", "\(groupRank)"], allowFailure: true)
        #expect(again.code == 1 && again.err.contains("tidak dibuat draf kedua"), "\(again)")

        // An agreement recorded, then withdrawn with a reason.
        _ = try Self.mufakat(["pemetaan", "rapat", "agree", "--store", facilitator, "--affair", "2.15", "--regions", "35.75,35.14",
                              "--title", "Integrasi angkutan pengumpan Pasuruan Raya", "--year", "2028"])
        let withdrawn = try Self.mufakat(["pemetaan", "rapat", "withdraw", "--store", facilitator, "--agreement", "2",
                                          "--reason", "Kabupaten Pasuruan meminta kajian trayek lebih dahulu"])
        #expect(withdrawn.out.contains("dicabut"))

        // The older bundle sent again is recognised as older and not taken in silently.
        let older = try Self.mufakat(["pemetaan", "impor", "--store", facilitator, path("kota-pasuruan-1.mufakat")], allowFailure: true)
        #expect(older.code == 1)
        #expect(older.err.contains("LEBIH LAMA"), "\(older.err)")

        // What gets printed.
        let service = MappingService(repository: try MappingRepositories.open(storeFolder: URL(fileURLWithPath: facilitator)))
        let meeting = try service.requireMeeting(id: nil)
        #expect(Set(meeting.participantRegions) == ["35.07", "35.14", "35.73", "35.75", "35.79"])
        let minutes = try service.minutes(meeting: meeting).blocks.flatMap(\.texts).map(\.plain).joined(separator: "\n")
        #expect(minutes.contains("KEBUTUHAN TANPA PASANGAN"))
        #expect(minutes.contains("Rumah sakit rujukan regional"))
        #expect(minutes.contains("dicabut pada"))
        #expect(minutes.contains("Kabupaten Pasuruan meminta kajian trayek lebih dahulu"))
        let annex = try service.annexFile(.xlsx, meeting: meeting).annex
        #expect(!annex.regions.flatMap(\.rows).contains { $0.affairCode == "1.02" }, "an unmet need is no planned cooperation")
        let list3 = try Self.mufakat(["list", "--store", facilitator, "--json"])
        #expect(list3.out.components(separatedBy: "pemetaan-").count == 2, "exactly one draft: \(list3.out)")
        let text = try Self.mufakat(["pemetaan", "matriks", "--store", facilitator])
        #expect(text.out.contains("3.26 Pariwisata: 1P 0K  [hanya potensi"), "\(text.out)")
        _ = try Self.mufakat(["pemetaan", "matriks", "--store", facilitator, "--format", "xlsx", "--output", path("matriks.xlsx")])
        _ = try Self.mufakat(["pemetaan", "berita-acara", "--store", facilitator, "--output", path("berita-acara.docx")])
        _ = try Self.mufakat(["pemetaan", "lampiran", "--store", facilitator, "--format", "docx", "--output", path("lampiran.docx")])
    }
}
