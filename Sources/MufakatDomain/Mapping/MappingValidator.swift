import Foundation

/// Tingkat temuan pemetaan. Its raw values are those of the mapping files; its words are
/// `Severity`'s (one vocabulary: Kesalahan / Peringatan / Informasi, see docs/glossary.md).
public enum FindingSeverity: String, Codable, Sendable, CaseIterable, Comparable {
    /// Kesalahan: the mapping cannot be used as it is.
    case error = "galat"
    /// Peringatan: usable, but the facilitator should look at it.
    case warning = "peringatan"
    /// Informasi: a reminder.
    case notice = "catatan"

    /// The same level in the one severity vocabulary.
    public var severity: Severity {
        switch self {
        case .error: .error
        case .warning: .warning
        case .notice: .info
        }
    }

    /// "Kesalahan", "Peringatan", "Informasi": `Severity.label`.
    public var label: String { severity.label }

    private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
    public static func < (a: FindingSeverity, b: FindingSeverity) -> Bool { a.rank < b.rank }
}

/// Temuan: one problem in a region's mapping, naming the region, the affair and the field.
public struct MappingFinding: Codable, Sendable, Hashable, CustomStringConvertible {
    public let severity: FindingSeverity
    /// Stable id of the check, e.g. "mitra-diri-sendiri".
    public let rule: String
    public let regionCode: String
    public let affairCode: String?
    /// Indonesian field name, e.g. "Calon mitra daerah".
    public let field: String
    /// The full Indonesian message: which region, which affair, what is wrong and how to fix it.
    public let message: String
    /// Legal basis, when the check rests on one.
    public let basis: String?

    public init(severity: FindingSeverity, rule: String, regionCode: String, affairCode: String?, field: String,
                message: String, basis: String? = nil) {
        self.severity = severity; self.rule = rule; self.regionCode = regionCode; self.affairCode = affairCode
        self.field = field; self.message = message; self.basis = basis
    }

    public var description: String {
        "\(severity.label): \(message)" + (basis.map { " (\($0))" } ?? "")
    }
}

/// Pemeriksaan pemetaan: checks one region's mapping against the catalogues and the calendar.
public struct MappingValidator: Sendable {
    public let catalogues: Catalogues
    /// The current year: target years before it are refused.
    public let currentYear: Int

    public init(catalogues: Catalogues, currentYear: Int) {
        self.catalogues = catalogues; self.currentYear = currentYear
    }

    /// Findings in a stable order (by entry, then check).
    public func validate(_ mapping: RegionMapping) -> [MappingFinding] {
        var out: [MappingFinding] = []
        let code = mapping.regionCode
        let region = catalogues.regions[code]
        let who = region?.fullName ?? "daerah \(code)"

        if mapping.schemaVersion > RegionMapping.currentSchemaVersion {
            out.append(MappingFinding(severity: .error, rule: "versi-skema", regionCode: code, affairCode: nil, field: "Versi skema",
                                      message: "Pemetaan \(who) memakai versi skema \(mapping.schemaVersion), lebih baru dari yang dikenal program ini (\(RegionMapping.currentSchemaVersion)); perbarui Mufakat."))
        }
        if region == nil {
            out.append(MappingFinding(severity: .error, rule: "daerah-tidak-dikenal", regionCode: code, affairCode: nil, field: "Kode daerah",
                                      message: "Kode daerah '\(code)' tidak ada dalam daftar wilayah Kemendagri; periksa kode daerah pemetaan."))
        } else if let region, !region.autonomous {
            out.append(MappingFinding(severity: .error, rule: "daerah-tidak-otonom", regionCode: code, affairCode: nil, field: "Kode daerah",
                                      message: "\(region.name) bukan daerah otonom sehingga tidak dapat menjadi pihak kerja sama; pemetaan dilakukan oleh Provinsi DKI Jakarta.",
                                      basis: "PP 28/2018 Pasal 1 angka 1"))
        }
        if mapping.contact.name.trimmingCharacters(in: .whitespaces).isEmpty {
            out.append(MappingFinding(severity: .warning, rule: "petugas-kosong", regionCode: code, affairCode: nil, field: "Petugas penghubung",
                                      message: "Pemetaan \(who): nama petugas penghubung belum diisi; isi agar fasilitator dapat menghubungi daerah."))
        }
        if mapping.entries.isEmpty {
            out.append(MappingFinding(severity: .warning, rule: "pemetaan-kosong", regionCode: code, affairCode: nil, field: "Urusan",
                                      message: "Pemetaan \(who) belum memuat satu pun urusan."))
        }

        var seen = Set<String>()
        for entry in mapping.sortedEntries {
            out += check(entry, mapping: mapping, region: region, who: who, seen: &seen)
        }
        return out
    }

