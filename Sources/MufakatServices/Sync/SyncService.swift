#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import MufakatDomain
import MufakatStore

/// Layanan sinkronisasi: the store as a git working tree. `initialize` pairs the store with a
/// remote, `sync` commits what was saved here, fetches, merges item by item (never a text merge
/// of JSON), verifies the hash chains and pushes. No server of our own: any git host is the remote,
/// and its access control is the real gate (README, "Sinkronisasi (git)").
public final class SyncService: @unchecked Sendable {
    public let session: StoreSession
    let git: Git
    public var root: URL { session.root }

    /// Fails with `.gitMissing` (and how to install it) when git is not installed.
    public init(session: StoreSession, environment: [String: String] = ProcessInfo.processInfo.environment) throws(SyncError) {
        guard let exe = Git.locate(environment: environment) else { throw SyncError.gitMissing }
        self.session = session
        var git = Git(executable: exe, folder: session.root)
        git.identity = SyncService.identity(profile: session.loadProfile(), region: session.ownRegionCode)
        self.git = git
    }

    /// The commit author: the officer on this machine and the profile's unit and region.
    static func identity(profile: RegionProfile?, region: String?) -> (name: String, email: String) {
        let user = Author.current.user
        var name = user
        if let profile, !profile.unitName.isEmpty { name += " (\(profile.unitName), \(profile.regionCode))" }
        else if let region { name += " (\(region))" }
        let email = profile.map(\.email).flatMap { $0.contains("@") ? $0 : nil } ?? "\(user)@\(Author.current.host)"
        return (name, email)
    }

    public var isInitialized: Bool { SyncState.load(root) != nil }
    public var state: SyncState? { SyncState.load(root) }

    // MARK: Setting up

    /// Makes the store a git working tree (or pairs with the one it is), writes `.gitignore`,
    /// records `remote` as `origin` and sets the region's branch (`daerah/<region>`).
    @discardableResult
    public func initialize(remote: String, branch requested: String? = nil) throws(SyncError) -> SyncState {
        guard let branch = requested ?? session.ownRegionCode.map(SyncLayout.branch(region:)) else { throw SyncError.noRegion }
        guard (try? git.run(["check-ref-format", "--branch", branch]))?.status == 0 else { throw SyncError.invalidBranch(branch) }
        let dotGit = root.appendingPathComponent(".git")
        if !FileManager.default.fileExists(atPath: dotGit.path) {
            // A store inside someone else's repository would commit into theirs: refuse.
            if let top = try? git.run(["rev-parse", "--show-toplevel"]), top.status == 0, !top.text.isEmpty {
                throw SyncError.foreignRepository(store: root.path, toplevel: top.text)
            }
            try git.check(["init", "-q"])
        }
        // Pairing with a working tree that has commits on another branch: carry them over.
        if let head = git.revParse("HEAD"), git.revParse("refs/heads/\(branch)") == nil {
            try git.check(["branch", branch, head])
        }
        try git.check(["symbolic-ref", "HEAD", "refs/heads/\(branch)"])
        let ignore = root.appendingPathComponent(".gitignore")
        if (try? Data(contentsOf: ignore)) != Data(SyncLayout.gitignore.utf8) {
            do { try AtomicFile.write(Data(SyncLayout.gitignore.utf8), to: ignore) } catch {
                throw SyncError.store(error.description)
            }
        }
        if (try git.run(["remote", "get-url", "origin"])).status == 0 {
            try git.check(["remote", "set-url", "origin", remote])
        } else {
            try git.check(["remote", "add", "origin", remote])
        }
        var state = SyncState.load(root) ?? SyncState(branch: branch, remote: remote)
        state.branch = branch
        state.remote = remote
        try state.save(root)
        return state
    }

    // MARK: Status

    public func status() throws(SyncError) -> SyncStatus {
        guard let state = SyncState.load(root) else { throw SyncError.notInitialized(store: root.path) }
        let changes = (try? git.run(["status", "--porcelain", "-z", "--untracked-files=all"]))?.stdout.split(separator: 0).count ?? 0
        let (ahead, behind) = counts(branch: state.branch)
        return SyncStatus(branch: state.branch, remote: state.remote, lastSync: state.lastSync, lastOutcome: state.lastOutcome,
                          uncommitted: changes, ahead: ahead, behind: behind, conflicts: state.conflicts)
    }

    func counts(branch: String) -> (Int, Int) {
        let remoteRef = "refs/remotes/origin/\(branch)"
        guard git.revParse("HEAD") != nil else { return (0, 0) }
        guard git.revParse(remoteRef) != nil else {
            return (Int((try? git.run(["rev-list", "--count", "HEAD"]))?.text ?? "") ?? 0, 0)
        }
        let text = (try? git.run(["rev-list", "--left-right", "--count", "HEAD...\(remoteRef)"]))?.text ?? ""
        let parts = text.split(whereSeparator: { $0 == "\t" || $0 == " " }).compactMap { Int($0) }
        return parts.count == 2 ? (parts[0], parts[1]) : (0, 0)
    }

