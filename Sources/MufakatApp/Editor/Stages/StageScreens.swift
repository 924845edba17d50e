import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// Lembar tahapan: which questions each stage asks, in which groups, bound to the paths of the
/// cooperation where the answers live. Stages come from the rulebook; the questions of a stage
/// follow the section of the cooperation that holds its answers.
enum StageScreens {
    /// The field groups of a stage's form (list pages, such as financing lines, are groups with
    /// a `list`).
    static func groups(for section: StageSection, stageID: String, cooperation c: Cooperation, context: EditorContext) -> [FieldGroup] {
        switch section {
        case .proposal: proposal(c, context: context)
        case .offer: offer(c, context: context)
        case .memorandum: memorandum(c, context: context)
        case .councilApproval: councilApproval(c)
        case .agreement: agreement(c, context: context)
        case .financing: financing(c, context: context)
        case .implementation: AfterSigningScreens.groups(c, context: context)
        case .custom: custom(c, stageID: stageID, context: context)
        }
    }

    // MARK: Usulan

    static func proposal(_ c: Cooperation, context: EditorContext) -> [FieldGroup] {
        var groups = [
            FieldGroup(AppText.current.editorFields.initiatorAndBackground, [
                .text("proposal.initiatingAgency", AppText.current.editorFields.initiatingRegionalAgency, help: AppText.current.editorFields.nameOfTheInitiatingAgencyOpd,
                      get: { $0.proposal.initiatingAgency }, set: { $0.proposal.initiatingAgency = $1 }),
                .date("proposal.date", AppText.current.editorFields.proposalDate, get: { $0.proposal.date }, set: { $0.proposal.date = $1 }),
                .area("proposal.background", AppText.current.editorFields.background, help: AppText.current.editorFields.reasonForTheCooperationServiceNeeds,
                      get: { $0.proposal.background }, set: { $0.proposal.background = $1 }),
            ]),
            FieldGroup(AppText.current.editorFields.purposeGoalsAndObject, [
                .area("proposal.purpose", AppText.current.editorFields.purpose, rows: 3, get: { $0.proposal.purpose }, set: { $0.proposal.purpose = $1 }),
                .area("proposal.goals", AppText.current.editorFields.goals, rows: 3, get: { $0.proposal.goals }, set: { $0.proposal.goals = $1 }),
                .text("proposal.object", AppText.current.editorFields.objectOfCooperation, help: AppText.current.editorFields.theAffairOrServiceCooperatedOn,
                      get: { $0.proposal.object }, set: { $0.proposal.object = $1 }),
            ]),
            FieldGroup(AppText.current.editorFields.scopeFormAndBenefit, [
                .lines("proposal.scope", AppText.current.editorFields.scope, help: AppText.current.editorFields.oneItemPerLineEachItem,
                       get: { $0.proposal.scope }, set: { $0.proposal.scope = $1 }),
            ] + freeTextForm(c, context: context) + [
                .area("proposal.expectedBenefit", AppText.current.editorFields.expectedBenefit, rows: 3,
                      get: { $0.proposal.expectedBenefit }, set: { $0.proposal.expectedBenefit = $1 }),
            ]),
            FieldGroup(AppText.current.editorFields.costDurationAndPlanning, [
                .area("proposal.costBenefit", AppText.current.editorFields.costBenefitAnalysis, help: AppText.current.editorFields.compareCooperatingWithDoingItAlone, rows: 3,
                      get: { $0.proposal.costBenefit }, set: { $0.proposal.costBenefit = $1 }),
                .number("proposal.durationYears", AppText.current.editorFields.durationYears, help: AppText.current.editorFields.lengthOfTheCooperationInYears, range: 1...99,
                        get: { $0.proposal.durationYears }, set: { $0.proposal.durationYears = $1 }),
                .money("proposal.indicativeCost", AppText.current.editorFields.estimatedCost, get: { $0.proposal.indicativeCost }, set: { $0.proposal.indicativeCost = $1 }),
                .yesNo("proposal.inRegionalPlan", AppText.current.editorFields.isTheObjectAlreadyAPriority,
                       get: { $0.proposal.inRegionalPlan }, set: { $0.proposal.inRegionalPlan = $1 }),
            ] + termFields(c, context: context)),
        ]
        if c.kind == .ksdpk {
            let forms = context.rulebook.kind(c.kind)?.allForms ?? []
            groups.append(FieldGroup(AppText.current.editorFields.initiativeFormAndPartnerSelection, note: AppText.current.editorFields.cooperationWithAThirdPartyPp, [
                .choice("proposal.initiator", AppText.current.editorFields.initiator, options: Initiator.allCases.map { ($0, $0.displayLabel) },
                        get: { $0.proposal.initiator }, set: { $0.proposal.initiator = $1 }),
                .choice("proposal.formID", AppText.current.editorFields.formOfCooperation, help: AppText.current.editorFields.formUnderPpArticleFromThe,
                        options: forms.map { ($0.id, $0.displayName) }, get: { $0.proposal.formID }, set: { $0.proposal.formID = $1 }),
                .text("proposal.partnerSelection.method", AppText.current.editorFields.partnerSelectionMethod, help: AppText.current.editorFields.forExampleOpenSelectionDirectAppointment,
                      get: { $0.proposal.partnerSelection?.method ?? "" },
                      set: { c, v in var s = c.proposal.partnerSelection ?? PartnerSelection(); s.method = v; c.proposal.partnerSelection = s }),
                .text("proposal.partnerSelection.legalBasis", AppText.current.editorFields.legalBasisOfThePartnerSelection,
                      get: { $0.proposal.partnerSelection?.legalBasis ?? "" },
                      set: { c, v in var s = c.proposal.partnerSelection ?? PartnerSelection(); s.legalBasis = v; c.proposal.partnerSelection = s }),
                // Prakarsa pihak ketiga starts from the company's own offer letter (PP 28/2018 Pasal 18).
                .text("proposal.incomingOffer.number", AppText.current.editorFields.thirdPartySOfferLetterNumber, help: AppText.current.editorFields.filledInWhenTheThirdParty,
                      get: { $0.proposal.incomingOffer?.number ?? "" },
                      set: { c, v in var d = c.proposal.incomingOffer ?? RegisteredDocument(); d.number = v; c.proposal.incomingOffer = d }),
                .date("proposal.incomingOffer.date", AppText.current.editorFields.thirdPartySOfferLetterDate, get: { $0.proposal.incomingOffer?.date },
                      set: { c, v in var d = c.proposal.incomingOffer ?? RegisteredDocument(); d.date = v; c.proposal.incomingOffer = d }),
                .text("proposal.incomingOffer.title", AppText.current.editorFields.thirdPartySOfferLetterSubject,
                      get: { $0.proposal.incomingOffer?.title ?? "" },
                      set: { c, v in var d = c.proposal.incomingOffer ?? RegisteredDocument(); d.title = v; c.proposal.incomingOffer = d }),
            ]))
            groups.append(FieldGroup(AppText.current.editorFields.feasibilityStudy, note: AppText.current.editorFields.requiredForCooperationWithAThird, [
                .text("proposal.feasibilityStudy.author", AppText.current.editorFields.author, get: { $0.proposal.feasibilityStudy?.author ?? "" },
                      set: { c, v in var f = c.proposal.feasibilityStudy ?? FeasibilityStudy(); f.author = v; c.proposal.feasibilityStudy = f }),
                .date("proposal.feasibilityStudy.date", AppText.current.editorFields.studyDate, get: { $0.proposal.feasibilityStudy?.date },
                      set: { c, v in var f = c.proposal.feasibilityStudy ?? FeasibilityStudy(); f.date = v; c.proposal.feasibilityStudy = f }),
                .area("proposal.feasibilityStudy.summary", AppText.current.editorFields.summaryOfTheFeasibilityStudy, rows: 3, get: { $0.proposal.feasibilityStudy?.summary ?? "" },
                      set: { c, v in var f = c.proposal.feasibilityStudy ?? FeasibilityStudy(); f.summary = v; c.proposal.feasibilityStudy = f }),
                .yesNo("proposal.feasibilityStudy.feasible", AppText.current.editorFields.economicallyAndFinanciallyFeasible, get: { $0.proposal.feasibilityStudy?.feasible },
                       set: { c, v in var f = c.proposal.feasibilityStudy ?? FeasibilityStudy(); f.feasible = v; c.proposal.feasibilityStudy = f }),
            ]))
        }
        groups.append(FieldGroup(AppText.current.editorFields.tkksdRecommendation, note: AppText.current.editorFields.theRegionalCooperationCoordinationTeamTkksd, [
            .text("proposal.tkksdRecommendation.number", AppText.current.editorFields.recommendationNumber, get: { $0.proposal.tkksdRecommendation?.number ?? "" },
                  set: { c, v in var r = c.proposal.tkksdRecommendation ?? TKKSDRecommendation(); r.number = v; c.proposal.tkksdRecommendation = r }),
            .date("proposal.tkksdRecommendation.date", AppText.current.editorFields.recommendationDate, get: { $0.proposal.tkksdRecommendation?.date },
                  set: { c, v in var r = c.proposal.tkksdRecommendation ?? TKKSDRecommendation(); r.date = v; c.proposal.tkksdRecommendation = r }),
            .area("proposal.tkksdRecommendation.summary", AppText.current.editorFields.contentOfTheRecommendation, rows: 3, get: { $0.proposal.tkksdRecommendation?.summary ?? "" },
                  set: { c, v in var r = c.proposal.tkksdRecommendation ?? TKKSDRecommendation(); r.summary = v; c.proposal.tkksdRecommendation = r }),
            .yesNo("proposal.tkksdRecommendation.recommended", AppText.current.editorFields.recommended, get: { $0.proposal.tkksdRecommendation?.recommended },
                   set: { c, v in var r = c.proposal.tkksdRecommendation ?? TKKSDRecommendation(); r.recommended = v; c.proposal.tkksdRecommendation = r }),
        ]))
        groups += partyGroups(c)
        return groups
    }

