import Foundation

/// Validasi: checks one cooperation against the rulebook and the catalogues. The checks are code;
/// each finding's severity, message and legal basis come from the rulebook rule of the same id.
public enum Validator {
    /// All findings for `cooperation`, in the order of the document (parties, affair, duration,
    /// signatures, financing, dates, stages, reminders). `today` drives expiry reminders.
    public static func validate(_ cooperation: Cooperation, rulebook: Rulebook, catalogues: Catalogues,
                                today: CalendarDate) -> [Finding] {
        validate(cooperation, rulebook: rulebook, catalogues: catalogues, today: today, workflow: nil)
    }

    /// The same findings, with the cooperation's workflow already made (the editor makes it
    /// anyway): the stage check then reads it instead of making its own.
    public static func validate(_ cooperation: Cooperation, rulebook: Rulebook, catalogues: Catalogues,
                                today: CalendarDate, workflow: Workflow?) -> [Finding] {
        var run = Run(cooperation: cooperation, rulebook: rulebook, catalogues: catalogues, today: today)
        run.workflow = workflow
        for check in checks { check.run(&run) }
        return run.findings
    }

    /// The findings of one check (`checks[index]`) alone.
    static func findings(ofCheck index: Int, _ cooperation: Cooperation, rulebook: Rulebook, catalogues: Catalogues,
                         today: CalendarDate, workflow: Workflow?) -> [Finding] {
        var run = Run(cooperation: cooperation, rulebook: rulebook, catalogues: catalogues, today: today)
        run.workflow = workflow
        checks[index].run(&run)
        return run.findings
    }

    /// Satu pemeriksaan: one check of the validator and the parts of the cooperation it reads,
    /// as JSON paths ("parties", "agreement.signing.date"): a check whose paths do not meet a
    /// changed field gives the same findings as before (`IncrementalValidation`). `readsWorkflow`:
    /// the check reads the stage machine (the stages, their gates and empty required fields).
    struct Check: Sendable {
        let reads: [String]
        var readsWorkflow = false
        let run: @Sendable (inout Run) -> Void
    }

    /// Paths of every stage's progress (status and dates).
    static let progressPaths = ["proposal.progress", "offer.progress", "memorandum.progress", "councilApproval.progress",
                                "agreement.progress", "financing.progress", "implementation.progress", "customStages"]
    /// What `Cooperation.expiryDate` reads.
    static let expiryPaths = ["agreement.endDate", "agreement.startDate", "agreement.signing.date", "agreement.durationYears"]
    /// What the offer's answers (`partnersNotAccepted`, `allRequiredPartnersAccepted`) read.
    static let offerAnswerPaths = ["offer.initiator", "offer.response", "offer.responses", "parties"]

    /// The checks, in the order of the document (parties, affair, duration, signatures,
    /// financing, dates, stages, reminders): the order of the findings.
    static let checks: [Check] = [
        Check(reads: ["id"]) { $0.checkIdentity() },
        Check(reads: ["kind", "parties"]) { $0.checkKindAndParties() },
        Check(reads: ["kind", "affairCode", "subAffairID", "parties", "proposal.inRegionalPlan", "proposal.planException"]) { $0.checkAffair() },
        Check(reads: ["kind", "parties", "partiesBordering"]) { $0.checkBorderingAndShape() },
        Check(reads: ["kind", "affairCode", "subAffairID", "proposal.durationExceptionID", "proposal.durationExceptionReason",
                      "agreement.durationExceptionID", "agreement.durationExceptionReason", "proposal.durationYears",
                      "memorandum.durationYears", "agreement.durationYears", "agreement.startDate", "agreement.endDate"]) { $0.checkDuration() },
        Check(reads: ["parties", "offer.signer", "offer.initiator", "memorandum.signing.signatories", "agreement.signing.signatories"]) { $0.checkSignatures() },
        Check(reads: ["kind", "proposal.feasibilityStudy"]) { $0.checkFeasibilityStudy() },
        Check(reads: ["kind", "proposal.formID", "proposal.initiator", "proposal.incomingOffer"]) { $0.checkThirdPartyPath() },
        Check(reads: ["parties", "memorandum.actionPlan"]) { $0.checkActionPlan() },
        Check(reads: ["parties", "financing.lines", "proposal.indicativeCost", "memorandum.startBudgetYear", "memorandum.durationYears",
                      "proposal.durationYears"] + expiryPaths) { $0.checkFinancing() },
        Check(reads: ["kind", "parties", "offer.initiator", "proposal.date", "offer.letterDate", "offer.responseDate",
                      "memorandum.signing.date", "agreement.signing.date", "councilApproval.approvals"]) { $0.checkDateOrder() },
        Check(reads: ["memorandum.signing.date", "memorandum.durationYears"] + expiryPaths) { $0.checkAgreementWithinMemorandum() },
        Check(reads: ["kind", "parties", "jointSecretariat", "agreement.durationYears", "memorandum.durationYears", "proposal.durationYears"]) {
            $0.checkJointSecretariat()
        },
        Check(reads: ["kind", "parties", "burdensPublic", "financing.lines", "councilApproval.approvals", "agreement.signing.date",
                      "agreement.progress"]) { $0.checkCouncilApproval() },
        Check(reads: ["kind", "memorandum.signing.date", "memorandum.progress"] + offerAnswerPaths) { $0.checkAcceptance() },
        Check(reads: ["kind"], readsWorkflow: true) { $0.checkStages() },
        Check(reads: ["kind"] + progressPaths) { $0.checkWorkingDayDeadlines() },
        Check(reads: ["ended", "renewals"] + expiryPaths) { $0.checkExpiry() },
        Check(reads: ["kind", "ended", "renewals", "agreement.evaluationsPerYear", "memorandum.signing.date", "implementation.evaluations"]
                + progressPaths + expiryPaths) { $0.checkEvaluations() },
        Check(reads: ["kind", "ended"]) { $0.checkEnding() },
    ]

