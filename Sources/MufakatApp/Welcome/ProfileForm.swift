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
    var fields: FieldStack
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
            PickItem(r.fullName, detail: r.level == .provinsi ? "provinsi · \(r.code)" : "\(catalogues.regions[r.provinceCode]?.name ?? "") · \(r.code)")
        }
        let selected = existing.flatMap { p in list.firstIndex { $0.code == p.regionCode } }
        regions = PickList(items, selected: selected)
        let p = existing
        let pattern = p?.letterNumberPattern ?? "{kode}/{nomor}/Kerja Sama/{tahun}"
        fields = FieldStack([
            StackField("unit", "Nama unit kerja sama", help: "Misalnya: Bagian Kerja Sama Sekretariat Daerah Kota Bogor.", text: p?.unitName ?? "", required: true),
            StackField("headName", "Nama kepala daerah", help: "Nama lengkap tanpa gelar jabatan, misalnya: Dedie A. Rachim.", text: p?.head.name ?? "", required: true),
            StackField("headTitle", "Jabatan kepala daerah", help: "Gubernur, Bupati atau Wali Kota diikuti nama daerah.", text: p?.head.title ?? "", required: true),
            StackField("unitHeadName", "Nama kepala unit", help: "Kepala bagian (kab/kota) atau biro (provinsi) kerja sama yang menandatangani nota dinas.", text: p?.unitHead.name ?? "", required: true),
            StackField("unitHeadTitle", "Jabatan kepala unit", text: p?.unitHead.title ?? "", required: true),
            StackField("unitHeadNIP", "NIP kepala unit", help: "18 angka tanpa spasi; boleh dikosongkan.", text: p?.unitHead.nip ?? "", check: { v in
                let digits = v.filter { !$0.isWhitespace }
                if digits.isEmpty { return nil }
                return digits.count == 18 && digits.allSatisfy(\.isNumber) ? nil : "NIP harus 18 angka; perbaiki atau kosongkan."
            }),
            StackField("address", "Alamat kantor", help: "Alamat yang dikutip pada identitas para pihak.", text: p?.address ?? "", required: true),
            StackField("city", "Kota penandatanganan", help: "Tempat yang biasa ditulis pada naskah, misalnya: Bogor.", text: p?.city ?? "", required: true),
            StackField("pattern", "Pola nomor surat", help: "Tanda: {nomor} urut, {kode} klasifikasi, {bulan} romawi, {tahun}.", text: pattern, required: true, check: { v in
                v.contains("{nomor}") ? nil : "Pola nomor surat harus memuat {nomor}, misalnya {kode}/{nomor}/Kerja Sama/{tahun}."
            }),
            StackField("logo", "Lambang (PNG)", help: "Berkas gambar PNG lambang untuk kop surat, misalnya ~/lambang.png; kosongkan bila tidak ada.",
                       text: p?.logo?.fileName ?? "", check: { [kept = p?.logo?.fileName] v in
                let path = v.trimmingCharacters(in: .whitespaces)
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
        if let i = fields.fields.firstIndex(where: { $0.id == "city" }) {
            let seat = seats[region.code]
            fields.fields[i].help = seat.map { $0.toConfirm } == true
                ? "Peringatan: ibu kota \(seat!.seat) perlu dikonfirmasi (\(seat!.source)). Periksa dan ubah bila berbeda."
                : "Tempat yang biasa ditulis pada naskah, misalnya: Bogor."
        }
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
            case .submit: return submit()
            case .refused: return .refused
            default: return .none
            }
        }
    }

    mutating func submit() -> Outcome {
        guard let region = selectedRegion else {
            page = 0
            regionError = "Pilih daerah Anda dulu: ketik sebagian namanya lalu tekan Enter."
            return .refused
        }
        guard fields.validateAll() else { return .refused }
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
        return "\(errors.count) isian perlu diperbaiki: \(errors.map(\.label).joined(separator: ", "))."
    }

    /// The keys in use now: the bar and the help page are both made from this map.
    var keyMap: KeyMap { page == 0 ? ProfileKeys.regionPage : KeyMap(fields.bindings) + ProfileKeys.fieldsPage }

    var bindings: [KeyBinding] { keyMap.bar }

    func draw(in rect: Rect, buffer: inout Buffer) {
        let area = rect.inset(top: 1, left: 2, bottom: 0, right: 2)
        if page == 0 {
            buffer.write("Profil daerah (1 dari 2): pilih daerah Anda", at: Point(x: area.x, y: area.y), role: .title, clip: area)
            buffer.write(TextLayout.fit("Ketik sebagian nama (misalnya \"kota bogor\"), pilih dengan ↑/↓, tetapkan dengan Enter.", width: area.width, pad: false),
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
        buffer.write("Profil daerah (2 dari 2): \(name)", at: Point(x: area.x, y: area.y), role: .title, clip: area)
        buffer.write(TextLayout.fit("Isi sekali; dipakai sebagai PIHAK PERTAMA dan di setiap naskah. Esc untuk mengganti daerah.", width: area.width, pad: false),
                     at: Point(x: area.x, y: area.y + 1), role: .muted, clip: area)
        fields.draw(in: area.inset(top: 3), buffer: &buffer)
    }
}

/// Tombol profil daerah: the profile form's own keys as data (the fields' keys come with the fields).
enum ProfileKeys {
    private static var t: KeysText { AppText.current.keys }

    static var choose: KeyBinding { KeyBinding([.up, .down], t.choose) }
    static var setRegion: KeyBinding { KeyBinding(.enter, t.profileSetRegion) }
    static var type: KeyBinding { KeyBinding(.char("a"), t.profileType, keyLabel: t.profileTypeKey) }
    static var back: KeyBinding { KeyBinding(.escape, t.back) }
    static var regionPage: KeyMap { KeyMap([choose, setRegion, type, back]) }

    static var save: KeyBinding { KeyBinding([.ctrl("s"), .function(2)], t.profileSave, keyLabel: "Ctrl-S/F2") }
    static var changeRegion: KeyBinding { KeyBinding([.escape, .ctrl("p")], t.profileChangeRegion, keyLabel: "Esc") }
    static var fieldsPage: KeyMap { KeyMap([save, changeRegion]) }
}
