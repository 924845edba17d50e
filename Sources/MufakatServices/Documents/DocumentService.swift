import Foundation
import MufakatDocuments
import MufakatDomain
import MufakatStore

/// Format berkas naskah: the file formats a naskah is written in.
public enum DocumentFormat: String, Sendable, Hashable, CaseIterable, Codable {
    case docx, md, txt
    /// The DOCX converted by LibreOffice (`soffice`), where it is installed.
    case pdf

    /// The format a file name's extension asks for (`kb.md` is Markdown), nil for any other.
    public init?(fileName: String) {
        self.init(rawValue: (fileName as NSString).pathExtension.lowercased())
    }
}

/// Pilihan ekspor: every choice an officer makes about an exported file, the same on both roads.
public struct ExportOptions: Sendable, Hashable {
    public var format: DocumentFormat
    public var paper: Paper
    public var typeface: Typeface
    public var dateStyle: DateStyle
    public var includeAttachments: Bool
    /// Export although fields are missing (they show as "[BELUM DIISI: ...]").
    public var draft: Bool
    /// The party a letter is written for (index into the parties): a DPRD letter per party, an
    /// answer letter per partner; nil lets the document decide from the store's region.
    public var party: Int?

    public init(format: DocumentFormat = .docx, paper: Paper = .a4, typeface: Typeface = .bookmanOldStyle,
                dateStyle: DateStyle = .long, includeAttachments: Bool = true, draft: Bool = false, party: Int? = nil) {
        self.format = format; self.paper = paper; self.typeface = typeface; self.dateStyle = dateStyle
        self.includeAttachments = includeAttachments; self.draft = draft; self.party = party
    }
}

/// A naskah rendered to bytes, with its fingerprint and what it still lacks.
public struct RenderedDocument: Sendable {
    public var kind: DocumentKind
    public var format: DocumentFormat
    public var data: Data
    /// SHA-256 (hex) of `data`: what `mufakat verify` compares.
    public var sha256: String
    /// Fields shown as "[BELUM DIISI: ...]"; empty for a complete document.
    public var missing: [MissingValue]
    public var isComplete: Bool { missing.isEmpty }
}

/// Why a document could not be made or written, in Indonesian, naming the field or the file.
public enum DocumentServiceError: Error, Sendable, CustomStringConvertible {
    /// The document does not apply to this cooperation at all.
    case cannotBuild(String)
    /// Fields are missing and the export was not a draft.
    case incomplete(kind: DocumentKind, id: String, missing: [MissingValue])
    /// The data the document prints has errors (two different totals in a KAK) and the export was not a draft.
    case hasErrors(kind: DocumentKind, findings: [Finding])
    /// The document cannot be signed: fields are missing, or the cooperation has errors.
    case notSignable(kind: DocumentKind, problems: [String])
    /// Warnings shown again at signing time that the officer has not acknowledged.
    case warningsNotAcknowledged(kind: DocumentKind, warnings: [String])
    case unsignedKind(DocumentKind)
    case write(path: String, problem: String)
    /// The store's safe writer refused the output path (a link, a FIFO, a device, no folder).
    case refused(StoreError)
    case render(String)

    public var description: String {
        switch self {
        case .cannotBuild(let text): return text
        case let .incomplete(kind, id, missing):
            // Each field by its label only: users never see an internal field path (issue 17).
            var lines = [ServiceText.current.documents.incomplete(kind.label, id, missing.count)]
            lines += missing.map { "  - \($0.label)" }
            lines.append(ServiceText.current.documents.completeOrDraft)
            return lines.joined(separator: "\n")
        case let .notSignable(kind, problems):
            var lines = [ServiceText.current.documents.notSignable(kind.label)]
            lines += problems.map { "  - \($0)" }
            return lines.joined(separator: "\n")
        case let .warningsNotAcknowledged(kind, warnings):
            var lines = [ServiceText.current.documents.warningsFirst(kind.label, warnings.count)]
            lines += warnings.map { "  - \($0)" }
            return lines.joined(separator: "\n")
        case let .hasErrors(kind, findings):
            var lines = [ServiceText.current.documents.hasErrors(kind.label, findings.count)]
            lines += findings.map { ServiceText.current.documents.basis($0.message, $0.basis) }
            lines.append(ServiceText.current.documents.fixOrDraft)
            return lines.joined(separator: "\n")
        case .unsignedKind(let kind):
            return ServiceText.current.documents.unsignedKind(kind.label, SignedDocument.signedKinds.map(\.rawValue).joined(separator: ", "))
        case let .write(path, problem):
            return ServiceText.current.documents.cannotWrite(path, problem)
        case .refused(let error):
            return error.description
        case .render(let text): return text
        }
    }
}

