import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// Isian satu urusan: the form for one affair of the region's mapping, on the toolkit's form
/// engine (`TerminalUI.Form`, column layout). Every answer lives in a field of the engine;
/// `entry` reads them back into a `MappingEntry`, so nothing typed is lost while the officer
/// moves between fields, opens the partner list or goes back to the list. The validator's
/// findings reach the engine as notes beside their field (`draw`).
struct MappingEntryForm: Sendable {
    enum Outcome: Equatable {
        case handled
        /// Refused key; the text (when any) goes to the message line.
        case refused(String?)
        /// Esc: back to the list (the screen keeps the answers).
        case close
    }

    let affairCode: String
    let affairName: String
    let regionCode: String
    /// Sub-urusan the officer may choose: the rows of the authority split for this affair that
    /// the region's level holds (and the stored one, so a file's choice is never dropped); the
    /// first, nil, is the whole affair.
    let subAffairs: [String?]
    /// Position of the edited entry in `RegionMapping.entries`; nil until it is first added.
    var entryIndex: Int?
    /// "baris 2 dari 3" when the affair is mapped in several rows (sub-affairs).
    var rowLabel: String? = nil
    private(set) var engine: Form
    var picker: PartnerPicker? = nil
    /// Set when a negative amount was typed or pasted; cleared by the next key.
    var budgetRefusal: String? = nil
    private let catalogues: Catalogues

    static let kinds: [CooperationKind] = [.ksddWajib, .ksddSukarela, .ksdpk]
    static let priorities: [MappingPriority] = [.tinggi, .sedang, .rendah]
    static let thirdPartyForms = LegalForm.allCases

    init(affairCode: String, affairName: String, regionCode: String, entry: MappingEntry?, entryIndex: Int? = nil,
         catalogues: Catalogues = .shared) {
        self.affairCode = affairCode; self.affairName = affairName; self.regionCode = regionCode
        self.entryIndex = entryIndex
        self.catalogues = catalogues
        let e = entry ?? MappingEntry(affairCode: affairCode)
        let level = catalogues.regions[regionCode]?.level
        var subs: [String?] = [nil] + catalogues.authority.forAffair(affairCode).filter { row in level.map { row.level.includes($0) } ?? true }.map(\.id)
        if let own = e.subAffairID, !subs.contains(own) { subs.append(own) }
        subAffairs = subs
        let subLabels = subs.map { id in id.map { id in catalogues.authority[id].map { "\($0.subAffair): \($0.description)" } ?? id } ?? txt.wholeAffair }
        let checked = Set(e.partnerThirdParties.compactMap { Self.thirdPartyForms.firstIndex(of: $0) })
        func input(_ f: MappingEntryField) -> FieldInput {
            switch f {
            case .subAffair: .choice(ChoiceField(options: subLabels, selected: subs.firstIndex(of: e.subAffairID) ?? 0))
            case .offer: .area(TextArea(e.offer, maxLength: 2000, placeholder: txt.offerPlaceholder), rows: 3)
            case .need: .area(TextArea(e.need, maxLength: 2000, placeholder: txt.needPlaceholder), rows: 3)
            case .planned: .text(TextField(e.plannedCooperation ?? "", maxLength: 200))
            case .partners: .custom(PartnerInput(codes: e.partnerRegions, catalogues: catalogues))
            case .thirdParties: .check(CheckList(Self.thirdPartyForms.map(\.displayLabel), checked: checked), rows: 3)
            case .kind: .choice(ChoiceField(options: Self.kinds.map(\.displayLabel), selected: e.intendedKind.flatMap { Self.kinds.firstIndex(of: $0) }))
            case .priority: .choice(ChoiceField(options: Self.priorities.map(txt.priority), selected: e.priority.flatMap { Self.priorities.firstIndex(of: $0) }))
            case .targetYear: .text(TextField(e.targetYear.map(String.init) ?? "", maxLength: 4, filter: .digits))
            case .inRPJMD: .yesNo(YesNoField(e.inRPJMD))
            case .rkpdYear: .text(TextField(e.rkpdYear.map(String.init) ?? "", maxLength: 4, filter: .digits))
            case .budget: .number(NumberField.rupiah(e.indicativeBudget?.value))
            case .notes: .area(TextArea(e.notes, maxLength: 2000), rows: 2)
            }
        }
        engine = Form(column: MappingEntryField.allCases.map { f in
            FormField(id: f.id, label: f.label, help: f.help, input: input(f), validators: f.isYear ? [Self.yearCheck(f.label)] : [])
        })
        engine.columnShowsAllNotes = true
        engine.focus(MappingEntryField.offer.id)
    }

    /// A year is four digits; fewer is reported once the field is left, and blocks saving.
    static func yearCheck(_ label: String) -> FieldCheck {
        .text { $0.isEmpty || $0.count == 4 ? nil : txt.yearIncomplete(label, $0) }
    }

