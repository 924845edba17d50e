/// Teks peluncuran: the launcher's messages (shown on the screen or printed when the program
/// cannot start). Part of `AppText` (`AppText.current.launch`). The examples it loads are data.
struct LaunchText: Sendable {
    var rulebookUnusable: @Sendable (_ error: String) -> String
    var noTemporaryFolder: @Sendable (_ folder: String) -> String
    var examplesFailed: @Sendable (_ folder: String, _ error: String) -> String
    var exampleMappingsFailed: @Sendable (_ folder: String, _ error: String) -> String
    var demoStore: @Sendable (_ folder: String) -> String
    var demoLeft: @Sendable (_ folder: String) -> String

    static let indonesian = LaunchText(
        rulebookUnusable: { "Rulebook tidak dapat dipakai: \($0). Periksa berkas dengan `mufakat rulebook check`." },
        noTemporaryFolder: { "Folder sementara untuk demo tidak dapat dibuat di \($0)." },
        examplesFailed: { "Contoh kerja sama tidak dapat dibuat di \($0): \($1)" },
        exampleMappingsFailed: { "Contoh pemetaan tidak dapat dibuat di \($0): \($1)" },
        demoStore: { "Penyimpanan DEMO sementara di \($0): berisi contoh, aman untuk dicoba." },
        demoLeft: { "Penyimpanan demo ada di \($0) (sementara; hapus bila tidak diperlukan)." })

    static let english = LaunchText(
        rulebookUnusable: { "The rulebook cannot be used: \($0). Check the file with `mufakat rulebook check`." },
        noTemporaryFolder: { "A temporary folder for the demo cannot be made in \($0)." },
        examplesFailed: { "The example cooperations cannot be made in \($0): \($1)" },
        exampleMappingsFailed: { "The example mappings cannot be made in \($0): \($1)" },
        demoStore: { "Temporary DEMO store in \($0): it holds examples, safe to try things in." },
        demoLeft: { "The demo store is in \($0) (temporary; delete it when no longer needed)." })
}
