import Foundation
import MufakatApp
import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// One key press as the person at the keyboard pays for it: `update`, then `view` into a fresh
/// buffer, then the diff the ncurses backend computes before writing (`FrameDiff.stats` and
/// `FrameDiff.changes`, exactly what `NcursesBackend.present` does), and the bytes that diff
/// would send down the wire (an SSH link pays per byte).
enum TerminalCases {
    static let screenSizes = [Size(width: 80, height: 24), Size(width: 200, height: 60)]

    static func run(_ h: inout Harness) {
        h.group = "Key press (update, draw, diff; bytes to the terminal)"
        for size in screenSizes {
            let label = "\(size.width)×\(size.height)"
            // The editor-like form: stage sidebar, a group of fields, message and help lines.
            var form = StageFormScreen(size: size)
            keyPress(&h, "form: type one letter in a text field", label, base: form, event: .key(.char("a")))
            keyPress(&h, "form: next stage (Ctrl-N, group valid)", label, base: form, event: .key(.ctrl("n")))
            _ = form.update(.key(.tab)); _ = form.update(.key(.tab)); _ = form.update(.key(.tab)); _ = form.update(.key(.tab))
            keyPress(&h, "form: type one letter in the region pick list (552)", label, base: form, event: .key(.char("b")))

            // The widget gallery: every widget on one screen (a 552-item pick list, a table).
            var gallery = Gallery(themes: [.fallback])
            _ = gallery.update(.resize(width: size.width, height: size.height))
            keyPress(&h, "gallery: type one letter in the name field", label, base: gallery, event: .key(.char("a")))
        }
    }

    /// Measures one event applied to `base` (always from the same state, so every sample is the
    /// same key press), split into its three parts, and notes the bytes it sends.
    static func keyPress<P: Program>(_ h: inout Harness, _ name: String, _ size: String, base: P, event: Event) {
        KeyPressCase.measure(&h, label: name, size: size, dims: size, iterations: 300, budget: 5, base: base, event: event)
    }

}

/// Keeps the optimiser from removing a measured computation.
@inline(never) func blackHole<T>(_ value: T) { withExtendedLifetime(value) {} }

/// A stand-in for the stage editor until it lands: a title bar, the stage stepper, one form group
/// per stage with the kinds of fields the editor uses (text, date, money, text area, a pick list of
/// the 552 regions, a check list of the 32 affairs), a message line and a help bar.
struct StageFormScreen: Program {
    var form: Form
    var stepper: StageStepper
    var message: Message? = .notice("Isian tersimpan otomatis sebagai draf.")
    var size: Size

    init(size: Size) {
        self.size = size
        let catalogues = Catalogues.shared
        let regions = catalogues.regions.all.map { PickItem($0.fullName, detail: $0.code) }
        let affairs = catalogues.affairs.all.map { "\($0.code) \($0.name)" }
        func stage(_ title: String, _ n: Int) -> FormGroup {
            FormGroup(title: title, fields: [
                FormField(id: "\(n).judul", label: "Judul", help: "Judul singkat kerja sama.",
                          input: .text(TextField("Kerja Sama Pengelolaan Sampah Regional Bogor Raya", maxLength: 200)),
                          validators: [.required()]),
                FormField(id: "\(n).tanggal", label: "Tanggal", input: .date(DateField(FieldDate(year: 2026, month: 3, day: 2)))),
                FormField(id: "\(n).biaya", label: "Perkiraan biaya", input: .number(NumberField(1_250_000_000, prefix: "Rp ", groupingSeparator: "."))),
                FormField(id: "\(n).latar", label: "Latar belakang",
                          input: .area(TextArea("Volume sampah kedua daerah melampaui daya tampung TPA masing-masing; pengelolaan bersama di TPPAS regional lebih efisien.", maxLength: 2000), rows: 3)),
                FormField(id: "\(n).mitra", label: "Mitra", input: .pick(PickList(regions, selected: 12), rows: size.height > 30 ? 12 : 4)),
                FormField(id: "\(n).urusan", label: "Urusan", input: .check(CheckList(affairs, checked: [3]), rows: size.height > 30 ? 10 : 3)),
            ])
        }
        let titles = ["Usulan", "Penawaran", "Kesepakatan Bersama", "Persetujuan DPRD", "Perjanjian Kerja Sama", "Pembiayaan", "Pelaksanaan"]
        form = Form(groups: titles.enumerated().map { stage($1, $0) })
        stepper = StageStepper(stages: titles.enumerated().map { Stage($1, state: $0 == 0 ? .current : .pending) })
    }

    mutating func update(_ event: Event) -> [Effect<Never>] {
        if case let .resize(w, h) = event { size = Size(width: w, height: h); return [] }
        switch form.handle(event) {
        case .movedToGroup(let g):
            for i in stepper.stages.indices { stepper.stages[i].state = i < g ? .done : (i == g ? .current : .pending) }
            message = .ok("Tahap \(g) selesai.")
        case .blocked: message = .error("Perbaiki isian yang ditandai dulu.")
        case .refused: return [.bell]
        default: break
        }
        return []
    }

    func view(into buffer: inout Buffer) {
        let (title, rest) = buffer.area.splitTop(1)
        let (middle, bottom) = rest.splitBottom(2)
        let (messageRow, helpRow) = bottom.splitTop(1)
        let (side, main) = middle.splitLeft(size.width >= 120 ? 30 : 22)
        buffer.fill(title, role: .title)
        buffer.write("Mufakat · KSDD Sukarela: Pengelolaan Sampah Regional · revisi 3", at: Point(x: 1, y: 0), role: .title, clip: title)
        stepper.draw(in: side, buffer: &buffer)
        form.draw(in: main.inset(left: 1), buffer: &buffer)
        MessageLine(message).draw(in: messageRow, buffer: &buffer)
        HelpBar(form.bindings + [KeyBinding(.ctrl("s"), "simpan"), KeyBinding(.escape, "tutup")]).draw(in: helpRow, buffer: &buffer)
    }
}
