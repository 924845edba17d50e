/// `StoreText.decoding`: why a revision file or a plain store file cannot be read
/// (`DocumentDecoding`). A damaged file's own keys ('cooperation.schemaVersion') are named as
/// written in the file (docs/format.md), since that is where the officer repairs it.
struct StoreDecodingText: Sendable {
    var emptyFile: String
    var notJSON: String
    var notRevisionObject: String
    var keyMissing: @Sendable (_ key: String) -> String
    var schemaVersionMissing: @Sendable (_ key: String, _ current: Int) -> String
    var schemaVersionBelowOne: @Sendable (_ key: String, _ version: Int) -> String
    var migrationFailed: @Sendable (_ version: Int, _ error: String) -> String
    var afterMigration: @Sendable (_ version: Int, _ problem: String) -> String
    var revisionOutOfRange: @Sendable (_ key: String, _ value: Int, _ limit: Int) -> String
    var valueOutOfLimits: @Sendable (_ key: String, _ problem: String) -> String
    var formatWrong: @Sendable (_ format: String) -> String
    var formatVersionBelowOne: @Sendable (_ version: Int) -> String
    var fieldMissing: @Sendable (_ key: String) -> String
    var fieldWrongType: @Sendable (_ key: String, _ expected: String) -> String
    var fieldNull: @Sendable (_ key: String, _ expected: String) -> String
    var valueUnknown: String
    var fieldInvalid: @Sendable (_ key: String, _ detail: String) -> String
    var fileRoot: String
    var wholeNumber: String, number: String, text: String, trueOrFalse: String, list: String, object: String
    var valueOfType: @Sendable (_ name: String) -> String

    static let indonesian = StoreDecodingText(
        emptyFile: "berkas kosong",
        notJSON: "isinya bukan JSON yang sah (kemungkinan terpotong atau salah sunting)",
        notRevisionObject: "isinya bukan objek JSON revisi Mufakat",
        keyMissing: { "kolom '\($0)' tidak ada" },
        schemaVersionMissing: { "kolom '\($0).schemaVersion' tidak ada atau bukan bilangan bulat; isi dengan versi skema (saat ini \($1))" },
        schemaVersionBelowOne: { "kolom '\($0).schemaVersion' bernilai \($1); versi skema dimulai dari 1" },
        migrationFailed: { "migrasi dari versi skema \($0) gagal: \($1)" },
        afterMigration: { "setelah migrasi dari versi \($0): \($1)" },
        revisionOutOfRange: { "kolom '\($0)' bernilai \($1), di luar batas; seharusnya 1 sampai \($2)" },
        valueOutOfLimits: { "kolom '\($0)': \($1); perbaiki nilainya atau pulihkan revisi sebelumnya" },
        formatWrong: { "kolom 'format' bernilai '\($0)', seharusnya 'mufakat-revisi'" },
        formatVersionBelowOne: { "kolom 'formatVersion' bernilai \($0); versi dimulai dari 1" },
        fieldMissing: { "kolom '\($0)' tidak ada; tambahkan kolom itu" },
        fieldWrongType: { "kolom '\($0)' berjenis salah; seharusnya \($1)" },
        fieldNull: { "kolom '\($0)' kosong (null); seharusnya berisi \($1)" },
        valueUnknown: "nilainya tidak dikenal",
        fieldInvalid: { "nilai kolom '\($0)' tidak sah: \($1)" },
        fileRoot: "(akar berkas)",
        wholeNumber: "bilangan bulat", number: "bilangan", text: "teks", trueOrFalse: "true atau false",
        list: "daftar [ ... ]", object: "objek { ... }",
        valueOfType: { "nilai bertipe \($0)" })

    static let english = StoreDecodingText(
        emptyFile: "empty file",
        notJSON: "its content is not valid JSON (probably cut short or mis-edited)",
        notRevisionObject: "its content is not a Mufakat revision JSON object",
        keyMissing: { "field '\($0)' is missing" },
        schemaVersionMissing: { "field '\($0).schemaVersion' is missing or not a whole number; fill in the schema version (now \($1))" },
        schemaVersionBelowOne: { "field '\($0).schemaVersion' is \($1); schema versions start at 1" },
        migrationFailed: { "migration from schema version \($0) failed: \($1)" },
        afterMigration: { "after migration from version \($0): \($1)" },
        revisionOutOfRange: { "field '\($0)' is \($1), out of range; it should be 1 to \($2)" },
        valueOutOfLimits: { "field '\($0)': \($1); correct the value or restore an earlier revision" },
        formatWrong: { "field 'format' is '\($0)', it should be 'mufakat-revisi'" },
        formatVersionBelowOne: { "field 'formatVersion' is \($0); versions start at 1" },
        fieldMissing: { "field '\($0)' is missing; add it" },
        fieldWrongType: { "field '\($0)' has the wrong type; it should be \($1)" },
        fieldNull: { "field '\($0)' is empty (null); it should hold \($1)" },
        valueUnknown: "its value is not recognised",
        fieldInvalid: { "the value of field '\($0)' is not valid: \($1)" },
        fileRoot: "(root of the file)",
        wholeNumber: "a whole number", number: "a number", text: "text", trueOrFalse: "true or false",
        list: "a list [ ... ]", object: "an object { ... }",
        valueOfType: { "a value of type \($0)" })
}
