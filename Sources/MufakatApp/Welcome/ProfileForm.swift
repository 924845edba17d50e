import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// Profil daerah: asked once, reused in every document. First the own region from the
/// catalogue (type to filter the 552), then the unit, the head of region and the unit's head.
struct ProfileForm: Sendable {
    /// `saveWithLogo`: the officer named a (new) logo file; the effect reads it through the
    /// service and keeps it in the store with the profile.
    enum Outcome: Equatable { case none, refused, cancel, save(RegionProfile), saveWithLogo(RegionProfile, logoPath: String) }

    /// 0: the region list; 1: the fields.
    var page = 0
    var regions: PickList
    let regionList: [Region]
    var fields: Form
    var regionError: String? = nil
    /// The region the fields were last prefilled for (prefill only what the officer did not type).
    private var prefilledFor: String? = nil
    /// Seats of government, for the default signing place.
    let seats: SeatCatalogue
    /// The profile being edited: what the form does not ask (margins, contacts, the logo) is kept.
    let existing: RegionProfile?

    init(existing: RegionProfile?, catalogues: Catalogues, rulebook: Rulebook? = nil) {
        self.existing = existing
        let list = catalogues.regions.all.filter(\.autonomous)
        regionList = list
        seats = catalogues.seats
        let items = list.map { r in
            PickItem(r.fullName, detail: r.level == .provinsi ? "\(txt.province) · \(r.code)" : "\(catalogues.regions[r.provinceCode]?.name ?? "") · \(r.code)")
        }
        let selected = existing.flatMap { p in list.firstIndex { $0.code == p.regionCode } }
        regions = PickList(items, selected: selected)
        let p = existing
        let pattern = p?.letterNumberPattern ?? "{kode}/{nomor}/Kerja Sama/{tahun}"
        fields = Form(column: [
            .line("unit", txt.unit, help: txt.unitHelp, value: p?.unitName ?? "", required: true),
            .line("headName", txt.headName, help: txt.headNameHelp, value: p?.head.name ?? "", required: true),
            .line("headTitle", txt.headTitle, help: txt.headTitleHelp, value: p?.head.title ?? "", required: true),
            .line("unitHeadName", txt.unitHeadName, help: txt.unitHeadNameHelp, value: p?.unitHead.name ?? "", required: true),
            .line("unitHeadTitle", txt.unitHeadTitle, value: p?.unitHead.title ?? "", required: true),
            .line("unitHeadNIP", txt.unitHeadNIP, help: txt.nipHelp, value: p?.unitHead.nip ?? "", check: { v in
                let digits = v.filter { !$0.isWhitespace }
                if digits.isEmpty { return nil }
                return digits.count == 18 && digits.allSatisfy(\.isNumber) ? nil : txt.nipError
            }),
            .line("address", txt.address, help: txt.addressHelp, value: p?.address ?? "", required: true),
            .line("city", txt.city, help: txt.cityHelp, value: p?.city ?? "", required: true),
            .line("pattern", txt.pattern, help: txt.patternHelp, value: pattern, required: true, check: { v in
                v.contains("{nomor}") ? nil : txt.patternError
            }),
            .line("logo", txt.logo, help: txt.logoHelp,
                       value: p?.logo?.fileName ?? "", check: { [kept = p?.logo?.fileName] v in
                let path = v.trimmedWhitespace()
                if path.isEmpty || path == kept { return nil }
                guard let rulebook else { return nil }
                return ProfileLogoReader.problem(path: path, rulebook: rulebook)?.description
            }),
        ])
        if let p { prefilledFor = p.regionCode; page = 1 }
    }

    var selectedRegion: Region? { regions.selected.map { regionList[$0] } }

    private mutating func prefill(for region: Region) {
        guard prefilledFor != region.code else { return }
        let previous = prefilledFor.flatMap { code in regionList.first { $0.code == code } }
        func replace(_ id: String, _ value: String, previousValue: String?) {
            if fields[id].isEmpty || fields[id] == previousValue { fields[id] = value }
        }
        replace("unit", Self.unitName(region), previousValue: previous.map(Self.unitName))
        replace("headTitle", region.headOfRegionTitle, previousValue: previous?.headOfRegionTitle)
        replace("unitHeadTitle", Self.unitHeadTitle(region), previousValue: previous.map(Self.unitHeadTitle))
        replace("city", seats.seat(of: region), previousValue: previous.map { seats.seat(of: $0) })
        // A seat the data could not confirm is still proposed, with a warning (never a refusal).
        let seat = seats[region.code]
        fields.setHelp(seat.map { $0.toConfirm } == true
            ? txt.seatToConfirm(Severity.warning.label, seat!.seat, seat!.source)
            : txt.cityHelp, for: "city")
        prefilledFor = region.code
    }

    /// A province's secretariat has a Biro, a kab/kota's a Bagian.
    static func unitName(_ region: Region) -> String {
        region.level == .provinsi ? "Biro Pemerintahan dan Kerja Sama Sekretariat Daerah \(region.fullName)"
            : "Bagian Kerja Sama Sekretariat Daerah \(region.fullName)"
    }