    /// The bentuk kerja sama in the officer's words, unless the kind chooses it from the
    /// rulebook's forms (KSDPK: PP 28/2018 Pasal 15), which is then asked as a choice instead.
    static func freeTextForm(_ c: Cooperation, context: EditorContext) -> [FieldSpec] {
        guard context.rulebook.kind(c.kind)?.allForms.isEmpty ?? true else { return [] }
        return [.text("proposal.form", AppText.current.editorFields.formOfCooperation, help: AppText.current.editorFields.forExampleSharedServiceProvisionUse,
                      get: { $0.proposal.form }, set: { $0.proposal.form = $1 })]
    }

    /// The sub-affair (changeable after creation: every check follows the current one, so a
    /// duration exception that now fits or no longer fits shows in the findings at once) and
    /// the sector exception to the general term with its reason, where the term warning points.
    static func termFields(_ c: Cooperation, context: EditorContext) -> [FieldSpec] {
        var out: [FieldSpec] = []
        let rows = context.catalogues.authority.forAffair(c.affairCode)
        if !rows.isEmpty {
            func level(_ l: AuthorityLevel) -> String { l == .provinsi ? AppText.current.editorFields.province : l == .kabupatenKota ? AppText.current.editorFields.regencyCity : AppText.current.editorFields.central }
            out.append(.choice("subAffairID", AppText.current.editorFields.subAffair, help: AppText.current.editorFields.canBeChangedFindingsAuthorityDuration,
                               options: [("", AppText.current.editorFields.noParticularSubAffair)] + rows.map { ($0.id, "\($0.subAffair) (\(level($0.level))): \($0.description)") },
                               get: { $0.subAffairID ?? "" }, set: { c, v in c.subAffairID = (v ?? "").isEmpty ? nil : v }))
        }
        let exceptions = context.rulebook.duration.allExceptions
        guard !exceptions.isEmpty else { return out }
        out.append(.choice("proposal.durationExceptionID", AppText.current.editorFields.durationException,
                           help: AppText.current.editorFields.onlyWhenASectorRegulationAllows("\(context.rulebook.duration.maxYears)"),
                           options: [("", AppText.current.editorFields.none)] + exceptions.map { ($0.id, "\($0.displayName) (\(AppText.current.editor.yearsShort($0.maxYears)))") },
                           get: { $0.proposal.durationExceptionID ?? "" },
                           set: { c, v in c.proposal.durationExceptionID = (v ?? "").isEmpty ? nil : v }))
        out.append(.text("proposal.durationExceptionReason", AppText.current.editorFields.reasonForTheException, help: AppText.current.editorFields.forExampleThePaybackPeriodOf,
                         get: { $0.proposal.durationExceptionReason ?? "" },
                         set: { c, v in c.proposal.durationExceptionReason = v.isEmpty ? nil : v }))
        return out
    }

