import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// Kerja sama baru: kind, parties, affair, title, one step at a time. Going back keeps every
/// answer; each mistake is refused on its own step with a message that says how to fix it.
struct NewCooperationScreen: Sendable {
    enum Outcome: Equatable { case none, refused(String), warning(String), cancel, create(Cooperation), help }

    enum Step: Int, CaseIterable, Sendable {
        case kind, parties, affair, title
        var label: String {
            switch self {
            case .kind: txt.stepKind
            case .parties: txt.stepParties
            case .affair: txt.stepAffair
            case .title: txt.stepTitle
            }
        }
    }

    /// What is being added on the parties step.
    enum PartnerEditor: Sendable {
        case region(PickList)
        case legalForm(PickList)
        case thirdParty(LegalForm, Form)
        case ministry(Form)
        /// A regional government or an institution abroad (KSDPL, KSDLL: PP 28/2018 Pasal 23).
        case foreign(Form)
    }

    let context: ShellContext
    let profile: RegionProfile
    var step: Step = .kind
    // Kind
    let kinds: [Rulebook.KindRule]
    var kindHighlighted = 0
    // Parties
    var parties: [Party]
    var bordering = false
    var partyHighlighted = 1
    var partnerEditor: PartnerEditor? = nil
    let regionChoices: [Region]
    // Affair
    var affairs: PickList
    var affairChosen: Affair? = nil
    var subAffairs: PickList? = nil
    var subAffairChosen: SubAffairAuthority? = nil
    /// Whether the sub-affair question has been answered (nil sub-affair is an answer).
    var subAffairAnswered = false
    // Title
    var title = TextField(maxLength: 200)
    var titleEdited = false
    /// The ended cooperation this one renews.
    var renewing: Cooperation? = nil
    /// The problem shown under the current step (also on the message line).
    var problem: String? = nil

    init(context: ShellContext, profile: RegionProfile) {
        self.context = context
        self.profile = profile
        kinds = context.rulebook.kinds
        let own = context.catalogues.regions[profile.regionCode]
        var first = own.map { $0.party(headName: profile.head.name, address: profile.address) }
            ?? Party(type: .region, regionCode: profile.regionCode, name: profile.regionCode)
        if !profile.head.title.isEmpty { first.representative.title = profile.head.title }
        parties = [first]
        regionChoices = context.catalogues.regions.all.filter { $0.autonomous && $0.code != profile.regionCode }
        // Sub-affairs are searchable too: "sampah" finds Pekerjaan Umum (persampahan).
        let authority = context.catalogues.authority
        affairs = PickList(context.catalogues.affairs.all.map { affair in
            var subs: [String] = []
            for row in authority.forAffair(affair.code) where !subs.contains(row.subAffair) { subs.append(row.subAffair) }
            return PickItem(affair.name, detail: ([affair.code] + subs).joined(separator: " · "))
        })
        kindHighlighted = kinds.firstIndex { $0.id == CooperationKind.ksddSukarela.rawValue } ?? 0
    }

    /// Renewal of an ended cooperation: every answer copied, ready to be checked step by step.
    init(context: ShellContext, profile: RegionProfile, renewing old: Cooperation) {
        self.init(context: context, profile: profile)
        renewing = old
        kindHighlighted = kinds.firstIndex { $0.id == old.kind.rawValue } ?? kindHighlighted
        parties = old.parties
        bordering = old.partiesBordering
        if let i = context.catalogues.affairs.all.firstIndex(where: { $0.code == old.affairCode }) {
            affairs = PickList(affairs.items, selected: i)
            affairChosen = context.catalogues.affairs.all[i]
            subAffairChosen = old.subAffairID.flatMap { context.catalogues.authority[$0] }
            subAffairAnswered = true
        }
        title.text = old.title.hasSuffix("(Pembaruan)") ? old.title : old.title + " (Pembaruan)"
        titleEdited = true
        step = .title
    }

    var kind: CooperationKind? { CooperationKind(rawValue: kinds[kindHighlighted].id) }
    var kindRule: Rulebook.KindRule { kinds[kindHighlighted] }

