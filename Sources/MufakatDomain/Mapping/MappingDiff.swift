/// Perbedaan pemetaan: what changed between an earlier mapping of a region and an incoming one,
/// per affair and field, so a facilitator can decide which to keep.
public struct MappingDiff: Sendable, Hashable {
    public let regionCode: String
    public let changes: [Change]

    /// One difference. `affairCode` is nil for the contact officer's details.
    public struct Change: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable { case added = "ditambah", removed = "dihapus", changed = "diubah" }
        public let affairCode: String?
        public let subAffairID: String?
        public let kind: Kind
        /// Indonesian field name ("Potensi", "Tahun target"), empty for a whole entry added or removed.
        public let field: String
        public let old: String
        public let new: String
    }

    public var isEmpty: Bool { changes.isEmpty }

    /// The affair codes touched, in order.
    public var affairCodes: [String] {
        var seen = Set<String>(); var out: [String] = []
        for c in changes { if let a = c.affairCode, seen.insert(a).inserted { out.append(a) } }
        return out
    }

    public init(regionCode: String, changes: [Change]) { self.regionCode = regionCode; self.changes = changes }

    /// Compares two mappings of the same region. Entries are matched by affair and sub-affair.
    public static func between(_ old: RegionMapping, _ new: RegionMapping) -> MappingDiff {
        var changes: [Change] = []
        let contactFields: [(String, String, String)] = [
            ("Nama petugas penghubung", old.contact.name, new.contact.name),
            ("Jabatan petugas penghubung", old.contact.title, new.contact.title),
            ("Unit kerja petugas", old.contactUnit ?? "", new.contactUnit ?? ""),
            ("Telepon petugas", old.contactPhone ?? "", new.contactPhone ?? ""),
            ("Surel petugas", old.contactEmail ?? "", new.contactEmail ?? ""),
        ]
        for (field, a, b) in contactFields where a != b {
            changes.append(Change(affairCode: nil, subAffairID: nil, kind: .changed, field: field, old: a, new: b))
        }
        func key(_ e: MappingEntry) -> String { e.affairCode + "|" + (e.subAffairID ?? "") }
        var oldByKey: [String: MappingEntry] = [:]
        for e in old.entries where oldByKey[key(e)] == nil { oldByKey[key(e)] = e }
        var newByKey: [String: MappingEntry] = [:]
        for e in new.entries where newByKey[key(e)] == nil { newByKey[key(e)] = e }
        let keys = Set(oldByKey.keys).union(newByKey.keys).sorted()
        for k in keys {
            switch (oldByKey[k], newByKey[k]) {
            case let (nil, n?):
                changes.append(Change(affairCode: n.affairCode, subAffairID: n.subAffairID, kind: .added, field: "", old: "", new: summary(n)))
            case let (o?, nil):
                changes.append(Change(affairCode: o.affairCode, subAffairID: o.subAffairID, kind: .removed, field: "", old: summary(o), new: ""))
            case let (o?, n?) where o != n:
                for (field, a, b) in fields(o, n) where a != b {
                    changes.append(Change(affairCode: o.affairCode, subAffairID: o.subAffairID, kind: .changed, field: field, old: a, new: b))
                }
            default: break
            }
        }
        return MappingDiff(regionCode: new.regionCode, changes: changes)
    }

    private static func fields(_ o: MappingEntry, _ n: MappingEntry) -> [(String, String, String)] {
        [
            ("Potensi", o.offer, n.offer),
            ("Kebutuhan", o.need, n.need),
            ("Calon mitra daerah", o.partnerRegions.joined(separator: ", "), n.partnerRegions.joined(separator: ", ")),
            ("Calon mitra pihak ketiga", o.partnerThirdParties.map(\.rawValue).joined(separator: ", "),
             n.partnerThirdParties.map(\.rawValue).joined(separator: ", ")),
            ("Jenis kerja sama", o.intendedKind?.label ?? "", n.intendedKind?.label ?? ""),
            ("Prioritas", o.priority?.label ?? "", n.priority?.label ?? ""),
            ("Tahun target", o.targetYear.map(String.init) ?? "", n.targetYear.map(String.init) ?? ""),
            ("Tercantum dalam RPJMD", o.inRPJMD ? "ya" : "tidak", n.inRPJMD ? "ya" : "tidak"),
            ("Tahun RKPD", o.rkpdYear.map(String.init) ?? "", n.rkpdYear.map(String.init) ?? ""),
            ("Anggaran indikatif", o.indicativeBudget?.figures ?? "", n.indicativeBudget?.figures ?? ""),
            ("Rencana kerja sama", o.plannedCooperation ?? "", n.plannedCooperation ?? ""),
            ("Catatan", o.notes, n.notes),
        ]
    }

    private static func summary(_ e: MappingEntry) -> String {
        var parts: [String] = []
        if e.hasOffer { parts.append("potensi: \(e.offer)") }
        if e.hasNeed { parts.append("kebutuhan: \(e.need)") }
        if let k = e.intendedKind { parts.append(k.label) }
        if let y = e.targetYear { parts.append("target \(y)") }
        return parts.isEmpty ? "(tanpa isian)" : parts.joined(separator: "; ")
    }

    /// The differences as lines for a terminal or a log, affairs named from the catalogue.
    public func lines(affairs: AffairCatalogue) -> [String] {
        changes.map { c in
            let subject: String
            if let code = c.affairCode {
                let name = affairs[code]?.name ?? "urusan tidak dikenal"
                subject = "Urusan \(code) \(name)" + (c.subAffairID.map { " (sub-urusan \($0))" } ?? "")
            } else {
                subject = "Petugas penghubung"
            }
            switch c.kind {
            case .added: return "\(subject): ditambahkan (\(c.new))"
            case .removed: return "\(subject): dihapus (sebelumnya \(c.old))"
            case .changed:
                let o = c.old.isEmpty ? "(kosong)" : "\"\(c.old)\""
                let n = c.new.isEmpty ? "(kosong)" : "\"\(c.new)\""
                return "\(subject): \(c.field) \(o) menjadi \(n)"
            }
        }
    }
}