    /// "Membebani masyarakat dan daerah?" is asked only of a kind whose stages include the DPRD
    /// approval it decides (a Nota Kesepakatan has none: PP 28/2018 Pasal 46).
    /// The documents a party's identity is used in, named for the kind (a Nota Kesepakatan has
    /// no Kesepakatan Bersama nor PKS).
    static func identityNote(_ c: Cooperation) -> String {
        c.kind == .notaKesepakatan
            ? AppText.current.editorFields.usedByEveryDocumentTheKak
            : AppText.current.editorFields.usedByEveryDocumentTheKak2
    }

    /// Identitas para pihak: one group per party, asked once and used by every document (the
    /// KAK, the letters, the KB and the PKS): office address, seat, implementing agency, its head
    /// and appointment decree; for a third party also its legal identity (PP 28/2018 Pasal 14).
    static func partyGroups(_ c: Cooperation) -> [FieldGroup] {
        c.parties.indices.flatMap { p -> [FieldGroup] in
            @Sendable func edit(_ c: inout Cooperation, _ f: (inout Party) -> Void) {
                guard c.parties.indices.contains(p) else { return }
                f(&c.parties[p])
            }
            @Sendable func read<T>(_ c: Cooperation, _ f: (Party) -> T, _ none: T) -> T {
                c.parties.indices.contains(p) ? f(c.parties[p]) : none
            }
            @Sendable func editCompany(_ c: inout Cooperation, _ f: (inout CompanyDetails) -> Void) {
                edit(&c) { party in var d = party.company ?? CompanyDetails(); f(&d); party.company = d }
            }
            let party = c.parties[p]
            let who = "\(Party.displayLabel(at: p)) (\(party.name))"
            let base = "parties[\(p)]"
            let agencyHelp = party.type == .region
                ? AppText.current.editorFields.theRegionalAgencyCarryingOutThe("\(party.name)")
                : AppText.current.editorFields.theUnitOfThisPartyCarrying
            var groups = [FieldGroup(AppText.current.editorFields.identityOf("\(who)"),
                                     note: identityNote(c), [
                .text("\(base).address", AppText.current.editorFields.officeAddress, help: AppText.current.editorFields.thisPartySOfficeAddressAs,
                      get: { read($0, \.address, "") }, set: { c, v in edit(&c) { $0.address = v } }),
                .text("\(base).agency", party.type == .region ? AppText.current.editorFields.implementingRegionalAgency : AppText.current.editorFields.implementingUnit, help: agencyHelp,
                      get: { read($0, { $0.agency ?? "" }, "") }, set: { c, v in edit(&c) { $0.agency = v.isEmpty ? nil : v } }),
                .text("\(base).city", AppText.current.editorFields.seat, help: AppText.current.editorFields.theCityWrittenBeforeTheDate,
                      get: { read($0, { $0.city ?? "" }, "") }, set: { c, v in edit(&c) { $0.city = v.isEmpty ? nil : v } }),
                .text("\(base).representative.name", party.type == .region ? AppText.current.editorFields.nameOfTheHeadOfRegion : AppText.current.editorFields.nameOfTheHead,
                      get: { read($0, \.representative.name, "") }, set: { c, v in edit(&c) { $0.representative.name = v } }),
                .text("\(base).representative.title", AppText.current.editorFields.office, help: party.type == .region ? AppText.current.editorFields.forExampleBupatiBogor : AppText.current.editorFields.forExampleDirekturUtama,
                      get: { read($0, \.representative.title, "") }, set: { c, v in edit(&c) { $0.representative.title = v } }),
                .text("\(base).representative.appointmentDecree", AppText.current.editorFields.appointmentDecree, help: AppText.current.editorFields.numberAndDateOfTheAppointment,
                      get: { read($0, { $0.representative.appointmentDecree ?? "" }, "") },
                      set: { c, v in edit(&c) { $0.representative.appointmentDecree = v.isEmpty ? nil : v } }),
            ])]
            if party.type == .thirdParty {
                @Sendable func instrument(_ key: WritableKeyPath<CompanyDetails, LegalInstrument?> & Sendable, _ path: String, _ label: String) -> [FieldSpec] {
                    [.text("\(base).company.\(path).number", AppText.current.editorFields.number("\(label)"),
                           get: { read($0, { $0.company?[keyPath: key]?.number ?? "" }, "") },
                           set: { c, v in editCompany(&c) { var i = $0[keyPath: key] ?? LegalInstrument(); i.number = v; $0[keyPath: key] = i } }),
                     .date("\(base).company.\(path).date", AppText.current.editorFields.date("\(label)"),
                           get: { read($0, { $0.company?[keyPath: key]?.date }, nil) },
                           set: { c, v in editCompany(&c) { var i = $0[keyPath: key] ?? LegalInstrument(); i.date = v; $0[keyPath: key] = i } })]
                }
                var specs: [FieldSpec] = [
                    .text("\(base).company.fullName", AppText.current.editorFields.fullNameOfTheBusinessEntity, help: AppText.current.editorFields.forExamplePerusahaanUmumDaerahAir,
                          get: { read($0, { $0.company?.fullName ?? "" }, "") }, set: { c, v in editCompany(&c) { $0.fullName = v.isEmpty ? nil : v } }),
                    .text("\(base).company.nib", "NIB", get: { read($0, { $0.company?.nib ?? "" }, "") },
                          set: { c, v in editCompany(&c) { $0.nib = v.isEmpty ? nil : v } }),
                    .text("\(base).company.npwp", "NPWP", get: { read($0, { $0.company?.npwp ?? "" }, "") },
                          set: { c, v in editCompany(&c) { $0.npwp = v.isEmpty ? nil : v } }),
                ]
                specs += instrument(\.deed, "deed", AppText.current.editorFields.deedOfEstablishment)
                specs += instrument(\.ratification, "ratification", AppText.current.editorFields.legalEntityApproval)
                specs += instrument(\.directorAppointment, "directorAppointment", AppText.current.editorFields.appointmentOfTheDirectors)
                if party.legalForm == .bumd { specs += instrument(\.regionalRegulation, "regionalRegulation", AppText.current.editorFields.regionalRegulationEstablishingTheBumd) }
                groups.append(FieldGroup(AppText.current.editorFields.legalEntityOf("\(who)"), note: AppText.current.editorFields.identityOfTheThirdPartyPp, specs))
            }
            return groups
        }
    }

