import MufakatDomain

/// Pemeriksaan sebelum ekspor final: the validation errors that a document would print as a
/// contradiction or a gap (the KAK with two different totals, a PKS with a party that does not
/// exist). Export as final refuses while any remain; `--draft` exports anyway, marked DRAF.
/// A to_confirm rule is never blocking.
public enum ExportCheck {
    /// Data sections each document prints (paths of `Finding.path`, by prefix).
    static func sections(of document: DocumentKind) -> [String] {
        let common = ["title", "kind", "parties", "affairCode"]
        switch document {
        case .kak: return common + ["proposal", "financing"]
        case .penawaran, .jawaban: return common + ["offer", "proposal", "financing"]
        case .nota: return common + ["memorandum", "proposal"]
        case .laporan: return common + ["implementation"]
        case .pengakhiran: return common + ["ended"]
        case .adendum, .perpanjangan: return common + ["amendments", "renewals", "agreement"]
        case .kb: return common + ["memorandum", "proposal"]
        case .pks: return common + ["agreement", "councilApproval", "financing", "memorandum"]
        case .dprd: return common + ["councilApproval", "financing", "memorandum"]
        case .pembiayaan: return common + ["financing"]
        case .ringkasan: return []
        }
    }

    /// The blocking findings for `document`: errors (not to_confirm) on the data it prints, in
    /// the validator's order. Empty when the document may be exported as final.
    public static func blockingFindings(for document: DocumentKind, of cooperation: Cooperation, rulebook: Rulebook,
                                        catalogues: Catalogues = .shared, today: CalendarDate) -> [Finding] {
        let prefixes = sections(of: document)
        return Validator.validate(cooperation, rulebook: rulebook, catalogues: catalogues, today: today).filter { f in
            f.severity == .error && !f.toConfirm && prefixes.contains { p in
                f.path == p || f.path.hasPrefix(p + ".") || f.path.hasPrefix(p + "[")
            }
        }
    }

    /// The refusal: one line per finding, naming its field by its label (`FieldLabel`), never
    /// by its path.
    public static func refusal(_ document: DocumentKind, findings: [Finding], cooperation: Cooperation, rulebook: Rulebook?) -> String {
        let head = DisplayLanguage.pick(id: "\(document.label) belum dapat diekspor sebagai naskah final (gunakan --draft untuk draf):",
                                        en: "\(document.label) cannot be exported as a final document yet (use --draft for a draft):")
        return ([head] + findings.map { f in
            "- \(FieldLabel.label(for: f.path, in: cooperation, rulebook: rulebook)): \(f.message)"
        }).joined(separator: "\n")
    }
}