    /// A finding for rule `id`, its message filled from `values`. When the rulebook lacks the
    /// rule, an error says so (the check still reports where it found the problem).
    public static func finding(_ id: RuleID, path: String, values: [String: String], rulebook: Rulebook,
                               extraBasis: String? = nil, toConfirm: Bool = false) -> Finding {
        guard let rule = rulebook.rule(id.rawValue) else {
            return Finding(severity: .error, path: path,
                           message: vw.ruleMissing(id.rawValue),
                           ruleID: id.rawValue, basis: vw.ruleMissingBasis, toConfirm: true)
        }
        var basis = rule.basis
        if let extraBasis, !extraBasis.isEmpty, !basis.contains(extraBasis) { basis += "; " + extraBasis }
        let unconfirmed = (rule.toConfirm ?? false) || toConfirm
        var severity = Severity(rawValue: rule.severity) ?? .error
        // A rule whose legal text could not be confirmed warns; it never blocks (DOMAIN.md).
        if unconfirmed && severity == .error { severity = .warning }
        return Finding(severity: severity, path: path,
                       message: fill(rule.displayMessage, values), ruleID: id.rawValue, basis: basis,
                       toConfirm: unconfirmed)
    }

    /// Replaces each "{name}" in `template` by its value; a "{name}" with no value stays as it is.
    /// One pass over the template (issue 19: a Foundation replacement per value was a sixth of
    /// the validation in a PKS export), so a value that itself holds "{other}" is not filled again.
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        guard !values.isEmpty, template.utf8.contains(UInt8(ascii: "{")) else { return template }
        // Built as bytes: appending substrings to a String took the standard library's generic
        // road, whose first use cost more than the whole fill (issue 19).
        let utf8 = template.utf8
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var copied = utf8.startIndex
        var i = copied
        while let open = utf8[i...].firstIndex(of: UInt8(ascii: "{")) {
            let nameStart = utf8.index(after: open)
            guard let close = utf8[nameStart...].firstIndex(where: { $0 == UInt8(ascii: "}") || $0 == UInt8(ascii: "{") }) else { break }
            if utf8[close] == UInt8(ascii: "}"), let value = values[String(template[nameStart..<close])] {
                out.append(contentsOf: utf8[copied..<open])
                out.append(contentsOf: value.utf8)
                copied = utf8.index(after: close)
                i = copied
            } else {
                i = close
            }
        }
        out.append(contentsOf: utf8[copied...])
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether a title (jabatan) names the head of a region of `level`: "Bupati Bogor",
    /// "Pj. Wali Kota Bekasi"; not "Wakil Bupati ..." nor "Kepala Dinas ...".
    public static func isHeadOfRegion(title: String, level: RegionLevel) -> Bool {
        var t = title.lowercased().trimmedWhitespace()
        for prefix in ["pj. ", "pj ", "penjabat ", "plt. ", "plt ", "pelaksana tugas "] where t.hasPrefix(prefix) {
            t = String(t.dropFirst(prefix.count)).trimmedWhitespace()
        }
        t = ASCIIText.replacing("walikota", with: "wali kota", in: t)
        return t.hasPrefix(level.headTitle.lowercased())
    }

    static func partyTypeLabel(_ raw: String) -> String {
        switch PartyType(rawValue: raw) {
        case .region: vw.partyRegion
        case .thirdParty: vw.partyThirdParty
        case .ministry: vw.partyMinistry
        case .foreign: vw.partyForeign
        case nil: raw
        }
    }
}

/// One validation run: the inputs and the findings collected so far.
struct Run {
    let c: Cooperation
    let rulebook: Rulebook
    let catalogues: Catalogues
    let today: CalendarDate
    var findings: [Finding] = []
    /// The cooperation's workflow when the caller made it already; else the stage check makes it.
    var workflow: Workflow?

    init(cooperation: Cooperation, rulebook: Rulebook, catalogues: Catalogues, today: CalendarDate) {
        c = cooperation; self.rulebook = rulebook; self.catalogues = catalogues; self.today = today
    }