    // MARK: Penawaran

    static func offer(_ c: Cooperation, context: EditorContext) -> [FieldGroup] {
        let partyOptions = c.parties.indices.map { ($0, "\(Party.displayLabel(at: $0)) (\(c.parties[$0].name))") }
        var groups = [
            FieldGroup(c.initiatingThirdParty != nil ? AppText.current.editorFields.thirdPartySOfferLetter : AppText.current.editorFields.offerLetter, [
                .text("offer.letterNumber", AppText.current.editorFields.offerLetterNumber, get: { $0.offer.letterNumber }, set: { $0.offer.letterNumber = $1 }),
                .date("offer.letterDate", AppText.current.editorFields.letterDate, get: { $0.offer.letterDate }, set: { $0.offer.letterDate = $1 }),
                .text("offer.addressee", AppText.current.editorFields.toAddressee, help: AppText.current.editorFields.theHeadOfRegionOrThe,
                      get: { $0.offer.addressee }, set: { $0.offer.addressee = $1 }),
                .date("offer.responseDeadline", AppText.current.editorFields.answerDeadline, help: AppText.current.editorFields.filledFromTheLetterDateBy,
                      get: { $0.offer.responseDeadline }, set: { $0.offer.responseDeadline = $1 }),
                .choice("offer.initiatorIndex", AppText.current.editorFields.initiatingParty, help: AppText.current.editorFields.thePartySendingTheOfferLetter,
                        options: partyOptions, get: { $0.offer.initiator },
                        set: { c, v in c.offer.initiatorIndex = (v ?? 0) == 0 ? nil : v }),
            ]),
            FieldGroup(AppText.current.editorFields.signatory, note: AppText.current.editorFields.theOfferLetterIsSignedBy, [
                .text("offer.signer.name", AppText.current.editorFields.signatorySName, get: { $0.offer.signer.name }, set: { $0.offer.signer.name = $1 }),
                .text("offer.signer.title", AppText.current.editorFields.office, help: AppText.current.editorFields.forExampleWaliKotaBogor, get: { $0.offer.signer.title }, set: { $0.offer.signer.title = $1 }),
            ]),
            FieldGroup(AppText.current.editorFields.attachmentsAndCopies, [
                .lines("offer.attachments", AppText.current.editorFields.attachments, rows: 3, get: { $0.offer.attachments }, set: { $0.offer.attachments = $1 }),
                .lines("offer.copies", AppText.current.editorFields.copies, rows: 3, get: { $0.offer.copies }, set: { $0.offer.copies = $1 }),
            ]),
        ]
        // Surat masuk: in a partner's store the offer arrives from the initiator.
        if let code = context.profile?.regionCode,
           let own = c.parties.firstIndex(where: { $0.type == .region && $0.regionCode == code }), own != c.offer.initiator {
            @Sendable func edit(_ c: inout Cooperation, _ f: (inout IncomingLetter) -> Void) {
                var l = c.offer.incomingLetter ?? IncomingLetter(); f(&l); c.offer.incomingLetter = l
            }
            groups.append(FieldGroup(AppText.current.editorFields.incomingLetterTheInitiatorSOffer,
                                     note: AppText.current.editorFields.theOfferComesFromAPartner, [
                .text("offer.incomingLetter.number", AppText.current.editorFields.incomingLetterNumber, get: { $0.offer.incomingLetter?.number ?? "" }, set: { c, v in edit(&c) { $0.number = v } }),
                .date("offer.incomingLetter.date", AppText.current.editorFields.incomingLetterDate, get: { $0.offer.incomingLetter?.date }, set: { c, v in edit(&c) { $0.date = v } }),
                .text("offer.incomingLetter.sender", AppText.current.editorFields.sender, help: AppText.current.editorFields.theSenderSOfficeForExample,
                      get: { $0.offer.incomingLetter?.sender ?? "" }, set: { c, v in edit(&c) { $0.sender = v } }),
                .lines("offer.incomingLetter.attachments", AppText.current.editorFields.attachmentsOfTheIncomingLetter, rows: 3, get: { $0.offer.incomingLetter?.attachments ?? [] },
                       set: { c, v in edit(&c) { $0.attachments = v.isEmpty ? nil : v } }),
                .date("offer.incomingLetter.receivedOn", AppText.current.editorFields.dateReceived, get: { $0.offer.incomingLetter?.receivedOn },
                      set: { c, v in edit(&c) { $0.receivedOn = v } }),
            ]))
        }
        groups += partnerAnswerGroups(c)
        return groups
    }

