/// `DomainText.rulebookCheck`: what `RulebookChecker` says about a rulebook file, in the
/// interface language. The file's own names ([[stage]], 'after', 'format_version') stay as
/// written in the TOML file, since that is where the rulebook's author repairs them.
struct RulebookCheckText: Sendable {
    var fileLine: @Sendable (_ file: String, _ line: Int) -> String
    var line: @Sendable (_ line: Int) -> String
    var nth: @Sendable (_ table: String, _ number: Int) -> String
    var syntaxAt: @Sendable (_ column: Int, _ problem: String) -> String
    var syntax: @Sendable (_ problem: String) -> String
    var syntaxOnly: @Sendable (_ problem: String) -> String
    var unreadable: String, notUTF8: String
    var unknownSection: @Sendable (_ key: String, _ known: String) -> String
    var unknownKey: @Sendable (_ key: String, _ known: String) -> String
    var sectionMissing: @Sendable (_ key: String) -> String
    var keyMissing: @Sendable (_ key: String) -> String
    var mustBeText: @Sendable (_ key: String) -> String
    var mustBeInteger: @Sendable (_ key: String) -> String
    var mustBeNumber: @Sendable (_ key: String) -> String
    var mustBeBool: @Sendable (_ key: String) -> String
    var mustBeTable: @Sendable (_ key: String) -> String
    var mustBeTableList: @Sendable (_ key: String, _ table: String) -> String
    var mustBeList: @Sendable (_ key: String) -> String
    var eachMustBeTable: @Sendable (_ key: String) -> String
    var elementMustBe: @Sendable (_ number: Int, _ key: String, _ kind: String) -> String
    var kindText: String, kindInteger: String, kindNumber: String, kindBool: String, kindOther: String
    var formatTooNew: @Sendable (_ version: Int) -> String
    var formatInvalid: @Sendable (_ version: Int) -> String
    var idEmpty: String
    var idDuplicate: @Sendable (_ id: String, _ section: String, _ first: String) -> String
    var clauseIDDuplicate: @Sendable (_ id: String, _ document: String, _ line: Int) -> String
    var fieldTwice: @Sendable (_ path: String) -> String

    static let indonesian = RulebookCheckText(
        fileLine: { "\($0) baris \($1)" },
        line: { "baris \($0)" },
        nth: { "[[\($0)]] ke-\($1)" },
        syntaxAt: { "sintaks TOML salah (kolom \($0)): \($1); perbaiki baris ini dahulu, pemeriksaan lain baru dapat dilakukan sesudahnya" },
        syntax: { "sintaks TOML salah: \($0); perbaiki baris ini dahulu, pemeriksaan lain baru dapat dilakukan sesudahnya" },
        syntaxOnly: { "sintaks TOML salah: \($0)" },
        unreadable: "berkas tidak dapat dibaca; periksa nama dan izin berkas", notUTF8: "berkas bukan teks UTF-8",
        unknownSection: { "bagian '\($0)' tidak dikenal; bagian yang dikenal: \($1)" },
        unknownKey: { "kunci '\($0)' tidak dikenal di bagian ini; kunci yang dikenal: \($1)" },
        sectionMissing: { "bagian [\($0)] wajib ada tetapi tidak ditemukan" },
        keyMissing: { "kunci '\($0)' wajib ada tetapi tidak ditemukan" },
        mustBeText: { "nilai '\($0)' harus teks dalam tanda petik" },
        mustBeInteger: { "nilai '\($0)' harus bilangan bulat" },
        mustBeNumber: { "nilai '\($0)' harus bilangan" },
        mustBeBool: { "nilai '\($0)' harus true atau false" },
        mustBeTable: { "'\($0)' harus berupa tabel [\($0)]" },
        mustBeTableList: { "'\($0)' harus ditulis sebagai daftar tabel [[\($1)]]" },
        mustBeList: { "nilai '\($0)' harus daftar [ ... ]" },
        eachMustBeTable: { "setiap isi '\($0)' harus tabel" },
        elementMustBe: { "isi ke-\($0) daftar '\($1)' harus \($2)" },
        kindText: "teks dalam tanda petik", kindInteger: "bilangan bulat", kindNumber: "bilangan", kindBool: "true atau false",
        kindOther: "nilai yang sesuai",
        formatTooNew: { "versi format \($0) lebih baru daripada yang dikenal program ini (1); perbarui Mufakat atau pakai rulebook versi 1" },
        formatInvalid: { "versi format \($0) tidak sah; tulis format_version = 1" },
        idEmpty: "id kosong; isi id yang unik",
        idDuplicate: { "id '\($0)' ganda pada [[\($1)]]; sudah dipakai di \($2). Ganti salah satu id" },
        clauseIDDuplicate: { "id pasal '\($0)' ganda untuk naskah '\($1)'; sudah dipakai di baris \($2)" },
        fieldTwice: { "isian '\($0)' tercantum dua kali pada tahapan ini" })

    static let english = RulebookCheckText(
        fileLine: { "\($0) line \($1)" },
        line: { "line \($0)" },
        nth: { "[[\($0)]] no. \($1)" },
        syntaxAt: { "TOML syntax error (column \($0)): \($1); fix this line first, the other checks can only run after that" },
        syntax: { "TOML syntax error: \($0); fix this line first, the other checks can only run after that" },
        syntaxOnly: { "TOML syntax error: \($0)" },
        unreadable: "the file cannot be read; check its name and permissions", notUTF8: "the file is not UTF-8 text",
        unknownSection: { "unknown section '\($0)'; known sections: \($1)" },
        unknownKey: { "unknown key '\($0)' in this section; known keys: \($1)" },
        sectionMissing: { "the section [\($0)] is required but missing" },
        keyMissing: { "the key '\($0)' is required but missing" },
        mustBeText: { "the value of '\($0)' must be text in quotes" },
        mustBeInteger: { "the value of '\($0)' must be a whole number" },
        mustBeNumber: { "the value of '\($0)' must be a number" },
        mustBeBool: { "the value of '\($0)' must be true or false" },
        mustBeTable: { "'\($0)' must be a table [\($0)]" },
        mustBeTableList: { "'\($0)' must be written as a list of tables [[\($1)]]" },
        mustBeList: { "the value of '\($0)' must be a list [ ... ]" },
        eachMustBeTable: { "every item of '\($0)' must be a table" },
        elementMustBe: { "item \($0) of the list '\($1)' must be \($2)" },
        kindText: "text in quotes", kindInteger: "a whole number", kindNumber: "a number", kindBool: "true or false",
        kindOther: "a fitting value",
        formatTooNew: { "format version \($0) is newer than this program knows (1); update Mufakat or use a version 1 rulebook" },
        formatInvalid: { "format version \($0) is not valid; write format_version = 1" },
        idEmpty: "empty id; give a unique id",
        idDuplicate: { "the id '\($0)' appears twice in [[\($1)]]; already used at \($2). Change one of the ids" },
        clauseIDDuplicate: { "the article id '\($0)' appears twice for the document '\($1)'; already used at line \($2)" },
        fieldTwice: { "the field '\($0)' is listed twice in this stage" })
}