    /// Whether anything was chosen or typed (to ask before discarding).
    var hasAnswers: Bool { parties.count > 1 || affairChosen != nil || titleEdited || renewing != nil }

    // MARK: Checks per step

    func checkKind() -> String? {
        let rule = kindRule
        if !rule.allowed { return (rule.refusal ?? txt.kindNotSupported) + txt.chooseAnotherKind }
        return nil
    }

    func checkParties() -> String? {
        let rule = kindRule
        let allowed = Set(rule.partyTypes)
        if let wrong = parties.dropFirst().first(where: { !allowed.contains($0.type.rawValue) }) {
            return txt.wrongParty(wrong.name, wrong.type.label, rule.displayName, Self.allowedText(allowed))
        }
        if parties.count < rule.minParties {
            return txt.tooFewParties(rule.displayName, rule.minParties, Self.addKeys(allowed))
        }
        if kind == .ksdpk, !parties.contains(where: { $0.type == .thirdParty }) {
            return txt.ksdpkNeedsThirdParty
        }
        if kind == .ksdpl || kind == .ksdll, !parties.contains(where: { $0.type == .foreign }) {
            return txt.foreignNeeded(rule.displayName, kind == .ksdpl, rule.basis)
        }
        if kind == .notaKesepakatan, !parties.contains(where: { $0.type == .ministry }) {
            return txt.notaNeedsMinistry
        }
        if rule.requiresBordering, !bordering {
            return txt.borderingNeeded(rule.displayName, rule.basis)
        }
        return nil
    }

    func checkAffair() -> String? {
        if affairChosen == nil { return txt.chooseAffair }
        return nil
    }

    /// The authority warning for the chosen sub-affair, naming the rule; nil when every region party holds it.
    var authorityWarning: String? {
        guard let sub = subAffairChosen else { return nil }
        let outside = parties.compactMap { p -> Region? in
            guard p.type == .region, let code = p.regionCode, let r = context.catalogues.regions[code] else { return nil }
            return sub.level.includes(r.level) ? nil : r
        }
        guard !outside.isEmpty else { return nil }
        let names = outside.map(\.fullName).joined(separator: ", ")
        return txt.authorityWarning(sub.description, sub.level.title, sub.basis, names)
    }

    func checkTitle() -> String? {
        title.text.trimmedWhitespace().isEmpty ? txt.titleRequired : nil
    }

    static func allowedText(_ types: Set<String>) -> String {
        var out: [String] = []
        if types.contains(PartyType.region.rawValue) { out.append(txt.typeRegion) }
        if types.contains(PartyType.thirdParty.rawValue) { out.append(txt.typeThirdParty) }
        if types.contains(PartyType.ministry.rawValue) { out.append(txt.typeMinistry) }
        if types.contains(PartyType.foreign.rawValue) { out.append(txt.typeForeign) }
        return out.joined(separator: txt.or)
    }

    static func addKeys(_ types: Set<String>) -> String {
        var out: [String] = []
        if types.contains(PartyType.region.rawValue) { out.append(txt.addRegion) }
        if types.contains(PartyType.thirdParty.rawValue) { out.append(txt.addThirdParty) }
        if types.contains(PartyType.ministry.rawValue) { out.append(txt.addMinistry) }
        if types.contains(PartyType.foreign.rawValue) { out.append(txt.addForeign) }
        return out.joined(separator: ", ")
    }

    /// "Kerja Sama Bidang Perhubungan antara Kota Bogor dan Kabupaten Bogor".
    var proposedTitle: String {
        let names = parties.map(\.name)
        let joined: String
        switch names.count {
        case 0: joined = ""
        case 1: joined = names[0]
        default: joined = names.dropLast().joined(separator: ", ") + " dan " + names.last!
        }
        let subject = affairChosen?.name ?? "Urusan Pemerintahan"
        // A Nota's naskah reads "NOTA KESEPAKATAN ... TENTANG <judul>": a title beginning with
        // "Nota Kesepakatan" printed it twice. It is named for what it does (PP 28/2018 Pasal 46).
        let prefix = kind == .notaKesepakatan ? "Sinergi Pembangunan" : "Kerja Sama"
        return "\(prefix) Bidang \(subject) antara \(joined)"
    }

    // MARK: Events