    /// Jawaban mitra: one group per partner (accepted, negotiating, declined), with the date and
    /// number of its answer letter. The KB waits until every required partner accepted.
    static func partnerAnswerGroups(_ c: Cooperation) -> [FieldGroup] {
        let partners = c.offer.partners(partyCount: c.parties.count)
        return partners.enumerated().map { k, p in
            let name = p < c.parties.count ? "\(Party.displayLabel(at: p)) (\(c.parties[p].name))" : Party.displayLabel(at: p)
            let base = "offer.responses[\(k)]"
            let single = partners.count == 1
            @Sendable func edit(_ c: inout Cooperation, _ f: (inout PartnerResponse) -> Void) {
                c.offer.editAnswer(ofParty: p, partyCount: c.parties.count, f)
            }
            @Sendable func answer(_ c: Cooperation) -> PartnerResponse? { c.offer.answer(ofParty: p) }
            // A company's offer (PP 28/2018 Pasal 18) is answered by the region itself.
            let title = c.initiatingThirdParty != nil ? AppText.current.editorFields.theRegionSAnswerToThe : single ? AppText.current.editorFields.partnerSAnswer : AppText.current.editorFields.partnerSAnswer2("\(name)")
            return FieldGroup(title,
                              note: single ? nil : AppText.current.editorFields.theJointAgreementIsDraftedAfter, [
                .choice("\(base).response", AppText.current.editorFields.answer, options: OfferResponse.allCases.map { ($0, $0.displayLabel) },
                        get: { $0.offer.response(ofParty: p) }, set: { c, v in edit(&c) { $0.response = v ?? .pending } }),
                .date("\(base).letterDate", AppText.current.editorFields.answerDate,
                      get: { c in answer(c).map(\.letterDate) ?? (single ? c.offer.responseDate : nil) },
                      set: { c, v in edit(&c) { $0.letterDate = v } }),
                .text("\(base).letterNumber", AppText.current.editorFields.answerLetterNumber,
                      get: { c in answer(c).map { $0.letterNumber ?? "" } ?? (single ? c.offer.responseLetterNumber : "") },
                      set: { c, v in edit(&c) { $0.letterNumber = v.isEmpty ? nil : v } }),
                .area("\(base).notes", AppText.current.editorFields.notes, help: AppText.current.editorFields.conditionsPointsToNegotiateOrReasons, rows: 2,
                      get: { answer($0)?.notes ?? "" }, set: { c, v in edit(&c) { $0.notes = v.isEmpty ? nil : v } }),
            ])
        }
    }

