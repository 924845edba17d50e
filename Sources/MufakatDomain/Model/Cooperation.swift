/// Kerja sama daerah: one cooperation, from proposal to reporting. This is the document the
/// store keeps (one JSON file per cooperation) and every screen, check and naskah reads.
public struct Cooperation: Codable, Sendable, Hashable, Identifiable {
    /// Version of this document's schema; older ones are migrated on read, newer ones refused.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    /// Stable identifier, safe as a file name: lowercase letters, digits and "-".
    public var id: String
    /// Judul: "Penyelenggaraan Angkutan Perkotaan Terintegrasi Bogor Raya".
    public var title: String
    public var kind: CooperationKind
    /// Two or more parties; index 0 is PIHAK PERTAMA (normally the own region).
    public var parties: [Party]
    /// Whether the parties declare they share a border (berbatasan), required for KSDD wajib.
    public var partiesBordering: Bool
    /// Urusan: code of the concurrent affair from the catalogue.
    public var affairCode: String
    /// Sub-urusan: an authority row id from the catalogue, when one applies.
    public var subAffairID: String?
    /// Membebani masyarakat dan daerah: one of the DPRD approval triggers. No default answer:
    /// nil until the officer answers, and the DPRD stage waits for it.
    public var burdensPublic: Bool?
    public var proposal: ProposalStage
    public var offer: OfferStage
    public var memorandum: MemorandumStage
    public var councilApproval: CouncilApprovalStage
    public var agreement: AgreementStage
    public var financing: FinancingStage
    public var implementation: ImplementationStage
    /// Stages added by a custom rulebook, keyed by stage id.
    public var customStages: [String: CustomStage]
    public var amendments: [Amendment]
    /// Id of the ended cooperation this one renews, if any.
    public var renews: String?
    /// Catatan: free notes.
    public var notes: String
    /// Whether the cooperation has ended (Pasal 9 ayat (1)) and why.
    public var ended: EndRecord?
    /// Tahun target: the year the parties mean to start, as agreed in a mapping meeting.
    public var targetYear: Int?
    /// Sekretariat bersama (PP 28/2018 Pasal 7): asked when a KSDD wajib has more than two
    /// regions and lasts at least 5 years.
    public var jointSecretariat: JointSecretariat?
    /// Telaahan TKKSD at the points the rulebook names (KAK, drafts, evaluations).
    public var tkksdReviews: [TKKSDReview]?
    /// Perpanjangan, in order.
    public var renewals: [Renewal]?
    /// Arsip berkas: files kept with the cooperation (nil when none; see `archivedFiles`).
    public var archive: [ArchivedFile]?

    public init(id: String, title: String = "", kind: CooperationKind, parties: [Party] = [],
                partiesBordering: Bool = false, affairCode: String = "", subAffairID: String? = nil,
                burdensPublic: Bool? = nil) {
        schemaVersion = Cooperation.currentSchemaVersion
        self.id = id; self.title = title; self.kind = kind; self.parties = parties
        self.partiesBordering = partiesBordering; self.affairCode = affairCode; self.subAffairID = subAffairID
        self.burdensPublic = burdensPublic
        proposal = ProposalStage(); offer = OfferStage(); memorandum = MemorandumStage()
        councilApproval = CouncilApprovalStage(); agreement = AgreementStage()
        financing = FinancingStage(); implementation = ImplementationStage()
        customStages = [:]; amendments = []; renews = nil; notes = ""; ended = nil
    }

    /// The progress of the stage held in `section` (custom stages by `customID`).
    public func progress(of section: StageSection, customID: String? = nil) -> StageProgress {
        switch section {
        case .proposal: proposal.progress
        case .offer: offer.progress
        case .memorandum: memorandum.progress
        case .councilApproval: councilApproval.progress
        case .agreement: agreement.progress
        case .financing: financing.progress
        case .implementation: implementation.progress
        case .custom: customStages[customID ?? ""]?.progress ?? StageProgress()
        }
    }

    public mutating func setProgress(_ progress: StageProgress, of section: StageSection, customID: String? = nil) {
        switch section {
        case .proposal: proposal.progress = progress
        case .offer: offer.progress = progress
        case .memorandum: memorandum.progress = progress
        case .councilApproval: councilApproval.progress = progress
        case .agreement: agreement.progress = progress
        case .financing: financing.progress = progress
        case .implementation: implementation.progress = progress
        case .custom:
            var stage = customStages[customID ?? ""] ?? CustomStage()
            stage.progress = progress
            customStages[customID ?? ""] = stage
        }
    }

