import MufakatDomain

/// Keluaran daftar kecocokan: the ranked candidate cooperations as table rows and text.
public enum MatchExport {
    public static let headers = ["No", "Skor", "Kode Urusan", "Urusan", "Daerah", "Jenis Kecocokan",
                                 "Jenis Kerja Sama Disarankan", "Tahun Target", "Alasan"]

    public static func rows(_ matches: [MappingMatch], catalogues: Catalogues) -> [[String]] {
        var rows = [headers]
        for (i, m) in matches.enumerated() {
            rows.append([
                String(i + 1), String(m.score), m.affairCode, catalogues.affairs[m.affairCode]?.name ?? m.affairCode,
                m.regionCodes.map { MappingLabels.regionName($0, catalogues) }.joined(separator: ", "),
                m.kinds.map(\.label).joined(separator: ", "), m.suggestedKind.label,
                m.targetYear.map(String.init) ?? "", m.reason,
            ])
        }
        return rows
    }

    /// One block per match for a terminal.
    public static func plainText(_ matches: [MappingMatch], catalogues: Catalogues) -> String {
        guard !matches.isEmpty else { return "Belum ada kecocokan: impor pemetaan daerah peserta terlebih dahulu.\n" }
        var out = "Kecocokan pemetaan (\(matches.count)), dari yang terkuat:\n"
        for (i, m) in matches.enumerated() {
            let affair = catalogues.affairs[m.affairCode]?.name ?? m.affairCode
            out += "\n\(i + 1). [\(m.score)] \(m.affairCode) \(affair): "
            out += m.regionCodes.map { MappingLabels.regionName($0, catalogues) }.joined(separator: ", ") + "\n"
            out += "   \(m.kinds.map(\.label).joined(separator: ", ")); disarankan \(m.suggestedKind.label)"
            out += m.targetYear.map { ", tahun target \($0)" } ?? ""
            out += "\n   Alasan: \(m.reason).\n"
        }
        return out
    }
}
