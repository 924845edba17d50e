import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore
import Testing
import TerminalUI
@testable import MufakatApp

/// Draf otomatis pemetaan: the mapping screen's autosave, the restore offer, and removal of the
/// draft by a save or a discard.
@Suite struct MappingDraftFormTests {
    typealias F = MappingFormFixture

    static func draftActions(_ h: Harness) -> [RegionMapping] {
        h.performed.compactMap { if case let .saveMappingDraft(m, _) = $0 { m } else { nil } }
    }

    static func discards(_ h: Harness) -> Int {
        h.performed.filter { if case .discardMappingDraft = $0 { true } else { false } }.count
    }

    /// Home, p, type into affair 1.01, idle until the draft is written.
    static func typedAndAutosaved(_ text: String = "Balai pelatihan guru") -> (Harness, InMemoryMappingRepository) {
        var (h, repo) = F.opened()
        F.openAffair("1.01", in: &h)
        h.type(text)
        for _ in 0..<h.program.autosaveIdleTicks { h.send(.tick) }
        return (h, repo)
    }

    @Test func idleTicksWriteADraftOnceWithoutARevision() throws {
        var (h, repo) = F.opened()
        F.openAffair("1.01", in: &h)
        h.type("Balai pelatihan guru")
        for _ in 0..<(h.program.autosaveIdleTicks - 1) { h.send(.tick) }
        #expect(Self.draftActions(h).isEmpty)
        h.send(.tick)
        #expect(h.performed.last == .saveMappingDraft(F.screen(h).mapping, basedOn: 1))
        let draft = try #require(try repo.mappingDraft(regionCode: "32.71"))
        #expect(draft.mapping.entries(forAffair: "1.01").first?.offer == "Balai pelatihan guru")
        #expect(draft.basedOnRevision == 1)
        #expect(try repo.mapping(regionCode: "32.71")?.revision == 1)
        // Nothing new typed: no second draft however long it stays idle.
        for _ in 0..<10 { h.send(.tick) }
        #expect(Self.draftActions(h).count == 1)
        #expect(h.frame().lines[0].contains("· draf "))
        // Typing again starts the count again.
        h.type(" negeri")
        h.send(.tick)
        #expect(Self.draftActions(h).count == 1)
        h.send(.tick); h.send(.tick)
        #expect(Self.draftActions(h).count == 2)
        #expect(try repo.mappingDraft(regionCode: "32.71")?.mapping.entries(forAffair: "1.01").first?.offer == "Balai pelatihan guru negeri")
    }

    @Test func leavingAnAffairsFormWritesTheDraftAtOnce() throws {
        var (h, repo) = F.opened()
        F.openAffair("1.01", in: &h)
        h.type("Balai pelatihan guru")
        #expect(Self.draftActions(h).isEmpty)
        h.key(.escape)
        #expect(Self.draftActions(h).count == 1)
        #expect(try repo.mappingDraft(regionCode: "32.71") != nil)
    }

    @Test func noChangesNoDraft() {
        var (h, _) = F.opened()
        F.openAffair("1.01", in: &h)
        h.key(.escape)
        for _ in 0..<10 { h.send(.tick) }
        #expect(Self.draftActions(h).isEmpty)
    }

    @Test func savingRemovesTheDraft() throws {
        var (h, repo) = Self.typedAndAutosaved()
        #expect(try repo.mappingDraft(regionCode: "32.71") != nil)
        h.key(.ctrl("s"))
        #expect(try repo.mapping(regionCode: "32.71")?.revision == 2)
        #expect(try repo.mappingDraft(regionCode: "32.71") == nil)
        for _ in 0..<10 { h.send(.tick) }
        #expect(Self.draftActions(h).count == 1)
    }

    @Test func discardingOnLeavingRemovesTheDraft() throws {
        var (h, repo) = Self.typedAndAutosaved()
        h.key(.escape); h.key(.escape)
        #expect(h.program.mappingForm?.dialogTitle == "Tutup pemetaan?")
        h.key(.right); h.key(.enter)   // Buang & tutup
        #expect(h.program.screenName == "beranda")
        #expect(Self.discards(h) == 1)
        #expect(try repo.mappingDraft(regionCode: "32.71") == nil)
        #expect(try repo.mapping(regionCode: "32.71")?.revision == 1)
    }

