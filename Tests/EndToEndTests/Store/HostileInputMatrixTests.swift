import Foundation
import Testing

/// Issue 20, "How it will be checked": every crash input, fed to every command that reads it, on the
/// built binary. Each run must end by `exit` with 0, 1 or 2 (never a trap: 132/134 or a signal), a
/// failure must say something, and the rest of the store must keep working afterwards.
@Suite struct HostileInputMatrixTests {
    static let big = "10000000000000000000"   // above Int.max

    /// One bad value planted in a store file: (name, file under the store, key, JSON value).
    static var storeDamage: [(name: String, file: (String, String) -> String, key: String, value: String)] { [
        ("durationYears 10^17", { id, _ in "cooperations/\(id).json" }, "durationYears", "100000000000000000"),
        ("store.json version", { _, _ in "store.json" }, "version", big),
        ("formatVersion", { id, _ in "cooperations/\(id).json" }, "formatVersion", big),
        ("history formatVersion", { id, _ in "history/\(id)/000001.json" }, "formatVersion", big),
        ("schemaVersion", { id, _ in "cooperations/\(id).json" }, "schemaVersion", big),
        ("partyIndex -1", { id, _ in "cooperations/\(id).json" }, "partyIndex", "-1"),
        ("mapping formatVersion", { _, map in "mappings/\(map)" }, "formatVersion", big),
    ] }