    /// The date the cooperation stops running: the PKS end date, else its start plus its duration.
    public var expiryDate: CalendarDate? {
        if let end = agreement.endDate { return end }
        if let start = agreement.startDate ?? agreement.signing.date, let years = agreement.durationYears {
            return start.adding(years: years).adding(days: -1)
        }
        return nil
    }

    /// Makes a file-name-safe id from free text: "KS 2026/001" -> "ks-2026-001". At most 64
    /// characters, cut between words (the id names exported files, which must not read
    /// "...-pemrosesa-kb.docx"); only a single word longer than that is cut inside.
    /// `wholeWords: false` gives the ids made before that rule, to find them again.
    public static func slug(_ text: String, wholeWords: Bool = true) -> String {
        var out = ""
        var lastDash = false
        for ch in text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased() {
            if ch.isASCII && (ch.isLetter || ch.isNumber) { out.append(ch); lastDash = false }
            else if !lastDash && !out.isEmpty { out.append("-"); lastDash = true }
        }
        while out.hasSuffix("-") { out.removeLast() }
        guard out.count > 64 else { return out }
        let cut = String(out.prefix(64))
        guard wholeWords else { return cut }
        // The next character is a dash: the cut fell between two words.
        if out.dropFirst(64).first == "-" { return cut }
        guard let dash = cut.lastIndex(of: "-") else { return cut }
        return String(cut[..<dash])
    }

    /// Whether `id` is a valid cooperation id (non-empty, at most 64 of [a-z0-9-], no leading dash).
    public static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64 && !id.hasPrefix("-") && id.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    }
}

/// Sekretariat bersama: the joint secretariat of a KSDD wajib (PP 28/2018 Pasal 7), funded by the
/// parties' APBD (Pasal 7 ayat (4)).
public struct JointSecretariat: Codable, Sendable, Hashable {
    /// Whether the parties form one (nil: not answered).
    public var formed: Bool?
    /// Kedudukan dan susunan: where it sits and who staffs it, cited in its clause.
    public var description: String

    public init(formed: Bool? = nil, description: String = "") { self.formed = formed; self.description = description }
}

/// Berakhirnya kerja sama: why and when a cooperation ended (PP 28/2018 Pasal 9 ayat (1), Pasal 22).
public struct EndRecord: Codable, Sendable, Hashable {
    public enum Ground: String, Codable, Sendable, CaseIterable {
        case termExpired = "jangka-waktu-berakhir"
        case purposeAchieved = "tujuan-tercapai"
        case mutualAgreement = "kesepakatan-para-pihak"
        case lawChanged = "perubahan-peraturan"
        case objectLost = "objek-hilang-atau-musnah"
        case courtJudgment = "putusan-pengadilan"
        case thirdPartyBankrupt = "pihak-ketiga-pailit"
    }
    public var ground: Ground
    public var date: CalendarDate
    public var note: String
    /// Naskah pendukung: the court judgment, the parties' agreement to end, the bankruptcy decision, ...
    public var supportingDocument: RegisteredDocument?
    /// Surat pemberitahuan pengakhiran as sent (its number and date), once sent.
    public var notificationLetter: RegisteredDocument?
    /// Naskah pengakhiran: a notification letter from the own region (nil, the default) or a
    /// joint statement signed by every party.
    public var instrument: Instrument?
    /// Pernyataan bersama: one number per party, and the day it is signed.
    public var statementNumbers: [String]?
    public var statementDate: CalendarDate?

    /// How the ending is put in writing.
    public enum Instrument: String, Codable, Sendable, CaseIterable {
        /// Surat pemberitahuan berakhirnya kerja sama, from the own region's head to the partners.
        case notification = "surat-pemberitahuan"
        /// Pernyataan bersama berakhirnya kerja sama, signed by all parties.
        case statement = "pernyataan-bersama"

        public var label: String {
            switch self {
            case .notification: "Surat pemberitahuan"
            case .statement: "Pernyataan bersama para pihak"
            }
        }
    }

    public init(ground: Ground, date: CalendarDate, note: String = "", supportingDocument: RegisteredDocument? = nil,
                notificationLetter: RegisteredDocument? = nil) {
        self.ground = ground; self.date = date; self.note = note
        self.supportingDocument = supportingDocument; self.notificationLetter = notificationLetter
    }
}

import Foundation