    @Test func aDraftIsOfferedOnOpeningAndRestored() throws {
        let (h, repo) = Self.typedAndAutosaved()
        // The program dies here (SIGKILL): a fresh one on the same repository.
        var again = Harness()
        again.effects.mappings = repo
        again.type("p")
        #expect(again.program.mappingForm?.dialogTitle == "Pulihkan draf pemetaan?")
        let text = F.text(again)
        #expect(text.contains("Pulihkan draf"))
        #expect(text.contains("tersimpan otomatis"))
        #expect(text.contains("Urusan 1.01 Pendidikan: ditambahkan"))
        #expect(!text.contains("Perhatian"))
        again.key(.enter)   // Pulihkan draf
        #expect(F.screen(again).mapping.entries(forAffair: "1.01").first?.offer == "Balai pelatihan guru")
        #expect(F.screen(again).isDirty)
        #expect(again.program.message == .ok("Draf pemetaan dipulihkan; belum disimpan. Tekan Ctrl-S untuk menyimpan."))
        #expect(try repo.mappingDraft(regionCode: "32.71") != nil)
        again.key(.ctrl("s"))
        #expect(try repo.mapping(regionCode: "32.71")?.revision == 2)
        #expect(try repo.mapping(regionCode: "32.71")?.mapping.entries(forAffair: "1.01").first?.offer == "Balai pelatihan guru")
        #expect(try repo.mappingDraft(regionCode: "32.71") == nil)
        _ = h
    }

    @Test func discardingTheOfferedDraftRemovesIt() throws {
        let (_, repo) = Self.typedAndAutosaved()
        var again = Harness()
        again.effects.mappings = repo
        again.type("p")
        again.key(.right); again.key(.enter)   // Buang draf
        #expect(again.program.screenName == "pemetaan")
        #expect(!F.screen(again).isDirty)
        #expect(F.screen(again).mapping.entries(forAffair: "1.01").isEmpty)
        #expect(Self.discards(again) == 1)
        #expect(try repo.mappingDraft(regionCode: "32.71") == nil)
    }

    @Test func cancellingTheOfferKeepsTheDraftForLater() throws {
        let (_, repo) = Self.typedAndAutosaved()
        var again = Harness()
        again.effects.mappings = repo
        again.type("p")
        again.key(.escape)   // Batal
        #expect(again.program.screenName == "beranda")
        #expect(try repo.mappingDraft(regionCode: "32.71") != nil)
        again.type("p")
        #expect(again.program.mappingForm?.dialogTitle == "Pulihkan draf pemetaan?")
    }

    @Test func aDraftBehindASaveElsewhereSaysSoAndEndsInTheConflictQuestion() throws {
        let (_, repo) = Self.typedAndAutosaved("Milik saya")
        var theirs = F.mapping()
        theirs.contact.name = "Petugas Lain"
        try repo.saveMapping(theirs, basedOn: 1)
        var again = Harness()
        again.effects.mappings = repo
        again.type("p")
        #expect(again.program.mappingForm?.dialogTitle == "Pulihkan draf pemetaan?")
        again.send(.resize(width: 200, height: 60))
        let wide = F.text(again, width: 200, height: 60)
        #expect(wide.contains("Perhatian: draf berangkat dari revisi 1"))
        #expect(wide.contains("disimpan lagi sebagai revisi 2"))
        again.send(.resize(width: 80, height: 24))
        let narrow = F.text(again)
        #expect(narrow.contains("Perhatian"), "\(narrow)")
        #expect(narrow.contains("[ Pulihkan draf ]"), "\(narrow)")
        again.key(.enter)   // Pulihkan draf
        #expect(F.screen(again).revision == 1)
        again.key(.ctrl("s"))
        #expect(again.program.mappingForm?.dialogTitle == "Konflik penyimpanan pemetaan")
        #expect(try repo.mapping(regionCode: "32.71")?.mapping == theirs)
        #expect(try repo.mappingDraft(regionCode: "32.71") != nil)
    }

    @Test func aDraftEqualToTheStoredMappingIsNotOffered() throws {
        let repo = InMemoryMappingRepository(mappings: [F.mapping()])
        try repo.saveMappingDraft(F.mapping(), basedOn: 1)
        var h = Harness()
        h.effects.mappings = repo
        h.type("p")
        #expect(h.program.mappingForm?.dialogTitle == nil)
        #expect(try repo.mappingDraft(regionCode: "32.71") == nil)
    }

    @Test func aMappingDraftIsNotACooperationDraft() {
        var (h, _) = Self.typedAndAutosaved()
        h.send(.custom(AppEvent.listLoaded(try! h.effects.listState())))
        #expect(h.program.dialogTitle == nil)
        #expect(h.repository.draftIDs().isEmpty)
    }
}