    mutating func handle(_ event: Event) -> Outcome {
        if case .key(.function(1)) = event { return .help }
        switch step {
        case .kind: return handleKind(event)
        case .parties: return handleParties(event)
        case .affair: return handleAffair(event)
        case .title: return handleTitle(event)
        }
    }

    private mutating func advance() -> Outcome {
        let problem: String? = switch step {
        case .kind: checkKind()
        case .parties: checkParties()
        case .affair: checkAffair()
        case .title: checkTitle()
        }
        self.problem = problem
        if let problem { return .refused(problem) }
        if step == .title { return .create(build()) }
        step = Step(rawValue: step.rawValue + 1)!
        if step == .title, !titleEdited { title.text = proposedTitle }
        if step == .title, let warning = authorityWarning { return .warning(warning) }
        return .none
    }

    private mutating func back() -> Outcome {
        problem = nil
        guard step != .kind else { return .cancel }
        step = Step(rawValue: step.rawValue - 1)!
        return .none
    }

    private mutating func handleKind(_ event: Event) -> Outcome {
        let keys = NewCooperationKeys.self
        switch event {
        case .key(.up): kindHighlighted = max(0, kindHighlighted - 1); problem = nil
        case .key(.down): kindHighlighted = min(kinds.count - 1, kindHighlighted + 1); problem = nil
        case _ where keys.next.matches(event): return advance()
        case _ where keys.cancel.matches(event): return back()
        case _ where keys.help.matches(event): return .help
        default: break
        }
        return .none
    }

    private mutating func handleParties(_ event: Event) -> Outcome {
        if let editor = partnerEditor { return handlePartner(editor, event) }
        let allowed = Set(kindRule.partyTypes)
        let keys = NewCooperationKeys.self
        switch event {
        case .key(.up): partyHighlighted = max(1, partyHighlighted - 1)
        case .key(.down): partyHighlighted = max(1, min(parties.count - 1, partyHighlighted + 1))
        case _ where keys.addRegion.matches(event):
            guard allowed.contains(PartyType.region.rawValue) else { return refuse(txt.noRegions(kindRule.displayName, Self.allowedText(allowed), Self.addKeys(allowed))) }
            partnerEditor = .region(PickList(regionChoices.map { PickItem($0.fullName, detail: $0.code) }))
        case _ where keys.thirdParty.matches(event):
            guard allowed.contains(PartyType.thirdParty.rawValue) else { return refuse(txt.noThirdParty(kindRule.displayName)) }
            partnerEditor = .legalForm(PickList(LegalForm.allCases.map { PickItem($0.displayLabel) }))
        case _ where keys.ministry.matches(event):
            guard allowed.contains(PartyType.ministry.rawValue) else { return refuse(txt.noMinistry(kindRule.displayName)) }
            partnerEditor = .ministry(Form(column: [
                .line("name", txt.ministryName, help: txt.ministryNameHelp, required: true),
                .line("repName", txt.officialName, help: txt.officialNameHelp),
                .line("repTitle", txt.officialTitle, help: txt.ministryOfficialTitleHelp, required: true),
                .line("address", txt.address),
            ]))
        case _ where keys.foreign.matches(event):
            guard allowed.contains(PartyType.foreign.rawValue) else { return refuse(txt.noForeign(kindRule.displayName)) }
            partnerEditor = .foreign(Form(column: [
                .line("name", kind == .ksdll ? txt.foreignInstitutionName : txt.foreignRegionName,
                           help: txt.foreignNameHelp, required: true),
                .line("repName", txt.officialName, help: txt.officialNameHelp),
                .line("repTitle", txt.officialTitle, help: txt.foreignOfficialTitleHelp, required: true),
                .line("address", txt.address, help: txt.foreignAddressHelp),
            ]))
        case _ where keys.remove.matches(event):
            guard parties.indices.contains(partyHighlighted), partyHighlighted > 0 else {
                return refuse(txt.firstPartyStays)
            }
            parties.remove(at: partyHighlighted)
            partyHighlighted = max(1, min(partyHighlighted, parties.count - 1))
            problem = nil
        case _ where keys.bordering.matches(event):
            bordering.toggle(); problem = nil
        case _ where keys.next.matches(event): return advance()
        case _ where keys.back.matches(event): return back()
        case _ where keys.help.matches(event): return .help
        default: break
        }
        return .none
    }