    // MARK: A sync

    /// Commits, fetches, merges, verifies, pushes. `also` names more branches of the remote to
    /// take in (a partner region's `daerah/32.01`), under the same rules. `progress` gets one line
    /// per step.
    public func sync(also: [String] = [], progress: (String) -> Void = { _ in }) throws(SyncError) -> SyncReport {
        guard var state = SyncState.load(root) else { throw SyncError.notInitialized(store: root.path) }
        var report = SyncReport()
        let ownRegion = session.ownRegionCode
        let collected = Set(((try? session.mappings.allMeetings()) ?? []).flatMap(\.participantRegions))
        try undoInterruptedMerge()

        progress(ServiceText.current.sync.progressCommit)
        report.committed = try withStoreLock { () throws(SyncError) -> String? in try commitLocal(region: ownRegion) }

        var attempts = 0
        while true {
            attempts += 1
            var reachable = true
            for (index, branch) in ([state.branch] + also).enumerated() {
                progress(ServiceText.current.sync.progressFetch(branch, state.remote))
                let fetched = try fetch(branch)
                switch fetched {
                case .offline(let why):
                    reachable = false
                    report.waiting = why
                case .missing:
                    if index > 0 { report.notes.append(ServiceText.current.sync.branchMissing(branch)) }
                case .fetched(let commit):
                    progress(ServiceText.current.sync.progressMerge(branch))
                    let published = try git.tree(git.revParse("refs/remotes/origin/\(state.branch)"))
                    let merger = SyncMerge(git: git, session: session, ownRegion: ownRegion, collected: collected, branch: branch, published: published)
                    try withStoreLock { () throws(SyncError) -> Void in try merger.merge(theirs: commit, into: &report) }
                }
                if !reachable { break }
            }
            guard reachable else { break }
            progress(ServiceText.current.sync.progressPush(state.branch, state.remote))
            guard git.revParse("HEAD") != nil else { report.pushed = true; break }
            let push = try git.run(["push", "-q", "origin", "HEAD:refs/heads/\(state.branch)"])
            if push.status == 0 {
                report.pushed = true
                report.waiting = nil
                _ = try? git.run(["update-ref", "refs/remotes/origin/\(state.branch)", "HEAD"])
                break
            }
            let message = push.stderr.lowercased()
            if (message.contains("rejected") || message.contains("fetch first") || message.contains("non-fast-forward")) && attempts < 3 {
                continue // someone pushed meanwhile: take theirs in and try again
            }
            report.waiting = SyncService.reason(push.stderr)
            break
        }

        (report.ahead, report.behind) = counts(branch: state.branch)
        for c in report.conflicts where !state.conflicts.contains(where: { $0.kind == c.kind && $0.id == c.id }) {
            state.conflicts.append(c)
        }
        for c in report.conflicts {
            if let i = state.conflicts.firstIndex(where: { $0.kind == c.kind && $0.id == c.id }) { state.conflicts[i] = c }
        }
        report.pendingConflicts = state.conflicts
        state.lastSync = Date()
        state.lastOutcome = report.pushed ? (report.hasFindings ? "terkirim-dengan-temuan" : "terkirim") : "menunggu-jaringan"
        try state.save(root)
        return report
    }

    /// A short reason from git's message ("could not resolve host", "connection refused").
    static func reason(_ stderr: String) -> String {
        let line = stderr.split(separator: "\n").map { $0.trimmedWhitespace() }.first { !$0.isEmpty } ?? ServiceText.current.sync.unreachableDefault
        let lower = stderr.lowercased()
        if lower.contains("denied") || lower.contains("protected") || lower.contains("forbidden") || lower.contains("hook declined") {
            return ServiceText.current.sync.pushRefused(line)
        }
        return ServiceText.current.sync.unreachable(line)
    }

    enum Fetched { case fetched(String), missing, offline(String) }

    func fetch(_ branch: String) throws(SyncError) -> Fetched {
        let ref = "refs/remotes/origin/\(branch)"
        let out = try git.run(["fetch", "-q", "--no-tags", "origin", "+refs/heads/\(branch):\(ref)"])
        if out.status == 0, let commit = git.revParse(ref) { return .fetched(commit) }
        if out.stderr.contains("couldn't find remote ref") { return .missing }
        return .offline(SyncService.reason(out.stderr))
    }

    /// Commits every change of the store's data (the `.gitignore` decides which) with a message
    /// naming the cooperations and revisions; nil when there was nothing to commit.
    func commitLocal(region: String?) throws(SyncError) -> String? {
        try git.check(["add", "-A"])
        let staged = try git.check(["diff", "--cached", "--name-only", "-z", "--no-renames"]).stdout
            .split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        guard !staged.isEmpty else { return nil }
        let summary = SyncService.summary(of: staged)
        let subject = "Mufakat \(region ?? "-"): " + (summary.count > 6 ? summary.prefix(6).joined(separator: ", ") + ", dan \(summary.count - 6) lainnya" : summary.joined(separator: ", "))
        let body = summary.map { "- \($0)" }.joined(separator: "\n")
        try git.check(["-c", "commit.gpgsign=false", "commit", "-q", "--no-verify", "-F", "-"], input: Data((subject + "\n\n" + body + "\n").utf8))
        return summary.joined(separator: ", ")
    }

