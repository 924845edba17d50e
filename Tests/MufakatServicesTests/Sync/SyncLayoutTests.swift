import Foundation
@testable import MufakatServices
import Testing

/// Which item a path of a synced store belongs to, and the names a merge gives.
@Suite struct SyncLayoutTests {
    @Test func pathsMapToTheItemsAMergeDecidesOn() {
        #expect(SyncLayout.item(of: "cooperations/ks-1.json") == .cooperation("ks-1"))
        #expect(SyncLayout.item(of: "history/ks-1/000003.json") == .cooperation("ks-1"))
        #expect(SyncLayout.item(of: "history/ks-1/000003-1a2b3c4d.json") == .cooperation("ks-1"))
        #expect(SyncLayout.item(of: "mappings/32.71.json") == .mapping("32.71"))
        #expect(SyncLayout.item(of: "mapping-history/32.71/000001.json") == .mapping("32.71"))
        #expect(SyncLayout.item(of: "meetings/rapat-1.json") == .meeting("rapat-1"))
        #expect(SyncLayout.item(of: "profile.json") == .profile)
        #expect(SyncLayout.item(of: "index.json") == .other("index.json"))
        #expect(SyncLayout.item(of: "history/ks-1/extra/000001.json") == .other("history/ks-1/extra/000001.json"))
    }

    @Test func sideNamesAreNotRevisionsOfTheChain() {
        let side = SyncLayout.sideName("history/ks-1/000004.json", tag: "1a2b3c4d")
        #expect(side == "history/ks-1/000004-1a2b3c4d.json")
        #expect(SyncLayout.revision(of: "history/ks-1/000004.json") == 4)
        #expect(SyncLayout.revision(of: side) == nil)
        #expect(SyncLayout.revision(of: "cooperations/ks-1.json") == nil)
    }

    @Test func theCommitMessageNamesCooperationsAndRevisions() {
        let parts = SyncService.summary(of: ["cooperations/ks-2.json", "history/ks-2/000002.json", "history/ks-2/000003.json",
                                             "mappings/32.71.json", "mapping-history/32.71/000004.json", "profile.json"])
        #expect(parts == ["ks-2 rev 2, rev 3", "pemetaan 32.71 rev 4", "profil"])
    }

    @Test func theIgnoreFileLetsOnlyTheDataTravel() {
        let lines = SyncLayout.gitignore.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.contains("/*"))
        for kept in ["!/cooperations/", "!/history/", "!/mappings/", "!/mapping-history/", "!/meetings/", "!/profile.json"] {
            #expect(lines.contains(kept), "\(kept)")
        }
        #expect(!lines.contains { $0.contains("drafts") || $0.contains("index") || $0.contains("ekspor") || $0.contains("store.json") })
    }

    @Test func aMissingGitIsSaidWithHowToInstallIt() {
        #expect(Git.locate(environment: ["PATH": "/nonexistent"]) == nil)
        #expect(SyncError.gitMissing.description.contains("apt-get install -y git"))
    }
}
