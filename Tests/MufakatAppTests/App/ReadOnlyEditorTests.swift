import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore
import MufakatTestSupport
import Testing
import TerminalUI
@testable import MufakatApp

/// Issue 20, item 13: a store that cannot be written never lets the editor take typing that
/// could not be saved.
@Suite struct ReadOnlyEditorTests {
    /// Computed on each use: its words follow the language of the test that reads it.
    static var folderState: ReadOnlyState { ReadOnlyState.store(cause: .notWritable(code: EACCES), root: "/srv/mufakat") }

    func readOnlyHarness() -> Harness {
        let repo = InMemoryRepository(profile: Fixture.profile)
        _ = try! repo.save(Fixture.transport(), basedOn: nil)
        repo.readOnly = Self.folderState
        var h = Harness(repository: repo)
        h.openFirst()
        return h
    }

    @Test func readOnlyStoreOpensTheEditorReadOnlyWithABanner() {
        let h = readOnlyHarness()
        #expect(h.program.screenName == "penyunting")
        #expect(h.program.editorReadOnly == Self.folderState)
        let lines = h.frame().lines
        #expect(lines[0].contains("HANYA-BACA"))
        #expect(lines[1].contains("HANYA-BACA, tidak dapat disimpan: tidak ada izin menulis"))
        #expect(lines[2].contains("chmod u+w /srv/mufakat"))
        Snapshot.assert(h.frame(), named: "read-only-editor-80x24")
    }

    @Test func typingIsRefusedWithAMessage() {
        var h = readOnlyHarness()
        h.type("ketikan")
        #expect(!h.program.isDirty)
        #expect(h.program.editedCooperation?.notes == "")
        #expect(h.bells == 7)
        #expect(h.program.message == .error(Self.folderState.refusal))
        h.key(.ctrl("s"))
        #expect(!h.performed.contains { if case .save = $0 { true } else { false } })
        h.key(.tab)          // the placeholder editor asks for a draft on Tab: not in a read-only store
        #expect(!h.performed.contains { if case .saveDraft = $0 { true } else { false } })
        h.key(.escape)       // closing needs no question: nothing was taken
        #expect(h.program.screenName == "beranda")
        #expect(h.program.dialogTitle == nil)
    }

    @Test func newCooperationIsRefusedInAReadOnlyStore() {
        var h = readOnlyHarness()
        h.key(.escape)
        h.type("n")
        #expect(h.program.screenName == "beranda")
        #expect(h.program.message.map { "\($0)" }?.contains("hanya-baca") == true)
    }

    @Test func cooperationOpenElsewhereCanBeViewedReadOnly() {
        var h = Harness(items: [Fixture.transport()])
        h.repository.lockAsOther(id: "angkutan-bogor", user: "sari")
        h.openFirst()
        #expect(h.program.dialogTitle == "Sedang dibuka di tempat lain")
        h.key(.right)
        h.key(.enter)        // Lihat saja
        #expect(h.program.screenName == "penyunting")
        #expect(h.program.editorReadOnly?.reason.contains("sari@kantor-lain") == true)
        h.type("x")
        #expect(!h.program.isDirty)
    }

    @Test func writableStoreEditsAsBefore() {
        var h = Harness(items: [Fixture.transport()])
        h.openFirst()
        #expect(h.program.editorReadOnly == nil)
        h.type("x")
        #expect(h.program.isDirty)
    }
}