/// Layanan naskah: builds, renders, writes, signs and verifies documents. The one letterhead,
/// the one fingerprint and every export option live here, so an export from a screen and from
/// `mufakat export` with the same choices are the same bytes.
public struct DocumentService: Sendable {
    public let rulebook: Rulebook
    public let catalogues: Catalogues
    /// The own region's profile (profil daerah), for the letterhead.
    public let profile: RegionProfile?

    public init(rulebook: Rulebook, catalogues: Catalogues = .shared, profile: RegionProfile?) {
        self.rulebook = rulebook; self.catalogues = catalogues; self.profile = profile
    }

    /// The letterhead (kop surat) of the own region, from its profile and the region catalogue.
    public var letterhead: Letterhead? {
        guard let profile else { return nil }
        return Letterhead(profile: profile, region: catalogues.regions[profile.regionCode])
    }

    /// The builder for `options`; `markDraft` sets the visible DRAF mark of an unfinished naskah.
    public func builder(_ options: ExportOptions = ExportOptions(), markDraft: Bool = false) -> NaskahBuilder {
        NaskahBuilder(rulebook: rulebook, letterhead: letterhead,
                      options: BuildOptions(dateStyle: options.dateStyle, includeAttachments: options.includeAttachments, draft: markDraft))
    }

    /// The page of `options` with the margins of the profile (tata naskah dinas of the region).
    public func page(_ options: ExportOptions) -> PageSetup {
        PageSetup(paper: options.paper, typeface: options.typeface, margins: profile?.pageMargins)
    }

    /// Builds and renders one document. A document with unfilled fields or with errors in the
    /// data it prints is refused unless `options.draft`; exported as a draft it carries the DRAF
    /// mark on every page. A complete document is the same final bytes with or without `draft`.
    public func render(_ cooperation: Cooperation, kind: DocumentKind, options: ExportOptions,
                       today: CalendarDate = .today()) throws(DocumentServiceError) -> RenderedDocument {
        var naskah: Naskah
        do { naskah = try builder(options).build(kind, for: cooperation, party: options.party) } catch { throw .cannotBuild(error.description) }
        let missing = naskah.missingFields
        let errors = ExportCheck.blockingFindings(for: kind, of: cooperation, rulebook: rulebook, catalogues: catalogues, today: today)
        if !options.draft {
            if !missing.isEmpty { throw .incomplete(kind: kind, id: cooperation.id, missing: missing) }
            if !errors.isEmpty { throw .hasErrors(kind: kind, findings: errors) }
        } else if !missing.isEmpty || !errors.isEmpty {
            do { naskah = try builder(options, markDraft: true).build(kind, for: cooperation, party: options.party) } catch { throw .cannotBuild(error.description) }
        }
        let data: Data
        switch options.format {
        case .docx:
            do { data = try DocxRenderer(page: page(options)).render(naskah) } catch {
                throw .render(ServiceText.current.documents.docxFailed("\(error)"))
            }
        case .md: data = Data(MarkdownRenderer().render(naskah).utf8)
        case .txt: data = Data(PlainTextRenderer().render(naskah).utf8)
        case .pdf:
            let docx: Data
            do { docx = try DocxRenderer(page: page(options)).render(naskah) } catch {
                throw .render(ServiceText.current.documents.docxFailed("\(error)"))
            }
            data = try PDFConversion.pdf(fromDOCX: docx, name: "\(cooperation.id)-\(kind.rawValue)")
        }
        return RenderedDocument(kind: kind, format: options.format, data: data, sha256: Fingerprint.sha256(data), missing: missing)
    }

    /// The file name of a document in an export folder: `<id>-<naskah>.<format>`; a letter of
    /// one party `<id>-<naskah>-pihak<n>.<format>`.
    public func fileName(id: String, kind: DocumentKind, format: DocumentFormat, party: Int? = nil) -> String {
        fileName(id: id, stem: kind.rawValue, format: format, party: party)
    }

    /// The file name of `kind` for `cooperation`: a joint ending statement is
    /// `<id>-pernyataan-pengakhiran.<format>`, never the notification letter's name.
    public func fileName(for cooperation: Cooperation, kind: DocumentKind, format: DocumentFormat, party: Int? = nil) -> String {
        fileName(id: cooperation.id, stem: kind.fileStem(for: cooperation), format: format, party: party)
    }

    private func fileName(id: String, stem: String, format: DocumentFormat, party: Int?) -> String {
        "\(id)-\(stem)\(party.map { "-pihak\($0 + 1)" } ?? "").\(format.rawValue)"
    }