    /// Replaces the first `"key" : value` in the file's text.
    static func plant(_ url: URL, key: String, value: String) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        let pattern = "\"\(key)\" : -?[0-9]+"
        let range = try #require(text.range(of: pattern, options: .regularExpression), "\(key) not in \(url.lastPathComponent)")
        try Data(text.replacingCharacters(in: range, with: "\"\(key)\" : \(value)").utf8).write(to: url)
    }

    /// Never a trap: 132 (SIGILL), 134 (SIGABRT) or any status a signal gives.
    static func expectNoCrash(_ r: StoreProcess.Output, _ label: String, allowed: Set<Int32> = [0, 1, 2]) {
        #expect(allowed.contains(r.status), "\(label): exit \(r.status)\n\(r.stdout)\n\(r.stderr)")
        #expect(!r.stderr.contains("Fatal error") && !r.stderr.contains("Assertion"), "\(label): \(r.stderr)")
        if r.status != 0 {
            #expect(!(r.stdout + r.stderr).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(label): no message")
        }
    }

    static func ids(_ listJSON: String) -> [String] {
        ((StoreProcess.json(listJSON) as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }.sorted()
    }

    @Test func everyDamagedStoreFileUnderEveryCommand() throws {
        let folder = StoreProcess.folder("matrix")
        let template = folder.appendingPathComponent("tpl")
        #expect(try StoreProcess.run(["demo", "--store", template.path, "--count", "3", "--seed", "4"]).status == 0)
        let good = folder.appendingPathComponent("good.mufakat.zip").path
        #expect(try StoreProcess.run(["bundle", "export", "--store", template.path, "--output", good]).status == 0)
        let all = Self.ids(try StoreProcess.run(["list", "--store", template.path, "--json"]).stdout)
        try #require(all.count == 3)
        let id = all[0], others = Array(all.dropFirst())
        let map = try #require(try FileManager.default.contentsOfDirectory(atPath: template.appendingPathComponent("mappings").path).first)

        for damage in Self.storeDamage {
            let store = folder.appendingPathComponent(damage.name.filter { $0.isLetter })
            try FileManager.default.copyItem(at: template, to: store)
            let file = store.appendingPathComponent(damage.file(id, map))
            try Self.plant(file, key: damage.key, value: damage.value)
            // Also the damaged file on its own, for the commands that read a file.
            let loose = folder.appendingPathComponent("\(damage.name.filter { $0.isLetter })-loose.json")
            try FileManager.default.copyItem(at: file, to: loose)
            let s = store.path
            let commands: [[String]] = [
                ["list", "--store", s], ["list", "--store", s, "--json"],
                ["show", id, "--store", s], ["show", id, "--store", s, "--json"],
                ["export", id, "-d", "ringkasan", "--draft", "-f", "md", "-o", folder.appendingPathComponent("\(store.lastPathComponent).md").path, "--store", s],
                ["history", id, "--store", s],
                ["check-store", "--read-only", "--store", s], ["check-store", "--store", s],
                ["bundle", "export", "--store", s, "--output", folder.appendingPathComponent("\(store.lastPathComponent).zip").path],
                ["bundle", "import", good, "--store", s],
                ["dashboard", "--store", s],
            ]
            for args in commands {
                Self.expectNoCrash(try StoreProcess.run(args), "\(damage.name): \(args.joined(separator: " "))")
            }
            if damage.file(id, map).hasPrefix("mappings/") {
                Self.expectNoCrash(try StoreProcess.run(["mapping", "import", loose.path, "--store", folder.appendingPathComponent("\(store.lastPathComponent)-import").path]),
                                   "\(damage.name) (file): mapping import")   // reads the inner mapping; the envelope's version is the store's
            }
            if damage.file(id, map).hasPrefix("cooperations/") || damage.file(id, map).hasPrefix("history/") {
                for args in [["validate", loose.path],
                             ["import", loose.path, "--store", folder.appendingPathComponent("\(store.lastPathComponent)-import").path],
                             ["export", "--from", loose.path, "-d", "ringkasan", "--draft", "-f", "md", "-o", loose.path + ".md"]] {
                    let r = try StoreProcess.run(args)
                    // A cooperation file with a bad value is refused with a message (a history file is not a cooperation file either).
                    Self.expectNoCrash(r, "\(damage.name) (file): \(args.joined(separator: " "))", allowed: [1, 2])
                }
            }
            // The rest of the store keeps working.
            let listed = Self.ids(try StoreProcess.run(["list", "--store", s, "--json"]).stdout)
            for other in others {
                #expect(listed.contains(other), "\(damage.name): \(other) missing from list")
                #expect(try StoreProcess.run(["show", other, "--store", s]).status == 0, "\(damage.name): show \(other)")
            }
        }
    }

    @Test func badRulebookThemeMappingAndManifestAreMessages() throws {
        let folder = StoreProcess.folder("matrixfiles")
        let store = folder.appendingPathComponent("s").path
        #expect(try StoreProcess.run(["demo", "--store", store, "--count", "1", "--seed", "2"]).status == 0)
        let id = try #require(Self.ids(try StoreProcess.run(["list", "--store", store, "--json"]).stdout).first)
        let coop = URL(fileURLWithPath: store).appendingPathComponent("cooperations/\(id).json").path
        let toml = folder.appendingPathComponent("rusak.toml")
        try Data("[.".utf8).write(to: toml)
        // A few mutations of the bundled rulebook's shape: each is a message, never an abort.
        var tomls = [toml.path]
        for (n, text) in ["[[", "a = [1,", "x = \"\\u\"", "[a]\n[a]", "a.b = 1\na = 2", "= 1", "[a.]\n", "a = 1979-05-27T", "a = {b = 1,}", "\u{0}"].enumerated() {
            let url = folder.appendingPathComponent("fuzz\(n).toml")
            try Data(text.utf8).write(to: url)
            tomls.append(url.path)
        }
        for t in tomls {
            Self.expectNoCrash(try StoreProcess.run(["rulebook", "check", t]), "rulebook check \(t)", allowed: [1, 2])
            Self.expectNoCrash(try StoreProcess.run(["validate", coop, "--rulebook", t]), "validate --rulebook \(t)", allowed: [2])
            Self.expectNoCrash(try StoreProcess.run(["export", id, "-d", "ringkasan", "--draft", "-f", "md", "-o", folder.appendingPathComponent("r.md").path, "--store", store, "--rulebook", t]),
                               "export --rulebook \(t)", allowed: [2])
            Self.expectNoCrash(try StoreProcess.run(["gallery", "--theme", t], environment: ["TERM": "dumb"]), "gallery --theme \(t)")
        }
        let mapping = folder.appendingPathComponent("peta.json")
        try Data(#"{"format":"mufakat-revisi","mapping":5}"#.utf8).write(to: mapping)
        let imported = try StoreProcess.run(["mapping", "import", mapping.path, "--store", store])
        Self.expectNoCrash(imported, "mapping import", allowed: [1, 2])
        #expect((imported.stdout + imported.stderr).contains("mapping"))

        let manifest = #"{"createdAt":"2026-01-01T00:00:00Z","createdBy":{"host":"h","pid":1,"user":"u"},"format":"mufakat-bundel","items":[],"storeVersion":1,"version":\#(Self.big)}"#
        let bundle = folder.appendingPathComponent("versi.zip")
        try TinyZip.write([("manifest.json", Data(manifest.utf8))], to: bundle)
        Self.expectNoCrash(try StoreProcess.run(["bundle", "import", bundle.path, "--store", store]), "bundle import (manifest version)", allowed: [1, 2])
        #expect(try StoreProcess.run(["show", id, "--store", store]).status == 0)
    }

    /// The interface starts on a store holding a damaged file and shows every other cooperation.
    @Test func theInterfaceShowsEveryOtherCooperationBesideADamagedFile() throws {
        let folder = StoreProcess.folder("matrixui")
        let store = folder.appendingPathComponent("s")
        #expect(try StoreProcess.run(["demo", "--store", store.path, "--count", "3", "--seed", "4"]).status == 0)
        let listed = (StoreProcess.json(try StoreProcess.run(["list", "--store", store.path, "--json"]).stdout) as? [[String: Any]]) ?? []
        let items = listed.compactMap { row -> (String, String)? in
            guard let id = row["id"] as? String, let title = row["title"] as? String else { return nil }
            return (id, title)
        }.sorted { $0.0 < $1.0 }
        try #require(items.count == 3)
        try Self.plant(store.appendingPathComponent("cooperations/\(items[0].0).json"), key: "durationYears", value: "100000000000000000")
        try Self.plant(store.appendingPathComponent("cooperations/\(items[1].0).json"), key: "partyIndex", value: "-1")
        let tmux = try TmuxSession.start(command: "\(try MufakatBinary.path()) open --store \(MufakatBinary.quoted(store.path))", width: 160, height: 40)
        defer { tmux.kill() }
        // The titles are cut to the column; the damaged files are rebuilt from their history.
        let screen = try tmux.waitUntil("every cooperation on the home list") { s in
            items.allSatisfy { s.contains(String($0.1.prefix(20))) } && s.contains("Peringatan")
        }
        // The officer is told which file was damaged.
        #expect(screen.contains("cooperations/\(items[0].0).json") || screen.contains("cooperations/\(items[1].0).json"), "\(screen)")
        #expect(try TmuxSession.hasExited(tmux.panePID()) == false)
        tmux.kill()

        // A theme file the TOML reader cannot read: the interface starts with the default theme and says why.
        let theme = folder.appendingPathComponent("rusak.toml")
        try Data("[.".utf8).write(to: theme)
        let themed = try TmuxSession.start(command: "\(try MufakatBinary.path()) open --store \(MufakatBinary.quoted(store.path)) --theme \(MufakatBinary.quoted(theme.path))",
                                           width: 200, height: 40)
        defer { themed.kill() }
        _ = try themed.waitUntil("the theme warning beside the list") { s in
            s.contains(String(items[2].1.prefix(20))) && s.contains("Berkas tema") && s.contains("baris 1")
        }
    }
}