    /// Findings for many mappings, region by region in catalogue-code order.
    public func validate(_ mappings: [RegionMapping]) -> [MappingFinding] {
        mappings.sorted { $0.regionCode < $1.regionCode }.flatMap { validate($0) }
    }

    private func check(_ e: MappingEntry, mapping: RegionMapping, region: Region?, who: String, seen: inout Set<String>) -> [MappingFinding] {
        var out: [MappingFinding] = []
        let code = mapping.regionCode
        let affair = catalogues.affairs[e.affairCode]
        let subject = affair.map { "\(who), urusan \($0.code) \($0.name)" } ?? "\(who), urusan '\(e.affairCode)'"
        func add(_ s: FindingSeverity, _ rule: String, _ field: String, _ text: String, basis: String? = nil) {
            out.append(MappingFinding(severity: s, rule: rule, regionCode: code, affairCode: e.affairCode, field: field,
                                      message: "\(subject): \(text)", basis: basis))
        }

        guard affair != nil else {
            let absolute = catalogues.absoluteAffairs.first { $0.id == e.affairCode || $0.name.lowercased() == e.affairCode.lowercased() }
            if let absolute {
                add(.error, "urusan-absolut", "Kode urusan",
                    "\(absolute.name) adalah urusan pemerintahan absolut dan tidak dapat menjadi objek kerja sama daerah; hapus baris ini.",
                    basis: AbsoluteAffair.basis)
            } else {
                add(.error, "urusan-tidak-dikenal", "Kode urusan",
                    "kode urusan tidak dikenal; gunakan salah satu dari 32 kode urusan konkuren (1.01 sampai 3.32).",
                    basis: "UU 23/2014 Pasal 12")
            }
            return out
        }

        let key = e.affairCode + "|" + (e.subAffairID ?? "")
        if !seen.insert(key).inserted {
            add(.error, "urusan-ganda", "Kode urusan",
                e.subAffairID == nil ? "urusan ini dipetakan lebih dari sekali; gabungkan menjadi satu baris."
                                     : "sub-urusan '\(e.subAffairID!)' dipetakan lebih dari sekali; gabungkan menjadi satu baris.")
        }

        if let sub = e.subAffairID {
            if let row = catalogues.authority[sub] {
                if row.affairCode != e.affairCode {
                    add(.error, "sub-urusan-salah-urusan", "Sub-urusan",
                        "sub-urusan '\(sub)' termasuk urusan \(row.affairCode), bukan \(e.affairCode); pindahkan ke urusan yang benar.")
                } else if let region, !row.level.includes(region.level) {
                    add(.warning, "sub-urusan-di-luar-kewenangan", "Sub-urusan",
                        "sub-urusan '\(row.description)' menjadi kewenangan \(row.level.title), bukan kewenangan \(region.fullName); kerja sama atas sub-urusan ini perlu melibatkan pemegang kewenangan.",
                        basis: row.basis)
                }
            } else {
                add(.error, "sub-urusan-tidak-dikenal", "Sub-urusan",
                    "sub-urusan '\(sub)' tidak ada dalam daftar pembagian urusan; kosongkan atau pilih dari daftar.")
            }
        }

        if !e.hasOffer && !e.hasNeed {
            add(.warning, "potensi-kebutuhan-kosong", "Potensi/Kebutuhan",
                "potensi dan kebutuhan keduanya kosong; isi sekurang-kurangnya salah satu agar dapat dicarikan pasangan.")
        }

        var partnerSeen = Set<String>()
        for p in e.partnerRegions {
            if p == code {
                add(.error, "mitra-diri-sendiri", "Calon mitra daerah",
                    "daerah mencantumkan dirinya sendiri sebagai calon mitra; hapus kode \(p) dari calon mitra.")
            } else if let partner = catalogues.regions[p] {
                if !partner.autonomous {
                    add(.error, "mitra-tidak-otonom", "Calon mitra daerah",
                        "calon mitra \(partner.name) bukan daerah otonom dan tidak dapat menjadi pihak; cantumkan Provinsi DKI Jakarta.",
                        basis: "PP 28/2018 Pasal 1 angka 1")
                }
            } else {
                add(.error, "mitra-tidak-dikenal", "Calon mitra daerah",
                    "kode calon mitra '\(p)' tidak ada dalam daftar wilayah Kemendagri.")
            }
            if !partnerSeen.insert(p).inserted {
                add(.warning, "mitra-ganda", "Calon mitra daerah", "calon mitra \(p) tercantum lebih dari sekali.")
            }
        }

        if let kind = e.intendedKind {
            switch kind {
            case .ksddWajib, .ksddSukarela:
                if e.partnerRegions.isEmpty && !e.partnerThirdParties.isEmpty {
                    add(.warning, "jenis-tidak-cocok-mitra", "Jenis kerja sama",
                        "jenis \(kind.label) adalah kerja sama antardaerah, tetapi calon mitra yang dicantumkan hanya pihak ketiga; pilih KSDPK atau cantumkan daerah mitra.",
                        basis: "PP 28/2018 Pasal 3")
                }
            case .ksdpk:
                if e.partnerThirdParties.isEmpty && !e.partnerRegions.isEmpty {
                    add(.warning, "jenis-tidak-cocok-mitra", "Jenis kerja sama",
                        "jenis KSDPK adalah kerja sama dengan pihak ketiga, tetapi calon mitra yang dicantumkan hanya daerah; pilih KSDD atau cantumkan bentuk pihak ketiga.",
                        basis: "PP 28/2018 Pasal 14")
                }
            default:
                add(.error, "jenis-tidak-untuk-pemetaan", "Jenis kerja sama",
                    "jenis \(kind.label) tidak dipetakan dalam rapat asistensi; pilih KSDD wajib, KSDD sukarela, atau KSDPK.",
                    basis: "PP 28/2018 Pasal 5")
            }
        }

        if let year = e.targetYear {
            if year < currentYear {
                add(.error, "tahun-target-lampau", "Tahun target",
                    "tahun target \(year) sudah lewat; isi tahun \(currentYear) atau sesudahnya.")
            } else if year > currentYear + 20 {
                add(.warning, "tahun-target-jauh", "Tahun target",
                    "tahun target \(year) lebih dari 20 tahun ke depan; periksa kembali isian tahun.")
            }
        }
        if let rkpd = e.rkpdYear {
            if rkpd < 2000 || rkpd > currentYear + 10 {
                add(.error, "tahun-rkpd-tidak-wajar", "Tahun RKPD", "tahun RKPD \(rkpd) tidak wajar; isi tahun RKPD yang memuat kegiatan ini.")
            } else if let year = e.targetYear, rkpd > year {
                add(.warning, "rkpd-sesudah-target", "Tahun RKPD",
                    "tahun RKPD \(rkpd) sesudah tahun target \(year); kegiatan perlu masuk RKPD paling lambat pada tahun target.")
            }
        }
        if e.priority == .tinggi && !e.isPlanned {
            add(.notice, "prioritas-belum-direncanakan", "Tercantum dalam RPJMD",
                "berprioritas tinggi tetapi belum tercantum dalam RPJMD maupun RKPD; objek kerja sama seharusnya menjadi prioritas dalam dokumen perencanaan daerah.",
                basis: "PP 28/2018 Pasal 4")
        }
        return out
    }
}
