import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// Pemilih calon mitra: the searchable list of autonomous regions over the form. Enter adds the
/// highlighted region to the candidate partners, or takes it out when it is already there; Esc
/// or Tab closes. The own region is left out (a region cannot cooperate with itself); the regions
/// of its province come first.
struct PartnerPicker: Sendable {
    enum Outcome: Equatable { case handled, refused, close }

    private(set) var list: PickList
    let regions: [Region]
    private(set) var chosen: [String]

    init(catalogues: Catalogues, ownRegion: String, chosen: [String]) {
        // The own province first: bordering regions are the usual partners (PP 28/2018 Pasal 5).
        let province = catalogues.regions[ownRegion]?.provinceCode
        let others = catalogues.regions.all.filter { $0.autonomous && $0.code != ownRegion }
        let regions = others.filter { $0.provinceCode == province || $0.code == province } + others.filter { $0.provinceCode != province && $0.code != province }
        self.regions = regions
        self.chosen = chosen
        list = PickList(regions.map { r in
            PickItem(r.fullName, detail: r.level == .provinsi ? "\(txt.province) · \(r.code)" : "\(catalogues.regions[r.provinceCode]?.name ?? "") · \(r.code)")
        })
    }

    mutating func handle(_ event: Event) -> Outcome {
        switch event {
        case .key(.escape), .key(.tab), .key(.backTab): return .close
        case .key(.enter):
            guard let i = list.highlightedItem else { return .refused }
            let code = regions[i].code
            if let at = chosen.firstIndex(of: code) { chosen.remove(at: at) } else { chosen.append(code) }
            return .handled
        default:
            return list.handle(event) == .refused ? .refused : .handled
        }
    }

    var bindings: [KeyBinding] {
        [KeyBinding([.up, .down], txt.keyChoose), KeyBinding(.enter, txt.keyAddRemove),
         KeyBinding(.char("a"), txt.keyTypeToSearch, keyLabel: txt.keyLetters), KeyBinding(.escape, txt.keyDone)]
    }

    func draw(in rect: Rect, buffer: inout Buffer, catalogues: Catalogues) {
        let width = min(rect.width - 2, 72)
        let box = rect.centered(Size(width: max(20, width), height: max(6, rect.height - 2)))
        buffer.fill(box)
        buffer.box(box, title: txt.pickerTitle)
        let inner = box.inset(top: 1, left: 1, bottom: 1, right: 1)
        guard inner.height >= 3 else { return }
        let names = chosen.map { catalogues.regions[$0]?.fullName ?? $0 }
        let head = names.isEmpty ? txt.noneChosen : txt.chosen(names.count, names.joined(separator: ", "))
        buffer.write(TextLayout.fit(head, width: inner.width, pad: false), at: Point(x: inner.x, y: inner.y), role: names.isEmpty ? .muted : .ok, clip: inner)
        let listArea = inner.inset(top: 1)
        list.draw(in: listArea, buffer: &buffer, focused: true)
        // Mark every chosen region in the visible rows (the list itself marks one selection).
        let body = listArea.inset(top: 1)
        guard !body.isEmpty, !list.matches.isEmpty else { return }
        let top = max(0, min(list.highlighted - body.height / 2, list.matches.count - body.height))
        for row in 0..<body.height where top + row < list.matches.count {
            if chosen.contains(regions[list.matches[top + row]].code) {
                buffer.write("✓", at: Point(x: body.x, y: body.y + row), role: top + row == list.highlighted ? .focused : .ok, clip: body)
            }
        }
    }
}

/// The mapping form's words in the language in use.
private var txt: Catalogue<MappingText> { AppText.current.mapping }
