import ArgumentParser
import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore

/// Opening the store session for a subcommand and turning errors into messages and exit codes.
enum StoreSupport {
    /// Opens the store named by `--store` / MUFAKAT_STORE / the XDG default, printing notices.
    /// A reading command (`.readOnly`) never creates a store.
    static func open(_ options: StoreOptions, mode: StoreSession.Mode = .readWrite) throws -> StoreSession {
        try open(flag: options.store, mode: mode)
    }

    /// The store at `--store` (`flag`), $MUFAKAT_STORE or the default.
    static func open(flag: String?, mode: StoreSession.Mode = .readWrite) throws -> StoreSession {
        do {
            let session = try StoreSession.open(flag: flag, mode: mode)
            printNotices(session)
            return session
        } catch {
            throw fail(error)
        }
    }

    /// Prints what the store noticed (quarantined files, repairs, a rebuilt index) to stderr, once.
    static func printNotices(_ store: StoreSession) {
        for notice in store.takeStoreNotices() {
            switch notice.kind {
            case .indexRebuilt, .repaired: printError(cli.common.notePrefix + notice.message)
            default: printError(cli.common.warningPrefix + notice.message)
            }
        }
    }

    /// Prints the error and returns its exit code: 1 for a conflict or an edit lock, 2 otherwise.
    static func fail(_ error: StoreError) -> ExitCode {
        printError(cli.common.errorPrefix + error.description)
        switch error {
        case .conflict, .locked: return Exit.findings
        default: return Exit.unusable
        }
    }

    /// Runs `body`, mapping a `StoreError` to its message and exit code.
    static func run<T>(_ store: StoreSession?, _ body: () throws(StoreError) -> T) throws -> T {
        do {
            let value = try body()
            if let store { printNotices(store) }
            return value
        } catch {
            if let store { printNotices(store) }
            throw fail(error)
        }
    }

    /// Prints a document service's refusal and returns exit code 2 (unusable input) or 1 (the
    /// document cannot be signed yet, or its warnings are not acknowledged: findings).
    static func fail(_ error: DocumentServiceError) -> ExitCode {
        printError(error.description)
        if case .notSignable = error { return Exit.findings }
        if case .warningsNotAcknowledged = error { return Exit.findings }
        return Exit.unusable
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
        // ASCII (nearly every id and title): one byte a character, no grapheme breaking (issue 19).
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            let n = text.utf8.count
            if n <= width { return text + String(repeating: " ", count: width - n) }
            return String(decoding: text.utf8.prefix(max(width - 1, 0)), as: UTF8.self) + "…"
        }
        if text.count <= width { return text + String(repeating: " ", count: width - text.count) }
        return String(text.prefix(max(width - 1, 0))) + "…"
    }

    static func stageLabel(_ section: StageSection?, kind: CooperationKind) -> String {
        guard let section else { return cli.store.stageDone }
        switch section {
        case .proposal: return cli.store.stageProposal
        case .offer: return cli.store.stageOffer
        case .memorandum: return kind == .notaKesepakatan ? "Nota" : "KB"
        case .councilApproval: return "DPRD"
        case .agreement: return "PKS"
        case .financing: return cli.store.stageFinancing
        case .implementation: return cli.store.stageImplementation
        case .custom: return cli.store.stageExtra
        }
    }
}