    // MARK: Kesepakatan Bersama

    static func memorandum(_ c: Cooperation, context: EditorContext) -> [FieldGroup] {
        // Asked where the money is first known (start year, source of funding), with no default.
        let council: [FieldSpec] = context.rulebook.kind(c.kind)?.stages.contains("dprd") == true ? [
            .yesNo("burdensPublic", AppText.current.editorFields.burdensThePublicAndTheRegion,
                   help: AppText.current.editorFields.noDefaultAnswerIfYesThe,
                   get: { $0.burdensPublic }, set: { $0.burdensPublic = $1 }),
        ] : []
        // A Nota Kesepakatan takes each party's funding from its rencana aksi (APBN for a
        // ministry, APBD for a region): no single free-text source is asked.
        let funding: [FieldSpec] = c.kind == .notaKesepakatan ? [] : [
            .text("memorandum.fundingSource", AppText.current.editorFields.sourceOfFinancing, get: { $0.memorandum.fundingSource }, set: { $0.memorandum.fundingSource = $1 }),
        ]
        var groups = [
            FieldGroup(AppText.current.editorFields.mainPointsOfTheAgreement, funding + [
                .number("memorandum.startBudgetYear", AppText.current.editorFields.fiscalYearImplementationStarts, range: 2000...2100,
                        get: { $0.memorandum.startBudgetYear }, set: { $0.memorandum.startBudgetYear = $1 }),
                .number("memorandum.durationYears", AppText.current.editorFields.durationYears, help: AppText.current.editorFields.filledFromTheKakCanBe, range: 1...99,
                        get: { $0.memorandum.durationYears }, set: { $0.memorandum.durationYears = $1 }),
                .lines("memorandum.considerations", AppText.current.editorFields.considerationsMenimbang, help: AppText.current.editorFields.oneConsiderationPerLineStartingWith, rows: 3,
                       get: { $0.memorandum.considerations }, set: { $0.memorandum.considerations = $1 }),
            ] + council),
        ]
        if c.kind == .notaKesepakatan {
            groups.append(FieldGroup(AppText.current.editorFields.actionPlan, note: AppText.current.editorFields.annexOfTheMemorandumOfUnderstanding,
                                     list: .actionPlan))
        }
        groups += articleGroups(c.memorandum.articles, base: "memorandum.articles",
                                get: { $0.memorandum.articles }, set: { $0.memorandum.articles = $1 })
        return groups
    }

    /// One group per pasal: its heading and its paragraphs (one per line).
    static func articleGroups(_ articles: [Article], base: String,
                              get: @escaping @Sendable (Cooperation) -> [Article],
                              set: @escaping @Sendable (inout Cooperation, [Article]) -> Void) -> [FieldGroup] {
        if articles.isEmpty {
            return [FieldGroup(AppText.current.editorFields.articles, note: AppText.current.editorFields.noArticlesYetPressAltT, [])]
        }
        return articles.indices.map { i in
            FieldGroup(AppText.current.editor.articleOf(i + 1, articles.count), note: AppText.current.editorFields.altTAddsAnArticleAfter, [
                .text("\(base)[\(i)].heading", AppText.current.editorFields.articleHeading, help: AppText.current.editorFields.forExampleMaksudDanTujuan,
                      get: { c in let a = get(c); return a.indices.contains(i) ? ClausePlaceholders.shown(a[i].heading) : "" },
                      set: { c, v in var a = get(c); guard a.indices.contains(i) else { return }; a[i].heading = ClausePlaceholders.stored(v); set(&c, a) }),
                .lines("\(base)[\(i)].paragraphs", AppText.current.editorFields.paragraphs, help: AppText.current.editorFields.oneParagraphPerLineParagraphsAre, rows: 8,
                       get: { c in let a = get(c); return a.indices.contains(i) ? a[i].paragraphs.map(ClausePlaceholders.shown) : [] },
                       set: { c, v in var a = get(c); guard a.indices.contains(i) else { return }; a[i].paragraphs = v.map(ClausePlaceholders.stored); set(&c, a) }),
            ])
        }
    }

    // MARK: Persetujuan DPRD

    static func councilApproval(_ c: Cooperation) -> [FieldGroup] {
        c.councilApproval.approvals.indices.map { i in
            let p = c.councilApproval.approvals[i].partyIndex
            let name = p < c.parties.count ? "\(Party.displayLabel(at: p)) (\(c.parties[p].name))" : Party.displayLabel(at: p)
            let base = "councilApproval.approvals[\(i)]"
            @Sendable func edit(_ c: inout Cooperation, _ f: (inout CouncilApproval) -> Void) {
                guard c.councilApproval.approvals.indices.contains(i) else { return }
                f(&c.councilApproval.approvals[i])
            }
            @Sendable func read<T>(_ c: Cooperation, _ f: (CouncilApproval) -> T, _ none: T) -> T {
                c.councilApproval.approvals.indices.contains(i) ? f(c.councilApproval.approvals[i]) : none
            }
            return FieldGroup(AppText.current.editorFields.dprdOf("\(name)"), [
                .text("\(base).requestLetterNumber", AppText.current.editorFields.requestLetterNumber, get: { read($0, \.requestLetterNumber, "") },
                      set: { c, v in edit(&c) { $0.requestLetterNumber = v } }),
                .date("\(base).requestDate", AppText.current.editorFields.requestDate, get: { read($0, \.requestDate, nil) }, set: { c, v in edit(&c) { $0.requestDate = v } }),
                .text("\(base).decisionNumber", AppText.current.editorFields.dprdDecisionNumber, get: { read($0, \.decisionNumber, "") }, set: { c, v in edit(&c) { $0.decisionNumber = v } }),
                .date("\(base).decisionDate", AppText.current.editorFields.decisionDate, get: { read($0, \.decisionDate, nil) }, set: { c, v in edit(&c) { $0.decisionDate = v } }),
                .yesNo("\(base).approved", AppText.current.editorFields.approved, get: { read($0, \.approved, nil) }, set: { c, v in edit(&c) { $0.approved = v } }),
            ])
        }
    }

