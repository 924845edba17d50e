import Foundation

/// Konversi PDF: a PDF is the same DOCX converted by LibreOffice (`soffice`), never a second
/// layout of our own. Where LibreOffice is not installed, the message says how to install it.
enum PDFConversion {
    /// The `soffice` (or `libreoffice`) executable on PATH, if any.
    static func office(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            for name in ["soffice", "libreoffice"] {
                let candidate = URL(fileURLWithPath: String(dir)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }

    static var missingOffice: String { ServiceText.current.documents.missingOffice }

    /// Converts DOCX bytes to PDF bytes in a private temporary folder.
    static func pdf(fromDOCX docx: Data, name: String) throws(DocumentServiceError) -> Data {
        guard let office = office() else { throw .render(missingOffice) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let input = folder.appendingPathComponent(name + ".docx")
            try docx.write(to: input)
            let process = Process()
            process.executableURL = office
            // A profile of its own, so a LibreOffice the officer has open does not take the job.
            process.arguments = ["-env:UserInstallation=file://" + folder.appendingPathComponent("profil").path,
                                 "--headless", "--convert-to", "pdf", "--outdir", folder.path, input.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            let output = folder.appendingPathComponent(name + ".pdf")
            guard process.terminationStatus == 0, let pdf = try? Data(contentsOf: output) else {
                throw DocumentServiceError.render(ServiceText.current.documents.officeFailed(process.terminationStatus))
            }
            return pdf
        } catch let error as DocumentServiceError {
            throw error
        } catch {
            throw .render(ServiceText.current.documents.pdfFailed(error.localizedDescription))
        }
    }
}
