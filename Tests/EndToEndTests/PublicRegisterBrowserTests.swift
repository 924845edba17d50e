import Foundation
import Testing

/// Daftar publik in a real browser: `mufakat terbitkan` writes the site, headless Chromium opens
/// the index and a cooperation page from disk. The list count must equal `mufakat list --json`
/// and no value of a non-public field may appear. Skips, saying why, when Chromium is absent
/// (CI installs it: `.ci/run`).
@Suite(.serialized) struct PublicRegisterBrowserTests {
    struct Output { let code: Int32; let out: String; let err: String }

    static func run(_ executable: String, _ args: [String], env: [String: String] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = args
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        for (k, v) in env { environment[k] = v }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so a large DOM never fills the pipe.
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(code: process.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    static func chromium() -> String? {
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
                let path = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        return nil
    }

    static func browse(_ chromium: String, _ args: [String], home: URL) throws -> Output {
        try run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                           "--user-data-dir=\(home.appendingPathComponent("profil").path)"] + args,
                env: ["HOME": home.path])
    }

    @Test func theRegisterOpensInAHeadlessBrowserWithOnlyPublicFields() throws {
        guard let chromium = Self.chromium() else {
            print("LEWATI PublicRegisterBrowserTests: Chromium tidak terpasang (apt-get install -y chromium); uji peramban dilewati.")
            return
        }
        let mufakat = try MufakatBinary.path()
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-register-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let store = root.appendingPathComponent("store").path
        let site = root.appendingPathComponent("situs")
        #expect(try Self.run(mufakat, ["demo", "--store", store, "--count", "12"]).code == 0)
        let published = try Self.run(mufakat, ["terbitkan", "--store", store, "--output", site.path, "--date", "2026-12-01"])
        #expect(published.code == 0, "\(published.err)")

        let listed = try Self.run(mufakat, ["list", "--store", store, "--json"])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(listed.out.utf8)) as? [Any])

        let index = try Self.browse(chromium, ["--dump-dom", site.appendingPathComponent("index.html").absoluteString], home: root)
        #expect(index.out.contains("<table id=\"daftar\">"), "DOM: \(index.out.prefix(400)) \(index.err.suffix(400))")
        let rows = index.out.components(separatedBy: "<th scope=\"row\">").count - 1
        #expect(rows == list.count)
        #expect(index.out.contains("<strong id=\"jumlah\">\(list.count)</strong>"))
        #expect(!index.out.contains("<script"))

        // A cooperation page: its public fields and none of the private ones.
        let pages = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("kerja-sama").path).sorted()
        #expect(pages.count == list.count)
        let id = try #require(pages.first).replacingOccurrences(of: ".html", with: "")
        let page = try Self.browse(chromium, ["--dump-dom", site.appendingPathComponent("kerja-sama/\(id).html").absoluteString], home: root)
        #expect(page.out.contains("<dl>") && page.out.contains("<dt>Judul kerja sama</dt>"))
        let shown = try Self.run(mufakat, ["show", id, "--store", store, "--json"])
        let envelope = try #require(try JSONSerialization.jsonObject(with: Data(shown.out.utf8)) as? [String: Any])
        let tree = (envelope["cooperation"] as? [String: Any]) ?? envelope
        var privateValues: [String] = []
        for stage in ["memorandum", "agreement"] {
            let signing = (tree[stage] as? [String: Any])?["signing"] as? [String: Any]
            for s in (signing?["signatories"] as? [[String: Any]]) ?? [] {
                if let name = (s["person"] as? [String: Any])?["name"] as? String, name.count > 3 { privateValues.append(name) }
            }
            if let place = signing?["place"] as? String, place.count > 3 { privateValues.append("bertempat di \(place)") }
        }
        for party in (tree["parties"] as? [[String: Any]]) ?? [] {
            if let rep = party["representative"] as? [String: Any], let name = rep["name"] as? String, name.count > 3 { privateValues.append(name) }
            if let address = party["address"] as? String, address.count > 3 { privateValues.append(address) }
        }
        if let proposal = tree["proposal"] as? [String: Any], let background = proposal["background"] as? String, background.count > 10 {
            privateValues.append(String(background.prefix(40)))
        }
        if let notes = tree["notes"] as? String, notes.count > 10 { privateValues.append(String(notes.prefix(40))) }
        #expect(!privateValues.isEmpty, "the sample should have private values to look for")
        let allHTML = try ([site.appendingPathComponent("index.html")] + pages.map { site.appendingPathComponent("kerja-sama/\($0)") })
            .map { try String(contentsOf: $0, encoding: .utf8) }.joined()
        for value in privateValues {
            #expect(!page.out.contains(value) && !allHTML.contains(value), "private value on the site: \(value)")
        }

        // A screenshot: the page renders to a real image.
        let shot = root.appendingPathComponent("layar.png")
        _ = try Self.browse(chromium, ["--screenshot=\(shot.path)", "--window-size=1024,768", site.appendingPathComponent("index.html").absoluteString], home: root)
        let png = try Data(contentsOf: shot)
        #expect(png.count > 5_000)
        #expect(png.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
    }
}
