import Foundation
import Testing
import TerminalUI
import MufakatDomain
import MufakatServices
import MufakatTestSupport
@testable import MufakatApp

/// The cooperation editor in English at 80×24 (goldens in `__Snapshots__/Editor/*-en-80x24.txt`):
/// every stage of a KSDD, a Nota Kesepakatan and a KSDPK, the review, the export panel, a page
/// after signing and the read-only banner. Each frame is checked against the catalogues, not a
/// word list: no fragment of an Indonesian entry of the editor's catalogues (`EditorText`,
/// `EditorFormText`, `EditorFieldText`, and the rest of `AppText` through `EnglishWalkTests`) and
/// no Indonesian interface text of the rulebook (stage titles, summaries, labels, messages) may
/// be left on it.
@Suite struct EditorEnglishWalkTests {
    /// The fixed pieces of a text: what is left between the marker arguments, trimmed; pieces
    /// shorter than four characters ("ya", "Rp") are too short to tell a language by.
    static func fragments(_ text: String) -> [String] {
        text.components(separatedBy: EditorTextSamples.marker)
            .flatMap { $0.components(separatedBy: EditorTextSamples.number) }
            .flatMap { $0.components(separatedBy: "\n") }
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: ".,:;()·-–"))) }
            .filter { $0.count >= 4 && $0.contains(where: \.isLetter) }
    }

    /// The Indonesian fragments of the editor's catalogues that the English ones do not share.
    static let catalogueFragments: [(name: String, text: String)] = {
        // A fragment the English says too ("DPRD", "Status") is no sign of Indonesian.
        func pairs(_ id: [(name: String, text: String)], _ en: [(name: String, text: String)]) -> [(name: String, text: String)] {
            let english = en.map(\.text).joined(separator: "\n")
            return id.flatMap { e in fragments(e.text).filter { !containsWords(english, $0) }.map { (e.name, $0) } }
        }
        return pairs(EditorTextSamples.editor(.indonesian), EditorTextSamples.editor(.english))
            + pairs(EditorTextSamples.forms(.indonesian), EditorTextSamples.forms(.english))
            + pairs(EditorTextSamples.fields(.indonesian), EditorTextSamples.fields(.english))
            + EnglishWalkTests.indonesianEntries.filter { $0.text.count >= 4 && !containsWords(englishCatalogues, $0.text) }
    }()

    /// Every English entry of the editor's catalogues, to let through a word both languages use.
    static let englishCatalogues: String = (EditorTextSamples.editor(.english) + EditorTextSamples.forms(.english)
        + EditorTextSamples.fields(.english)).map(\.text).joined(separator: "\n")

    /// The rulebook's Indonesian interface texts (its `…_en` twins differ), cut at `{placeholders}`.
    /// Kind names are left out: the editor's title shows the kind's label from the home catalogue.
    static let rulebookFragments: [(name: String, text: String)] = {
        guard let rb = try? RulebookLoader.load() else { return [] }
        var texts: [(String, String, String?)] = []
        for s in rb.stages {
            texts += [("stage \(s.id)", s.name, s.nameEn), ("stage \(s.id) summary", s.summary, s.summaryEn)]
            texts += s.requiredFields.map { ("label \($0.path)", $0.label, $0.labelEn) }
        }
        texts += rb.rules.map { ("rule \($0.id)", $0.message, $0.messageEn) }
        texts += rb.conditions.flatMap { [("condition \($0.id)", $0.label, $0.labelEn), ("condition \($0.id)", $0.blockedReason, $0.blockedReasonEn)] }
        texts += rb.gates.flatMap { [("gate \($0.id)", $0.skipReason, $0.skipReasonEn), ("gate \($0.id)", $0.applyReason ?? "", $0.applyReasonEn)] }
        texts += rb.duration.allExceptions.map { ("exception \($0.id)", $0.name, $0.nameEn) }
        texts += rb.endingGrounds.map { ("ending \($0.id)", $0.name, $0.nameEn) }
        texts += rb.kinds.flatMap { k in k.allForms.map { ("form \($0.id)", $0.name, $0.nameEn) } }
        return texts.flatMap { name, id, en -> [(name: String, text: String)] in
            return split(id).filter { !containsWords(en ?? "", $0) }.map { (name, $0) }
        }
    }()

    /// The rulebook's legal bases ("PP 28/2018 Pasal 13"): citations stay Indonesian in every language.
    static let legalBases: String = {
        guard let rb = try? RulebookLoader.load() else { return "" }
        var out = rb.rules.map(\.basis) + rb.stages.map(\.basis) + rb.stages.flatMap { $0.requiredFields.map(\.basis) }
        out += rb.kinds.map(\.basis) + rb.gates.map(\.basis) + rb.conditions.map(\.basis) + rb.endingGrounds.map(\.basis)
        out += rb.duration.allExceptions.map(\.basis) + [rb.duration.basis]
        return out.joined(separator: "\n")
    }()

    static func split(_ template: String) -> [String] {
        fragments(template.replacingOccurrences(of: #"\{[^}]*\}"#, with: EditorTextSamples.marker, options: .regularExpression))
    }

    /// Whether `needle` stands in `text` as whole words (no letter right before or after it).
    static func containsWords(_ text: String, _ needle: String) -> Bool {
        var from = text.startIndex
        while let r = text.range(of: needle, range: from..<text.endIndex) {
            let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
            let after = r.upperBound == text.endIndex ? nil : text[r.upperBound]
            if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) { return true }
            from = text.index(after: r.lowerBound)
        }
        return false
    }

    /// The Indonesian fragments found on a frame, by entry. What the officer typed (the
    /// cooperation's own data, prefilled naskah wording included) is not interface text, and the
    /// kind's label in the title row is the home catalogue's.
    static func leftovers(_ frame: Buffer, data: Cooperation? = nil, typed more: [String] = []) -> [String] {
        var text = EnglishWalkTests.words(frame)
        var typed = (more + [legalBases]).joined(separator: "\n")
        if let data {
            text = text.replacingOccurrences(of: data.kind.label, with: "")
            typed += (try? JSONEncoder().encode(data)).flatMap { String(data: $0, encoding: .utf8) } ?? ""
        }
        return (catalogueFragments + rulebookFragments)
            .filter { containsWords(text, $0.text) && !containsWords(typed, $0.text) }
            .map { "\($0.name): \"\($0.text)\"" }
    }

    static func inEnglish<R>(_ body: () throws -> R) rethrows -> R {
        try DisplayLanguage.$override.withValue(.english) {
            try AppText.$override.withValue(.english) {
                try TerminalStrings.$override.withValue(TerminalStrings()) { try body() }
            }
        }
    }

    func check(_ frame: Buffer, _ name: String, data: Cooperation, typed: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) {
        EditorSnapshot.assert(frame, named: "\(name)-en-80x24", sourceLocation: sourceLocation)
        let found = Self.leftovers(frame, data: data, typed: typed)
        #expect(found.isEmpty, "\(name): Indonesian left in the English editor: \(found)", sourceLocation: sourceLocation)
    }

    /// Every stage page of a cooperation of `kind`, opened through the stepper.
    func walkStages(_ c: Cooperation, prefix: String) {
        let stages = EditorDriver(c).editor.stages.map(\.id)
        #expect(!stages.isEmpty)
        for id in stages {
            let d = EditorSnapshotTests.at(id, c, width: 80, height: 24)
            check(d.frame, "\(prefix)-\(id)", data: d.editor.draft)
        }
    }

    @Test func everyStageOfAKSDDInEnglish() {
        Self.inEnglish {
            for c in EditorSnapshotTests.cases {
                let d = EditorSnapshotTests.at(c.stage, c.make(), width: 80, height: 24)
                check(d.frame, "ksdd-\(c.name)", data: d.editor.draft)
            }
        }
    }

    @Test func everyStageOfANotaInEnglish() {
        Self.inEnglish {
            var c = EditorFixture.bogorRaya()
            c.kind = .notaKesepakatan
            walkStages(c, prefix: "nota")
        }
    }

    @Test func everyStageOfAKSDPKInEnglish() {
        Self.inEnglish { walkStages(EditorFixture.ksdpkDraft(), prefix: "ksdpk") }
    }

    @Test func theReviewInEnglish() {
        Self.inEnglish {
            var d = EditorSnapshotTests.at("pembiayaan", EditorSnapshotTests.financingDraft(), width: 80, height: 24)
            d.press(.ctrl("r"))
            check(d.frame, "tinjauan-pembiayaan", data: d.editor.draft)
            #expect(EnglishWalkTests.words(d.frame).contains("REVIEW OF FINANCING"))
        }
    }

    @Test func theExportPanelInEnglish() {
        Self.inEnglish {
            var d = EditorDriver(EditorFixture.offerAccepted())
            d.editor.useExportSettings(ExportPanelTests.remembered)
            d.press(.ctrl("r"), .char("e"))
            check(d.frame, "ekspor", data: d.editor.draft, typed: [ExportPanelTests.remembered.folder])
            #expect(EnglishWalkTests.words(d.frame).contains("Paper"))
        }
    }

    @Test func aPageAfterSigningInEnglish() {
        Self.inEnglish {
            var c = EditorFixture.bogorRaya()
            c.implementation.progress = StageProgress(status: .draft)
            var d = EditorSnapshotTests.at("pelaksanaan", c, width: 80, height: 24)
            for _ in 0..<12 where d.editor.form.currentGroup.list != .followUps { d.press(.ctrl("n")) }
            #expect(d.editor.form.currentGroup.list == .followUps)
            check(d.frame, "pelaksanaan-tindak-lanjut", data: d.editor.draft)
        }
    }

    @Test func theReadOnlyBannerInEnglish() {
        Self.inEnglish {
            let repo = InMemoryRepository(profile: Fixture.profile)
            _ = try! repo.save(Fixture.transport(), basedOn: nil)
            repo.readOnly = ReadOnlyEditorTests.folderState
            var h = Harness(editor: MufakatProgram.standardEditor, repository: repo)
            h.openFirst()
            let frame = h.frame()
            Snapshot.assert(frame, named: "read-only-editor-en-80x24")
            // The banner's two rows are the services' words (`ReadOnlyState`, `ServiceText`).
            #expect(frame.lines[1].contains("READ-ONLY, cannot be saved"))
            let found = Self.leftovers(frame, data: Fixture.transport())
            #expect(found.isEmpty, "read-only editor: \(found)")
        }
    }

    /// The signing form (a signatory without a power of attorney), the amendment question and
    /// the mark-done question, in English.
    @Test func signingAndItsQuestionsInEnglish() {
        Self.inEnglish {
            var d = EditorDriver(EditorFixture.agreementDrafted())
            d.press(.ctrl("r"), .char("t"))
            d.type("15062026")
            d.press(.ctrl("n"), .tab, .tab, .ctrl("u"))
            d.type("Kepala Dinas Perhubungan Kota Bogor")
            d.press(.tab)
            check(d.frame, "penandatanganan-pks", data: d.editor.draft, typed: ["Kepala Dinas Perhubungan Kota Bogor"])

            var a = EditorSnapshotTests.at("kb", EditorFixture.memorandumSigned(), width: 80, height: 24)
            a.type("X")
            check(a.frame, "perubahan-kb", data: a.editor.draft)

            var m = EditorSnapshotTests.at("pembiayaan", EditorSnapshotTests.financingDraft(), width: 80, height: 24)
            m.press(.ctrl("r"), .char("t"))
            check(m.frame, "tandai-selesai-pembiayaan", data: m.editor.draft)
        }
    }

    /// The check can fail: the same pages in Indonesian show catalogue and rulebook fragments, and
    /// one Indonesian entry left in an English frame (a control) is caught by name.
    @Test func theCheckCatchesALeftover() {
        let indonesian = DisplayLanguage.$override.withValue(.indonesian) {
            AppText.$override.withValue(.indonesian) { EditorSnapshotTests.at("usulan", EditorFixture.fresh(), width: 80, height: 24).frame }
        }
        let found = Self.leftovers(indonesian, data: EditorFixture.fresh())
        #expect(found.count >= 5, "\(found)")
        #expect(found.contains { $0.hasPrefix("stage usulan") }, "a rulebook stage title: \(found)")

        var english = Self.inEnglish { EditorSnapshotTests.at("usulan", EditorFixture.fresh(), width: 80, height: 24).frame }
        #expect(Self.leftovers(english, data: EditorFixture.fresh()).isEmpty)
        english.write(EditorText.indonesian.firstStage, at: Point(x: 0, y: 22))
        let caught = Self.leftovers(english, data: EditorFixture.fresh())
        #expect(caught.contains { $0.hasPrefix("firstStage") }, "\(caught)")
    }
}