    mutating func add(_ id: RuleID, _ path: String, _ values: [String: String] = [:], extraBasis: String? = nil, toConfirm: Bool = false) {
        findings.append(Validator.finding(id, path: path, values: values, rulebook: rulebook, extraBasis: extraBasis, toConfirm: toConfirm))
    }

    func partyName(_ i: Int) -> String {
        guard c.parties.indices.contains(i) else { return Party.displayLabel(at: i) }
        let name = c.parties[i].name.trimmedWhitespace()
        return name.isEmpty ? Party.displayLabel(at: i) : "\(Party.displayLabel(at: i)) (\(name))"
    }

    /// The catalogue region of a region party, nil for other parties or an unknown code.
    func region(ofParty i: Int) -> Region? {
        guard c.parties.indices.contains(i), c.parties[i].type == .region, let code = c.parties[i].regionCode else { return nil }
        return catalogues.regions[code]
    }

    var regionParties: [(index: Int, region: Region)] {
        c.parties.indices.compactMap { i in region(ofParty: i).map { (i, $0) } }
    }

    // MARK: Checks

    mutating func checkIdentity() {
        if !Cooperation.isValidID(c.id) { add(.invalidID, "id", ["id": c.id]) }
    }

    mutating func checkKindAndParties() {
        let kindName = c.kind.label
        guard let kindRule = rulebook.kind(c.kind) else {
            add(.kindNotAllowed, "kind", ["jenis": kindName, "alasan": "jenis ini tidak diatur dalam rulebook yang dipakai."])
            return
        }
        if !kindRule.allowed {
            add(.kindNotAllowed, "kind", ["jenis": kindRule.name, "alasan": kindRule.refusal ?? "rulebook tidak membolehkan jenis ini."],
                extraBasis: kindRule.basis)
        }
        if c.parties.count < kindRule.minParties {
            add(.tooFewParties, "parties", ["jenis": kindRule.name, "minimal": String(kindRule.minParties), "jumlah": String(c.parties.count)])
        }
        for required in kindRule.requiredPartyTypes ?? [] where !c.parties.contains(where: { $0.type.rawValue == required }) {
            add(.requiredPartyTypeMissing, "parties", ["jenis": kindRule.name, "jenis_pihak": Validator.partyTypeLabel(required)],
                extraBasis: kindRule.basis)
        }
        var seen: [String: Int] = [:]
        for (i, party) in c.parties.enumerated() {
            if !kindRule.partyTypes.isEmpty, !kindRule.partyTypes.contains(party.type.rawValue) {
                add(.partyTypeNotAllowed, "parties[\(i)].type", [
                    "pihak": Party.displayLabel(at: i), "nama": party.name, "jenis_pihak": Validator.partyTypeLabel(party.type.rawValue),
                    "jenis": kindRule.name, "jenis_dibolehkan": kindRule.partyTypes.map(Validator.partyTypeLabel).joined(separator: ", "),
                ], extraBasis: kindRule.basis)
            }
            guard party.type == .region else { continue }
            let code = party.regionCode?.trimmedWhitespace() ?? ""
            guard let region = catalogues.regions[code] else {
                add(.unknownRegion, "parties[\(i)].regionCode", ["pihak": partyName(i), "kode": code])
                continue
            }
            if !region.autonomous {
                add(.nonAutonomousRegion, "parties[\(i)].regionCode", ["pihak": Party.displayLabel(at: i), "daerah": region.fullName])
            }
            if let first = seen[region.code] {
                add(.duplicateParty, "parties[\(i)].regionCode", ["pihak": Party.displayLabel(at: i), "pihak_lain": Party.displayLabel(at: first), "daerah": region.fullName])
            } else {
                seen[region.code] = i
            }
        }
    }

    mutating func checkAffair() {
        let code = c.affairCode.trimmedWhitespace()
        if code.isEmpty {
            add(.affairMissing, "affairCode")
            return
        }
        if let absolute = AbsoluteAffair.all.first(where: {
            $0.id == code.lowercased() || $0.name.lowercased() == code.lowercased()
        }) {
            add(.absoluteAffair, "affairCode", ["urusan": absolute.name], extraBasis: AbsoluteAffair.basis)
            return
        }
        guard let affair = catalogues.affairs[code] else {
            add(.unknownAffair, "affairCode", ["kode": code])
            return
        }
        if let sub = c.subAffairID?.trimmedWhitespace(), !sub.isEmpty {
            guard let row = catalogues.authority[sub], row.affairCode == affair.code else {
                add(.unknownSubAffair, "subAffairID", ["kode": sub, "urusan": "\(affair.code) \(affair.name)"])
                return
            }
            for (i, region) in regionParties where !row.level.includes(region.level) {
                add(.subAffairOutsideAuthority, "subAffairID", [
                    "pihak": Party.displayLabel(at: i), "daerah": region.fullName, "sub_urusan": row.subAffair,
                    "uraian": row.description, "tingkat": row.level.title, "dasar_kewenangan": row.basis,
                ], extraBasis: row.basis, toConfirm: row.toConfirm)
            }
        }
        if c.proposal.inRegionalPlan == false {
            if let exception = c.proposal.planException, let ground = exception.ground {
                if exception.reason.trimmedWhitespaceAndNewlines().isEmpty {
                    add(.planExceptionWithoutReason, "proposal.planException.reason", ["pengecualian": ground.displayLabel.lowercased()])
                }
            } else {
                add(.objectNotInPlan, "proposal.planException.ground")
            }
        }
    }