    /// "ks-1 rev 3", "pemetaan 32.71 rev 2", "rapat rapat-1", "profil": one part per item.
    static func summary(of paths: [String]) -> [String] {
        var revisions: [SyncLayout.Item: [Int]] = [:]
        var items: [SyncLayout.Item] = []
        for p in paths {
            let item = SyncLayout.item(of: p)
            if !items.contains(item) { items.append(item) }
            if let n = SyncLayout.revision(of: p) { revisions[item, default: []].append(n) }
        }
        return items.sorted().map { item in
            let revs = (revisions[item] ?? []).sorted().map { "rev \($0)" }.joined(separator: ", ")
            let name: String
            switch item {
            case .cooperation(let id): name = id
            case .mapping(let r): name = "pemetaan \(r)"
            case .meeting(let id): name = "rapat \(id)"
            case .profile: name = "profil"
            case .archivedFile(let sha): name = "berkas arsip \(sha.prefix(12))"
            case .gitignore: name = ".gitignore"
            case .other(let p): name = p
            }
            return revs.isEmpty ? name : "\(name) \(revs)"
        }
    }

    // MARK: Safety

    /// Holds the store's own lock (`store.lock`), so no save lands half-way through a commit or
    /// a merge. Nothing called inside may take the store's lock again.
    func withStoreLock<T>(_ body: () throws(SyncError) -> T) throws(SyncError) -> T {
        let path = root.appendingPathComponent("store.lock").path
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        if fd >= 0 {
            while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
        }
        defer { if fd >= 0 { close(fd) } }
        return try body()
    }

    /// A merge cut short (power cut, killed) left some files written and HEAD unchanged: put
    /// those files back as HEAD has them, then merge again from the start.
    func undoInterruptedMerge() throws(SyncError) {
        let marker = SyncMerge.markerURL(root)
        guard let data = try? Data(contentsOf: marker),
              let paths = try? JSONDecoder().decode([String].self, from: data) else { return }
        let head = git.revParse("HEAD")
        let tree = try git.tree(head)
        let blobs = try git.contents(paths.compactMap { tree[$0] })
        for p in paths {
            let url = root.appendingPathComponent(p)
            if let blob = tree[p], let bytes = blobs[blob] {
                try SyncMerge.write(bytes, to: url)
            } else {
                try? FileManager.default.removeItem(at: url)
            }
        }
        _ = try? git.run(["reset", "-q"])
        try? FileManager.default.removeItem(at: marker)
    }

    // MARK: Conflicts

    public enum Choice: Sendable { case mine, theirs }

    /// Settles a conflict a sync recorded. The chosen content, when it is the side that lost its
    /// number, is saved as a new revision on top of the current one (the chain stays whole; both
    /// revisions remain in history); otherwise nothing changes. Returns a sentence for the officer.
    public func resolve(id: String, choice: Choice) throws(SyncError) -> String {
        guard var state = SyncState.load(root) else { throw SyncError.notInitialized(store: root.path) }
        guard let index = state.conflicts.firstIndex(where: { $0.id == id }) else { throw SyncError.noConflict(id: id) }
        let conflict = state.conflicts[index]
        var sentence: String
        let side = conflict.sideIsOurs ? ServiceText.current.sync.sideYou : ServiceText.current.sync.sideThem
        if (choice == .mine) != conflict.sideIsOurs {
            sentence = ServiceText.current.sync.keptCurrent(id, side, conflict.sideFile)
        } else {
            guard let data = try? Data(contentsOf: root.appendingPathComponent(conflict.sideFile)) else {
                throw SyncError.store(ServiceText.current.sync.sideMissing(conflict.sideFile))
            }
            do {
                switch conflict.kind {
                case .cooperation:
                    let chosen = try CooperationFileDecoder.decode(data, path: conflict.sideFile)
                    let current = try session.load(id: id)
                    let info = try session.save(chosen.cooperation, basedOn: current.revision)
                    sentence = ServiceText.current.sync.savedSide(side, info.revision, id)
                case .mapping:
                    guard let mapping = try MappingFileReader.parseJSON(data, path: conflict.sideFile).first else {
                        throw SyncError.store(ServiceText.current.sync.sideNoMapping(conflict.sideFile))
                    }
                    let current = try session.loadMapping(regionCode: id)
                    let info = try session.saveMapping(mapping, basedOn: current.revision)
                    sentence = ServiceText.current.sync.savedMappingSide(side, info.revision, id)
                }
            } catch let error as SyncError {
                throw error
            } catch {
                throw SyncError.store(ServiceText.current.sync.choiceNotSaved("\(error)"))
            }
        }
        state.conflicts.remove(at: index)
        try state.save(root)
        return sentence + ServiceText.current.sync.sendIt
    }
}
