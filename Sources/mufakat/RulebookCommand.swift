import ArgumentParser
import Foundation
import MufakatDomain

/// `mufakat rulebook`: check a region's own rulebook, or show the stages it defines.
struct RulebookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rulebook",
        abstract: "Periksa atau tampilkan rulebook (aturan kerja sama sebagai data).",
        subcommands: [Check.self, Show.self]
    )

    /// `mufakat rulebook check FILE`.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Periksa berkas rulebook dan laporkan setiap masalah beserta nomor barisnya.",
            discussion: "Kode keluar: 0 tidak ada kesalahan (peringatan boleh ada), 1 ada kesalahan, 2 berkas tidak dapat dibaca.",
            aliases: ["periksa"]
        )
        @Argument(help: ArgumentHelp("Berkas rulebook TOML.", valueName: "BERKAS"))
        var file: String
        @OptionGroup var output: JSONOption

        func run() throws {
            guard FileManager.default.isReadableFile(atPath: file) else {
                printError("\(file): berkas tidak dapat dibaca; periksa nama dan izin berkas.")
                throw Exit.unusable
            }
            let problems = RulebookChecker.check(path: file)
            let errors = problems.filter { $0.severity == .error }.count
            let warnings = problems.count - errors
            if output.json {
                struct Report: Encodable { let file: String; let errors: Int; let warnings: Int; let problems: [RulebookProblem] }
                try printJSON(Report(file: file, errors: errors, warnings: warnings, problems: problems))
            } else {
                for p in problems { print(p.description) }
                if problems.isEmpty { print("\(file): rulebook tidak bermasalah.") }
                else { print("Ringkasan: \(errors) kesalahan, \(warnings) peringatan.") }
            }
            if errors > 0 { throw Exit.findings }
        }
    }

    /// `mufakat rulebook show`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Tampilkan jenis kerja sama dan tahapannya menurut rulebook.",
            aliases: ["tampil"]
        )
        @OptionGroup var rulebookOptions: RulebookOptions

        func run() throws {
            let rb = try rulebookOptions.load()
            print("\(rb.meta.name)\(rb.meta.edition.map { " (edisi \($0))" } ?? "")")
            for kind in rb.kinds {
                print("")
                print("\(kind.name) [\(kind.id)]: \(kind.summary)")
                print("  Dasar: \(kind.basis)")
                guard kind.allowed else { print("  Tidak didukung: \(kind.refusal ?? "-")"); continue }
                for (i, id) in kind.stages.enumerated() {
                    guard let stage = rb.stage(id) else { continue }
                    var notes: [String] = []
                    if let gate = stage.gate.flatMap({ rb.gate($0) }) {
                        let labels = gate.whenAny.map { rb.condition($0)?.label ?? $0 }
                        notes.append("hanya bila \(labels.joined(separator: " atau "))")
                    }
                    if let conditions = stage.startWhen, !conditions.isEmpty {
                        notes.append("dimulai bila \(conditions.map { rb.condition($0)?.label ?? $0 }.joined(separator: " dan "))")
                    }
                    let confirm = stage.toConfirm == true ? " (perlu dikonfirmasi)" : ""
                    print("  \(i + 1). \(stage.name)\(notes.isEmpty ? "" : " — " + notes.joined(separator: "; "))\(confirm)")
                    let fields = stage.requiredFields.filter { field in
                        guard let k = CooperationKind(rawValue: kind.id) else { return true }
                        return field.applies(to: k)
                    }
                    if !fields.isEmpty { print("     Isian wajib: \(fields.map(\.label).joined(separator: ", "))") }
                }
            }
            print("")
            print("Jangka waktu paling lama \(rb.duration.maxYears) tahun (\(rb.duration.basis))\(rb.duration.toConfirm == true ? " (perlu dikonfirmasi)" : "").")
            for e in rb.duration.allExceptions { print("  Pengecualian \(e.id): \(e.name), paling lama \(e.maxYears) tahun (\(e.basis))") }
            print("Pengingat masa berlaku: \(rb.reminders.expiryDays.map { "\($0)" }.joined(separator: ", ")) hari sebelum berakhir.")
        }
    }
}

extension RulebookOptions {
    /// The rulebook to use: the bundled one, or `--rulebook FILE` after a full check. A custom
    /// rulebook with errors stops the command (exit 2) with every problem listed; its warnings
    /// are shown on standard error.
    func load() throws -> Rulebook {
        switch RulebookChecker.load(path: rulebook) {
        case .success(let loaded):
            for w in loaded.warnings { printError(w.description) }
            return loaded.rulebook
        case .failure(let failure):
            printError("Rulebook tidak dapat dipakai:")
            for p in failure.problems { printError(p.description) }
            throw Exit.unusable
        }
    }
}