    mutating func checkBorderingAndShape() {
        guard let kindRule = rulebook.kind(c.kind), kindRule.allowed else { return }
        if kindRule.requiresBordering {
            let assessment = BorderingAssessment(cooperation: c, catalogues: catalogues)
            for party in assessment.impossible {
                add(.wajibCannotBorder, "partiesBordering", ["pihak": partyName(party.index), "alasan": party.reason, "sumber": party.source],
                    extraBasis: kindRule.basis)
            }
            if assessment.impossible.isEmpty && !c.partiesBordering {
                add(.wajibNotBordering, "partiesBordering", extraBasis: kindRule.basis)
            }
        }
        let regions = regionParties.map(\.region)
        let regionCount = c.parties.filter { $0.type == .region }.count
        guard !kindRule.allowedShapes.isEmpty, regions.count >= 2, regions.count == regionCount else { return }
        let shape = PartyShape(regions: regions)
        if !kindRule.allowedShapes.contains(shape.rawValue) {
            let allowed = kindRule.allowedShapes.map { PartyShape(rawValue: $0)?.label ?? $0 }
            add(.wajibShapeNotAllowed, "parties", ["bentuk": shape.label, "bentuk_dibolehkan": allowed.joined(separator: "; ")],
                extraBasis: kindRule.basis)
        }
    }

    mutating func checkDuration() {
        let general = rulebook.duration
        // The limit that applies: an exception named by the officer, else one matching the
        // affair and sub-affair, else the general limit.
        var exception: Rulebook.DurationException? = nil
        // Chosen where the duration is first entered (the KAK), or later on the PKS.
        let fromProposal = !(c.proposal.durationExceptionID?.trimmedWhitespace().isEmpty ?? true)
        let section = fromProposal ? "proposal" : "agreement"
        let chosen = (fromProposal ? c.proposal.durationExceptionID : c.agreement.durationExceptionID)?.trimmedWhitespace() ?? ""
        let reason = (fromProposal ? c.proposal.durationExceptionReason : c.agreement.durationExceptionReason)?.trimmedWhitespaceAndNewlines() ?? ""
        if !chosen.isEmpty {
            if let e = rulebook.durationException(chosen) {
                if matches(e) {
                    exception = e
                    if reason.isEmpty { add(.durationExceptionWithoutReason, "\(section).durationExceptionReason", ["pengecualian": e.name], extraBasis: e.basis) }
                } else {
                    let sub = c.subAffairID.map { " / \($0)" } ?? ""
                    add(.durationExceptionMismatch, "\(section).durationExceptionID",
                        ["pengecualian": e.name, "urusan": "\(c.affairCode)\(sub)"], extraBasis: e.basis, toConfirm: e.toConfirm ?? false)
                }
            } else {
                let options = general.allExceptions.map { "\($0.id) (\($0.name))" }.joined(separator: ", ")
                add(.unknownDurationException, "\(section).durationExceptionID", ["kode": chosen, "pilihan": options.isEmpty ? vw.none : options])
            }
        } else {
            exception = general.allExceptions.first { !$0.affair.isEmpty && matches($0) }
        }
        let limit = exception?.maxYears ?? general.maxYears

        var spans: [(part: String, path: String, years: Int)] = []
        if let y = c.proposal.durationYears { spans.append((vw.spanProposal, "proposal.durationYears", y)) }
        if let y = c.memorandum.durationYears {
            spans.append((c.kind == .notaKesepakatan ? vw.memorandumOfAgreement : vw.jointAgreement, "memorandum.durationYears", y))
        }
        if let y = c.agreement.durationYears { spans.append((vw.spanAgreement, "agreement.durationYears", y)) }
        if let start = c.agreement.startDate, let end = c.agreement.endDate {
            if end <= start {
                add(.durationInvalid, "agreement.endDate", ["bagian": vw.spanAgreement, "jangka": vw.dateRange(DisplayDate.long(start), DisplayDate.long(end))])
            } else if end > start.adding(years: limit).adding(days: -1) {
                var years = limit
                while start.adding(years: years).adding(days: -1) < end { years += 1 }
                spans.append((vw.spanAgreementByDates, "agreement.endDate", years))
            }
        }
        for span in spans {
            if span.years < 1 {
                add(.durationInvalid, span.path, ["bagian": span.part, "jangka": "\(span.years) tahun"])
            } else if span.years > limit {
                if let exception {
                    add(.durationOverException, span.path, ["bagian": span.part, "jangka": String(span.years), "batas": String(limit), "pengecualian": exception.name],
                        extraBasis: exception.basis, toConfirm: exception.toConfirm ?? false)
                } else {
                    add(.durationOverLimit, span.path, ["bagian": span.part, "jangka": String(span.years), "batas": String(limit)],
                        toConfirm: general.toConfirm ?? false)
                }
            }
        }
    }