    /// Renders and writes into `folder` (created owner-only when missing); returns the file.
    public func export(_ cooperation: Cooperation, kind: DocumentKind, options: ExportOptions,
                       folder: URL) throws(DocumentServiceError) -> (RenderedDocument, URL) {
        let rendered = try render(cooperation, kind: kind, options: options)
        let url = folder.appendingPathComponent(fileName(for: cooperation, kind: kind, format: options.format, party: options.party))
        try OutputFile.write(rendered.data, to: url, createFolder: true)
        return (rendered, url)
    }

    // MARK: Signing

    /// What stands between `cooperation` and a signed `kind` (`SigningCheck`): every unfilled
    /// value of the document, every error that concerns it and every unmet gate (blocking), and the
    /// warnings to acknowledge.
    public func signingReport(_ cooperation: Cooperation, kind: DocumentKind, today: CalendarDate = .today()) -> SigningReport {
        SigningCheck.check(kind, of: cooperation, builder: builder(), catalogues: catalogues, today: today)
    }

    /// The blocking problems as lines that name the field and the legal basis; empty when it may be signed.
    public func signingProblems(_ cooperation: Cooperation, kind: DocumentKind) -> [String] {
        signingReport(cooperation, kind: kind).blocking.map(\.text)
    }

    /// The warnings to acknowledge before signing, as lines naming the field and the legal basis.
    public func signingWarnings(_ cooperation: Cooperation, kind: DocumentKind, today: CalendarDate = .today()) -> [String] {
        signingReport(cooperation, kind: kind, today: today).warnings.map(\.text)
    }

    /// Refuses while anything blocks, or while a warning is not among `acknowledged`.
    func checkSignable(_ cooperation: Cooperation, kind: DocumentKind, acknowledged: [String],
                       today: CalendarDate) throws(DocumentServiceError) {
        let report = signingReport(cooperation, kind: kind, today: today)
        guard report.blocking.isEmpty else { throw .notSignable(kind: kind, problems: report.blocking.map(\.text)) }
        let open = report.warnings.map(\.text).filter { !acknowledged.contains($0) }
        guard open.isEmpty else { throw .warningsNotAcknowledged(kind: kind, warnings: open) }
    }

    /// Marks the KB or PKS of `cooperation` signed with the file `data` (its SHA-256 is recorded
    /// on the stage). Refuses a document with unfilled fields or errors, on every road.
    /// Warnings are shown again at signing time: each must be among `acknowledged` (their
    /// `SigningProblem.text`, as the dialog or the command listed them), else signing is refused.
    public func markSigned(_ cooperation: Cooperation, kind: DocumentKind, data: Data, format: String,
                           on date: CalendarDate, acknowledged: [String] = [],
                           today: CalendarDate = .today()) throws(DocumentServiceError) -> Cooperation {
        try checkSignable(cooperation, kind: kind, acknowledged: acknowledged, today: today)
        guard let signed = SignedDocument.markSigned(cooperation, document: kind, data: data, format: format, on: date) else {
            throw .unsignedKind(kind)
        }
        return signed
    }

    /// Signs from a screen: renders the DOCX into `folder`, and marks the stage signed with its
    /// fingerprint. The signing date is the one on the document, else `today`.
    public func signAndExport(_ cooperation: Cooperation, kind: DocumentKind, folder: URL, options: ExportOptions = ExportOptions(),
                              today: CalendarDate, acknowledged: [String] = []) throws(DocumentServiceError) -> (Cooperation, RenderedDocument, URL) {
        try checkSignable(cooperation, kind: kind, acknowledged: acknowledged, today: today)
        var options = options
        options.format = .docx
        options.draft = false
        let (rendered, url) = try export(cooperation, kind: kind, options: options, folder: folder)
        let date = (kind == .pks ? cooperation.agreement.signing.date : cooperation.memorandum.signing.date) ?? today
        let signed = try markSigned(cooperation, kind: kind, data: rendered.data, format: "docx", on: date, acknowledged: acknowledged, today: today)
        return (signed, rendered, url)
    }

    /// Whether `data` is the signed naskah of one of `revisions` (oldest first), an export of one, or neither.
    public func verify(_ data: Data, revisions: [StoredCooperation]) -> DocumentMatcher.Verdict {
        let matcher = DocumentMatcher(builder: builder(), margins: profile?.pageMargins)
        let revs = revisions.map { DocumentMatcher.Revision(number: $0.revision, cooperation: $0.cooperation) }
        return matcher.verdicts(for: data, revisions: revs).first ?? .unknown
    }
}
