import Foundation
import Testing

/// The store's subcommands as an officer uses them, on the built binary.
@Suite struct StoreCommandTests {
    @Test func checkStoreDetectsAHandEditedHistoryFile() throws {
        let store = StoreProcess.folder("tamper").appendingPathComponent("store").path
        #expect(try StoreProcess.run(["demo", "--store", store, "--count", "3"]).status == 0)
        let id = try #require(((StoreProcess.json(try StoreProcess.run(["list", "--store", store, "--json"]).stdout) as? [[String: Any]])?.first?["id"]) as? String)
        let edited = StoreProcess.folder("tamper").appendingPathComponent("e.json")
        let base = try StoreProcess.run(["show", id, "--store", store, "--json"]).stdout
        try Data(base.replacingOccurrences(of: "\"notes\" : \"\"", with: "\"notes\" : \"revisi dua\"").utf8).write(to: edited)
        #expect(try StoreProcess.run(["import", edited.path, "--store", store]).status == 0)
        #expect(try StoreProcess.run(["check-store", "--store", store]).status == 0)

        let first = URL(fileURLWithPath: store).appendingPathComponent("history/\(id)/000001.json")
        let text = try String(contentsOf: first, encoding: .utf8)
        try #require(text.contains("\"notes\" : \"\""))
        try Data(text.replacingOccurrences(of: "\"notes\" : \"\"", with: "\"notes\" : \"disisipkan diam-diam\"").utf8).write(to: first)
        let check = try StoreProcess.run(["check-store", "--store", store])
        #expect(check.status == 1)
        #expect(check.stdout.contains("history/\(id)/000001.json") && check.stdout.contains("SHA-256"))
        // The rest of the store keeps working.
        #expect(try StoreProcess.run(["list", "--store", store]).status == 0)
        #expect(try StoreProcess.run(["show", id, "--store", store]).stdout.contains("revisi dua") == false)
    }

    @Test func aBundleRoundTripBetweenTwoStoresLosesNothing() throws {
        let folder = StoreProcess.folder("bundle")
        let a = folder.appendingPathComponent("a").path, b = folder.appendingPathComponent("b").path
        #expect(try StoreProcess.run(["demo", "--store", a, "--count", "12", "--seed", "8"]).status == 0)
        let bundle = folder.appendingPathComponent("bawa.mufakat.zip").path
        let export = try StoreProcess.run(["bundle", "export", "--store", a, "--output", bundle])
        #expect(export.status == 0 && export.stdout.contains("12 kerja sama"))
        let imported = try StoreProcess.run(["bundle", "import", bundle, "--store", b, "--json"])
        #expect(imported.status == 0)
        // 12 cooperations and the demo store's own mapping (issue 7).
        #expect(((StoreProcess.json(imported.stdout) as? [String: Any])?["added"] as? [Any])?.count == 13)
        for sub in ["cooperations", "history"] {
            let left = try tree(URL(fileURLWithPath: a).appendingPathComponent(sub))
            let right = try tree(URL(fileURLWithPath: b).appendingPathComponent(sub))
            #expect(left == right && left.count >= 12)
        }
        #expect(try StoreProcess.run(["check-store", "--store", b]).status == 0)
        let listA = try StoreProcess.run(["list", "--store", a, "--json"]).stdout
        let listB = try StoreProcess.run(["list", "--store", b, "--json"]).stdout
        #expect(ids(listA) == ids(listB))
    }

