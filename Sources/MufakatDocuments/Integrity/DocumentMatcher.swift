import Foundation
import MufakatDomain
import ZIPFoundation

/// Pemeriksaan naskah: says whether a document file is exactly the signed one, or which revision
/// of the cooperation (and which export settings) it was produced from.
public struct DocumentMatcher: Sendable {
    /// One revision of a cooperation as the store keeps it.
    public struct Revision: Sendable {
        public var number: Int
        public var cooperation: Cooperation
        public init(number: Int, cooperation: Cooperation) { self.number = number; self.cooperation = cooperation }
    }

    /// What the file is.
    public enum Verdict: Sendable, Hashable {
        /// Exactly the document recorded as signed and still in force: signed at `revision`.
        case signed(document: DocumentKind, revision: Int)
        /// A document recorded as signed at `revision`, replaced later (an amendment or re-signing).
        case formerlySigned(document: DocumentKind, revision: Int)
        /// Not a signed document, but the export of `document` from `revision` with these settings.
        case exported(document: DocumentKind, revision: Int, settings: String)
        /// Matches nothing known.
        case unknown
    }

    public var builder: NaskahBuilder
    /// The margins of the store's profile (exports are rendered with them).
    public var margins: PageMargins?
    public init(builder: NaskahBuilder, margins: PageMargins? = nil) { self.builder = builder; self.margins = margins }

    /// Checks `data` against the signed fingerprints of `revisions` (oldest first), then against
    /// fresh exports of each revision, newest first.
    public func verdicts(for data: Data, revisions: [Revision]) -> [Verdict] {
        let sha = Fingerprint.sha256(data)
        let ordered = revisions.sorted { $0.number < $1.number }
        var out: [Verdict] = []
        if let latest = ordered.last {
            for kind in SignedDocument.signedKinds {
                guard let first = ordered.first(where: { rev in
                    SignedDocument.fingerprints(in: rev.cooperation).contains { $0.document == kind && $0.sha256 == sha }
                }) else { continue }
                let inForce = SignedDocument.fingerprints(in: latest.cooperation).contains { $0.document == kind && $0.sha256 == sha }
                out.append(inForce ? .signed(document: kind, revision: first.number) : .formerlySigned(document: kind, revision: first.number))
            }
        }
        if !out.isEmpty { return out }
        let probe = DocxProbe(data)
        var tried = Set<Cooperation>()
        for rev in ordered.reversed() where tried.insert(rev.cooperation).inserted {
            if let hit = exportMatch(data: data, sha: sha, cooperation: rev.cooperation, probe: probe) {
                out.append(.exported(document: hit.0, revision: rev.number, settings: hit.1))
                return out
            }
        }
        return [.unknown]
    }

    /// Tries the formats and settings an officer can choose; nil when none gives these bytes.
    func exportMatch(data: Data, sha: String, cooperation: Cooperation, probe: DocxProbe?) -> (DocumentKind, String)? {
        let isZip = data.starts(with: [0x50, 0x4B, 0x03, 0x04])
        for kind in DocumentKind.allCases {
            guard let naskah = try? builder.build(kind, for: cooperation) else { continue }
            if isZip {
                // A DOCX names its title, paper and typeface: only that combination is rendered.
                if let probe, probe.title != naskah.title { continue }
                for paper in Paper.allCases where probe?.paper == nil || probe?.paper == paper {
                    for face in Typeface.allCases where probe?.typeface == nil || probe?.typeface == face {
                        let setup = PageSetup(paper: paper, typeface: face, margins: margins)
                        if let docx = try? DocxRenderer(page: setup).render(naskah), Fingerprint.sha256(docx) == sha {
                            return (kind, "docx, \(paper.label), \(face.fontName)")
                        }
                    }
                }
            } else {
                if Fingerprint.sha256(Data(MarkdownRenderer().render(naskah).utf8)) == sha { return (kind, "md") }
                if Fingerprint.sha256(Data(PlainTextRenderer().render(naskah).utf8)) == sha { return (kind, "txt") }
            }
        }
        return nil
    }
}

/// What a DOCX written by `DocxRenderer` says about itself: title, paper and typeface.
struct DocxProbe {
    let title: String
    let paper: Paper?
    let typeface: Typeface?

    init?(_ data: Data) {
        guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]),
              let archive = try? Archive(data: data, accessMode: .read, pathEncoding: nil) else { return nil }
        func text(_ path: String) -> String? {
            guard let entry = archive[path] else { return nil }
            var out = Data()
            guard (try? archive.extract(entry, skipCRC32: true) { out.append($0) }) != nil else { return nil }
            return String(decoding: out, as: UTF8.self)
        }
        guard let core = text("docProps/core.xml"), let document = text("word/document.xml"), let styles = text("word/styles.xml"),
              let title = DocxProbe.between(core, "<dc:title>", "</dc:title>") else { return nil }
        self.title = title.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
        paper = Paper.allCases.first { document.contains("<w:pgSz w:w=\"\($0.twips.width)\" w:h=\"\($0.twips.height)\"/>") }
        typeface = Typeface.allCases.first { styles.contains("<w:rFonts w:ascii=\"\($0.fontName)\"") }
    }

    static func between(_ s: String, _ a: String, _ b: String) -> String? {
        guard let start = s.range(of: a), let end = s.range(of: b, range: start.upperBound..<s.endIndex) else { return nil }
        return String(s[start.upperBound..<end.lowerBound])
    }
}
