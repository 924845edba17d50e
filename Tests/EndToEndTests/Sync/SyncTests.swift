#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing

/// `mufakat sync` with real git: local bare repositories and a real `git daemon` on localhost.
/// Every test skips (passes with a message) when git is not installed.
@Suite(.serialized) struct SyncTests {
    static let gitPath: String? = ["/usr/bin/git", "/usr/local/bin/git", "/bin/git"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Two officers of Kota Gorontalo (75.71) on two machines, one remote.
    struct Pair {
        let folder: URL
        let remote: String
        let a: String
        let b: String
    }

    static func skipUnlessGit() -> Bool {
        if gitPath == nil { print("SyncTests dilewati: program git tidak terpasang (apt-get install -y git).") }
        return gitPath != nil
    }

    @discardableResult
    static func git(_ args: [String], in folder: String? = nil) throws -> String {
        let out = try Spawn.run([gitPath!] + (folder.map { ["-C", $0] } ?? []) + args, environment: [
            "GIT_AUTHOR_NAME": "Penguji", "GIT_AUTHOR_EMAIL": "penguji@contoh.go.id",
            "GIT_COMMITTER_NAME": "Penguji", "GIT_COMMITTER_EMAIL": "penguji@contoh.go.id"])
        return out.stdout + out.stderr
    }

    static func profile(_ store: String, region: String) throws {
        try FileManager.default.createDirectory(atPath: store, withIntermediateDirectories: true)
        let json = #"{"address":"","city":"Gorontalo","email":"","head":{"name":"Wali","title":"Wali Kota"},"letterNumberPattern":"{kode}/{nomor}","phone":"","regionCode":"\#(region)","schemaVersion":1,"unitHead":{"name":"Kabag","title":"Kepala Bagian"},"unitName":"Bagian Kerja Sama"}"#
        try Data((json + "\n").utf8).write(to: URL(fileURLWithPath: store).appendingPathComponent("profile.json"))
    }

    /// A cooperation of the demo generator, given `id` and the parties' region codes, imported into `store`.
    static func addCooperation(_ store: String, id: String, regions: [String], folder: URL) throws {
        let scratch = folder.appendingPathComponent("demo-\(UUID().uuidString.prefix(6))").path
        #expect(try Spawn.mufakat(["demo", "--store", scratch, "--count", "1", "--seed", "3"]).status == 0)
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: scratch + "/cooperations").first)
        let data = try Data(contentsOf: URL(fileURLWithPath: scratch + "/cooperations/" + file))
        var envelope = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var cooperation = try #require(envelope["cooperation"] as? [String: Any])
        var parties = try #require(cooperation["parties"] as? [[String: Any]])
        for (i, code) in regions.enumerated() where i < parties.count {
            parties[i]["type"] = "daerah"
            parties[i]["regionCode"] = code
        }
        cooperation["parties"] = parties
        cooperation["id"] = id
        envelope = ["cooperation": cooperation]
        let out = folder.appendingPathComponent("\(id)-\(UUID().uuidString.prefix(6)).json")
        try JSONSerialization.data(withJSONObject: envelope["cooperation"]!).write(to: out)
        let imported = try Spawn.mufakat(["import", out.path, "--store", store])
        #expect(imported.status == 0, "\(imported.stderr)")
    }

    /// Saves a new revision of `id` with `notes`.
    static func edit(_ store: String, id: String, notes: String, folder: URL) throws {
        let shown = try Spawn.mufakat(["show", id, "--store", store, "--json"])
        var envelope = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        var cooperation = try #require(envelope["cooperation"] as? [String: Any])
        cooperation["notes"] = notes
        envelope["cooperation"] = cooperation
        let out = folder.appendingPathComponent("edit-\(UUID().uuidString.prefix(6)).json")
        try JSONSerialization.data(withJSONObject: envelope).write(to: out)
        let imported = try Spawn.mufakat(["import", out.path, "--store", store])
        #expect(imported.status == 0, "\(imported.stderr)")
    }

    static func notes(_ store: String, id: String) throws -> String {
        let data = try Data(contentsOf: URL(fileURLWithPath: store).appendingPathComponent("cooperations/\(id).json"))
        let envelope = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return ((envelope?["cooperation"] as? [String: Any])?["notes"] as? String) ?? ""
    }

    static func sync(_ store: String, _ extra: [String] = []) throws -> Spawn.Output {
        try Spawn.mufakat(["sync", "--store", store, "--quiet"] + extra)
    }

    /// Two stores of region 75.71 paired with one remote; A holds two cooperations, already synced to B.
    static func pair(_ label: String, remote: String? = nil) throws -> Pair {
        let folder = StoreProcess.folder(label)
        let bare = folder.appendingPathComponent("remote.git").path
        try git(["init", "-q", "--bare", bare])
        let url = remote ?? bare
        let a = folder.appendingPathComponent("a").path, b = folder.appendingPathComponent("b").path
        try profile(a, region: "75.71")
        try profile(b, region: "75.71")
        try addCooperation(a, id: "ks-bersama-1", regions: ["75.71", "75.01"], folder: folder)
        try addCooperation(a, id: "ks-bersama-2", regions: ["75.04", "75.71"], folder: folder)
        for s in [a, b] {
            let initialized = try Spawn.mufakat(["sync", "init", "--store", s, "--remote", url])
            #expect(initialized.status == 0, "\(initialized.stderr)")
        }
        let first = try sync(a)
        #expect(first.status == 0 && first.stdout.contains("Terkirim"), "\(first.stdout) \(first.stderr)")
        let second = try sync(b)
        #expect(second.status == 0 && second.stdout.contains("ks-bersama-1"), "\(second.stdout) \(second.stderr)")
        return Pair(folder: folder, remote: url, a: a, b: b)
    }

    static func checkStore(_ store: String) throws -> Spawn.Output { try Spawn.mufakat(["check-store", "--store", store]) }

    /// No JSON file of the store holds a git conflict marker.
    static func noMarkers(_ store: String) throws -> Bool {
        let e = FileManager.default.enumerator(atPath: store)
        while let name = e?.nextObject() as? String {
            guard name.hasSuffix(".json"), !name.hasPrefix(".git") else { continue }
            let text = (try? String(contentsOfFile: store + "/" + name, encoding: .utf8)) ?? ""
            if text.contains("<<<<<<<") || text.contains(">>>>>>>") { return false }
        }
        return true
    }

    @Test func anArchivedFileTravelsWithItsHash() throws {
        guard Self.skipUnlessGit() else { return }
        let p = try Self.pair("archive")
        let scan = p.folder.appendingPathComponent("pks-ttd.pdf")
        var bytes = Data("%PDF-1.4\n".utf8)
        bytes.append(Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }))
        try bytes.write(to: scan)
        let attached = try Spawn.mufakat(["attach", "ks-bersama-1", "--stage", "pks", "--kind", "scan-ttd", scan.path, "--store", p.a])
        #expect(attached.status == 0, "\(attached.stderr)")
        #expect(try Self.sync(p.a).status == 0)
        let b = try Self.sync(p.b)
        #expect(b.status == 0, "\(b.stdout) \(b.stderr)")
        let sha = try ArchiveCLITests.sha256(scan)
        let arrived = try Data(contentsOf: URL(fileURLWithPath: p.b).appendingPathComponent("files/\(sha)"))
        #expect(arrived == bytes)
        #expect(try Self.checkStore(p.b).status == 0)
    }

    @Test func twoOfficersEditDifferentCooperationsWithoutConflict() throws {
        guard Self.skipUnlessGit() else { return }
        let p = try Self.pair("different")
        try Self.edit(p.a, id: "ks-bersama-1", notes: "catatan kantor A", folder: p.folder)
        try Self.edit(p.b, id: "ks-bersama-2", notes: "catatan kantor B", folder: p.folder)
        #expect(try Self.sync(p.a).status == 0)
        let b = try Self.sync(p.b)
        #expect(b.status == 0 && !b.stdout.contains("Konflik"), "\(b.stdout)")
        #expect(try Self.sync(p.a).status == 0)
        for s in [p.a, p.b] {
            #expect(try Self.notes(s, id: "ks-bersama-1") == "catatan kantor A")
            #expect(try Self.notes(s, id: "ks-bersama-2") == "catatan kantor B")
            #expect(try Self.checkStore(s).status == 0)
        }
        // The commit names the cooperation and revision, and the profile's unit as author.
        let log = try Self.git(["log", "--format=%an|%s"], in: p.a)
        #expect(log.contains("ks-bersama-1 rev 2") && log.contains("Bagian Kerja Sama, 75.71"), "\(log)")
        // Index, locks, drafts and the store's own manifest never travel.
        let files = try Self.git(["ls-tree", "-r", "--name-only", "HEAD"], in: p.a)
        #expect(!files.contains("index.json") && !files.contains("store.json") && files.contains("history/ks-bersama-1/000002.json"))
    }

    @Test func sameCooperationFromTheSameBaseIsAConflictWithBothRevisionsKept() throws {
        guard Self.skipUnlessGit() else { return }
        let p = try Self.pair("conflict")
        try Self.edit(p.a, id: "ks-bersama-1", notes: "versi A", folder: p.folder)
        try Self.edit(p.b, id: "ks-bersama-1", notes: "versi B", folder: p.folder)
        #expect(try Self.sync(p.a).status == 0)
        let b = try Self.sync(p.b)
        #expect(b.status == 1 && b.stdout.contains("Konflik") && b.stdout.contains("ks-bersama-1"), "\(b.stdout) \(b.stderr)")
        #expect(try Self.noMarkers(p.b))
        // A pushed first: its revision 2 keeps the number; B's is kept under a side name.
        let history = try FileManager.default.contentsOfDirectory(atPath: p.b + "/history/ks-bersama-1").sorted()
        #expect(history.count == 3 && history.contains("000002.json") && history.contains { $0.hasPrefix("000002-") }, "\(history)")
        #expect(try Self.notes(p.b, id: "ks-bersama-1") == "versi A")
        #expect(try Self.checkStore(p.b).status == 0)
        let status = try Spawn.mufakat(["sync", "status", "--store", p.b])
        #expect(status.status == 1 && status.stdout.contains("Konflik"))
        // The officer keeps theirs own: saved as revision 3 on top, both stay in history.
        let resolved = try Spawn.mufakat(["sync", "resolve", "ks-bersama-1", "--mine", "--store", p.b])
        #expect(resolved.status == 0, "\(resolved.stderr)")
        #expect(try Self.notes(p.b, id: "ks-bersama-1") == "versi B")
        #expect(try Self.sync(p.b).status == 0)
        let a = try Self.sync(p.a)
        #expect(a.status == 0, "\(a.stdout) \(a.stderr)")
        #expect(try Self.notes(p.a, id: "ks-bersama-1") == "versi B")
        #expect(try Self.checkStore(p.a).status == 0 && Self.noMarkers(p.a))
        let aHistory = try FileManager.default.contentsOfDirectory(atPath: p.a + "/history/ks-bersama-1")
        #expect(aHistory.count == 4, "\(aHistory)")
    }

    /// Saves a new revision of `id` with the top-level answer `key` set to `value`.
    static func editField(_ store: String, id: String, key: String, value: String, folder: URL) throws {
        let shown = try Spawn.mufakat(["show", id, "--store", store, "--json"])
        var envelope = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        var cooperation = try #require(envelope["cooperation"] as? [String: Any])
        cooperation[key] = value
        envelope["cooperation"] = cooperation
        let out = folder.appendingPathComponent("edit-\(UUID().uuidString.prefix(6)).json")
        try JSONSerialization.data(withJSONObject: envelope).write(to: out)
        let imported = try Spawn.mufakat(["import", out.path, "--store", store])
        #expect(imported.status == 0, "\(imported.stderr)")
    }

    static func field(_ store: String, id: String, key: String) throws -> String {
        let data = try Data(contentsOf: URL(fileURLWithPath: store).appendingPathComponent("cooperations/\(id).json"))
        let envelope = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return ((envelope?["cooperation"] as? [String: Any])?[key] as? String) ?? ""
    }

    /// Issue 20 item 14 / issue 21: `sync resolve --merge` keeps each side's change to the answers
    /// only that side touched, and refuses (naming the answer) when both changed the same one.
    @Test func resolveMergeKeepsBothSidesChangesFieldByField() throws {
        guard Self.skipUnlessGit() else { return }
        let p = try Self.pair("merge")
        try Self.edit(p.a, id: "ks-bersama-1", notes: "catatan A", folder: p.folder)
        try Self.editField(p.b, id: "ks-bersama-1", key: "title", value: "Judul dari B", folder: p.folder)
        try Self.edit(p.a, id: "ks-bersama-2", notes: "versi A", folder: p.folder)
        try Self.edit(p.b, id: "ks-bersama-2", notes: "versi B", folder: p.folder)
        #expect(try Self.sync(p.a).status == 0)
        let b = try Self.sync(p.b)
        #expect(b.status == 1 && b.stdout.contains("ks-bersama-1") && b.stdout.contains("ks-bersama-2"), "\(b.stdout) \(b.stderr)")
        let merged = try Spawn.mufakat(["sync", "resolve", "ks-bersama-1", "--merge", "--store", p.b])
        #expect(merged.status == 0 && merged.stdout.contains("Gabungan disimpan"), "\(merged.stdout) \(merged.stderr)")
        #expect(try Self.notes(p.b, id: "ks-bersama-1") == "catatan A")
        #expect(try Self.field(p.b, id: "ks-bersama-1", key: "title") == "Judul dari B")
        let refused = try Spawn.mufakat(["sync", "resolve", "ks-bersama-2", "--merge", "--store", p.b])
        // The answer is named by its label, never by its path ("notes").
        #expect(refused.status != 0 && refused.stderr.contains("Catatan (Anda:") && !refused.stderr.contains("notes")
                && refused.stderr.contains("versi B"), "\(refused.stdout) \(refused.stderr)")
        #expect(try Self.notes(p.b, id: "ks-bersama-2") == "versi A")
        #expect(try Self.checkStore(p.b).status == 0)
    }

    @Test func aPushCutShortLosesNothingAndTheNextSyncDeliversIt() throws {
        guard Self.skipUnlessGit() else { return }
        let p = try Self.pair("offline")
        try Self.edit(p.a, id: "ks-bersama-2", notes: "disimpan tanpa jaringan", folder: p.folder)
        // The network is gone: a remote on a port nobody listens on.
        #expect(try Spawn.mufakat(["sync", "init", "--store", p.a, "--remote", "git://127.0.0.1:1/hilang.git"]).status == 0)
        let offline = try Self.sync(p.a)
        #expect(offline.status == 0 && offline.stdout.contains("menunggu"), "\(offline.stdout) \(offline.stderr)")
        #expect(try Self.git(["log", "-1", "--format=%s"], in: p.a).contains("ks-bersama-2 rev 2"))
        #expect(try Spawn.mufakat(["sync", "init", "--store", p.a, "--remote", p.remote]).status == 0)
        // Meanwhile B saved too; A's sync is killed half-way through writing B's files, then run again.
        try Self.edit(p.b, id: "ks-bersama-1", notes: "dari B", folder: p.folder)
        #expect(try Self.sync(p.b).status == 0)
        let marker = p.a + "/.git/mufakat/merge-in-progress.json"
        let killed = try Spawn.start([try MufakatBinary.path(), "sync", "--store", p.a, "--quiet"], environment: ["MUFAKAT_SYNC_TEST_PAUSE_MS": "20000"])
        var waited = 0
        while !FileManager.default.fileExists(atPath: marker) && waited < 300 { usleep(50_000); waited += 1 }
        #expect(FileManager.default.fileExists(atPath: marker), "the merge never started")
        kill(killed, SIGKILL)
        Spawn.wait(killed)
        #expect(FileManager.default.fileExists(atPath: marker))
        #expect(try Spawn.mufakat(["sync", "init", "--store", p.a, "--remote", p.remote]).status == 0)
        let back = try Self.sync(p.a)
        #expect(back.status == 0 && back.stdout.contains("Terkirim"), "\(back.stdout) \(back.stderr)")
        #expect(try Self.sync(p.b).status == 0)
        #expect(!FileManager.default.fileExists(atPath: marker))
        #expect(try Self.notes(p.b, id: "ks-bersama-2") == "disimpan tanpa jaringan")
        #expect(try Self.notes(p.a, id: "ks-bersama-1") == "dari B")
        #expect(try Self.checkStore(p.a).status == 0 && Self.checkStore(p.b).status == 0)
    }

    @Test func aTamperedFileIsQuarantinedAndNamesItsCommit() throws {
        guard Self.skipUnlessGit() else { return }
        let p = try Self.pair("tamper")
        // Someone edits a pushed history file by hand in a clone and pushes.
        let clone = p.folder.appendingPathComponent("clone").path
        try Self.git(["clone", "-q", "-b", "daerah/75.71", p.remote, clone])
        let first = clone + "/history/ks-bersama-1/000001.json"
        let text = try String(contentsOfFile: first, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"notes\" : \"\"", with: "\"notes\" : \"disisipkan\"").utf8).write(to: URL(fileURLWithPath: first))
        // And a new revision whose chain does not hold.
        let forged = clone + "/history/ks-bersama-2/000002.json"
        try Data(try String(contentsOfFile: clone + "/history/ks-bersama-2/000001.json", encoding: .utf8)
            .replacingOccurrences(of: "\"revision\" : 1", with: "\"revision\" : 2\n, \"previousSHA256\" : \"00\"").utf8).write(to: URL(fileURLWithPath: forged))
        try FileManager.default.copyItem(atPath: forged, toPath: clone + "/cooperations/ks-bersama-2.json.new")
        try FileManager.default.removeItem(atPath: clone + "/cooperations/ks-bersama-2.json")
        try FileManager.default.moveItem(atPath: clone + "/cooperations/ks-bersama-2.json.new", toPath: clone + "/cooperations/ks-bersama-2.json")
        try Self.git(["add", "-A"], in: clone)
        try Self.git(["commit", "-q", "-m", "ubah diam-diam"], in: clone)
        try Self.git(["push", "-q", "origin", "HEAD:daerah/75.71"], in: clone)
        let commit = String(try Self.git(["rev-parse", "--short", "HEAD"], in: clone).prefix(7))

        let b = try Self.sync(p.b)
        #expect(b.status == 1, "\(b.stdout)")
        #expect(b.stdout.contains("Ditolak") && b.stdout.contains("ks-bersama-1") && b.stdout.contains(commit) && b.stdout.contains("Penguji"), "\(b.stdout)")
        #expect(b.stdout.contains("Dikarantina") && b.stdout.contains("ks-bersama-2"), "\(b.stdout)")
        let quarantine = try FileManager.default.contentsOfDirectory(atPath: p.b + "/quarantine")
        #expect(quarantine.contains { $0.contains("history-ks-bersama-1-000001.json") }, "\(quarantine)")
        #expect(try Self.notes(p.b, id: "ks-bersama-1") == "")
        #expect(try Self.checkStore(p.b).stdout.contains("quarantine"))
        #expect(FileManager.default.fileExists(atPath: p.b + "/history/ks-bersama-2/000002.json") == false)
    }

    @Test func aRegionCannotChangeAnotherRegionsCooperation() throws {
        guard Self.skipUnlessGit() else { return }
        let folder = StoreProcess.folder("region")
        let bare = folder.appendingPathComponent("remote.git").path
        try Self.git(["init", "-q", "--bare", bare])
        let gorontalo = folder.appendingPathComponent("gorontalo").path, boalemo = folder.appendingPathComponent("boalemo").path
        try Self.profile(gorontalo, region: "75.71")
        try Self.profile(boalemo, region: "75.02")
        try Self.addCooperation(gorontalo, id: "ks-kota-dan-bonebolango", regions: ["75.71", "75.03"], folder: folder)
        try Self.addCooperation(gorontalo, id: "ks-kota-dan-boalemo", regions: ["75.71", "75.02"], folder: folder)
        for s in [gorontalo, boalemo] { #expect(try Spawn.mufakat(["sync", "init", "--store", s, "--remote", bare]).status == 0) }
        #expect(try Self.sync(gorontalo).status == 0)
        // Boalemo takes in Gorontalo's branch: its own cooperation comes, the other one is refused.
        let pulled = try Self.sync(boalemo, ["--also", "daerah/75.71"])
        #expect(pulled.status == 1, "\(pulled.stdout) \(pulled.stderr)")
        #expect(pulled.stdout.contains("ks-kota-dan-bonebolango") && pulled.stdout.contains("bukan pihak"), "\(pulled.stdout)")
        #expect(FileManager.default.fileExists(atPath: boalemo + "/cooperations/ks-kota-dan-boalemo.json"))
        #expect(!FileManager.default.fileExists(atPath: boalemo + "/cooperations/ks-kota-dan-bonebolango.json"))
        // A second sync does not take it in either, and says nothing new.
        let again = try Self.sync(boalemo, ["--also", "daerah/75.71"])
        #expect(again.status == 0 && !FileManager.default.fileExists(atPath: boalemo + "/cooperations/ks-kota-dan-bonebolango.json"), "\(again.stdout)")
    }

    @Test func syncAndMappingPullThroughARealGitDaemon() throws {
        guard Self.skipUnlessGit() else { return }
        let folder = StoreProcess.folder("daemon")
        let base = folder.appendingPathComponent("srv")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        try Self.git(["init", "-q", "--bare", base.appendingPathComponent("provinsi.git").path])
        let port = try Self.freePort()
        let daemon = try Spawn.start([Self.gitPath!, "daemon", "--reuseaddr", "--base-path=\(base.path)", "--export-all", "--enable=receive-pack",
                                      "--listen=127.0.0.1", "--port=\(port)", base.path])
        defer { kill(daemon, SIGTERM); Spawn.wait(daemon) }
        let url = "git://127.0.0.1:\(port)/provinsi.git"
        // Wait until the daemon answers.
        var ready = false
        for _ in 0..<50 where !ready {
            ready = try Self.git(["ls-remote", url]).contains("fatal") == false
            if !ready { usleep(100_000) }
        }
        #expect(ready)

        let p = try Self.pair("daemon", remote: url)
        try Self.edit(p.b, id: "ks-bersama-1", notes: "lewat git daemon", folder: p.folder)
        #expect(try Self.sync(p.b).status == 0)
        #expect(try Self.sync(p.a).status == 0)
        #expect(try Self.notes(p.a, id: "ks-bersama-1") == "lewat git daemon")

        // Two regions push their mapping to their branch; the province pulls both.
        var remotes: [String] = []
        for (i, code) in ["75.01", "75.04"].enumerated() {
            let store = folder.appendingPathComponent("daerah-\(i)").path
            try Self.profile(store, region: code)
            #expect(try Spawn.mufakat(["demo", "--store", store, "--count", "1"]).status == 0)
            // The demo writes one mapping; give it this region's code.
            let mappings = try FileManager.default.contentsOfDirectory(atPath: store + "/mappings")
            let old = try #require(mappings.first)
            let shown = try String(contentsOfFile: store + "/mappings/" + old, encoding: .utf8)
            let oldCode = String(old.dropLast(5))
            let moved = folder.appendingPathComponent("pemetaan-\(code).json")
            try Data(shown.replacingOccurrences(of: "\"regionCode\" : \"\(oldCode)\"", with: "\"regionCode\" : \"\(code)\"").utf8).write(to: moved)
            try FileManager.default.removeItem(atPath: store + "/mappings")
            try FileManager.default.removeItem(atPath: store + "/mapping-history")
            #expect(try Spawn.mufakat(["mapping", "import", moved.path, "--store", store]).status == 0)
            #expect(try Spawn.mufakat(["sync", "init", "--store", store, "--remote", url]).status == 0)
            let pushed = try Self.sync(store)
            #expect(pushed.status == 0, "\(pushed.stdout) \(pushed.stderr)")
            remotes.append("\(url)#daerah/\(code)")
        }
        let province = folder.appendingPathComponent("provinsi").path
        let pulled = try Spawn.mufakat(["mapping", "pull", "--store", province] + remotes + ["\(url)#daerah/75.99"])
        #expect(pulled.stderr.contains("Menarik 3/3"), "\(pulled.stderr)")
        #expect(pulled.stderr.contains("daerah/75.99"), "a missing branch is named: \(pulled.stderr)")
        #expect(pulled.stdout.contains("75.01") && pulled.stdout.contains("75.04"), "\(pulled.stdout)")
        #expect(pulled.status == 1)
        #expect(FileManager.default.fileExists(atPath: province + "/mappings/75.01.json"))
    }

    /// A localhost port nobody listens on right now.
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = 0
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) } }
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
        return Int(UInt16(bigEndian: addr.sin_port))
    }
}