    /// Whether a duration exception fits the cooperation's affair and sub-affair.
    func matches(_ e: Rulebook.DurationException) -> Bool {
        if !e.affair.isEmpty && e.affair != c.affairCode { return false }
        if !e.subAffairs.isEmpty && !e.subAffairs.contains(c.subAffairID ?? "") { return false }
        return true
    }

    mutating func checkSignatures() {
        // Surat penawaran: signed by the head of the offering region (party 0).
        let signer = c.offer.signer
        if !(signer.name + signer.title).trimmedWhitespace().isEmpty, let region = region(ofParty: c.offer.initiator),
           !Validator.isHeadOfRegion(title: signer.title, level: region.level) {
            add(.offerSignerNotHead, "offer.signer.title", [
                "penanda_tangan": signer.name.isEmpty ? vw.unnamed : signer.name, "jabatan": signer.title.isEmpty ? vw.titleEmpty : signer.title,
                "kepala_daerah": "\(region.level.headTitle) \(Run.shortName(region))",
            ])
        }
        for (i, s) in c.memorandum.signing.signatories.enumerated() {
            guard let region = region(ofParty: i), !(s.person.name + s.person.title).trimmedWhitespace().isEmpty else { continue }
            let byAttorney = !(s.powerOfAttorney?.number.trimmedWhitespace().isEmpty ?? true)
            if byAttorney || !Validator.isHeadOfRegion(title: s.person.title, level: region.level) {
                add(.memorandumSignerNotHead, "memorandum.signing.signatories[\(i)].person.title", [
                    "pihak": partyName(i), "penanda_tangan": s.person.name.isEmpty ? vw.unnamed : s.person.name,
                    "jabatan": s.person.title.isEmpty ? vw.titleEmpty : s.person.title,
                    "kepala_daerah": "\(region.level.headTitle) \(Run.shortName(region))",
                ])
            }
        }
        for (i, s) in c.agreement.signing.signatories.enumerated() {
            guard let region = region(ofParty: i), !(s.person.name + s.person.title).trimmedWhitespace().isEmpty else { continue }
            let hasAttorney = !(s.powerOfAttorney?.number.trimmedWhitespace().isEmpty ?? true)
            if !Validator.isHeadOfRegion(title: s.person.title, level: region.level) && !hasAttorney {
                add(.agreementSignerWithoutPowerOfAttorney, "agreement.signing.signatories[\(i)].powerOfAttorney.number", [
                    "pihak": partyName(i), "penanda_tangan": s.person.name.isEmpty ? vw.unnamed : s.person.name,
                    "jabatan": s.person.title.isEmpty ? vw.titleEmpty : s.person.title,
                    "kepala_daerah": "\(region.level.headTitle) \(Run.shortName(region))",
                ])
            }
        }
    }

    /// "Bogor" for Kota Bogor / Kabupaten Bogor; a province keeps its name.
    static func shortName(_ region: Region) -> String {
        for prefix in ["Kabupaten ", "Kota ", "Kab. "] where region.name.hasPrefix(prefix) {
            return String(region.name.dropFirst(prefix.count))
        }
        return region.name
    }

    mutating func checkFeasibilityStudy() {
        guard c.kind == .ksdpk else { return }
        let summary = c.proposal.feasibilityStudy?.summary.trimmedWhitespaceAndNewlines() ?? ""
        if summary.isEmpty { add(.ksdpkWithoutFeasibilityStudy, "proposal.feasibilityStudy.summary") }
        if let study = c.proposal.feasibilityStudy, study.feasible == false {
            let author = study.author.trimmedWhitespace()
            add(.feasibilityStudyNotFeasible, "proposal.feasibilityStudy.feasible", [
                "penyusun": author.isEmpty ? vw.authorMissing : author,
                "tanggal": study.date.map(DisplayDate.long) ?? vw.dateMissing,
            ])
        }
    }

    /// KSDPK: the chosen form exists in the rulebook; a third-party initiative has its offer letter.
    mutating func checkThirdPartyPath() {
        if let kindRule = rulebook.kind(c.kind), !kindRule.allForms.isEmpty {
            let id = c.proposal.formID?.trimmedWhitespace() ?? ""
            if !id.isEmpty, kindRule.form(id) == nil {
                add(.unknownForm, "proposal.formID", ["kode": id, "pilihan": kindRule.allForms.map { "\($0.id) (\($0.name))" }.joined(separator: "; ")],
                    extraBasis: kindRule.basis)
            }
        }
        if c.kind == .ksdpk, c.proposal.initiator == .thirdParty, !(c.proposal.incomingOffer?.isRegistered ?? false) {
            add(.thirdPartyInitiativeWithoutOffer, "proposal.incomingOffer")
        }
    }