    // MARK: Answers

    /// The focused question.
    var focus: MappingEntryField? { engine.focusedField.flatMap { MappingEntryField(id: $0.id) } }

    private func text(_ f: MappingEntryField) -> String {
        switch engine.field(f.id)?.input {
        case .text(let w)?: w.text
        case .area(let w, _)?: w.text
        default: ""
        }
    }

    private func chosen(_ f: MappingEntryField) -> Int? {
        if case .choice(let c)? = engine.field(f.id)?.input { return c.selected }
        return nil
    }

    var offer: TextArea {
        if case .area(let a, _)? = engine.field(MappingEntryField.offer.id)?.input { return a }
        return TextArea("")
    }

    var budget: NumberField {
        if case .number(let n)? = engine.field(MappingEntryField.budget.id)?.input { return n }
        return NumberField.rupiah(nil)
    }

    var partners: [String] {
        if case .custom(let p as PartnerInput)? = engine.field(MappingEntryField.partners.id)?.input { return p.codes }
        return []
    }

    var subAffairID: String? { chosen(.subAffair).flatMap { subAffairs.indices.contains($0) ? subAffairs[$0] : nil } }

    /// The answers as an entry. A year that is not four digits yet is left out (and reported by
    /// the field's check, which keeps the form from being saved).
    var entry: MappingEntry {
        var thirdParties: [LegalForm] = []
        if case .check(let c, _)? = engine.field(MappingEntryField.thirdParties.id)?.input {
            thirdParties = c.checked.sorted().map { Self.thirdPartyForms[$0] }
        }
        var inRPJMD = false
        if case .yesNo(let y)? = engine.field(MappingEntryField.inRPJMD.id)?.input { inRPJMD = y.value }
        let planned = text(.planned)
        return MappingEntry(affairCode: affairCode, subAffairID: subAffairID, offer: text(.offer), need: text(.need),
                            partnerRegions: partners, partnerThirdParties: thirdParties,
                            intendedKind: chosen(.kind).map { Self.kinds[$0] }, priority: chosen(.priority).map { Self.priorities[$0] },
                            targetYear: Self.year(text(.targetYear)), inRPJMD: inRPJMD,
                            rkpdYear: Self.year(text(.rkpdYear)), indicativeBudget: budget.amount.flatMap(Rupiah.init),
                            notes: text(.notes),
                            plannedCooperation: planned.trimmedWhitespace().isEmpty ? nil : planned)
    }

    /// Whether the form holds no answer at all (the entry is then left out of the mapping).
    var isBlank: Bool {
        let e = entry
        return e.subAffairID == nil && !e.hasOffer && !e.hasNeed && e.partnerRegions.isEmpty && e.partnerThirdParties.isEmpty && e.intendedKind == nil
            && e.priority == nil && text(.targetYear).isEmpty && !e.inRPJMD && text(.rkpdYear).isEmpty && e.indicativeBudget == nil
            && e.notes.trimmedWhitespaceAndNewlines().isEmpty && e.plannedCooperation == nil
    }

    static func year(_ text: String) -> Int? { text.count == 4 ? Int(text) : nil }

    /// A year still half typed, before saving or leaving: the focus goes to it (its message
    /// then shows under it) and the message is returned. Findings never block.
    mutating func blockingError() -> String? {
        for f in MappingEntryField.allCases {
            guard let e = engine.field(f.id)?.error else { continue }
            if focus != f { engine.reveal(f.id) }
            return e
        }
        return nil
    }

    static var negativeBudget: String { txt.negativeBudget }

    /// The validator's findings for this affair as the engine's notes (shown before a visit:
    /// they are about what is stored), after a refused negative amount.
    func notes(findings: [MappingFinding]) -> [String: [FieldNote]] {
        var out: [String: [FieldNote]] = [:]
        if let budgetRefusal { out[MappingEntryField.budget.id] = [FieldNote(.error, budgetRefusal, showsBeforeVisit: true)] }
        for finding in findings where finding.affairCode == affairCode {
            guard let f = MappingEntryField.allCases.first(where: { $0.findingFields.contains(finding.field) }) else { continue }
            let level: FieldNote.Level = switch finding.severity { case .error: .error; case .warning: .warning; case .notice: .info }
            out[f.id, default: []].append(FieldNote(level, finding.fieldMessage, showsBeforeVisit: true))
        }
        return out
    }

    // MARK: Keys