    // MARK: Perjanjian Kerja Sama

    static func agreement(_ c: Cooperation, context: EditorContext) -> [FieldGroup] {
        let exceptions = context.rulebook.duration.allExceptions
        var groups = [
            FieldGroup(AppText.current.editorFields.durationAndImplementation, [
                .date("agreement.startDate", AppText.current.editorFields.effectiveDate, get: { $0.agreement.startDate }, set: { $0.agreement.startDate = $1 }),
                .number("agreement.durationYears", AppText.current.editorFields.durationYears, help: AppText.current.editorFields.filledFromTheJointAgreementCan, range: 1...99,
                        get: { $0.agreement.durationYears }, set: { $0.agreement.durationYears = $1 }),
                .date("agreement.endDate", AppText.current.editorFields.endDateIfSet, help: AppText.current.editorFields.leaveEmptyWhenItEndsWith,
                      get: { $0.agreement.endDate }, set: { $0.agreement.endDate = $1 }),
                .choice("agreement.durationExceptionID", AppText.current.editorFields.durationException,
                        help: AppText.current.editorFields.onlyWhenASectorRegulationAllows("\(context.rulebook.duration.maxYears)"),
                        options: [("", AppText.current.editorFields.none)] + exceptions.map { ($0.id, "\($0.displayName) (\(AppText.current.editor.yearsShort($0.maxYears)))") },
                        get: { $0.agreement.durationExceptionID ?? "" }, set: { c, v in c.agreement.durationExceptionID = (v ?? "").isEmpty ? nil : v }),
                .number("agreement.forceMajeureNoticeDays", AppText.current.editorFields.noticeOfForceMajeureDays, range: 1...365,
                        get: { $0.agreement.forceMajeureNoticeDays }, set: { $0.agreement.forceMajeureNoticeDays = $1 }),
                .number("agreement.evaluationsPerYear", AppText.current.editorFields.evaluationsPerFiscalYear, range: 1...12,
                        get: { $0.agreement.evaluationsPerYear }, set: { $0.agreement.evaluationsPerYear = $1 }),
            ]),
            FieldGroup(AppText.current.editorFields.considerations, [
                .lines("agreement.considerations", AppText.current.editorFields.considerationsMenimbang, help: AppText.current.editorFields.filledFromTheJointAgreementOne, rows: 5,
                       get: { $0.agreement.considerations }, set: { $0.agreement.considerations = $1 }),
            ]),
        ]
        for p in c.parties.indices {
            let name = "\(Party.displayLabel(at: p)) (\(c.parties[p].name))"
            @Sendable func dutyIndex(_ c: Cooperation) -> Int? { c.agreement.duties.firstIndex { $0.partyIndex == p } }
            groups.append(FieldGroup(AppText.current.editorFields.rightsAndObligationsOf("\(name)"), [
                .lines("agreement.duties[\(p)].rights", AppText.current.editorFields.rights, rows: 4,
                       get: { c in dutyIndex(c).map { c.agreement.duties[$0].rights } ?? [] },
                       set: { c, v in editDuties(&c, party: p) { $0.rights = v } }),
                .lines("agreement.duties[\(p)].obligations", AppText.current.editorFields.obligations, rows: 4,
                       get: { c in dutyIndex(c).map { c.agreement.duties[$0].obligations } ?? [] },
                       set: { c, v in editDuties(&c, party: p) { $0.obligations = v } }),
            ]))
        }
        // Sekretariat bersama (PP 28/2018 Pasal 7): a KSDD wajib of more than two regions.
        if c.kind == .ksddWajib, c.parties.filter({ $0.type == .region }).count > 2 {
            groups.append(FieldGroup(AppText.current.editorFields.jointSecretariat, note: AppText.current.editorFields.aMandatoryKsddOfMoreThan, [
                .yesNo("jointSecretariat.formed", AppText.current.editorFields.jointSecretariatSetUp, get: { $0.jointSecretariat?.formed },
                       set: { c, v in var j = c.jointSecretariat ?? JointSecretariat(); j.formed = v; c.jointSecretariat = j }),
                .area("jointSecretariat.description", AppText.current.editorFields.seatAndComposition, help: AppText.current.editorFields.whereTheSecretariatSitsAndWhich, rows: 3,
                      get: { $0.jointSecretariat?.description ?? "" },
                      set: { c, v in var j = c.jointSecretariat ?? JointSecretariat(); j.description = v; c.jointSecretariat = j }),
            ]))
        }
        groups += articleGroups(c.agreement.articles, base: "agreement.articles",
                                get: { $0.agreement.articles }, set: { $0.agreement.articles = $1 })
        return groups
    }

