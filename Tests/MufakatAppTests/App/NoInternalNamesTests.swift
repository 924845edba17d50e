import Foundation
import Testing

/// Users never see an internal field path or a raw `{placeholder}`: every recorded screen
/// (all snapshots of this target) and every message literal of the command line is scanned.
@Suite struct NoInternalNamesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `{perangkat_daerah}`; "proposal.inRegionalPlan", "parties[1].regionCode"; "Isian: subAffairID".
    static let patterns = [
        #"\{[a-z_]+\}"#,
        #"\b[a-z][a-z]*[A-Z][A-Za-z]*(\[[0-9]*\])?\.[a-z][A-Za-z]*\b"#,
        #"\b[a-z]+(\[[0-9]*\])?\.[a-z]+[A-Z][A-Za-z]*\b"#,
        #"Isian: [a-z]+[A-Z]"#,
    ]

    /// The letter-number pattern of the profile ("{kode}/{nomor}/Kerja Sama/{tahun}") is the
    /// officer's own template, typed and explained on the profile screen: its tokens are meant to be seen.
    static let letterNumberTokens: Set<String> = ["{kode}", "{nomor}", "{bulan}", "{tahun}"]

    static func offences(in text: String) -> [String] {
        patterns.flatMap { p -> [String] in
            guard let re = try? NSRegularExpression(pattern: p) else { return [] }
            return re.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
        }.filter { !letterNumberTokens.contains($0) }
    }

    @Test func theScannerFindsWhatItLooksFor() {
        #expect(Self.offences(in: "Isian: subAffairID") == ["Isian: subA"])
        #expect(Self.offences(in: "lihat proposal.inRegionalPlan dan financing.lines").contains("proposal.inRegionalPlan"))
        #expect(Self.offences(in: "oleh {perangkat_daerah} dalam {hari_kahar} hari") == ["{perangkat_daerah}", "{hari_kahar}"])
        #expect(Self.offences(in: "kerjasama@kotabogor.go.id, kb.docx, Rp 1.500.000").isEmpty)
    }

    @Test func noSnapshotShowsAnInternalName() throws {
        let folder = Self.root.appendingPathComponent("Tests/MufakatAppTests/__Snapshots__")
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "txt" } ?? []
        #expect(files.count > 30)
        var found: [String] = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let screen = text.components(separatedBy: "--- roles ---").first ?? text
            for o in Self.offences(in: screen) { found.append("\(file.lastPathComponent): \(o)") }
        }
        #expect(found.isEmpty, "internal names on screen:\n\(found.joined(separator: "\n"))")
    }

    @Test func noCommandLineMessageHasARawPlaceholder() throws {
        let folder = Self.root.appendingPathComponent("Sources/mufakat")
        var found: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".swift") {
            let source = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for line in source.split(separator: "\n") where line.contains("\"") && !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                let literals = line.split(separator: "\"", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
                for l in literals { for o in Self.offences(in: l) where o.hasPrefix("{") || o.hasPrefix("Isian") { found.append("\(name): \(o)") } }
            }
        }
        #expect(found.isEmpty, "raw placeholders in CLI messages:\n\(found.joined(separator: "\n"))")
    }

    /// The catalogues of the command line, the services and the store (`CLIText+*.swift`,
    /// `ServiceText*.swift`, `StoreText.swift`) hold only user text: each literal, its
    /// interpolations taken out, shows no field path, no internal name and no raw placeholder.
    @Test func noCatalogueEntryOfTheCommandLineShowsAnInternalName() throws {
        let files = ["Sources/mufakat", "Sources/MufakatServices/Text", "Sources/MufakatStore/Text"].flatMap { folder -> [URL] in
            let url = Self.root.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return names.filter { $0.hasSuffix(".swift") && ($0.hasPrefix("CLIText") || $0.hasPrefix("ServiceText") || $0.hasPrefix("StoreText")) }
                .map { url.appendingPathComponent($0) }
        }
        #expect(files.count >= 9, "\(files)")
        var found: [String] = []
        for file in files {
            for o in Self.catalogueOffences(try String(contentsOf: file, encoding: .utf8)) { found.append("\(file.lastPathComponent): \(o)") }
        }
        #expect(found.isEmpty, "internal names in catalogue entries:\n\(found.joined(separator: "\n"))")
    }

    /// The offences in the string literals of a catalogue source, interpolations taken out.
    static func catalogueOffences(_ source: String) -> [String] {
        var found: [String] = []
        for line in source.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
            let plain = line.replacingOccurrences(of: #"\\\([^()]*(\([^()]*\))?[^()]*\)"#, with: " ", options: .regularExpression)
            let literals = plain.split(separator: "\"", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
            for l in literals { found += offences(in: l) }
        }
        return found
    }

    @Test func theCatalogueScanFindsALeftover() {
        #expect(Self.catalogueOffences(#"        missing: { "Isi \($0.label) pada proposal.inRegionalPlan atau {perangkat_daerah}" },"#)
            == ["{perangkat_daerah}", "proposal.inRegionalPlan"])
        #expect(Self.catalogueOffences(#"        missing: { "Isi \($0.joined(separator: ", ")) pada berkas kb.docx" },"#).isEmpty)
    }
}
