/// `StoreText.bundle`: a bundle's whole-file refusals (not found, not a zip, too many entries,
/// too large, no manifest) and its signature check. The per-entry reasons are still Indonesian.
struct StoreBundleText: Sendable {
    var notFound: String
    var notAZip: String
    var tooManyEntries: @Sendable (_ limit: Int) -> String
    var tooLarge: @Sendable (_ limit: Int64) -> String
    var noManifest: String
    var badSignature: @Sendable (_ why: String) -> String
    var signatureUnreadable: String, signatureMismatch: String, signerNotNamed: String
    var entryNotSigned: @Sendable (_ entry: String) -> String

    static let indonesian = StoreBundleText(
        notFound: "berkas bundel tidak ditemukan. Periksa nama dan foldernya.",
        notAZip: "bukan bundel Mufakat: berkas ini bukan arsip zip yang utuh (mungkin terpotong saat disalin, atau berkas lain). Minta bundel baru dari pengirimnya (`mufakat bundle export`).",
        tooManyEntries: { "bundel berisi lebih dari \($0) entri; ditolak seluruhnya." },
        tooLarge: { "isi bundel melebihi \($0) bita; ditolak seluruhnya." },
        noManifest: "bukan bundel Mufakat: manifest.json tidak ada atau tidak terbaca. Buat bundel dengan `mufakat bundle export`.",
        badSignature: { "tanda tangan bundel tidak sah: \($0). Bundel ditolak seluruhnya; minta bundel baru dari pengirimnya." },
        signatureUnreadable: "manifest.sig tidak dapat dibaca",
        signatureMismatch: "tidak cocok dengan manifest.json (bundel diubah setelah ditandatangani)",
        signerNotNamed: "manifest tidak menyebut penanda tangan dan isinya",
        entryNotSigned: { "entri '\($0)' tidak sesuai dengan yang ditandatangani" })

    static let english = StoreBundleText(
        notFound: "the bundle file was not found. Check its name and folder.",
        notAZip: "not a Mufakat bundle: this file is not a whole zip archive (perhaps cut short while copying, or another file). Ask the sender for a new bundle (`mufakat bundle export`).",
        tooManyEntries: { "the bundle holds more than \($0) entries; refused as a whole." },
        tooLarge: { "the bundle's content exceeds \($0) bytes; refused as a whole." },
        noManifest: "not a Mufakat bundle: manifest.json is missing or unreadable. Make a bundle with `mufakat bundle export`.",
        badSignature: { "the bundle's signature is not valid: \($0). The bundle is refused as a whole; ask the sender for a new bundle." },
        signatureUnreadable: "manifest.sig cannot be read",
        signatureMismatch: "it does not match manifest.json (the bundle was changed after signing)",
        signerNotNamed: "the manifest does not name the signer and its content",
        entryNotSigned: { "the entry '\($0)' does not match what was signed" })
}
