import MufakatDomain

/// Kata-kata baris beranda: the words of a home list row (status, kind, stage), one entry each
/// in both languages. Part of `AppText` (`AppText.current.homeRows`). A row's status is a
/// `CooperationStatus`, never a display string compared in code (issue 17).
struct HomeRowText: Sendable {
    /// The status column, wide (≥ 110 columns) and narrow.
    var status: @Sendable (_ status: CooperationStatus) -> String
    var statusShort: @Sendable (_ status: CooperationStatus) -> String
    /// The kind column, wide and narrow.
    var kind: @Sendable (_ kind: CooperationKind) -> String
    var kindShort: @Sendable (_ kind: CooperationKind) -> String
    /// The stage column: the rulebook's name of the stage (Indonesian, a region's rulebook may
    /// rename it), or in English the section's name.
    var stage: @Sendable (_ section: StageSection, _ rulebookName: String) -> String

    static let indonesian = HomeRowText(
        status: { s in
            switch s {
            case .inProgress: "Dalam proses"
            case .active: "Berlaku"
            case .expired: "Lewat masa"
            case .ended: "Berakhir"
            }
        },
        statusShort: { s in
            switch s {
            case .inProgress: "Proses"
            case .active: "Berlaku"
            case .expired: "Lewat"
            case .ended: "Berakhir"
            }
        },
        kind: { $0.label },
        kindShort: { k in
            switch k {
            case .ksddWajib: "Wajib"
            case .ksddSukarela: "Sukrl"
            case .ksdpk: "KSDPK"
            case .notaKesepakatan: "NK"
            case .ksdpl: "KSDPL"
            case .ksdll: "KSDLL"
            }
        },
        stage: { _, name in name })

    static let english = HomeRowText(
        status: { s in
            switch s {
            case .inProgress: "In progress"
            case .active: "In force"
            case .expired: "Term passed"
            case .ended: "Ended"
            }
        },
        statusShort: { s in
            switch s {
            case .inProgress: "Ongoing"
            case .active: "In force"
            case .expired: "Passed"
            case .ended: "Ended"
            }
        },
        kind: { k in
            switch k {
            case .ksddWajib: "KSDD Mandatory"
            case .ksddSukarela: "KSDD Voluntary"
            case .ksdpk: "KSDPK"
            case .notaKesepakatan: "MoU (Nota)"
            case .ksdpl: "KSDPL"
            case .ksdll: "KSDLL"
            }
        },
        kindShort: { k in
            switch k {
            case .ksddWajib: "Mand."
            case .ksddSukarela: "Volun"
            case .ksdpk: "KSDPK"
            case .notaKesepakatan: "MoU"
            case .ksdpl: "KSDPL"
            case .ksdll: "KSDLL"
            }
        },
        stage: { section, name in
            switch section {
            case .proposal: "Proposal"
            case .offer: "Offer"
            case .memorandum: "Joint agreement"
            case .councilApproval: "DPRD approval"
            case .agreement: "Agreement (PKS)"
            case .financing: "Financing"
            case .implementation: "Implementation"
            case .custom: name
            }
        })
}

extension CooperationKind {
    /// Column label at 80 columns, in the interface's language.
    var shortLabel: String { AppText.current.homeRows.kindShort(self) }
}