    mutating func handle(_ event: Event) -> Outcome {
        if var p = picker {
            let outcome = p.handle(event)
            picker = p
            switch outcome {
            case .handled: setPartners(p.chosen); return .handled
            case .refused: return .refused(nil)
            case .close: setPartners(p.chosen); picker = nil; return .handled
            }
        }
        // A refused negative amount is shown until the next key.
        budgetRefusal = nil
        // Esc: the screen checks for a half-typed year before it goes back to the list.
        if MappingKeys.Entry.back.matches(event) { return .close }
        guard let focus else { return .handled }
        switch (focus, event) {
        case (.partners, .key(.enter)), (.partners, .key(.char)):
            var p = PartnerPicker(catalogues: catalogues, ownRegion: regionCode, chosen: partners)
            // Typing a letter opens the list already searching for it.
            if case .key(.char(let c)) = event, c != " " { _ = p.handle(event) }
            picker = p
            return .handled
        case (.budget, .key(.char("-"))):
            budgetRefusal = Self.negativeBudget
            return .refused(Self.negativeBudget)
        case (.budget, .paste(let s)) where s.trimmedWhitespace().hasPrefix("-"):
            budgetRefusal = Self.negativeBudget
            return .refused(Self.negativeBudget)
        case (.thirdParties, .key(.enter)):
            engine.moveFocus(1); return .handled
        case (.thirdParties, .key(.up)), (.thirdParties, .key(.down)):
            // The list keeps Up/Down until its first or last row, then the focus moves on.
            guard case .check(let c, _)? = engine.focusedField?.input else { break }
            if case .key(.up) = event, c.highlighted == 0 { engine.moveFocus(-1); return .handled }
            if case .key(.down) = event, c.highlighted == c.items.count - 1 { engine.moveFocus(1); return .handled }
        case (.offer, .key(.up)), (.offer, .key(.down)), (.need, .key(.up)), (.need, .key(.down)), (.notes, .key(.up)), (.notes, .key(.down)):
            // A text area keeps Up/Down until its first or last row, then the focus moves on.
            guard case .area(let before, _)? = engine.focusedField?.input else { break }
            _ = engine.handle(event)
            if case .area(let after, _)? = engine.focusedField?.input, after.cursor == before.cursor {
                if case .key(.up) = event { engine.moveFocus(-1) } else { engine.moveFocus(1) }
            }
            return .handled
        default: break
        }
        switch engine.handle(event) {
        case .refused:
            if let why = engine.lastRefusal { return .refused(why) }
            guard case .key(.char) = event else { return .refused(nil) }
            if focus.isYear { return .refused(txt.yearDigits(focus.label)) }
            if focus == .budget { return .refused(txt.budgetDigits) }
            return .refused(nil)
        default:
            return .handled
        }
    }

    private mutating func setPartners(_ codes: [String]) {
        engine.setInput(.custom(PartnerInput(codes: codes, catalogues: catalogues)), for: MappingEntryField.partners.id)
    }

    /// The bar: the form's keys, then the focused field's own (`MappingKeys.Entry`).
    var bindings: [KeyBinding] {
        if let picker { return picker.bindings }
        return MappingKeys.Entry.map(widget: engine.focusedField?.input.bindings ?? []).bar
    }
}

/// Calon mitra daerah as a form input: the chosen regions by name; Enter (or a letter) opens the
/// searchable list over the form (`PartnerPicker`, opened by `MappingEntryForm`), Delete takes
/// the last one out.
struct PartnerInput: FormInput {
    private(set) var codes: [String]
    private let names: [String]

    init(codes: [String], catalogues: Catalogues) {
        self.codes = codes
        names = codes.map { catalogues.regions[$0]?.fullName ?? $0 }
    }

    var value: FieldValue { .text(codes.joined(separator: ",")) }
    var rows: Int { 1 }
    var usesVerticalKeys: Bool { false }
    mutating func selectAll() {}

    mutating func handle(_ event: Event) -> (WidgetOutcome, String?) {
        switch event {
        case .key(.delete), .key(.backspace):
            guard !codes.isEmpty else { return (.refused, nil) }
            codes.removeLast()
            self = PartnerInput(codes: codes, names: Array(names.dropLast()))
            return (.handled, nil)
        default: return (.ignored, nil)
        }
    }

    private init(codes: [String], names: [String]) { self.codes = codes; self.names = names }

    func draw(in rect: Rect, buffer: inout Buffer, focused: Bool) {
        guard !rect.isEmpty else { return }
        let role: StyleRole = focused ? .focused : (names.isEmpty ? .muted : .normal)
        buffer.fill(rect.row(0), role: role)
        let text = names.isEmpty ? txt.noPartnersYet : names.joined(separator: ", ")
        buffer.write(TextLayout.fit(text, width: rect.width, pad: false), at: Point(x: rect.x, y: rect.y), role: role, clip: rect)
        if focused { buffer.cursor = Point(x: rect.x, y: rect.y) }
    }

    var bindings: [KeyBinding] {
        [KeyBinding(.enter, txt.keyChoosePartner), KeyBinding(.delete, txt.keyRemovePartner)]
    }
}

/// The mapping form's words in the language in use.
private var txt: Catalogue<MappingText> { AppText.current.mapping }