    mutating func checkActionPlan() {
        for (i, item) in c.memorandum.actionPlan.enumerated() where item.partyIndex < 0 || item.partyIndex >= c.parties.count {
            add(.actionPlanUnknownParty, "memorandum.actionPlan[\(i)].partyIndex", ["baris": String(i + 1), "indeks": String(item.partyIndex + 1)])
        }
    }

    /// Stages with a working-day deadline (KSDPL/KSDLL: the DPRD's answer within 45 working days).
    mutating func checkWorkingDayDeadlines() {
        for rule in rulebook.stages(for: c.kind) {
            guard let limit = rule.deadlineWorkingDays else { continue }
            let section = StageSection(rawValue: rule.section) ?? .custom
            let progress = c.progress(of: section, customID: rule.id)
            guard let start = progress.startedOn else { continue }
            let end = progress.completedOn ?? today
            let days = WorkingDays.count(from: start, to: end)
            guard days > limit else { continue }
            add(.workingDayDeadlinePassed, Workflow.sectionPath(section, stageID: rule.id) + ".progress.completedOn", [
                "tahapan": rule.displayName, "batas": String(limit), "hari": String(days), "mulai": DisplayDate.long(start),
                "sampai": progress.completedOn.map(DisplayDate.long) ?? vw.today(DisplayDate.long(today)),
            ], extraBasis: rule.basis, toConfirm: rule.toConfirm ?? false)
        }
    }

    /// Evaluations: the count per year agreed in the PKS against the rulebook's minimum, and the
    /// count recorded in each full year of the term so far against what the PKS promises (the
    /// agreed count, never less than the minimum); follow-ups without an action, an owner or a
    /// deadline, and follow-ups past their deadline.
    mutating func checkEvaluations() {
        let minimum = rulebook.reminders.evaluationsPerYear
        let promised = rulebook.evaluationsPerYear(for: c)
        let toConfirm = rulebook.reminders.evaluationToConfirm ?? false
        if let agreed = c.agreement.evaluationsPerYear, agreed < minimum {
            add(.evaluationsPerYearTooFew, "agreement.evaluationsPerYear", ["jumlah": String(agreed), "minimal": String(minimum)],
                extraBasis: rulebook.reminders.evaluationBasis, toConfirm: toConfirm)
        }
        // Counted once implementation is under way, so a cooperation still being prepared is not nagged.
        if let signed = c.signedOn, c.implementation.progress.status != .notStarted || !c.implementation.evaluations.isEmpty {
            let lastYear = min(today.year - 1, (c.ended?.date ?? c.renewedExpiryDate)?.year ?? today.year)
            if signed.year + 1 <= lastYear {
                for year in (signed.year + 1)...lastYear {
                    let n = c.implementation.evaluations.filter { $0.date.year == year }.count
                    if n < promised {
                        add(.evaluationsInYearTooFew, "implementation.evaluations", ["tahun": String(year), "jumlah": String(n), "minimal": String(promised)],
                            extraBasis: rulebook.reminders.evaluationBasis, toConfirm: toConfirm)
                    }
                }
            }
        }
        for (e, evaluation) in c.implementation.evaluations.enumerated() {
            for (f, followUp) in evaluation.followUps.enumerated() {
                let base = "implementation.evaluations[\(e)].followUps[\(f)]"
                let name = followUp.action.isEmpty ? vw.descriptionMissing : followUp.action
                var missing: [(field: String, what: String)] = []
                if followUp.action.trimmedWhitespace().isEmpty { missing.append(("action", vw.followUpDescription)) }
                if followUp.owner.trimmedWhitespace().isEmpty { missing.append(("owner", vw.followUpOwner)) }
                if followUp.deadline == nil { missing.append(("deadline", vw.followUpDeadline)) }
                for (field, what) in missing {
                    add(.followUpIncomplete, "\(base).\(field)", ["tindak_lanjut": name, "kurang": what])
                }
            }
        }
        guard c.ended == nil else { return }
        for (e, evaluation) in c.implementation.evaluations.enumerated() {
            for (f, followUp) in evaluation.followUps.enumerated() {
                guard followUp.completedOn == nil, let deadline = followUp.deadline, deadline < today else { continue }
                add(.followUpOverdue, "implementation.evaluations[\(e)].followUps[\(f)].completedOn", [
                    "tindak_lanjut": followUp.action, "penanggung_jawab": followUp.owner.isEmpty ? vw.ownerMissing : followUp.owner,
                    "tenggat": DisplayDate.long(deadline),
                ])
            }
        }
    }

    /// Ending: a ground the rulebook gives for the kind, with its supporting document.
    mutating func checkEnding() {
        guard let ended = c.ended else { return }
        let rule = rulebook.endingGround(ended.ground.rawValue)
        let name = rule?.name ?? ended.ground.rawValue
        if let rule, !rule.applies(to: c.kind) {
            add(.endingGroundNotAllowed, "ended.ground", ["alasan": name, "jenis": c.kind.label], extraBasis: rule.basis)
        }
        if ended.ground != .termExpired, !(ended.supportingDocument?.isRegistered ?? false) {
            add(.endingWithoutDocument, "ended.supportingDocument", ["alasan": name], extraBasis: rule?.basis)
        }
    }

