import Foundation
import MufakatDomain
import Testing
@testable import MufakatStore

/// Issue 21: the check after a pull looks at what the pull brought, not the whole store.
@Suite struct ScopedCheckTests {
    @Test func aScopedCheckFindsDamageInItsItemsOnly() throws {
        let store = try makeStore()
        for id in ["ks-a", "ks-b"] {
            var c = sampleCooperation(id: id)
            try store.save(c, basedOn: nil)
            c.notes = "kedua"
            try store.save(c, basedOn: 1)
        }
        // Revision 1 of ks-b edited by hand: revision 2's previousSHA256 no longer holds.
        let first = store.root.appendingPathComponent("history/ks-b/000001.json")
        let text = try String(contentsOf: first, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"notes\" : \"\"", with: "\"notes\" : \"disisipkan\"").utf8).write(to: first)
        let readOnly = try CooperationStore.open(at: store.root, readOnly: true)
        #expect(readOnly.check().findings.contains { $0.path.contains("ks-b") })
        let onlyA = readOnly.check(scope: CheckScope(cooperations: ["ks-a"]))
        #expect(onlyA.findings.isEmpty, "\(onlyA.findings)")
        #expect(onlyA.cooperations == 1)
        let onlyB = readOnly.check(scope: CheckScope(cooperations: ["ks-b"]))
        #expect(onlyB.findings.contains { $0.path.contains("ks-b") })
        #expect(!onlyB.findings.contains { $0.path.contains("ks-a") })
        #expect(readOnly.check(scope: CheckScope(cooperations: ["ks-tidak-ada"])).findings.isEmpty)
    }
}
