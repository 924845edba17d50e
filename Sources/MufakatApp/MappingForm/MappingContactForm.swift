import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// Petugas penghubung: the officer the facilitator contacts about this region's mapping.
struct MappingContactForm: Sendable {
    enum Outcome: Equatable { case handled, refused(String?), apply }

    var fields: Form

    init(mapping: RegionMapping) {
        fields = Form(column: [
            .line("name", "Nama petugas", help: "Nama lengkap petugas penghubung pemetaan.", value: mapping.contact.name),
            .line("nip", "NIP", help: "18 angka tanpa spasi; boleh dikosongkan.", value: mapping.contact.nip ?? "", check: { v in
                let digits = v.filter { !$0.isWhitespace }
                if digits.isEmpty { return nil }
                return digits.count == 18 && digits.allSatisfy(\.isNumber) ? nil : "NIP harus 18 angka; perbaiki atau kosongkan."
            }),
            .line("title", "Jabatan", help: "Misalnya: Analis Kerja Sama.", value: mapping.contact.title),
            .line("unit", "Unit kerja", help: "Misalnya: Bagian Kerja Sama Sekretariat Daerah.", value: mapping.contactUnit ?? ""),
            .line("phone", "Telepon", help: "Angka, boleh diawali + dan dipisah spasi atau tanda -.", value: mapping.contactPhone ?? "", check: { v in
                let t = v.trimmingCharacters(in: .whitespaces)
                if t.isEmpty { return nil }
                let ok = t.allSatisfy { $0.isNumber || " +-()".contains($0) } && t.filter(\.isNumber).count >= 6
                return ok ? nil : "Telepon hanya berisi angka (sekurang-kurangnya 6), spasi, +, - atau tanda kurung; perbaiki atau kosongkan."
            }),
            .line("email", "Surel", help: "Alamat surel dinas, misalnya kerjasama@bogorkota.go.id.", value: mapping.contactEmail ?? "", check: { v in
                let t = v.trimmingCharacters(in: .whitespaces)
                if t.isEmpty { return nil }
                let parts = t.split(separator: "@", omittingEmptySubsequences: false)
                let ok = parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !t.contains(" ")
                return ok ? nil : "Surel '\(t)' tidak sah; tulis seperti nama@daerah.go.id atau kosongkan."
            }),
        ])
    }

    /// Writes the answers into `mapping` (the caller checks `fields.validate()` first).
    func apply(to mapping: inout RegionMapping) {
        func opt(_ s: String) -> String? { s.isEmpty ? nil : s }
        var person = mapping.contact
        person.name = fields["name"]
        person.title = fields["title"]
        let nip = fields["nip"].filter { !$0.isWhitespace }
        person.nip = nip.isEmpty ? nil : nip
        mapping.contact = person
        mapping.contactUnit = opt(fields["unit"])
        mapping.contactPhone = opt(fields["phone"])
        mapping.contactEmail = opt(fields["email"])
    }

    mutating func handle(_ event: Event) -> Outcome {
        switch event {
        case .key(.escape):
            return finish()
        default:
            switch fields.handle(event) {
            case .completed, .blocked: return finish()
            case .refused: return .refused(nil)
            default: return .handled
            }
        }
    }

    private mutating func finish() -> Outcome {
        guard fields.validate() else {
            let errors = fields.errors
            return .refused("\(errors.count) isian petugas perlu diperbaiki: \(errors.map(\.label).joined(separator: ", ")).")
        }
        return .apply
    }

    var bindings: [KeyBinding] { fields.bindings + [KeyBinding(.escape, "selesai")] }

    func draw(in rect: Rect, buffer: inout Buffer, regionName: String) {
        buffer.write(TextLayout.fit("Petugas penghubung pemetaan \(regionName)", width: rect.width, pad: false),
                     at: Point(x: rect.x, y: rect.y), role: .title, clip: rect)
        buffer.write(TextLayout.fit("Fasilitator menghubungi petugas ini tentang pemetaan. Esc atau Enter pada isian terakhir untuk selesai.", width: rect.width, pad: false),
                     at: Point(x: rect.x, y: rect.y + 1), role: .muted, clip: rect)
        fields.draw(in: rect.inset(top: 3), buffer: &buffer)
    }
}
