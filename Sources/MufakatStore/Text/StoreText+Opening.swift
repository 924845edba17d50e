import MufakatDomain

/// `StoreText.opening`: the store's remaining messages: where the store is (`--store`,
/// `MUFAKAT_STORE`), what it is (the manifest), why it is read-only, a cooperation file that is
/// not an object or cannot be migrated, an edit lock held elsewhere, and why `index.bin` was set
/// aside (it is rebuilt from the files; the reason goes into the quarantine note).
struct StoreOpeningText: Sendable {
    var storePathEmpty: String, storeVariableEmpty: String
    var openedReadOnly: String
    var notAStore: @Sendable (_ format: String) -> String
    var notAnObject: String
    var migrationFailed: @Sendable (_ version: Int, _ error: String) -> String
    var beingEdited: @Sendable (_ who: String, _ pid: Int32, _ since: String) -> String
    var itemCooperation: String, itemMapping: String
    var indexUnopenable: @Sendable (_ errno: Int32) -> String, indexUnmappable: @Sendable (_ errno: Int32) -> String
    var indexNotPlain: String, indexTooShort: String, indexBadMagic: String, indexBadSizes: String
    var indexBadLength: String, indexBadChecksum: String, indexStringOutside: String, indexEntryOutside: String
    var indexUnknownCode: String, indexNotSorted: String

    static let indonesian = StoreOpeningText(
        storePathEmpty: "jalur penyimpanan kosong. Tulis jalur folder penyimpanan, atau hilangkan --store untuk memakai penyimpanan bawaan.",
        storeVariableEmpty: "variabel lingkungan MUFAKAT_STORE diisi kosong. Isi dengan jalur folder penyimpanan, atau hapus variabel itu (unset MUFAKAT_STORE) untuk memakai penyimpanan bawaan.",
        openedReadOnly: "dibuka dalam mode hanya-baca",
        notAStore: { "bukan penyimpanan Mufakat (kolom 'format' bukan '\($0)'). Pilih folder lain dengan --store." },
        notAnObject: "isinya harus objek JSON { ... } berisi kerja sama",
        migrationFailed: { "migrasi dari versi skema \($0) gagal: \($1)" },
        beingEdited: { "sedang diedit oleh \($0) (pid \($1)) sejak \($2)" },
        itemCooperation: "kerja sama", itemMapping: "pemetaan",
        indexUnopenable: { "tidak dapat dibuka (errno \($0))" }, indexUnmappable: { "tidak dapat dipetakan (errno \($0))" },
        indexNotPlain: "bukan berkas biasa", indexTooShort: "terlalu pendek", indexBadMagic: "tanda pengenal berkas salah",
        indexBadSizes: "ukuran di kepala berkas tidak masuk akal", indexBadLength: "panjang berkas tidak sesuai dengan kepalanya",
        indexBadChecksum: "checksum baris tidak cocok (berkas diubah atau rusak)", indexStringOutside: "rujukan teks di luar berkas",
        indexEntryOutside: "rujukan entri di luar berkas", indexUnknownCode: "kode jenis, keadaan atau tahap tidak dikenal",
        indexNotSorted: "baris tidak urut menurut id")

    static let english = StoreOpeningText(
        storePathEmpty: "the store path is empty. Write the store folder's path, or leave out --store to use the default store.",
        storeVariableEmpty: "the environment variable MUFAKAT_STORE is set but empty. Set it to the store folder's path, or remove it (unset MUFAKAT_STORE) to use the default store.",
        openedReadOnly: "opened read-only",
        notAStore: { "not a Mufakat store (the field 'format' is not '\($0)'). Choose another folder with --store." },
        notAnObject: "its content must be a JSON object { ... } holding a cooperation",
        migrationFailed: { "migration from schema version \($0) failed: \($1)" },
        beingEdited: { "being edited by \($0) (pid \($1)) since \($2)" },
        itemCooperation: "cooperation", itemMapping: "mapping",
        indexUnopenable: { "cannot be opened (errno \($0))" }, indexUnmappable: { "cannot be mapped (errno \($0))" },
        indexNotPlain: "not a plain file", indexTooShort: "too short", indexBadMagic: "wrong file signature",
        indexBadSizes: "the sizes in the file's header make no sense", indexBadLength: "the file's length does not match its header",
        indexBadChecksum: "row checksum does not match (the file was changed or damaged)", indexStringOutside: "a text reference points outside the file",
        indexEntryOutside: "an entry reference points outside the file", indexUnknownCode: "unknown kind, status or stage code",
        indexNotSorted: "rows not sorted by id")
}