    private mutating func refuse(_ text: String) -> Outcome {
        problem = text
        return .refused(text)
    }

    /// A partner typed in a form (third party, ministry, foreign partner): Enter or Ctrl-S
    /// adds it once every field is filled, else the missing fields are named.
    private mutating func typedPartner(_ stack: Form, _ event: Event, what: String,
                                       editor: (Form) -> PartnerEditor, party: (Form) -> Party) -> Outcome {
        var fields = stack
        let outcome = fields.handle(event)
        guard outcome == .completed || outcome == .blocked || event == .key(.ctrl("s")) else {
            partnerEditor = editor(fields)
            return .none
        }
        if !fields.validate() {
            partnerEditor = editor(fields)
            return refuse(txt.completeFields(what, fields.errors.map(\.label).joined(separator: ", ")))
        }
        parties.append(party(fields))
        partyHighlighted = parties.count - 1
        partnerEditor = nil
        problem = nil
        return .none
    }

    private mutating func handlePartner(_ editor: PartnerEditor, _ event: Event) -> Outcome {
        if case .key(.escape) = event { partnerEditor = nil; return .none }
        switch editor {
        case .region(var list):
            let outcome = list.handle(event)
            partnerEditor = .region(list)
            if outcome == .submitted, let i = list.selected {
                let region = regionChoices[i]
                if parties.contains(where: { $0.regionCode == region.code }) {
                    return refuse(txt.alreadyParty(region.fullName))
                }
                parties.append(region.party())
                partyHighlighted = parties.count - 1
                partnerEditor = nil
                problem = nil
            }
        case .legalForm(var list):
            let outcome = list.handle(event)
            partnerEditor = .legalForm(list)
            if outcome == .submitted, let i = list.selected {
                partnerEditor = .thirdParty(LegalForm.allCases[i], Form(column: [
                    .line("name", txt.thirdPartyName, help: txt.thirdPartyNameHelp, required: true),
                    .line("repName", txt.representativeName, help: txt.representativeNameHelp, required: true),
                    .line("repTitle", txt.representativeTitle, help: txt.representativeTitleHelp, required: true),
                    .line("address", txt.address, required: true),
                ]))
            }
        case .thirdParty(let form, let fields):
            return typedPartner(fields, event, what: txt.whatThirdParty, editor: { .thirdParty(form, $0) }) { f in
                Party(type: .thirdParty, name: f["name"], legalForm: form,
                      representative: Person(name: f["repName"], title: f["repTitle"]), address: f["address"])
            }
        case .ministry(let fields):
            return typedPartner(fields, event, what: txt.whatMinistry, editor: { .ministry($0) }) { f in
                Party(type: .ministry, name: f["name"], representative: Person(name: f["repName"], title: f["repTitle"]), address: f["address"])
            }
        case .foreign(let fields):
            return typedPartner(fields, event, what: txt.whatForeign, editor: { .foreign($0) }) { f in
                Party(type: .foreign, name: f["name"], representative: Person(name: f["repName"], title: f["repTitle"]), address: f["address"])
            }
        }
        return .none
    }

