import MufakatDomain

/// Satu masalah yang menghalangi (atau perlu diakui sebelum) penandatanganan: the field it
/// concerns (path and human label), what is wrong, and the legal basis.
public struct SigningProblem: Sendable, Hashable {
    public enum Origin: Sendable, Hashable {
        /// An unfilled value of the document ("[BELUM DIISI: ...]").
        case unfilled
        /// A validator finding, by rule id.
        case rule(String)
        /// A stage gate: an answer or approval the document waits for.
        case gate(String)
    }
    public var severity: Severity
    /// Path in the cooperation JSON, for jumping to the field.
    public var path: String
    /// The field as an officer knows it.
    public var label: String
    public var message: String
    /// Dasar hukum.
    public var basis: String
    public var toConfirm: Bool
    public var origin: Origin

    /// "Alamat kantor PIHAK KEDUA (Kabupaten Bantul): ... (dasar: ...)".
    public var text: String {
        let m = message.hasPrefix(label) ? message : "\(label): \(message)"
        return m + t.basis(basis, toConfirm)
    }
}

/// Hasil pemeriksaan penandatanganan: what refuses signing and what must be acknowledged.
public struct SigningReport: Sendable, Hashable {
    public var document: DocumentKind
    /// Errors and unfilled values: signing is refused while any remain.
    public var blocking: [SigningProblem]
    /// Warnings, shown again at signing time and acknowledged by the officer.
    public var warnings: [SigningProblem]

    public var canSign: Bool { blocking.isEmpty }
}

/// Pemeriksaan sebelum penandatanganan: whether a KB (or Nota Kesepakatan) or a PKS may be signed.
/// Both roads (the screens' `t` and `mufakat sign`) call this one function; it is pure.
/// A document may be signed only when it has no unfilled value, the cooperation has no error
/// that concerns it, and its gates are met: a KB after every required partner accepted the offer
/// and with the DPRD question answered; a PKS after the KB and every DPRD approval it needs.
public enum SigningCheck {
    public static func check(_ document: DocumentKind, of cooperation: Cooperation, builder: NaskahBuilder,
                             catalogues: Catalogues = .shared, today: CalendarDate) -> SigningReport {
        let c = cooperation
        let rulebook = builder.rulebook
        var blocking: [SigningProblem] = []
        var warnings: [SigningProblem] = []
        let stageBasis = document.stageID.flatMap { rulebook.stage($0)?.basis } ?? "PP 28/2018 Pasal 6"
        let documentName = document == .kb && c.kind == .notaKesepakatan ? "Nota Kesepakatan" : document.label

        guard SignedDocument.signedKinds.contains(document) else {
            blocking.append(SigningProblem(severity: .error, path: "", label: documentName,
                                           message: t.notSignedAsStage(documentName),
                                           basis: "PP 28/2018 Pasal 6 ayat (3)", toConfirm: false, origin: .gate("naskah")))
            return SigningReport(document: document, blocking: blocking, warnings: warnings)
        }

        // 1. Every value the document prints.
        do {
            let naskah = try builder.build(document, for: c)
            var seen: Set<String> = []
            for missing in naskah.missingFields where seen.insert(missing.path + "\u{1}" + missing.label).inserted {
                // The document's own label is Indonesian (it is printed in the naskah); the
                // interface names the field in its own language.
                let label = DisplayLanguage.current == .english && !missing.path.isEmpty
                    ? FieldLabel.label(for: missing.path, in: c, rulebook: rulebook) : missing.label
                blocking.append(SigningProblem(severity: .error, path: missing.path, label: label,
                                               message: t.unfilled(missing.marker),
                                               basis: stageBasis, toConfirm: false, origin: .unfilled))
            }
        } catch {
            blocking.append(SigningProblem(severity: .error, path: "", label: documentName, message: error.problem,
                                           basis: stageBasis, toConfirm: false, origin: .gate("naskah")))
        }

        // 2. The rules: errors refuse, warnings are shown again.
        let ignored = document == .kb ? ["agreement", "councilApproval", "financing", "implementation"] : ["implementation"]
        let findings = Validator.validate(c, rulebook: rulebook, catalogues: catalogues, today: today)
        for f in findings where !ignored.contains(where: f.isUnder) && f.severity != .info {
            let problem = SigningProblem(severity: f.severity, path: f.path,
                                         label: FieldLabel.label(for: f.path, in: c, rulebook: rulebook),
                                         message: f.message, basis: f.basis, toConfirm: f.toConfirm, origin: .rule(f.ruleID))
            if f.severity == .error { blocking.append(problem) } else { warnings.append(problem) }
        }

        // 3. The gates of the document's stage.
        let stages = rulebook.kind(c.kind)?.stages ?? []
        func party(_ i: Int) -> String {
            let name = i < c.parties.count ? c.parties[i].name : ""
            return name.isEmpty ? Party.displayLabel(at: i) : "\(Party.displayLabel(at: i)) (\(name))"
        }
        func gate(_ id: String, _ path: String, _ label: String, _ message: String, _ basis: String) {
            guard !blocking.contains(where: { $0.path == path && $0.origin != .unfilled }) else { return }
            blocking.append(SigningProblem(severity: .error, path: path, label: label, message: message, basis: basis, toConfirm: false, origin: .gate(id)))
        }
        let acceptBasis = rulebook.condition(GateCondition.offerAccepted.rawValue)?.basis ?? "PP 28/2018 Pasal 6 ayat (1) huruf b dan c"
        let councilBasis = rulebook.gate("dprd")?.basis ?? "PP 28/2018 Pasal 6 ayat (2)"
        if document == .kb, stages.contains("penawaran") {
            for i in c.offer.partnersNotAccepted(partyCount: c.parties.count) {
                let index = c.offer.responses?.firstIndex { $0.partyIndex == i }
                gate("penawaran-diterima", index.map { "offer.responses[\($0)].response" } ?? "offer.response", t.offerAnswer(party(i)),
                     t.offerNotAccepted(c.offer.response(ofParty: i).displayLabel.lowercased(), documentName),
                     acceptBasis)
            }
        }
        if stages.contains("dprd"), c.burdensPublic == nil {
            gate("membebani-masyarakat", "burdensPublic", t.burdensPublic, t.burdensPublicUnanswered, councilBasis)
        }
        if document == .pks {
            if stages.contains("kb"), !c.isMemorandumSigned {
                gate("kb", "memorandum.signing.date", t.memorandumDate, t.memorandumNotSigned,
                     rulebook.stage("pks")?.basis ?? "PP 28/2018 Pasal 6 ayat (1)")
            }
            if stages.contains("dprd") {
                if c.financing.lines.isEmpty, c.burdensPublic != true {
                    gate("pembiayaan-belum-dianggarkan", "financing.lines", t.financingPlan, t.financingPlanMissing, councilBasis)
                }
                for i in c.pendingCouncilApprovals {
                    let index = c.councilApproval.approvals.firstIndex { $0.partyIndex == i }
                    let approval = index.map { c.councilApproval.approvals[$0] }
                    let state = approval == nil ? t.councilNotRequested : (approval?.approved == false ? t.councilRefused : t.councilUndecided)
                    gate("dprd", index.map { "councilApproval.approvals[\($0)].approved" } ?? "councilApproval.approvals",
                         t.councilApproval(party(i)), t.councilPending(state),
                         councilBasis)
                }
            }
        }
        return SigningReport(document: document, blocking: blocking, warnings: warnings)
    }
}

/// The signing check's words in the interface language.
private var t: Catalogue<SigningCheckText> { DocumentsText.current.signing }
