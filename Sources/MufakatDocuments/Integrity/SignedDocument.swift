import Foundation
import MufakatDomain

/// Naskah yang ditandatangani: marking a KB or PKS signed records the SHA-256 of the exact
/// file that was signed on the stage; the store keeps it in the cooperation's history, so a file
/// can later be checked against it (`DocumentMatcher`).
public enum SignedDocument {
    /// The documents whose signing is recorded.
    public static let signedKinds: [DocumentKind] = [.kb, .nota, .pks]

    /// Marks the stage of `document` (`.kb` or `.pks`) signed with the file `data` in `format`
    /// ("docx", "md", "txt"): records the fingerprint, the status done and the completion date.
    /// Returns nil for a document that is not signed as a stage.
    public static func markSigned(_ cooperation: Cooperation, document: DocumentKind, data: Data, format: String,
                                  on date: CalendarDate) -> Cooperation? {
        var c = cooperation
        let sha = Fingerprint.sha256(data)
        switch document {
        case .kb, .nota:
            guard document == DocumentKind.memorandum(for: c.kind) else { return nil }
            c.memorandum.signing.documentSHA256 = sha
            c.memorandum.signing.documentFormat = format
            if c.memorandum.signing.date == nil { c.memorandum.signing.date = date }
            c.memorandum.progress.status = .done
            // "Selesai" is the document's date (the signing date), not the day the key was pressed.
            c.memorandum.progress.completedOn = c.memorandum.signing.date ?? date
        case .pks:
            c.agreement.signing.documentSHA256 = sha
            c.agreement.signing.documentFormat = format
            if c.agreement.signing.date == nil { c.agreement.signing.date = date }
            c.agreement.progress.status = .done
            c.agreement.progress.completedOn = c.agreement.signing.date ?? date
        default:
            return nil
        }
        return c
    }

    /// The fingerprints recorded on a cooperation: (document, SHA-256, format).
    public static func fingerprints(in c: Cooperation) -> [(document: DocumentKind, sha256: String, format: String?)] {
        var out: [(DocumentKind, String, String?)] = []
        if let s = c.memorandum.signing.documentSHA256 { out.append((DocumentKind.memorandum(for: c.kind), s, c.memorandum.signing.documentFormat)) }
        if let s = c.agreement.signing.documentSHA256 { out.append((.pks, s, c.agreement.signing.documentFormat)) }
        return out
    }
}

extension SignedDocument {
    /// The document signed at a stage: the KB (a Nota Kesepakatan for that kind) at the
    /// memorandum stage, the PKS at the agreement stage.
    public static func kind(signedAt section: StageSection, of kind: CooperationKind) -> DocumentKind? {
        switch section {
        case .memorandum: DocumentKind.memorandum(for: kind)
        case .agreement: .pks
        default: nil
        }
    }
}