    mutating func checkFinancing() {
        let lines = c.financing.lines
        for (i, line) in lines.enumerated() where line.partyIndex < 0 || line.partyIndex >= c.parties.count {
            add(.financingUnknownParty, "financing.lines[\(i)].partyIndex", ["baris": String(i + 1), "indeks": String(line.partyIndex.addingReportingOverflow(1).partialValue)])
        }
        guard let total = c.financing.total else {
            add(.financingOverflow, "financing.lines")
            return
        }
        if let cost = c.proposal.indicativeCost, !lines.isEmpty, total != cost {
            let diff = Rupiah(total.value > cost.value ? total.value - cost.value : cost.value - total.value) ?? .zero
            add(.financingTotalMismatch, "financing.lines", ["total": total.figures, "perkiraan": cost.figures, "selisih": diff.figures])
        }
        // Budget years must fall inside the term of the cooperation.
        let startYear = c.agreement.startDate?.year ?? c.memorandum.startBudgetYear
        let years = c.agreement.durationYears ?? c.memorandum.durationYears ?? c.proposal.durationYears
        var endYear: Int? = c.expiryDate?.year
        if endYear == nil, let startYear, let years, years >= 1 { endYear = startYear.addingReportingOverflow(years - 1).partialValue }
        if let startYear, let endYear, startYear <= endYear {
            for (i, line) in lines.enumerated() where line.budgetYear < startYear || line.budgetYear > endYear {
                add(.budgetYearOutsideDuration, "financing.lines[\(i)].budgetYear",
                    ["baris": String(i + 1), "tahun": String(line.budgetYear), "awal": String(startYear), "akhir": String(endYear)])
            }
        }
    }

    mutating func checkDateOrder() {
        typealias Stamp = (label: String, path: String, date: CalendarDate?)
        let proposal: Stamp = (vw.proposalDate, "proposal.date", c.proposal.date)
        let offer: Stamp = (vw.offerLetterDate, "offer.letterDate", c.offer.letterDate)
        let response: Stamp = (vw.offerResponseDate, "offer.responseDate", c.offer.responseDate)
        let kb: Stamp = (vw.signingDate(c.kind == .notaKesepakatan ? vw.memorandumOfAgreement : vw.jointAgreement), "memorandum.signing.date", c.memorandum.signing.date)
        let pks: Stamp = (vw.pksSigningDate, "agreement.signing.date", c.agreement.signing.date)
        // A third party's initiative (PP 28/2018 Pasal 18) starts from its offer letter: the
        // region's proposal follows the offer, never the other way round.
        let companyOffers = c.parties.indices.contains(c.offer.initiator) && c.parties[c.offer.initiator].type == .thirdParty
        let first: (Stamp, Stamp) = companyOffers ? (offer, proposal) : (proposal, offer)
        var pairs: [(Stamp, Stamp)] = [first, (offer, response), (response, kb), (kb, pks)]
        // Skip links over missing dates, so "PKS before KB" is still caught without an offer date.
        if c.offer.responseDate == nil { pairs.append((offer, kb)) }
        if c.offer.letterDate == nil && c.offer.responseDate == nil { pairs.append((proposal, kb)) }
        if c.memorandum.signing.date == nil { pairs.append((proposal, pks)) }
        for (i, a) in c.councilApproval.approvals.enumerated() {
            let request: Stamp = (vw.councilRequestDate(partyName(a.partyIndex)), "councilApproval.approvals[\(i)].requestDate", a.requestDate)
            let decision: Stamp = (vw.councilDecisionDate(partyName(a.partyIndex)), "councilApproval.approvals[\(i)].decisionDate", a.decisionDate)
            pairs += [(kb, request), (request, decision), (decision, pks)]
        }
        for (earlier, later) in pairs {
            guard let d1 = earlier.date, let d2 = later.date, d2 < d1 else { continue }
            add(.datesOutOfOrder, later.path, ["kemudian": later.label, "tanggal_kemudian": DisplayDate.long(d2),
                                               "awal": earlier.label.prefix(1).lowercased() + earlier.label.dropFirst(), "tanggal_awal": DisplayDate.long(d1)])
        }
    }