    static func unitHeadTitle(_ region: Region) -> String {
        region.level == .provinsi ? "Kepala Biro Pemerintahan dan Kerja Sama" : "Kepala Bagian Kerja Sama"
    }

    mutating func handle(_ event: Event) -> Outcome {
        if page == 0 {
            switch event {
            case _ where ProfileKeys.back.matches(event): return .cancel
            default:
                let outcome = regions.handle(event)
                regionError = nil
                if outcome == .submitted, let region = selectedRegion {
                    prefill(for: region)
                    page = 1
                    fields.refocus()  // a prefilled answer is replaced by typing, never appended to
                    return .none
                }
                return outcome == .refused ? .refused : .none
            }
        }
        switch event {
        case _ where ProfileKeys.changeRegion.matches(event): page = 0; return .none
        case _ where ProfileKeys.save.matches(event): return submit()
        default:
            switch fields.handle(event) {
            case .completed, .blocked: return submit()
            case .refused: return .refused
            default: return .none
            }
        }
    }

    mutating func submit() -> Outcome {
        guard let region = selectedRegion else {
            page = 0
            regionError = txt.chooseRegionFirst
            return .refused
        }
        guard fields.validate() else { return .refused }
        let nip = fields["unitHeadNIP"].filter { !$0.isWhitespace }
        var profile = RegionProfile(
            regionCode: region.code, unitName: fields["unit"],
            head: Person(name: fields["headName"], title: fields["headTitle"]),
            unitHead: Person(name: fields["unitHeadName"], title: fields["unitHeadTitle"], nip: nip.isEmpty ? nil : nip),
            address: fields["address"], city: fields["city"], letterNumberPattern: fields["pattern"])
        if let existing {
            profile.phone = existing.phone; profile.email = existing.email; profile.pageMargins = existing.pageMargins
        }
        let logo = fields["logo"]
        if logo.isEmpty { return .save(profile) }
        if let kept = existing?.logo, kept.fileName == logo { profile.logo = kept; return .save(profile) }
        return .saveWithLogo(profile, logoPath: logo)
    }

    /// The message-line summary of what is still wrong, after a refused save.
    var errorSummary: String? {
        if let regionError { return regionError }
        let errors = fields.errors
        guard !errors.isEmpty else { return nil }
        return txt.toFix(errors.count, errors.map(\.label).joined(separator: ", "))
    }

    /// The keys in use now: the bar and the help page are both made from this map.
    var keyMap: KeyMap { page == 0 ? ProfileKeys.regionPage : KeyMap(fields.bindings) + ProfileKeys.fieldsPage }

    var bindings: [KeyBinding] { keyMap.bar }

    func draw(in rect: Rect, buffer: inout Buffer) {
        let area = rect.inset(top: 1, left: 2, bottom: 0, right: 2)
        if page == 0 {
            buffer.write(txt.page1, at: Point(x: area.x, y: area.y), role: .title, clip: area)
            buffer.write(TextLayout.fit(txt.page1Hint, width: area.width, pad: false),
                         at: Point(x: area.x, y: area.y + 1), role: .muted, clip: area)
            var body = area.inset(top: 3)
            if let regionError {
                buffer.write("✗ " + regionError, at: Point(x: area.x, y: area.y + 2), role: .error, clip: area)
                body = area.inset(top: 3)
            }
            regions.draw(in: body, buffer: &buffer, focused: true)
            return
        }
        let name = selectedRegion?.fullName ?? "-"
        buffer.write(txt.page2(name), at: Point(x: area.x, y: area.y), role: .title, clip: area)
        buffer.write(TextLayout.fit(txt.page2Hint, width: area.width, pad: false),
                     at: Point(x: area.x, y: area.y + 1), role: .muted, clip: area)
        fields.draw(in: area.inset(top: 3), buffer: &buffer)
    }
}

/// The profile form's words in the language in use.
private var txt: Catalogue<ProfileText> { AppText.current.profile }

/// Tombol profil daerah: the profile form's own keys as data (the fields' keys come with the fields).
enum ProfileKeys {
    private static var t: Catalogue<KeysText> { AppText.current.keys }

    static var choose: KeyBinding { KeyBinding([.up, .down], t.choose) }
    static var setRegion: KeyBinding { KeyBinding(.enter, t.profileSetRegion) }
    static var type: KeyBinding { KeyBinding(.char("a"), t.profileType, keyLabel: t.profileTypeKey) }
    static var back: KeyBinding { KeyBinding(.escape, t.back) }
    static var regionPage: KeyMap { KeyMap([choose, setRegion, type, back]) }

    static var save: KeyBinding { KeyBinding([.ctrl("s"), .function(2)], t.profileSave, keyLabel: "Ctrl-S/F2") }
    static var changeRegion: KeyBinding { KeyBinding([.escape, .ctrl("p")], t.profileChangeRegion, keyLabel: "Esc") }
    static var fieldsPage: KeyMap { KeyMap([save, changeRegion]) }
}