    /// Hak dan kewajiban are kept one entry per party; the entry is made when first written.
    static func editDuties(_ c: inout Cooperation, party: Int, _ f: (inout PartyDuties) -> Void) {
        if let i = c.agreement.duties.firstIndex(where: { $0.partyIndex == party }) {
            f(&c.agreement.duties[i])
        } else {
            var d = PartyDuties(partyIndex: party)
            f(&d)
            c.agreement.duties.append(d)
            c.agreement.duties.sort { $0.partyIndex < $1.partyIndex }
        }
    }

    // MARK: Pembiayaan and Pelaksanaan (lists)

    static func financing(_ c: Cooperation, context: EditorContext) -> [FieldGroup] {
        let plan = FieldGroup(AppText.current.editorFields.financingPlan, note: AppText.current.editorFields.oneLinePerFiscalYearAnd, list: .financing)
        // Asked only where a naskah of the kind prints it (a Nota Kesepakatan does not).
        guard context.rulebook.clausesUse("hasil_kerja_sama", kind: c.kind) else { return [plan] }
        return [
            plan,
            FieldGroup(AppText.current.editorFields.resultsOfTheCooperation, [
                .area("financing.resultsHandling", AppText.current.editorFields.handlingOfTheCooperationSResults,
                      help: AppText.current.editorFields.moneyGoesToTheRegionalTreasury,
                      get: { $0.financing.resultsHandling }, set: { $0.financing.resultsHandling = $1 }),
            ]),
        ]
    }

    // MARK: Tahapan tambahan

    /// A stage a region's own rulebook adds: one text answer per required field it names.
    static func custom(_ c: Cooperation, stageID: String, context: EditorContext) -> [FieldGroup] {
        let fields = context.rulebook.stage(stageID)?.requiredFields ?? []
        let base = "customStages.\(stageID)"
        @Sendable func edit(_ c: inout Cooperation, _ f: (inout CustomStage) -> Void) {
            var s = c.customStages[stageID] ?? CustomStage(); f(&s); c.customStages[stageID] = s
        }
        // A rule's path says where its answer lives: the stage's registered documents (number,
        // date, title: a guided KSDPL/KSDLL step), a date of its progress (the DPRD's 45 working
        // days count from the day it received the request), or a free answer.
        let specs: [FieldSpec] = fields.flatMap { rule -> [FieldSpec] in
            switch rule.path {
            case "\(base).documents":
                return (0..<2).flatMap { i -> [FieldSpec] in
                    @Sendable func doc(_ c: Cooperation) -> RegisteredDocument? {
                        let docs = c.customStages[stageID]?.documents ?? []; return docs.indices.contains(i) ? docs[i] : nil
                    }
                    @Sendable func editDoc(_ c: inout Cooperation, _ f: @escaping (inout RegisteredDocument) -> Void) {
                        edit(&c) { s in
                            var docs = s.documents ?? []
                            while docs.count <= i { docs.append(RegisteredDocument()) }
                            f(&docs[i])
                            while let last = docs.last, last.number.isEmpty, last.date == nil, last.title.isEmpty { docs.removeLast() }
                            s.documents = docs.isEmpty ? nil : docs
                        }
                    }
                    let which = i == 0 ? rule.displayLabel : AppText.current.editorFields.nextDocumentIfAny
                    return [
                        .text("\(base).documents[\(i)].number", AppText.current.editorFields.number2("\(which)"), help: i == 0 ? AppText.current.editorFields.registrationNumberOfTheDocumentIts : "",
                              get: { doc($0)?.number ?? "" }, set: { c, v in editDoc(&c) { $0.number = v } }),
                        .date("\(base).documents[\(i)].date", AppText.current.editorFields.date2("\(which)"), get: { doc($0)?.date }, set: { c, v in editDoc(&c) { $0.date = v } }),
                        .text("\(base).documents[\(i)].title", AppText.current.editorFields.titleSubject("\(which)"), get: { doc($0)?.title ?? "" }, set: { c, v in editDoc(&c) { $0.title = v } }),
                    ]
                }
            case "\(base).progress.startedOn":
                return [.date(rule.path, rule.displayLabel, help: rule.basis, get: { $0.customStages[stageID]?.progress.startedOn },
                              set: { c, v in edit(&c) { $0.progress.startedOn = v } })]
            case "\(base).progress.completedOn":
                return [.date(rule.path, rule.displayLabel, help: rule.basis, get: { $0.customStages[stageID]?.progress.completedOn },
                              set: { c, v in edit(&c) { $0.progress.completedOn = v } })]
            default:
                let key = rule.path.contains(".") ? String(rule.path.split(separator: ".").last!) : rule.path
                return [.text("\(base).answers.\(key)", rule.displayLabel,
                              get: { $0.customStages[stageID]?.answers[key] ?? "" },
                              set: { c, v in edit(&c) { $0.answers[key] = v } })]
            }
        }
        return [FieldGroup(context.rulebook.stage(stageID)?.displayName ?? stageID, note: context.rulebook.stage(stageID)?.displaySummary, specs)]
    }
}
