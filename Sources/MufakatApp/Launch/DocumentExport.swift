import Foundation
import MufakatDocuments
import MufakatDomain

/// Ekspor naskah from the screen: builds the document with `MufakatDocuments` and writes it
/// into the export folder as `<id>-<naskah>.<format>`.
public enum DocumentExport {
    /// Formats offered on the screen, in the order shown.
    public static let formats = ["docx", "md", "txt"]

    public static func letterhead(for profile: RegionProfile?, catalogues: Catalogues) -> Letterhead? {
        guard let profile, let region = catalogues.regions[profile.regionCode] else { return nil }
        return Letterhead(regionCode: region.code, governmentName: region.governmentName.uppercased(), unit: profile.unitName,
                          address: profile.address, phone: profile.phone, email: profile.email, city: profile.city)
    }

    /// The rendered bytes of one document in one format.
    public static func render(_ cooperation: Cooperation, kind: DocumentKind, format: String, context: ShellContext,
                              profile: RegionProfile?) throws -> Data {
        let builder = NaskahBuilder(rulebook: context.rulebook, letterhead: letterhead(for: profile, catalogues: context.catalogues))
        let naskah: Naskah
        do { naskah = try builder.build(kind, for: cooperation) } catch { throw ExportError(text: error.description) }
        switch format {
        case "txt":
            return Data(PlainTextRenderer().render(naskah).utf8)
        case "md":
            return Data(MarkdownRenderer().render(naskah).utf8)
        case "docx":
            do { return try DocxRenderer().render(naskah) } catch { throw ExportError(text: "DOCX tidak dapat disusun: \(error). Coba format md atau txt.") }
        default:
            throw ExportError(text: "Format \(format) tidak dikenal. Pilih docx, md atau txt.")
        }
    }

    /// Writes the file and returns its path.
    public static func write(_ cooperation: Cooperation, kind: DocumentKind, format: String, folder: URL,
                             context: ShellContext, profile: RegionProfile?) throws -> URL {
        let data = try render(cooperation, kind: kind, format: format, context: context, profile: profile)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let url = folder.appendingPathComponent("\(cooperation.id)-\(kind.rawValue).\(format)")
            try data.write(to: url, options: .atomic)
            return url
        } catch {
            throw ExportError(text: "Naskah tidak dapat ditulis ke \(folder.path): \(error.localizedDescription). Periksa izin folder atau ruang disk.")
        }
    }
}

extension DocumentExport {
    /// Marks the stage `stageID` (the KB or PKS stage of the rulebook) signed: renders its
    /// document as DOCX into `folder`, and records the file's SHA-256 on the stage.
    public static func sign(_ cooperation: Cooperation, stageID: String, folder: URL, context: ShellContext,
                            profile: RegionProfile?) throws -> (Cooperation, URL, String) {
        let section = context.rulebook.stage(stageID).flatMap { StageSection(rawValue: $0.section) }
        let kind: DocumentKind
        let date: MufakatDomain.CalendarDate
        switch section {
        case .memorandum: kind = .kb; date = cooperation.memorandum.signing.date ?? context.today
        case .agreement: kind = .pks; date = cooperation.agreement.signing.date ?? context.today
        default: throw ExportError(text: "Tahapan '\(stageID)' tidak ditandatangani sebagai naskah; hanya KB dan PKS.")
        }
        let url = try write(cooperation, kind: kind, format: "docx", folder: folder, context: context, profile: profile)
        let data = (try? Data(contentsOf: url)) ?? Data()
        guard let signed = SignedDocument.markSigned(cooperation, document: kind, data: data, format: "docx", on: date) else {
            throw ExportError(text: "\(kind.label) tidak dapat ditandai ditandatangani.")
        }
        return (signed, url, Fingerprint.sha256(data))
    }
}

/// An export that could not be made, with what to do about it.
public struct ExportError: Error, CustomStringConvertible, Sendable {
    public var text: String
    public var description: String { text }
}