    private mutating func handleAffair(_ event: Event) -> Outcome {
        if var subs = subAffairs {
            switch event {
            case .key(.escape): subAffairs = nil; return .none
            default:
                let outcome = subs.handle(event)
                subAffairs = subs
                if outcome == .submitted, let i = subs.selected {
                    let rows = context.catalogues.authority.forAffair(affairChosen?.code ?? "")
                    subAffairChosen = i == 0 ? nil : rows[i - 1]
                    subAffairAnswered = true
                    subAffairs = nil
                    if !titleEdited { title.text = proposedTitle }
                    return advance()
                }
                return .none
            }
        }
        switch event {
        case _ where NewCooperationKeys.back.matches(event): return back()
        case .key(.ctrl("n")) where affairChosen != nil: return advance()
        default:
            let outcome = affairs.handle(event)
            if outcome == .submitted, let i = affairs.selected {
                let affair = context.catalogues.affairs.all[i]
                if affairChosen?.code != affair.code { subAffairChosen = nil; subAffairAnswered = false }
                affairChosen = affair
                problem = nil
                let rows = context.catalogues.authority.forAffair(affair.code)
                if rows.isEmpty { subAffairAnswered = true; return advance() }
                let items = [PickItem(txt.noSubAffair, detail: "")] + rows.map { PickItem("\($0.level.shortTitle): \($0.description)", detail: $0.subAffair) }
                let selected = subAffairChosen.flatMap { s in rows.firstIndex { $0.id == s.id }.map { $0 + 1 } } ?? 0
                // A new list starts unfiltered: the affair's search text is not carried over, so
                // "Tanpa sub-urusan tertentu" stays first and Enter never picks an unwanted one.
                subAffairs = PickList(items, selected: selected)
            }
            return outcome == .refused ? .refused("") : .none
        }
    }

    private mutating func handleTitle(_ event: Event) -> Outcome {
        switch event {
        case _ where NewCooperationKeys.create.matches(event): return advance()
        case _ where NewCooperationKeys.back.matches(event): return back()
        case _ where NewCooperationKeys.proposedTitle.matches(event):
            title.text = proposedTitle; titleEdited = false; problem = nil
        default:
            let outcome = title.handle(event)
            if outcome == .handled { titleEdited = true; problem = nil }
            if outcome == .refused { return .refused(txt.titleTooLong) }
        }
        return .none
    }

    /// The cooperation as answered (id from the title; the store makes it unique).
    func build() -> Cooperation {
        let text = title.text.trimmedWhitespace()
        var id = Cooperation.slug(text)
        if id.isEmpty { id = "kerja-sama" }
        var c = Cooperation(id: id, title: text, kind: kind ?? .ksddSukarela, parties: parties, partiesBordering: bordering,
                            affairCode: affairChosen?.code ?? "", subAffairID: subAffairChosen?.id)
        if let old = renewing {
            c.renews = old.id
            c.proposal = old.proposal
            c.proposal.progress = StageProgress()
            c.proposal.date = nil
            c.proposal.tkksdRecommendation = nil
            c.burdensPublic = old.burdensPublic
            c.notes = "Pembaruan dari kerja sama '\(old.title)' (\(old.id))."
        }
        return c
    }

    /// The keys of the step in use: the bar and the help page are both made from this map.
    var keyMap: KeyMap {
        let keys = NewCooperationKeys.self
        switch step {
        case .kind:
            return KeyMap([keys.chooseKind, keys.next, keys.cancel, keys.help])
        case .parties:
            if partnerEditor != nil { return keys.addingPartner }
            var out: [KeyBinding] = []
            let allowed = Set(kindRule.partyTypes)
            if allowed.contains(PartyType.region.rawValue) { out.append(keys.addRegion) }
            if allowed.contains(PartyType.thirdParty.rawValue) { out.append(keys.thirdParty) }
            if allowed.contains(PartyType.ministry.rawValue) { out.append(keys.ministry) }
            if allowed.contains(PartyType.foreign.rawValue) { out.append(keys.foreign) }
            out.append(keys.remove)
            if kindRule.requiresBordering || kind?.isBetweenRegions == true { out.append(keys.bordering) }
            return KeyMap(out + [keys.next, keys.back])
        case .affair:
            return KeyMap([keys.choose, keys.set, keys.type, keys.back])
        case .title:
            return KeyMap([keys.create, keys.proposedTitle, keys.back])
        }
    }

    var bindings: [KeyBinding] { keyMap.bar }

    // MARK: Drawing