    /// The PKS runs inside the KB's term: it starts no earlier than the KB is signed and ends no
    /// later than the KB ends (the PKS carries out the KB, PP 28/2018 Pasal 6 ayat (1) huruf c–g).
    mutating func checkAgreementWithinMemorandum() {
        guard let kbStart = c.memorandum.signing.date else { return }
        let kbEnd = c.memorandum.durationYears.flatMap { $0 >= 1 ? kbStart.adding(years: $0).adding(days: -1) : nil }
        let values = { (part: String, date: CalendarDate) in
            ["bagian": part, "tanggal_pks": DisplayDate.long(date), "awal_kb": DisplayDate.long(kbStart),
             "akhir_kb": kbEnd.map(DisplayDate.long) ?? vw.memorandumDurationMissing]
        }
        if let start = c.agreement.startDate ?? c.agreement.signing.date, start < kbStart {
            let path = c.agreement.startDate != nil ? "agreement.startDate" : "agreement.signing.date"
            add(.agreementOutsideMemorandum, path, values(vw.comesIntoForce, start))
        }
        if let kbEnd, let end = c.expiryDate, end > kbEnd {
            let path = c.agreement.endDate != nil ? "agreement.endDate" : "agreement.durationYears"
            add(.agreementOutsideMemorandum, path, values(vw.ends, end))
        }
    }

    /// Sekretariat bersama (PP 28/2018 Pasal 7): asked for a KSDD wajib of more than two regions
    /// lasting at least 5 years.
    mutating func checkJointSecretariat() {
        guard c.kind == .ksddWajib, c.jointSecretariat?.formed == nil else { return }
        let regions = c.parties.filter { $0.type == .region }.count
        let years = [c.agreement.durationYears, c.memorandum.durationYears, c.proposal.durationYears].compactMap { $0 }.max() ?? 0
        guard regions > 2, years >= 5 else { return }
        add(.jointSecretariatUnanswered, "jointSecretariat.formed", ["jumlah": String(regions), "jangka": String(years)])
    }

    /// The DPRD question has an answer, and no PKS is signed while an approval it needs is pending.
    mutating func checkCouncilApproval() {
        guard rulebook.kind(c.kind)?.stages.contains("dprd") == true else { return }
        if c.burdensPublic == nil { add(.burdensPublicUnanswered, "burdensPublic") }
        guard c.isAgreementSigned else { return }
        for i in c.pendingCouncilApprovals {
            let approval = c.councilApproval(ofParty: i)
            let state = approval == nil ? vw.councilNotRequested : (approval?.approved == false ? vw.councilRefused : vw.councilUndecided)
            let index = c.councilApproval.approvals.firstIndex { $0.partyIndex == i }
            add(.agreementBeforeCouncilApproval, index.map { "councilApproval.approvals[\($0)].approved" } ?? "councilApproval.approvals",
                ["pihak": partyName(i), "keadaan": state,
                 "tanggal": c.agreement.signing.date.map(DisplayDate.long) ?? vw.dateMissingParenthesized])
        }
    }

    /// A KB is signed only after every required partner accepted the offer.
    mutating func checkAcceptance() {
        guard rulebook.kind(c.kind)?.stages.contains("penawaran") == true, c.isMemorandumSigned else { return }
        for i in c.offer.partnersNotAccepted(partyCount: c.parties.count) {
            add(.memorandumBeforeAcceptance, c.offer.responses?.firstIndex { $0.partyIndex == i }.map { "offer.responses[\($0)].response" } ?? "offer.response",
                ["pihak": partyName(i), "jawaban": c.offer.response(ofParty: i).displayLabel.lowercased()])
        }
    }

    mutating func checkStages() {
        let workflow = self.workflow ?? Workflow(cooperation: c, rulebook: rulebook)
        for stage in workflow.stages {
            if stage.recorded.status == .done {
                for field in stage.missingFields {
                    let path = Workflow.absolutePath(field.path, section: stage.section, stageID: stage.id)
                    add(.doneStageIncomplete, path, ["tahapan": stage.rule.displayName, "isian": field.label], extraBasis: field.basis, toConfirm: field.toConfirm)
                }
            }
            if stage.recorded.status == .skipped, !(stage.gate.map { !$0.isOpen } ?? false) {
                let why: String
                if let gate = stage.gate {
                    let labels = gate.holding.map { rulebook.condition($0)?.displayLabel ?? $0 }
                    why = Workflow.list(labels)
                } else {
                    why = vw.stageRequiredFor(c.kind.displayLabel)
                }
                add(.requiredStageSkipped, stage.jsonPath + ".progress.status", ["tahapan": stage.rule.displayName, "alasan": why],
                    extraBasis: stage.gate?.basis ?? stage.rule.basis)
            }
        }
    }

    mutating func checkExpiry() {
        guard c.ended == nil, let expiry = c.renewedExpiryDate else { return }
        let days = today.days(until: expiry)
        let path = c.agreement.endDate != nil ? "agreement.endDate" : "agreement.durationYears"
        if days < 0 {
            add(.expired, path, ["tanggal": DisplayDate.long(expiry)], extraBasis: rulebook.reminders.expiryBasis)
        } else if let widest = rulebook.reminders.expiryDays.max(), days <= widest {
            add(.expiringSoon, path, ["tanggal": DisplayDate.long(expiry), "sisa": String(days)], extraBasis: rulebook.reminders.expiryBasis)
        }
    }
}


/// The validator's placeholder words in the interface language.
private var vw: Catalogue<ValidatorText> { DomainText.current.validator }
