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
        case .ministry: AppText.current.editorFields.theMinisterOrHeadOfAgency
        case .thirdParty: AppText.current.editorFields.theThirdPartySHeadUnder
        default: AppText.current.editorFields.theOfficialAuthorisedToSignFor
        }
    }

    static func groups(for section: StageSection, cooperation c: Cooperation) -> [FieldGroup] {
        guard let base = base(for: section) else { return [] }
        let document = section == .agreement ? AppText.current.editorFields.cooperationAgreement : c.kind == .notaKesepakatan ? AppText.current.editorFields.memorandumOfUnderstanding : AppText.current.editorFields.jointAgreement
        let n = c.parties.count
        var groups = [FieldGroup(AppText.current.editorFields.signingDateAndPlace, note: AppText.current.editorFields.theIsFrozenOnceMarkedSigned("\(document)"), [
            .date("\(base).date", AppText.current.editorFields.signingDate, get: { read($0, section).date }, set: { c, v in edit(&c, section) { $0.date = v } }),
            .text("\(base).place", AppText.current.editorFields.place, help: AppText.current.editorFields.cityWhereItIsSignedFor, get: { read($0, section).place },
                  set: { c, v in edit(&c, section) { $0.place = v } }),
        ])]
        for p in 0..<n {
            let who = "\(Party.displayLabel(at: p)) (\(c.parties[p].name))"
            @Sendable func signatory(_ c: Cooperation) -> Signatory { let s = read(c, section); return p < s.signatories.count ? s.signatories[p] : Signatory() }
            @Sendable func editSignatory(_ c: inout Cooperation, _ f: @escaping (inout Signatory) -> Void) {
                edit(&c, section) { s in sized(&s, parties: n); f(&s.signatories[p]) }
            }
            var fields: [FieldSpec] = [
                .text("\(base).numbers[\(p)]", AppText.current.editorFields.documentNumberOf("\(Party.displayLabel(at: p))"), help: AppText.current.editorFields.theNumberGivesToThisDocument("\(c.parties[p].name)"),
                      get: { c in let s = read(c, section); return p < s.numbers.count ? s.numbers[p] : "" },
                      set: { c, v in edit(&c, section) { s in sized(&s, parties: n); s.numbers[p] = v } }),
                .text("\(base).signatories[\(p)].person.name", AppText.current.editorFields.signatorySName, get: { signatory($0).person.name },
                      set: { c, v in editSignatory(&c) { $0.person.name = v } }),
                .text("\(base).signatories[\(p)].person.title", AppText.current.editorFields.signatorySOffice,
                      help: c.parties[p].type != .region ? Self.nonRegionSignerHelp(c.parties[p].type)
                          : section == .agreement ? AppText.current.editorFields.theHeadOfRegionOrAn : AppText.current.editorFields.theHeadOfRegionGovernorRegent,
                      get: { signatory($0).person.title }, set: { c, v in editSignatory(&c) { $0.person.title = v } }),
            ]
            if section == .agreement {
                fields += [
                    .text("\(base).signatories[\(p)].powerOfAttorney.number", AppText.current.editorFields.powerOfAttorneyNumber, help: AppText.current.editorFields.requiredWhenTheSignatoryIsNot,
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
                    .date("\(base).signatories[\(p)].powerOfAttorney.date", AppText.current.editorFields.powerOfAttorneyDate,
                          get: { signatory($0).powerOfAttorney?.date },
                          set: { c, v in editSignatory(&c) { s in
                              var a = s.powerOfAttorney ?? PowerOfAttorney()
                              a.date = v
                              s.powerOfAttorney = (a.number.isEmpty && a.date == nil) ? nil : a
                          } }),
                ]
            }
            groups.append(FieldGroup(AppText.current.editorFields.signatoryOf("\(who)"), fields))
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
