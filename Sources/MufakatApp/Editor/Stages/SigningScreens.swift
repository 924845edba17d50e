import MufakatDomain
import MufakatServices
import MufakatStore

/// Penandatanganan: the questions asked when a KB or PKS is marked signed: date and place, then
/// for each party its number for the naskah and who signs (and, for a PKS, the surat kuasa of an
/// official signing for the head of region).
enum SigningScreens {
    /// Which signing a stage section has; nil for stages without a signed naskah.
    static func base(for section: StageSection) -> String? {
        switch section {
        case .memorandum: "memorandum.signing"
        case .agreement: "agreement.signing"
        default: nil
        }
    }

    static func read(_ c: Cooperation, _ section: StageSection) -> Signing {
        section == .agreement ? c.agreement.signing : c.memorandum.signing
    }

    static func edit(_ c: inout Cooperation, _ section: StageSection, _ f: (inout Signing) -> Void) {
        if section == .agreement { f(&c.agreement.signing) } else { f(&c.memorandum.signing) }
    }

    /// Makes the per-party arrays as long as the parties list.
    static func sized(_ s: inout Signing, parties: Int) {
        while s.numbers.count < parties { s.numbers.append("") }
        while s.signatories.count < parties { s.signatories.append(Signatory()) }
    }

    /// Who signs for a party that is not a region: a minister or head of agency, a company's
    /// director as its deed says, a foreign partner's authorised official.
    static func nonRegionSignerHelp(_ type: PartyType) -> String {
        switch type {
        case .ministry: "Menteri atau pimpinan lembaga, atau pejabat yang ditunjuk."
        case .thirdParty: "Pimpinan pihak ketiga menurut akta pendiriannya, misalnya Direktur Utama."
        default: "Pejabat yang berwenang menandatangani bagi pihak ini."
        }
    }

    static func groups(for section: StageSection, cooperation c: Cooperation) -> [FieldGroup] {
        guard let base = base(for: section) else { return [] }
        let document = section == .agreement ? "Perjanjian Kerja Sama" : c.kind == .notaKesepakatan ? "Nota Kesepakatan" : "Kesepakatan Bersama"
        let n = c.parties.count
        var groups = [FieldGroup("Tanggal dan tempat penandatanganan", note: "\(document) dibekukan setelah ditandai ditandatangani; perubahan kemudian melalui addendum.", [
            .date("\(base).date", "Tanggal penandatanganan", get: { read($0, section).date }, set: { c, v in edit(&c, section) { $0.date = v } }),
            .text("\(base).place", "Tempat", help: "Kota tempat penandatanganan, misalnya Bogor.", get: { read($0, section).place },
                  set: { c, v in edit(&c, section) { $0.place = v } }),
        ])]
        for p in 0..<n {
            let who = "\(Party.label(at: p)) (\(c.parties[p].name))"
            @Sendable func signatory(_ c: Cooperation) -> Signatory { let s = read(c, section); return p < s.signatories.count ? s.signatories[p] : Signatory() }
            @Sendable func editSignatory(_ c: inout Cooperation, _ f: @escaping (inout Signatory) -> Void) {
                edit(&c, section) { s in sized(&s, parties: n); f(&s.signatories[p]) }
            }
            var fields: [FieldSpec] = [
                .text("\(base).numbers[\(p)]", "Nomor naskah \(Party.label(at: p))", help: "Nomor yang diberikan \(c.parties[p].name) pada naskah ini.",
                      get: { c in let s = read(c, section); return p < s.numbers.count ? s.numbers[p] : "" },
                      set: { c, v in edit(&c, section) { s in sized(&s, parties: n); s.numbers[p] = v } }),
                .text("\(base).signatories[\(p)].person.name", "Nama penanda tangan", get: { signatory($0).person.name },
                      set: { c, v in editSignatory(&c) { $0.person.name = v } }),
                .text("\(base).signatories[\(p)].person.title", "Jabatan penanda tangan",
                      help: c.parties[p].type != .region ? Self.nonRegionSignerHelp(c.parties[p].type)
                          : section == .agreement ? "Kepala daerah, atau pejabat dengan surat kuasa kepala daerah." : "Kepala daerah: Gubernur, Bupati atau Wali Kota.",
                      get: { signatory($0).person.title }, set: { c, v in editSignatory(&c) { $0.person.title = v } }),
            ]
            if section == .agreement {
                fields += [
                    .text("\(base).signatories[\(p)].powerOfAttorney.number", "Nomor surat kuasa", help: "Wajib bila penanda tangan bukan kepala daerah (PP 28/2018 Pasal 13).",
                          get: { signatory($0).powerOfAttorney?.number ?? "" },
                          set: { c, v in
                              let grantor = Prefill.head(ofParty: p, c, context: nil).title
                              editSignatory(&c) { s in
                              var a = s.powerOfAttorney ?? PowerOfAttorney()
                              if a.grantorTitle.isEmpty { a.grantorTitle = grantor }
                              a.number = v
                              s.powerOfAttorney = (a.number.isEmpty && a.date == nil) ? nil : a
                              }
                          }),
                    .date("\(base).signatories[\(p)].powerOfAttorney.date", "Tanggal surat kuasa",
                          get: { signatory($0).powerOfAttorney?.date },
                          set: { c, v in editSignatory(&c) { s in
                              var a = s.powerOfAttorney ?? PowerOfAttorney()
                              a.date = v
                              s.powerOfAttorney = (a.number.isEmpty && a.date == nil) ? nil : a
                          } }),
                ]
            }
            groups.append(FieldGroup("Penanda tangan \(who)", fields))
        }
        return groups
    }

    /// Fields that must be filled before the naskah counts as signed.
    static func requiredIDs(for section: StageSection, parties: Int) -> Set<String> {
        guard let base = base(for: section) else { return [] }
        var out: Set<String> = ["\(base).date", "\(base).place"]
        for p in 0..<parties {
            out.insert("\(base).numbers[\(p)]")
            out.insert("\(base).signatories[\(p)].person.name")
            out.insert("\(base).signatories[\(p)].person.title")
        }
        return out
    }
}