    @Test func aBundleWithDotDotPathsIsRejectedAndTheRestImported() throws {
        let folder = StoreProcess.folder("evil")
        let a = folder.appendingPathComponent("a"), b = folder.appendingPathComponent("inner/b")
        #expect(try StoreProcess.run(["demo", "--store", a.path, "--count", "2"]).status == 0)
        let good = ids(try StoreProcess.run(["list", "--store", a.path, "--json"]).stdout)
        var entries: [(name: String, data: Data)] = [("manifest.json", Data(#"{"createdAt":"2026-01-01T00:00:00Z","createdBy":{"host":"h","pid":1,"user":"u"},"format":"mufakat-bundel","items":[],"storeVersion":1,"version":1}"#.utf8))]
        for id in good {
            entries.append(("cooperations/\(id).json", try Data(contentsOf: a.appendingPathComponent("cooperations/\(id).json"))))
            entries.append(("history/\(id)/000001.json", try Data(contentsOf: a.appendingPathComponent("history/\(id)/000001.json"))))
        }
        entries.append(("../jahat.json", Data("jahat".utf8)))
        entries.append(("history/../../jahat2.json", Data("jahat".utf8)))
        let bundle = folder.appendingPathComponent("jahat.zip")
        try TinyZip.write(entries, to: bundle)
        let result = try StoreProcess.run(["bundle", "import", bundle.path, "--store", b.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("DITOLAK: entri '../jahat.json'") && result.stdout.contains("'..'"))
        #expect(result.stdout.contains("DITOLAK: entri 'history/../../jahat2.json'"))
        #expect(result.stdout.contains("2 ditambahkan"))
        for escaped in ["inner/jahat.json", "jahat.json", "jahat2.json", "inner/b/jahat.json"] {
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(escaped).path), "\(escaped) was written")
        }
        #expect(ids(try StoreProcess.run(["list", "--store", b.path, "--json"]).stdout) == good)
        #expect(try StoreProcess.run(["check-store", "--store", b.path]).status == 0)
    }

    @Test func aFullDiskGivesAClearErrorAndLosesNothing() throws {
        let folder = StoreProcess.folder("full")
        let store = folder.appendingPathComponent("store").path
        #expect(try StoreProcess.run(["demo", "--store", store, "--count", "1", "--seed", "2"]).status == 0)
        let id = try #require(((StoreProcess.json(try StoreProcess.run(["list", "--store", store, "--json"]).stdout) as? [[String: Any]])?.first?["id"]) as? String)
        let before = try StoreProcess.run(["show", id, "--store", store, "--json"]).stdout
        let edited = folder.appendingPathComponent("e.json")
        try Data(before.replacingOccurrences(of: "\"notes\" : \"\"", with: "\"notes\" : \"tidak muat\"").utf8).write(to: edited)
        // Files may not grow past 4 KiB (a cooperation is bigger): writes fail with EFBIG, as on a full disk.
        let result = try StoreProcess.run(["import", edited.path, "--store", store], shell: "trap '' XFSZ; ulimit -f 8")
        #expect(result.status == 2)
        #expect(result.stderr.contains("Disk penuh") && result.stderr.contains("tidak berubah"), "\(result.stderr)")
        #expect(try StoreProcess.run(["show", id, "--store", store, "--json"]).stdout == before)
        #expect(try StoreProcess.run(["check-store", "--store", store]).status == 0)
    }

    @Test func damagedFilesAreReportedOnceAndTheRestWorks() throws {
        let store = StoreProcess.folder("damage").appendingPathComponent("store").path
        #expect(try StoreProcess.run(["demo", "--store", store, "--count", "4"]).status == 0)
        let all = ids(try StoreProcess.run(["list", "--store", store, "--json"]).stdout)
        let victim = URL(fileURLWithPath: store).appendingPathComponent("cooperations/\(all[0]).json")
        try Data("{\"cooperation\": {".utf8).write(to: victim)
        try FileManager.default.removeItem(at: URL(fileURLWithPath: store).appendingPathComponent("history/\(all[0])"))
        // Plain `list` reads only the compact index and notices changes by the folder's mtime, as
        // start-up does (issue 19); a file damaged in place is caught by `list --json` (one stat
        // per file), by opening it, or by check-store.
        let first = try StoreProcess.run(["list", "--store", store, "--json"])
        #expect(first.status == 0)
        #expect(first.stderr.contains("cooperations/\(all[0]).json") && first.stderr.contains("quarantine/"))
        let second = try StoreProcess.run(["list", "--store", store])
        #expect(!second.stderr.contains("cooperations/\(all[0]).json") && !second.stdout.contains(all[0]))
        #expect(ids(try StoreProcess.run(["list", "--store", store, "--json"]).stdout) == Array(all.dropFirst()))
        let show = try StoreProcess.run(["show", all[0], "--store", store])
        #expect(show.status == 2 && show.stderr.contains("quarantine/"))
    }

    @Test func listFitsEightyColumnsAndFilters() throws {
        let store = StoreProcess.folder("list").appendingPathComponent("store").path
        #expect(try StoreProcess.run(["demo", "--store", store, "--count", "40", "--reference-date", "2026-01-15"]).status == 0)
        let list = try StoreProcess.run(["daftar", "--store", store])
        #expect(list.status == 0)
        #expect(list.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(list.stdout.contains("40 kerja sama"))
        let ksdpk = try StoreProcess.run(["list", "--store", store, "--kind", "ksdpk", "--json"])
        let kinds = (StoreProcess.json(ksdpk.stdout) as? [[String: Any]])?.compactMap { $0["kind"] as? String } ?? []
        #expect(!kinds.isEmpty && kinds.allSatisfy { $0 == "ksdpk" })
        let bad = try StoreProcess.run(["list", "--store", store, "--stage", "tidak-ada"])
        #expect(bad.status == 2 && bad.stderr.contains("usulan"))
    }

    func ids(_ json: String) -> [String] {
        ((StoreProcess.json(json) as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
    }

    func tree(_ folder: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for case let url as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)! {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue {
                out[String(url.path.dropFirst(folder.path.count))] = try Data(contentsOf: url)
            }
        }
        return out
    }
}
