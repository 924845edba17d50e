/// `ServiceText.documents`: the document service's refusals and the output files' problems.
struct DocumentServiceText: Sendable {
    var incomplete: @Sendable (_ document: String, _ id: String, _ missing: Int) -> String
    var completeOrDraft: String
    var notSignable: @Sendable (_ document: String) -> String
    var warningsFirst: @Sendable (_ document: String, _ count: Int) -> String
    var hasErrors: @Sendable (_ document: String, _ count: Int) -> String
    var basis: @Sendable (_ message: String, _ basis: String) -> String
    var fixOrDraft: String
    var unsignedKind: @Sendable (_ document: String, _ signed: String) -> String
    var cannotWrite: @Sendable (_ path: String, _ problem: String) -> String
    var docxFailed: @Sendable (_ error: String) -> String
    var folderNotMade: String
    var missingOffice: String
    var officeFailed: @Sendable (_ code: Int32) -> String
    var pdfFailed: @Sendable (_ error: String) -> String
    var standardInput: String

    static let indonesian = DocumentServiceText(
        incomplete: { "\($0) untuk '\($1)' belum lengkap; \($2) isian belum diisi:" },
        completeOrDraft: "Lengkapi isian tersebut, atau ekspor sebagai draf (--draft; isian ditandai [BELUM DIISI: ...]).",
        notSignable: { "\($0) belum dapat ditandatangani; yang harus dilengkapi atau diperbaiki lebih dahulu:" },
        warningsFirst: { "\($0) belum ditandai ditandatangani: \($1) peringatan harus dibaca dan diakui lebih dahulu:" },
        hasErrors: { "\($0) belum dapat diekspor sebagai naskah final; \($1) kesalahan pada data yang dimuatnya:" },
        basis: { "  - \($0) (Dasar: \($1))" },
        fixOrDraft: "Perbaiki kesalahan tersebut, atau ekspor sebagai draf (--draft; naskah ditandai DRAF).",
        unsignedKind: { "\($0) tidak ditandatangani sebagai tahapan. Yang ditandatangani: \($1)." },
        cannotWrite: { "Berkas '\($0)' tidak dapat ditulis: \($1)" },
        docxFailed: { "DOCX tidak dapat disusun: \($0). Coba format md atau txt." },
        folderNotMade: "folder tidak dapat dibuat. Periksa izin folder atau pilih folder lain.",
        missingOffice: "format pdf memerlukan LibreOffice (soffice), yang tidak terpasang di komputer ini. "
            + "Pasang dengan `sudo apt-get install -y libreoffice-writer-nogui` (Debian/Ubuntu), atau ekspor sebagai docx lalu buka di pengolah kata.",
        officeFailed: { "LibreOffice tidak berhasil mengubah naskah menjadi PDF (kode \($0)). Ekspor sebagai docx lalu ubah secara manual." },
        pdfFailed: { "PDF tidak dapat dibuat: \($0). Ekspor sebagai docx." },
        standardInput: "(masukan standar)")

    static let english = DocumentServiceText(
        incomplete: { "\($0) for '\($1)' is incomplete; \($2) field(s) not yet filled:" },
        completeOrDraft: "Complete those fields, or export as a draft (--draft; the fields are marked [BELUM DIISI: ...], not yet filled).",
        notSignable: { "\($0) cannot be signed yet; what must be completed or corrected first:" },
        warningsFirst: { "\($0) not marked as signed: \($1) warning(s) must be read and acknowledged first:" },
        hasErrors: { "\($0) cannot be exported as a final document yet; \($1) error(s) in the data it holds:" },
        basis: { "  - \($0) (Basis: \($1))" },
        fixOrDraft: "Correct those errors, or export as a draft (--draft; the document is marked DRAF, draft).",
        unsignedKind: { "\($0) is not signed as a stage. The signed documents: \($1)." },
        cannotWrite: { "The file '\($0)' cannot be written: \($1)" },
        docxFailed: { "The DOCX cannot be put together: \($0). Try the md or txt format." },
        folderNotMade: "the folder cannot be created. Check the folder's permissions or choose another folder.",
        missingOffice: "the pdf format needs LibreOffice (soffice), which is not installed on this computer. "
            + "Install it with `sudo apt-get install -y libreoffice-writer-nogui` (Debian/Ubuntu), or export as docx and open it in a word processor.",
        officeFailed: { "LibreOffice did not manage to turn the document into a PDF (code \($0)). Export as docx and convert it by hand." },
        pdfFailed: { "The PDF cannot be made: \($0). Export as docx." },
        standardInput: "(standard input)")
}
