import Foundation

/// Penarikan pemetaan: the facilitator reads each participant's mapping straight from its
/// repository (or its branch of a shared one) into a scratch repository, without a working tree,
/// and hands the mappings to `MappingService.importMappings` like the files of a bundle.
public enum MappingPull {
    /// One source: `URL` (its default branch) or `URL#branch`.
    public struct Source: Sendable, Hashable {
        public var url: String
        public var branch: String?
        public init(_ text: String) {
            if let hash = text.lastIndex(of: "#"), hash != text.startIndex {
                url = String(text[..<hash]); branch = String(text[text.index(after: hash)...])
            } else {
                url = text; branch = nil
            }
        }
        public var label: String { branch.map { "\(url)#\($0)" } ?? url }
    }

    /// Reads the mappings of every source; an unreachable source or one without a mapping is a
    /// problem naming it, and the others still import. `progress(done, total, source)` is called
    /// once per source.
    public static func read(_ texts: [String], progress: (Int, Int, String) -> Void = { _, _, _ in }) throws(SyncError) -> MappingService.ReadBatch {
        guard let exe = Git.locate() else { throw SyncError.gitMissing }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-tarik-\(UUID().uuidString)")
        do { try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700]) } catch {
            throw SyncError.store(ServiceText.current.sync.folderFailed(scratch.path, "\(error)"))
        }
        defer { try? FileManager.default.removeItem(at: scratch) }
        let git = Git(executable: exe, folder: scratch)
        try git.check(["init", "-q", "--bare"])
        let sources = texts.map(Source.init)
        var batch = MappingService.ReadBatch(incoming: [], problems: [])
        // One fetch per repository with every branch wanted from it; a failure is retried one by one to name the culprit.
        var refs: [Int: String] = [:]
        var order: [String] = []
        var byURL: [String: [Int]] = [:]
        for (i, s) in sources.enumerated() {
            if byURL[s.url] == nil { order.append(s.url) }
            byURL[s.url, default: []].append(i)
        }
        for url in order {
            let indexes = byURL[url]!
            func spec(_ i: Int) -> String { "+\(sources[i].branch.map { "refs/heads/\($0)" } ?? "HEAD"):refs/tarik/\(i)" }
            let all = try git.run(["fetch", "-q", "--no-tags", "--depth=1", url] + indexes.map(spec))
            if all.status == 0 {
                for i in indexes { refs[i] = "refs/tarik/\(i)" }
                continue
            }
            for i in indexes {
                let one = try git.run(["fetch", "-q", "--no-tags", "--depth=1", url, spec(i)])
                if one.status == 0 { refs[i] = "refs/tarik/\(i)" } else {
                    batch.problems.append(ServiceText.current.sync.pullFailed(sources[i].label, one.stderr.split(separator: "\n").first.map(String.init) ?? ServiceText.current.sync.fetchFailedDefault))
                }
            }
        }
        for (i, source) in sources.enumerated() {
            defer { progress(i + 1, sources.count, source.label) }
            guard let ref = refs[i] else { continue }
            let listed = (try? git.check(["ls-tree", "-z", "--name-only", "\(ref):mappings"]))?.stdout.split(separator: 0)
                .map { String(decoding: $0, as: UTF8.self) }.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") } ?? []
            guard !listed.isEmpty else {
                batch.problems.append(ServiceText.current.sync.noMappingsThere(source.label))
                continue
            }
            let names = listed.map { "\(ref):mappings/\($0)" }
            let bytes = try git.contents(names)
            for (name, file) in zip(names, listed) {
                guard let data = bytes[name] else { continue }
                do {
                    for mapping in try MappingFileReader.parseJSON(data, path: "\(source.label):mappings/\(file)") {
                        batch.incoming.append(MappingService.Incoming(mapping: mapping, source: source.label))
                    }
                } catch let e as MappingServiceError {
                    batch.problems.append(e.description)
                } catch {
                    batch.problems.append("\(source.label):mappings/\(file): \(error)")
                }
            }
        }
        return batch
    }
}
