import MufakatDomain

/// A meeting as text for the terminal (`mapping meeting show`).
public enum MeetingText {
    public static func render(_ m: Meeting, catalogues: Catalogues) -> String {
        var lines: [String] = []
        lines.append(m.title.isEmpty ? "(rapat tanpa judul)" : m.title)
        lines.append("Id: \(m.id)")
        var level = m.level.label
        if let p = m.provinceCode { level += " (Provinsi \(catalogues.regions[p]?.name ?? p))" }
        lines.append("Tingkat: \(level)")
        lines.append("Tanggal: \(m.date.map { IndonesianDate.long($0) } ?? "-")")
        lines.append("Tempat: \(m.place.isEmpty ? "-" : m.place)")
        let f = [m.facilitator.name, m.facilitator.title, m.facilitatorAgency].filter { !$0.isEmpty }
        lines.append("Fasilitator: \(f.isEmpty ? "-" : f.joined(separator: ", "))")
        lines.append("Daerah peserta (\(m.participantRegions.count)):")
        for code in m.participantRegions { lines.append("  \(code) \(catalogues.regions[code]?.fullName ?? "?")") }
        if !m.participantAgencies.isEmpty {
            lines.append("Kementerian/lembaga peserta:")
            for a in m.participantAgencies { lines.append("  \(a)") }
        }
        lines.append("Kesepakatan (\(m.agreements.count)):")
        for (i, a) in m.agreements.enumerated() {
            let parties = a.regionCodes.map { catalogues.regions[$0]?.fullName ?? $0 }.joined(separator: ", ")
            var line = "  \(i + 1). \(a.affairCode) \(a.title): \(parties); \(a.kind.label)"
            if let y = a.targetYear { line += "; tahun target \(y)" }
            if let id = a.cooperationID { line += "; draf '\(id)'" }
            if let w = a.withdrawal { line += " [DICABUT \(IndonesianDate.long(w.withdrawnOn)): \(w.reason)]" }
            if let r = a.reviewNote, a.isActive { line += " [PERLU DITINJAU: \(r)]" }
            lines.append(line)
        }
        lines.append("Tindak lanjut (\(m.followUps.count)):")
        for (i, t) in m.followUps.enumerated() {
            var line = "  \(i + 1). \(t.action)"
            if !t.responsible.isEmpty { line += " (penanggung jawab: \(t.responsible))" }
            if let d = t.dueDate { line += ", paling lambat \(IndonesianDate.long(d))" }
            lines.append(line)
        }
        lines.append("Impor pemetaan: \(m.imports.count)")
        return lines.joined(separator: "\n")
    }
}
