/// Nama isian pemetaan: the name of a field of a mapping file by its path ("entries[2].targetYear"
/// → "Tahun target (baris 3)"), in the interface language, for the messages of reading a mapping
/// file. Never the path itself: a path is an internal name.
public enum MappingFieldLabel {
    static let indonesian: [String: String] = [
        "schemaVersion": "Versi skema", "regionCode": "Kode daerah", "contact": "Petugas penghubung",
        "contact.name": "Nama petugas penghubung", "contact.title": "Jabatan petugas penghubung",
        "contactUnit": "Unit petugas penghubung", "contactPhone": "Telepon petugas penghubung",
        "contactEmail": "Surel petugas penghubung", "updatedOn": "Tanggal pemutakhiran", "entries": "Urusan",
        "entries[].affairCode": "Kode urusan", "entries[].subAffairID": "Sub-urusan", "entries[].offer": "Potensi",
        "entries[].need": "Kebutuhan", "entries[].partnerRegions": "Calon mitra daerah",
        "entries[].partnerThirdParties": "Calon mitra pihak ketiga", "entries[].intendedKind": "Jenis kerja sama",
        "entries[].priority": "Prioritas", "entries[].targetYear": "Tahun target", "entries[].inRPJMD": "Tercantum dalam RPJMD",
        "entries[].rkpdYear": "Tahun RKPD", "entries[].indicativeBudget": "Perkiraan anggaran", "entries[].notes": "Catatan",
        "entries[].plannedCooperation": "Rencana kerja sama", "agreements": "Kesepakatan", "agreements[].targetYear": "Tahun target kesepakatan",
    ]
    static let english: [String: String] = [
        "schemaVersion": "Schema version", "regionCode": "Region code", "contact": "Contact officer",
        "contact.name": "Contact officer's name", "contact.title": "Contact officer's position",
        "contactUnit": "Contact officer's unit", "contactPhone": "Contact officer's telephone",
        "contactEmail": "Contact officer's e-mail", "updatedOn": "Date updated", "entries": "Affairs",
        "entries[].affairCode": "Affair code", "entries[].subAffairID": "Sub-affair", "entries[].offer": "Offer",
        "entries[].need": "Need", "entries[].partnerRegions": "Partner regions",
        "entries[].partnerThirdParties": "Third-party partners", "entries[].intendedKind": "Kind of cooperation",
        "entries[].priority": "Priority", "entries[].targetYear": "Target year", "entries[].inRPJMD": "Listed in the RPJMD",
        "entries[].rkpdYear": "RKPD year", "entries[].indicativeBudget": "Indicative budget", "entries[].notes": "Notes",
        "entries[].plannedCooperation": "Planned cooperation", "agreements": "Agreements", "agreements[].targetYear": "Target year of the agreement",
    ]

    /// The label of `path`: its own, else that of the nearest enclosing field, with the row
    /// ("(baris 3)") of the first list index; "Isian lain" when none is known.
    public static func label(_ path: String) -> String {
        let table = DisplayLanguage.current == .english ? english : indonesian
        let row = FieldLabel.firstIndex(in: path).map { FieldLabel.words.row($0 + 1) } ?? ""
        var candidate = path
        while true {
            if let name = table[FieldLabel.normalize(candidate)] { return name + row }
            guard let cut = candidate.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
            candidate = String(candidate[..<cut])
        }
        return FieldLabel.words.otherField + row
    }
}
