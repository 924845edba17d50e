import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// Isian satu urusan: the form for one affair of the region's mapping. Every answer lives in a
/// widget; `entry` reads them back into a `MappingEntry`, so nothing typed is lost while the
/// officer moves between fields, opens the partner list or goes back to the list.
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
    var subAffairID: String?
    /// Sub-urusan the officer may choose: the rows of the authority split for this affair that
    /// the region's level holds (and the stored one, so a file's choice is never dropped).
    let subAffairs: [String?]
    /// Position of the edited entry in `RegionMapping.entries`; nil until it is first added.
    var entryIndex: Int?
    /// "baris 2 dari 3" when the affair is mapped in several rows (sub-affairs).
    var rowLabel: String? = nil
    var offer: TextArea
    var need: TextArea
    var planned: TextField
    var partners: [String]
    var thirdParties: CheckList
    var kind: CooperationKind?
    var priority: MappingPriority?
    var targetYear: TextField
    var inRPJMD: Bool
    var rkpdYear: TextField
    var budget: NumberField
    var notes: TextArea
    var focus: MappingEntryField = .offer
    var picker: PartnerPicker? = nil
    /// Set when a negative amount was typed or pasted; cleared by the next key in the field.
    var budgetRefusal: String? = nil
    /// Fields the officer has left once: their own format errors show from then on.
    var visited: Set<MappingEntryField> = []

    static let kinds: [CooperationKind?] = [nil, .ksddWajib, .ksddSukarela, .ksdpk]
    static let priorities: [MappingPriority?] = [nil, .tinggi, .sedang, .rendah]
    static let thirdPartyForms = LegalForm.allCases

    init(affairCode: String, affairName: String, regionCode: String, entry: MappingEntry?, entryIndex: Int? = nil,
         catalogues: Catalogues = .shared) {
        self.affairCode = affairCode; self.affairName = affairName; self.regionCode = regionCode
        self.entryIndex = entryIndex
        let e = entry ?? MappingEntry(affairCode: affairCode)
        subAffairID = e.subAffairID
        let level = catalogues.regions[regionCode]?.level
        var subs: [String?] = [nil] + catalogues.authority.forAffair(affairCode).filter { row in level.map { row.level.includes($0) } ?? true }.map(\.id)
        if let own = e.subAffairID, !subs.contains(own) { subs.append(own) }
        subAffairs = subs
        offer = TextArea(e.offer, maxLength: 2000, placeholder: txt.offerPlaceholder)
        need = TextArea(e.need, maxLength: 2000, placeholder: txt.needPlaceholder)
        planned = TextField(e.plannedCooperation ?? "", maxLength: 200)
        partners = e.partnerRegions
        let checked = Set(e.partnerThirdParties.compactMap { Self.thirdPartyForms.firstIndex(of: $0) })
        thirdParties = CheckList(Self.thirdPartyForms.map(\.displayLabel), checked: checked)
        kind = e.intendedKind; priority = e.priority
        targetYear = TextField(e.targetYear.map(String.init) ?? "", maxLength: 4, filter: .digits)
        inRPJMD = e.inRPJMD
        rkpdYear = TextField(e.rkpdYear.map(String.init) ?? "", maxLength: 4, filter: .digits)
        budget = NumberField.rupiah(e.indicativeBudget?.value)
        notes = TextArea(e.notes, maxLength: 2000)
    }

    /// The answers as an entry. A year that is not four digits yet is left out (and reported by
    /// `formatErrors`, which keeps the form from being saved).
    var entry: MappingEntry {
        MappingEntry(affairCode: affairCode, subAffairID: subAffairID, offer: offer.text, need: need.text,
                     partnerRegions: partners,
                     partnerThirdParties: thirdParties.checked.sorted().map { Self.thirdPartyForms[$0] },
                     intendedKind: kind, priority: priority, targetYear: Self.year(targetYear.text), inRPJMD: inRPJMD,
                     rkpdYear: Self.year(rkpdYear.text), indicativeBudget: budget.amount.flatMap(Rupiah.init),
                     notes: notes.text,
                     plannedCooperation: planned.text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : planned.text)
    }

    /// Whether the form holds no answer at all (the entry is then left out of the mapping).
    var isBlank: Bool {
        let e = entry
        return e.subAffairID == nil && !e.hasOffer && !e.hasNeed && e.partnerRegions.isEmpty && e.partnerThirdParties.isEmpty && e.intendedKind == nil
            && e.priority == nil && targetYear.text.isEmpty && !e.inRPJMD && rkpdYear.text.isEmpty && e.indicativeBudget == nil
            && e.notes.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && e.plannedCooperation == nil
    }

    static func year(_ text: String) -> Int? { text.count == 4 ? Int(text) : nil }

    /// Errors of the form itself (before the validator): a year not yet four digits, a refused
    /// negative budget. `all` (before saving or leaving) reports every half-typed year, visited
    /// or not, and leaves out the refusal, which blocks nothing since the amount never changed.
    func formatErrors(all: Bool = false) -> [MappingEntryField: String] {
        var out: [MappingEntryField: String] = [:]
        func check(_ f: MappingEntryField, _ field: TextField) {
            guard !field.text.isEmpty, field.text.count != 4, all || (visited.contains(f) && focus != f) else { return }
            out[f] = txt.yearIncomplete(f.label, field.text)
        }
        check(.targetYear, targetYear)
        check(.rkpdYear, rkpdYear)
        if let budgetRefusal, !all { out[.budget] = budgetRefusal }
        return out
    }

    static var negativeBudget: String { txt.negativeBudget }

    // MARK: Keys

    mutating func move(_ delta: Int) {
        visited.insert(focus)
        let all = MappingEntryField.allCases
        focus = all[(focus.rawValue + delta + all.count) % all.count]
        enterFocusedField()
    }

    /// The focus entered a field: a prefilled one-line answer is selected, as in the form engine
    /// (`TerminalUI.Form`), so typing replaces it and never appends ("2" over "2" stays "2").
    mutating func enterFocusedField() {
        switch focus {
        case .planned: planned.selectAll()
        case .targetYear: targetYear.selectAll()
        case .rkpdYear: rkpdYear.selectAll()
        case .budget: budget.selectAll()
        default: break
        }
    }

    mutating func handle(_ event: Event) -> Outcome {
        if var p = picker {
            let outcome = p.handle(event)
            picker = p
            switch outcome {
            case .handled: partners = p.chosen; return .handled
            case .refused: return .refused(nil)
            case .close: partners = p.chosen; picker = nil; return .handled
            }
        }
        // A refused negative amount is shown until the next key.
        budgetRefusal = nil
        switch event {
        case .key(.escape): visited.insert(focus); return .close
        case .key(.tab): move(1); return .handled
        case .key(.backTab): move(-1); return .handled
        default: break
        }
        switch focus {
        case .subAffair:
            if let step = cycleStep(event) { subAffairID = Self.cycle(subAffairID, in: subAffairs, step); return .handled }
            return common(event)
        case .offer: return area(\.offer, event)
        case .need: return area(\.need, event)
        case .notes: return area(\.notes, event)
        case .planned: return line(\.planned, event)
        case .targetYear: return line(\.targetYear, event)
        case .rkpdYear: return line(\.rkpdYear, event)
        case .partners:
            switch event {
            case .key(.enter), .key(.char(" ")):
                var p = PartnerPicker(catalogues: .shared, ownRegion: regionCode, chosen: partners)
                // Typing a letter opens the list already searching for it.
                if case .key(.char(let c)) = event, c != " " { _ = p.handle(event) }
                picker = p
                return .handled
            case .key(.char(let c)):
                var p = PartnerPicker(catalogues: .shared, ownRegion: regionCode, chosen: partners)
                _ = p.handle(.key(.char(c)))
                picker = p
                return .handled
            case .key(.delete), .key(.backspace):
                guard !partners.isEmpty else { return .refused(nil) }
                partners.removeLast()
                return .handled
            default: return common(event)
            }
        case .thirdParties:
            let before = thirdParties.highlighted
            switch event {
            case .key(.enter): move(1); return .handled
            case .key(.up) where before == 0: move(-1); return .handled
            case .key(.down) where before == thirdParties.items.count - 1: move(1); return .handled
            default:
                return thirdParties.handle(event) == .ignored ? common(event) : .handled
            }
        case .kind:
            if let step = cycleStep(event) { kind = Self.cycle(kind, in: Self.kinds, step); return .handled }
            return common(event)
        case .priority:
            if let step = cycleStep(event) { priority = Self.cycle(priority, in: Self.priorities, step); return .handled }
            return common(event)
        case .inRPJMD:
            if cycleStep(event) != nil { inRPJMD.toggle(); return .handled }
            if case .key(.char(let c)) = event, "yY".contains(c) { inRPJMD = true; return .handled }
            if case .key(.char(let c)) = event, "tTnN".contains(c) { inRPJMD = false; return .handled }
            return common(event)
        case .budget:
            switch event {
            case .key(.char("-")):
                budgetRefusal = Self.negativeBudget
                return .refused(Self.negativeBudget)
            case .paste(let s) where s.trimmingCharacters(in: .whitespaces).hasPrefix("-"):
                budgetRefusal = Self.negativeBudget
                return .refused(Self.negativeBudget)
            case .key(.enter), .key(.up), .key(.down): return common(event)
            default:
                switch budget.handle(event) {
                case .refused:
                    if case .key(.char) = event { return .refused(txt.budgetDigits) }
                    return .refused(nil)
                case .ignored: return common(event)
                default: return .handled
                }
            }
        }
    }

    /// Enter, Up and Down between fields.
    private mutating func common(_ event: Event) -> Outcome {
        switch event {
        case .key(.enter), .key(.down): move(1); return .handled
        case .key(.up): move(-1); return .handled
        default: return .handled
        }
    }

    private mutating func line(_ path: WritableKeyPath<MappingEntryForm, TextField>, _ event: Event) -> Outcome {
        switch event {
        case .key(.enter), .key(.up), .key(.down): return common(event)
        default:
            var w = self[keyPath: path]
            let o = w.handle(event)
            self[keyPath: path] = w
            if o == .refused {
                if path == \.targetYear || path == \.rkpdYear, case .key(.char) = event {
                    return .refused(txt.yearDigits(focus.label))
                }
                return .refused(nil)
            }
            return .handled
        }
    }

    /// A text area keeps Up/Down until its first or last row, then the focus moves on.
    private mutating func area(_ path: WritableKeyPath<MappingEntryForm, TextArea>, _ event: Event) -> Outcome {
        var w = self[keyPath: path]
        let before = w.cursor
        let o = w.handle(event)
        self[keyPath: path] = w
        if case .key(.up) = event, w.cursor == before { move(-1); return .handled }
        if case .key(.down) = event, w.cursor == before { move(1); return .handled }
        return o == .refused ? .refused(nil) : .handled
    }

    private func cycleStep(_ event: Event) -> Int? {
        switch event {
        case .key(.right), .key(.char(" ")): 1
        case .key(.left): -1
        default: nil
        }
    }

    static func cycle<T: Equatable>(_ value: T?, in options: [T?], _ step: Int) -> T? {
        let i = options.firstIndex(where: { $0 == value }) ?? 0
        return options[(i + step + options.count) % options.count]
    }

    var bindings: [KeyBinding] {
        if let picker { return picker.bindings }
        var out = [KeyBinding([.tab, .backTab], txt.keyNextField)]
        switch focus {
        case .offer, .need, .notes: out.append(KeyBinding(.enter, txt.keyNewLine))
        case .partners: out += [KeyBinding(.enter, txt.keyChoosePartner), KeyBinding(.delete, txt.keyRemovePartner)]
        case .thirdParties: out.append(KeyBinding(.char(" "), txt.keyToggle, keyLabel: txt.keySpace))
        case .kind, .priority, .inRPJMD, .subAffair: out.append(KeyBinding([.left, .right], txt.keyChangeChoice, keyLabel: "←/→"))
        default: out.append(KeyBinding(.enter, txt.keyFieldAfter))
        }
        return out + [KeyBinding(.escape, txt.keyBackToList), KeyBinding(.ctrl("n"), txt.keyNextRow)]
    }
}

/// The mapping form's words in the language in use.
private var txt: Catalogue<MappingText> { AppText.current.mapping }
