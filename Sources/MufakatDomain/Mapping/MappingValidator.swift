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
    /// Indonesian field name, e.g. "Calon mitra daerah": stable, screens match it to their fields.
    public let field: String
    /// The field's name in the interface language (nil: `field`); not written to JSON.
    public private(set) var fieldLabel: String?
    /// The name to show: "Calon mitra daerah" / "Partner region".
    public var displayField: String { fieldLabel ?? field }
    /// The full Indonesian message: which region, which affair, what is wrong and how to fix it.
    public let message: String
    /// Legal basis, when the check rests on one.
    public let basis: String?

    enum CodingKeys: String, CodingKey { case severity, rule, regionCode, affairCode, field, message, basis }

    public init(severity: FindingSeverity, rule: String, regionCode: String, affairCode: String?, field: String,
                message: String, basis: String? = nil, fieldLabel: String? = nil) {
        self.severity = severity; self.rule = rule; self.regionCode = regionCode; self.affairCode = affairCode
        self.field = field; self.message = message; self.basis = basis; self.fieldLabel = fieldLabel
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
    /// The words of the findings (the rulebook's `[[mapping_message]]`).
    public let messages: MappingMessages

    /// `rulebook`: whose messages to use (nil: the bundled rulebook).
    public init(catalogues: Catalogues, currentYear: Int, rulebook: Rulebook? = nil) {
        self.catalogues = catalogues; self.currentYear = currentYear
        self.messages = MappingMessages(rulebook: rulebook)
    }

    /// Findings in a stable order (by entry, then check).
    public func validate(_ mapping: RegionMapping) -> [MappingFinding] {
        var out: [MappingFinding] = []
        let code = mapping.regionCode
        let region = catalogues.regions[code]
        let who = region?.fullName ?? messages.text(.regionByCode, ["kode": code])
        func add(_ s: FindingSeverity, _ id: MappingMessageID, _ values: [String: String], basis: String? = nil) {
            out.append(MappingFinding(severity: s, rule: id.rawValue, regionCode: code, affairCode: nil, field: messages.field(id),
                                      message: messages.text(id, values), basis: basis, fieldLabel: messages.displayField(id)))
        }

        if mapping.schemaVersion > RegionMapping.currentSchemaVersion {
            add(.error, .schemaVersion, ["daerah": who, "versi": "\(mapping.schemaVersion)", "versi_program": "\(RegionMapping.currentSchemaVersion)"])
        }
        if region == nil {
            add(.error, .unknownRegion, ["kode": code])
        } else if let region, !region.autonomous {
            add(.error, .nonAutonomousRegion, ["nama": region.name], basis: "PP 28/2018 Pasal 1 angka 1")
        }
        if mapping.contact.name.trimmedWhitespace().isEmpty {
            add(.warning, .contactEmpty, ["daerah": who])
        }
        if mapping.entries.isEmpty {
            add(.warning, .mappingEmpty, ["daerah": who])
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
        let subject = affair.map { messages.text(.affairSubject, ["daerah": who, "kode": $0.code, "nama": $0.name]) }
            ?? messages.text(.unknownAffairSubject, ["daerah": who, "kode": e.affairCode])
        /// `rule`: the finding's stable id when two messages tell the same check.
        func add(_ s: FindingSeverity, _ id: MappingMessageID, _ values: [String: String] = [:], rule: String? = nil, basis: String? = nil) {
            out.append(MappingFinding(severity: s, rule: rule ?? id.rawValue, regionCode: code, affairCode: e.affairCode, field: messages.field(id),
                                      message: "\(subject): \(messages.text(id, values))", basis: basis, fieldLabel: messages.displayField(id)))
        }

        guard affair != nil else {
            let absolute = catalogues.absoluteAffairs.first { $0.id == e.affairCode || $0.name.lowercased() == e.affairCode.lowercased() }
            if let absolute {
                add(.error, .absoluteAffair, ["nama": absolute.name], basis: AbsoluteAffair.basis)
            } else {
                add(.error, .unknownAffair, basis: "UU 23/2014 Pasal 12")
            }
            return out
        }

        let key = e.affairCode + "|" + (e.subAffairID ?? "")
        if !seen.insert(key).inserted {
            if let sub = e.subAffairID {
                add(.error, .duplicateSubAffair, ["sub": sub], rule: MappingMessageID.duplicateAffair.rawValue)
            } else {
                add(.error, .duplicateAffair)
            }
        }

        if let sub = e.subAffairID {
            if let row = catalogues.authority[sub] {
                if row.affairCode != e.affairCode {
                    add(.error, .subAffairOfOtherAffair, ["sub": sub, "urusan_sub": row.affairCode, "urusan": e.affairCode])
                } else if let region, !row.level.includes(region.level) {
                    add(.warning, .subAffairOutsideAuthority, ["sub": row.description, "tingkat": row.level.displayTitle, "daerah": region.fullName],
                        basis: row.basis)
                }
            } else {
                add(.error, .unknownSubAffair, ["sub": sub])
            }
        }

        if !e.hasOffer && !e.hasNeed {
            add(.warning, .offerAndNeedEmpty)
        }

        var partnerSeen = Set<String>()
        for p in e.partnerRegions {
            if p == code {
                add(.error, .partnerIsSelf, ["kode": p])
            } else if let partner = catalogues.regions[p] {
                if !partner.autonomous {
                    add(.error, .partnerNotAutonomous, ["nama": partner.name], basis: "PP 28/2018 Pasal 1 angka 1")
                }
            } else {
                add(.error, .unknownPartner, ["kode": p])
            }
            if !partnerSeen.insert(p).inserted {
                add(.warning, .duplicatePartner, ["kode": p])
            }
        }

        if let kind = e.intendedKind {
            switch kind {
            case .ksddWajib, .ksddSukarela:
                if e.partnerRegions.isEmpty && !e.partnerThirdParties.isEmpty {
                    add(.warning, .kindNeedsRegionPartner, ["jenis": kind.displayLabel], basis: "PP 28/2018 Pasal 3")
                }
            case .ksdpk:
                if e.partnerThirdParties.isEmpty && !e.partnerRegions.isEmpty {
                    add(.warning, .kindNeedsThirdParty, rule: MappingMessageID.kindNeedsRegionPartner.rawValue, basis: "PP 28/2018 Pasal 14")
                }
            default:
                add(.error, .kindNotMapped, ["jenis": kind.displayLabel], basis: "PP 28/2018 Pasal 5")
            }
        }

        if let year = e.targetYear {
            if year < currentYear {
                add(.error, .targetYearPast, ["tahun": "\(year)", "tahun_ini": "\(currentYear)"])
            } else if year > currentYear + 20 {
                add(.warning, .targetYearFar, ["tahun": "\(year)"])
            }
        }
        if let rkpd = e.rkpdYear {
            if rkpd < 2000 || rkpd > currentYear + 10 {
                add(.error, .rkpdYearImplausible, ["rkpd": "\(rkpd)"])
            } else if let year = e.targetYear, rkpd > year {
                add(.warning, .rkpdAfterTarget, ["rkpd": "\(rkpd)", "tahun": "\(year)"])
            }
        }
        if e.priority == .tinggi && !e.isPlanned {
            add(.notice, .priorityNotPlanned, basis: "PP 28/2018 Pasal 4")
        }
        return out
    }
}