    func draw(in rect: Rect, buffer: inout Buffer) {
        let area = rect.inset(top: 1, left: 2, bottom: 0, right: 2)
        guard !area.isEmpty else { return }
        // Steps line: "1 Jenis › 2 Para pihak › 3 Urusan › 4 Judul", the current one highlighted.
        var x = area.x
        for s in Step.allCases {
            let text = "\(s.rawValue + 1) \(s.label)"
            let role: StyleRole = s == step ? .stageCurrent : (s.rawValue < step.rawValue ? .stageDone : .muted)
            x += buffer.write((s.rawValue < step.rawValue ? "✓ " : "") + text, at: Point(x: x, y: area.y), role: role, clip: area)
            if s != .title { x += buffer.write("  ›  ", at: Point(x: x, y: area.y), role: .muted, clip: area) }
        }
        if renewing != nil {
            buffer.write(txt.renewal, at: Point(x: x, y: area.y), role: .muted, clip: area)
        }
        var body = area.inset(top: 2)
        if let problem {
            let lines = TextLayout.wrap("✗ " + problem, width: max(1, body.width))
            let (top, bottom) = body.splitBottom(min(lines.count, 3))
            for (i, l) in lines.prefix(bottom.height).enumerated() {
                buffer.write(l, at: Point(x: bottom.x, y: bottom.y + i), role: .error, clip: bottom)
            }
            body = top.inset(bottom: 1)
        }
        switch step {
        case .kind: drawKind(in: body, buffer: &buffer)
        case .parties: drawParties(in: body, buffer: &buffer)
        case .affair: drawAffair(in: body, buffer: &buffer)
        case .title: drawTitle(in: body, buffer: &buffer)
        }
    }

    private func writeWrapped(_ text: String, in area: Rect, y: inout Int, role: StyleRole, buffer: inout Buffer) {
        for part in TextLayout.wrap(text, width: max(1, area.width)) where y < area.maxY {
            buffer.write(part, at: Point(x: area.x, y: y), role: role, clip: area)
            y += 1
        }
    }

    private func drawKind(in area: Rect, buffer: inout Buffer) {
        var y = area.y
        writeWrapped(txt.chooseKindHeading, in: area, y: &y, role: .title, buffer: &buffer)
        y += 1
        for (i, k) in kinds.enumerated() where y < area.maxY {
            let selected = i == kindHighlighted
            let row = area.row(y - area.y)
            if selected { buffer.fill(row, role: .focused); buffer.cursor = Point(x: row.x, y: row.y) }
            let name = TextLayout.fit(k.displayName + (k.allowed ? "" : txt.notSupportedYet), width: 32)
            let text = "\(selected ? "›" : " ") \(name) \(k.basis)"
            buffer.write(TextLayout.fit(text, width: row.width, pad: false), at: Point(x: row.x, y: row.y),
                         role: selected ? .focused : (k.allowed ? .normal : .muted), clip: row)
            y += 1
        }
        y += 1
        let k = kindRule
        writeWrapped(k.displaySummary, in: area, y: &y, role: .normal, buffer: &buffer)
        if !k.allowed, let refusal = k.displayRefusal { writeWrapped(refusal, in: area, y: &y, role: .warning, buffer: &buffer) }
    }

