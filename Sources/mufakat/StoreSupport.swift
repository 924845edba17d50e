import ArgumentParser
import Foundation
import MufakatDomain
import MufakatStore

/// Opening the store for a subcommand and turning store errors into messages and exit codes.
enum StoreSupport {
    /// Opens the store named by `--store` / MUFAKAT_STORE / the XDG default, printing notices.
    static func open(_ options: StoreOptions, readOnly: Bool = false) throws -> CooperationStore {
        let url = StoreLocation.resolve(flag: options.store)
        do {
            let store = try CooperationStore.open(at: url, options: .init(readOnly: readOnly))
            printNotices(store)
            return store
        } catch {
            throw fail(error)
        }
    }

    /// Prints what the store noticed (quarantined files, repairs, a rebuilt index) to stderr, once.
    static func printNotices(_ store: CooperationStore) {
        for notice in store.takeNotices() {
            switch notice.kind {
            case .indexRebuilt, .repaired: printError("Catatan: \(notice.message)")
            default: printError("Perhatian: \(notice.message)")
            }
        }
    }

    /// Prints the error and returns its exit code: 1 for a conflict or an edit lock, 2 otherwise.
    static func fail(_ error: StoreError) -> ExitCode {
        printError("Galat: \(error.description)")
        switch error {
        case .conflict, .locked: return Exit.findings
        default: return Exit.unusable
        }
    }

    /// Runs `body`, mapping a `StoreError` to its message and exit code.
    static func run<T>(_ store: CooperationStore?, _ body: () throws(StoreError) -> T) throws -> T {
        do {
            let value = try body()
            if let store { printNotices(store) }
            return value
        } catch {
            if let store { printNotices(store) }
            throw fail(error)
        }
    }

    /// Pretty JSON with sorted keys and ISO 8601 dates (the store's own style) for `--json`.
    static func printJSON<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// Fits `text` into `width` characters, ending with "…" when cut.
    static func fit(_ text: String, _ width: Int) -> String {
        if text.count <= width { return text + String(repeating: " ", count: width - text.count) }
        return String(text.prefix(max(width - 1, 0))) + "…"
    }

    static func stageLabel(_ section: StageSection?) -> String {
        guard let section else { return "Selesai" }
        switch section {
        case .proposal: return "Usulan"
        case .offer: return "Penawaran"
        case .memorandum: return "KB"
        case .councilApproval: return "DPRD"
        case .agreement: return "PKS"
        case .financing: return "Pembiayaan"
        case .implementation: return "Pelaksanaan"
        case .custom: return "Tambahan"
        }
    }
}
