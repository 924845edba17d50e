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
            .line("name", txt.contactName, help: txt.contactNameHelp, value: mapping.contact.name),
            .line("nip", txt.contactNIP, help: txt.contactNIPHelp, value: mapping.contact.nip ?? "", check: { v in
                let digits = v.filter { !$0.isWhitespace }
                if digits.isEmpty { return nil }
                return digits.count == 18 && digits.allSatisfy(\.isNumber) ? nil : txt.contactNIPError
            }),
            .line("title", txt.contactTitle, help: txt.contactTitleHelp, value: mapping.contact.title),
            .line("unit", txt.contactUnit, help: txt.contactUnitHelp, value: mapping.contactUnit ?? ""),
            .line("phone", txt.contactPhone, help: txt.contactPhoneHelp, value: mapping.contactPhone ?? "", check: { v in
                let t = v.trimmedWhitespace()
                if t.isEmpty { return nil }
                let ok = t.allSatisfy { $0.isNumber || " +-()".contains($0) } && t.filter(\.isNumber).count >= 6
                return ok ? nil : txt.contactPhoneError
            }),
            .line("email", txt.contactEmail, help: txt.contactEmailHelp, value: mapping.contactEmail ?? "", check: { v in
                let t = v.trimmedWhitespace()
                if t.isEmpty { return nil }
                let parts = t.split(separator: "@", omittingEmptySubsequences: false)
                let ok = parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !t.contains(" ")
                return ok ? nil : txt.contactEmailError(t)
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
            return .refused(txt.contactToFix(errors.count, errors.map(\.label).joined(separator: ", ")))
        }
        return .apply
    }

    var bindings: [KeyBinding] { fields.bindings + [KeyBinding(.escape, txt.keyDone)] }

    func draw(in rect: Rect, buffer: inout Buffer, regionName: String) {
        buffer.write(TextLayout.fit(txt.contactTitleLine(regionName), width: rect.width, pad: false),
                     at: Point(x: rect.x, y: rect.y), role: .title, clip: rect)
        buffer.write(TextLayout.fit(txt.contactIntro, width: rect.width, pad: false),
                     at: Point(x: rect.x, y: rect.y + 1), role: .muted, clip: rect)
        fields.draw(in: rect.inset(top: 3), buffer: &buffer)
    }
}

/// The mapping form's words in the language in use.
private var txt: Catalogue<MappingText> { AppText.current.mapping }