    private func drawParties(in area: Rect, buffer: inout Buffer) {
        var y = area.y
        writeWrapped(txt.partiesHeading(kindRule.displayName, Self.addKeys(Set(kindRule.partyTypes))), in: area, y: &y, role: .title, buffer: &buffer)
        y += 1
        for (i, p) in parties.enumerated() where y < area.maxY {
            let row = area.row(y - area.y)
            let selected = i == partyHighlighted && partnerEditor == nil
            if selected { buffer.fill(row, role: .selection) }
            let kindText = i == 0 ? txt.yourRegion : p.type.label + (p.legalForm.map { ", " + $0.displayLabel } ?? "")
            buffer.write(TextLayout.fit("\(TextLayout.fit(Party.displayLabel(at: i), width: 15)) \(p.name)  (\(kindText))", width: row.width, pad: false),
                         at: Point(x: row.x, y: row.y), role: selected ? .selection : .normal, clip: row)
            y += 1
        }
        if kindRule.requiresBordering || kind?.isBetweenRegions == true, y < area.maxY {
            y += 1
            let mark = bordering ? "[x]" : "[ ]"
            writeWrapped(txt.bordering(mark, kindRule.requiresBordering ? kindRule.displayName : nil), in: area, y: &y, role: .normal, buffer: &buffer)
        }
        guard let editor = partnerEditor else { return }
        y += 1
        let rest = Rect(x: area.x, y: y, width: area.width, height: area.maxY - y)
        guard rest.height > 1 else { return }
        switch editor {
        case .region(let list):
            buffer.write(TextLayout.fit(txt.addRegionHeading, width: rest.width, pad: false),
                         at: Point(x: rest.x, y: rest.y), role: .title, clip: rest)
            // One count everywhere: the catalogue's 552, and why this list holds fewer.
            let count = txt.partnerCount(regionChoices.count, context.catalogues.regions.countSentence)
            buffer.write(TextLayout.fit(count, width: rest.width, pad: false), at: Point(x: rest.x, y: rest.y + 1), role: .muted, clip: rest)
            list.draw(in: rest.inset(top: 2), buffer: &buffer, focused: true)
        case .legalForm(let list):
            buffer.write(txt.legalFormHeading, at: Point(x: rest.x, y: rest.y), role: .title, clip: rest)
            list.draw(in: rest.inset(top: 1), buffer: &buffer, focused: true)
        case .thirdParty(let form, let fields):
            buffer.write(txt.thirdPartyHeading(form.displayLabel), at: Point(x: rest.x, y: rest.y), role: .title, clip: rest)
            fields.draw(in: rest.inset(top: 1), buffer: &buffer)
        case .ministry(let fields):
            buffer.write(txt.ministryHeading, at: Point(x: rest.x, y: rest.y), role: .title, clip: rest)
            fields.draw(in: rest.inset(top: 1), buffer: &buffer)
        case .foreign(let fields):
            buffer.write(txt.foreignHeading, at: Point(x: rest.x, y: rest.y), role: .title, clip: rest)
            fields.draw(in: rest.inset(top: 1), buffer: &buffer)
        }
    }

    private func drawAffair(in area: Rect, buffer: inout Buffer) {
        if let subs = subAffairs {
            var y = area.y
            writeWrapped(txt.subAffairHeading(affairChosen?.name ?? ""), in: area, y: &y, role: .title, buffer: &buffer)
            subs.draw(in: Rect(x: area.x, y: y, width: area.width, height: area.maxY - y), buffer: &buffer, focused: true)
            return
        }
        var y = area.y
        var heading = txt.affairHeading
        if let a = affairChosen { heading += txt.chosen(a.name, subAffairChosen?.subAffair) }
        writeWrapped(heading, in: area, y: &y, role: .title, buffer: &buffer)
        affairs.draw(in: Rect(x: area.x, y: y, width: area.width, height: area.maxY - y), buffer: &buffer, focused: true)
    }

    private func drawTitle(in area: Rect, buffer: inout Buffer) {
        var y = area.y
        let names = parties.enumerated().map { "\(Party.displayLabel(at: $0.offset)): \($0.element.name)" }
        let lines = [
            txt.summaryKind(kindRule.displayName, kindRule.basis),
        ] + names + [
            txt.summaryAffair(affairChosen.map { "\($0.name) (\($0.code))" }, subAffairChosen?.description),
        ]
        for l in lines { writeWrapped(l, in: area, y: &y, role: .normal, buffer: &buffer) }
        if let warning = authorityWarning {
            writeWrapped(Severity.warning.label + ": " + warning, in: area, y: &y, role: .warning, buffer: &buffer)
        }
        y += 1
        guard y + 1 < area.maxY else { return }
        buffer.write(txt.titleHeading, at: Point(x: area.x, y: y), role: .title, clip: area)
        title.draw(in: Rect(x: area.x, y: y + 1, width: area.width, height: 1), buffer: &buffer, focused: true)
    }
}

extension PartyType {
    var label: String {
        switch self {
        case .region: txt.partyRegion
        case .thirdParty: txt.partyThirdParty
        case .ministry: txt.partyMinistry
        case .foreign: txt.partyForeign
        }
    }
}

extension AuthorityLevel {
    /// "Pusat", "Provinsi", "Kab/Kota": the level in a list row.
    var shortTitle: String {
        switch self {
        case .pusat: txt.levelCentral
        case .provinsi: txt.levelProvince
        case .kabupatenKota: txt.levelDistrict
        }
    }
}

/// The new-cooperation wizard's words in the language in use.
private var txt: Catalogue<WizardText> { AppText.current.wizard }
