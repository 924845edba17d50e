import Testing
@testable import MufakatDomain

@Suite struct RulebookCheckerTests {
    var bundled: String { RulebookLoader.bundledText() ?? "" }

    /// The 1-based line of the first line containing `marker` at or after line `after`.
    func line(of marker: String, in text: String, after: Int = 0) -> Int? {
        let lines = text.components(separatedBy: "\n")
        return (after..<lines.count).first { lines[$0].contains(marker) }.map { $0 + 1 }
    }

    func replacing(_ text: String, _ old: String, _ new: String) -> String {
        #expect(text.contains(old), "fixture text not found: \(old)")
        guard let r = text.range(of: old) else { return text }
        return text.replacingCharacters(in: r, with: new)
    }

    @Test func bundledRulebookIsClean() {
        let problems = RulebookChecker.check(bundled, file: "rulebook.toml")
        #expect(problems == [], "\(problems.map(\.description).joined(separator: "\n"))")
    }

    /// Issue 14: a Nota Kesepakatan has no offer stage; a stage of it waiting for the offer's
    /// acceptance can never start, and the checker must say so on the kind's stage list.
    @Test func stageWaitingForAConditionItsKindCannotProduceIsAnError() {
        let contradictory = """
        [rulebook]
        name = "Uji"
        format_version = 1

        [[kind]]
        id = "nota-kesepakatan"
        name = "Nota Kesepakatan"
        summary = "Nota"
        basis = "PP 28/2018 Pasal 46"
        allowed = true
        stages = ["usulan", "kb"]
        party_types = ["daerah", "kementerian-lembaga"]
        min_parties = 2
        requires_bordering = false
        allowed_shapes = []

        [[stage]]
        id = "usulan"
        section = "usulan"
        name = "Usulan"
        summary = "Usulan"
        basis = "PP 28/2018 Pasal 6"
        after = []

        [[stage]]
        id = "kb"
        section = "kb"
        name = "Kesepakatan Bersama"
        summary = "KB"
        basis = "PP 28/2018 Pasal 6"
        after = ["usulan"]
        start_when = ["penawaran-diterima"]

        [duration]
        max_years = 5
        basis = "Permendagri 22/2020"

        [reminders]
        expiry_days = [30]
        expiry_basis = "PP 28/2018 Pasal 9"
        offer_response_days = 30
        offer_response_basis = "Permendagri 22/2020"
        dprd_decision_days = 45
        dprd_decision_basis = "PP 28/2018 Pasal 30"
        evaluations_per_year = 2
        evaluation_basis = "Permendagri 22/2020"
        """
        let problems = RulebookChecker.check(contradictory, file: "nota.toml")
        let found = problems.first { $0.message.contains("menunggu syarat 'penawaran-diterima'") }
        #expect(found?.severity == .error, "\(problems.map(\.description).joined(separator: "\n"))")
        #expect(found?.line == line(of: "stages = [\"usulan\", \"kb\"]", in: contradictory))
        #expect(found?.message.contains("nota-kesepakatan") == true)

        // The same stage list with an offer stage is fine.
        let withOffer = replacing(contradictory, "stages = [\"usulan\", \"kb\"]", "stages = [\"usulan\", \"penawaran\", \"kb\"]")
            + "\n[[stage]]\nid = \"penawaran\"\nsection = \"penawaran\"\nname = \"Penawaran\"\nsummary = \"P\"\nbasis = \"PP 28/2018 Pasal 6\"\nafter = [\"usulan\"]\n"
        #expect(!RulebookChecker.check(withOffer, file: "nota.toml").contains { $0.message.contains("menunggu syarat") })
    }

    @Test func theNewSectionsAreCheckedToo() {
        var t = replacing(bundled, "required_party_types = [\"pihak-ketiga\"]", "required_party_types = [\"kementerian-lembaga\"]")
        t = replacing(t, "review_stages = [\"usulan\", \"kb\", \"nota\", \"pks\"]", "review_stages = [\"usulan\", \"kbb\"]")
        t = replacing(t, "id = \"investasi\"", "id = \"pelayanan-publik\"")
        t = replacing(t, "document = \"adendum\"\nid = \"adendum-perubahan\"", "document = \"addendum\"\nid = \"adendum-perubahan\"")
        let problems = RulebookChecker.check(t, file: "r.toml")
        let text = problems.map(\.description).joined(separator: "\n")
        for fragment in ["'kementerian-lembaga' diwajibkan", "tahapan 'kbb' tidak ada", "bentuk kerja sama 'pelayanan-publik' ganda", "naskah 'addendum' tidak dikenal"] {
            #expect(problems.contains { $0.severity == .error && $0.message.contains(fragment) }, "\(fragment) not in:\n\(text)")
        }
        #expect(problems.first { $0.message.contains("tahapan 'kbb'") }?.line == line(of: "review_stages", in: t))
    }

    /// The built-in rulebook's Nota Kesepakatan has its own signing stage that waits for no offer.
    @Test func bundledNotaHasNoOfferWait() throws {
        let rulebook = try RulebookLoader.load()
        let stages = rulebook.stages(for: .notaKesepakatan)
        #expect(!stages.map(\.id).contains("penawaran"))
        #expect(stages.allSatisfy { ($0.startWhen ?? []).isEmpty })
        #expect(stages.contains { $0.name == "Nota Kesepakatan" && $0.section == "kb" })
    }

    @Test func syntaxErrorStopsWithItsLine() {
        let text = replacing(bundled, "max_years = 5", "max_years = = 5")
        let problems = RulebookChecker.check(text, file: "r.toml")
        #expect(problems.count == 1)
        #expect(problems.first?.line == line(of: "max_years = = 5", in: text))
        #expect(problems.first?.message.contains("sintaks") == true)
    }

    @Test func reportsEveryProblemOfABrokenCopyWithItsLine() throws {
        var t = bundled
        t = replacing(t, "after = [\"kb\", \"pembiayaan\", \"dprd\"]", "after = [\"kb\", \"pembiayaan\", \"dprdd\"]")                      // unknown stage in after
        t = replacing(t, "gate = \"dprd\"\n", "gate = \"dprd\"\nskip = true\n")                               // unknown key
        t = replacing(t, "when_any = [\"membebani-masyarakat\",", "when_any = [\"membebani-rakyat\",")      // unknown condition
        t = replacing(t, "path = \"proposal.background\"", "path = \"proposal.backgroud\"")                  // unknown field path
        t = replacing(t, "id = \"urusan-absolut\"\nseverity = \"error\"", "id = \"urusan-absolut\"\nseverity = \"fatal\"") // bad severity
        t = replacing(t, "basis = \"Permendagri 25/2020\"\n\n[[rule]]", "basis = \"  \"\n\n[[rule]]")       // empty basis (rule jenis-tidak-didukung)
        t = replacing(t, "message = \"Kode daerah '{kode}' pada {pihak}", "message = \"Kode daerah '{kode}' pada {kota}")  // unknown placeholder
        t = replacing(t, "[[rule]]\nid = \"pihak-ganda\"", "[[rule]]\nid = \"pihak-kembar\"")                // code rule missing + unknown rule
        t = replacing(t, "max_years = 5\n", "max_years = \"5\"\n")                                           // wrong type
        t = replacing(t, "name = \"Penawaran\"\n", "")                                                        // missing key
        t = replacing(t, "id = \"pembiayaan\"\nsection", "id = \"pks\"\nsection")                            // duplicate id
        t += "\n[[rules]]\nid = \"salah-ketik\"\n"                                                            // unknown section

        let problems = RulebookChecker.check(t, file: "rusak.toml")
        let text = problems.map(\.description).joined(separator: "\n")
        func expectProblem(_ fragment: String, at expected: Int?, sourceLocation: SourceLocation = #_sourceLocation) {
            let match = problems.first { $0.message.contains(fragment) }
            #expect(match != nil, "no problem containing '\(fragment)' in:\n\(text)", sourceLocation: sourceLocation)
            #expect(match?.line == expected, "'\(fragment)' at \(String(describing: match?.line)), expected \(String(describing: expected))\n\(text)", sourceLocation: sourceLocation)
            #expect(match?.file == "rusak.toml", sourceLocation: sourceLocation)
        }
        expectProblem("tahapan 'dprdd' tidak ada", at: line(of: "after = [\"kb\", \"pembiayaan\", \"dprdd\"]", in: t))
        expectProblem("kunci 'skip' tidak dikenal", at: line(of: "skip = true", in: t))
        expectProblem("syarat 'membebani-rakyat' tidak dikenal", at: line(of: "membebani-rakyat", in: t))
        expectProblem("jalur isian 'proposal.backgroud' tidak ada", at: line(of: "proposal.backgroud", in: t))
        #expect(problems.first { $0.message.contains("backgroud") }?.message.contains("proposal.background") == true, "suggests the right path")
        expectProblem("tingkat 'fatal' tidak dikenal", at: line(of: "severity = \"fatal\"", in: t))
        expectProblem("dasar hukum (basis) kosong", at: line(of: "basis = \"  \"", in: t))
        expectProblem("penanda {kota}", at: line(of: "{kota}", in: t))
        expectProblem("aturan 'pihak-ganda' dipakai program tetapi tidak ada", at: t.components(separatedBy: "\n").firstIndex(of: "[[rule]]").map { $0 + 1 })
        expectProblem("aturan 'pihak-kembar' tidak dikenal program", at: line(of: "id = \"pihak-kembar\"", in: t))
        expectProblem("nilai 'max_years' harus bilangan bulat", at: line(of: "max_years = \"5\"", in: t))
        let penawaran = try #require(line(of: "id = \"penawaran\"\nsection", in: t) ?? line(of: "id = \"penawaran\"", in: t, after: (line(of: "[[stage]]", in: t) ?? 1) - 1))
        expectProblem("kunci 'name' wajib ada", at: penawaran - 1)
        expectProblem("id 'pks' ganda", at: line(of: "id = \"pks\"", in: t, after: line(of: "[[duration.exception]]", in: t).map { _ in 0 } ?? 0).flatMap { first in line(of: "id = \"pks\"", in: t, after: first) })
        expectProblem("bagian 'rules' tidak dikenal", at: line(of: "[[rules]]", in: t))
        // Problems come in line order.
        let lines = problems.compactMap(\.line)
        #expect(lines == lines.sorted())
        #expect(problems.filter { $0.severity == .error }.count >= 12)
    }

    @Test func kindsStagesAndGates() {
        var t = bundled
        t = replacing(t, "stages = [\"usulan\", \"penawaran\", \"kb\", \"pembiayaan\", \"dprd\", \"pks\", \"pelaksanaan\"]\nparty_types = [\"daerah\"]\nmin_parties = 2\nrequires_bordering = true",
                      "stages = [\"usulan\", \"penawaran\", \"kb\", \"pks\", \"dprd\", \"pembiayaan\", \"pelaksanaan\", \"rapat\"]\nparty_types = [\"daerah\", \"desa\"]\nmin_parties = 1\nrequires_bordering = true")
        t = replacing(t, "allowed_shapes = [\"kabkota-kabkota-satu-provinsi\", \"kabkota", "allowed_shapes = [\"kota-desa\", \"kabkota")
        t = replacing(t, "start_when = [\"penawaran-diterima\"]", "start_when = [\"penawaran-dijawab\"]")
        t = replacing(t, "section = \"pembiayaan\"", "section = \"anggaran\"")
        t = replacing(t, "gate = \"dprd\"\n", "gate = \"dewan\"\n")
        t = replacing(t, "  affair = \"1.03\"\n  sub_affairs = [\"air-minum-regional\", \"air-minum-kabkota\"]", "  affair = \"1.03\"\n  sub_affairs = [\"angkutan-lintas-kabkota\", \"tidak-ada\"]")
        let problems = RulebookChecker.check(t, file: "r.toml")
        let text = problems.map(\.description).joined(separator: "\n")
        let stagesLine = line(of: "\"pks\", \"dprd\", \"pembiayaan\", \"pelaksanaan\", \"rapat\"", in: t)
        for (fragment, expected) in [
            ("tahapan 'rapat' tidak ada", stagesLine),
            ("tahapan 'pks' berada sebelum 'dprd'", stagesLine),
            ("jenis pihak 'desa' tidak dikenal", line(of: "\"daerah\", \"desa\"", in: t)),
            ("paling sedikit 2 pihak", line(of: "min_parties = 1", in: t)),
            ("bentuk 'kota-desa' tidak dikenal", line(of: "kota-desa", in: t)),
            ("syarat 'penawaran-dijawab' tidak dikenal", line(of: "penawaran-dijawab", in: t)),
            ("bagian 'anggaran' tidak dikenal", line(of: "section = \"anggaran\"", in: t)),
            ("gerbang 'dewan' tidak ada", line(of: "gate = \"dewan\"", in: t)),
            ("sub-urusan 'angkutan-lintas-kabkota' termasuk urusan 2.15", line(of: "angkutan-lintas-kabkota", in: t)),
            ("sub-urusan 'tidak-ada' tidak ada", line(of: "angkutan-lintas-kabkota", in: t)),
        ] as [(String, Int?)] {
            let match = problems.first { $0.message.contains(fragment) }
            #expect(match?.line == expected && expected != nil, "'\(fragment)'\n\(text)")
        }
        #expect(problems.contains { $0.severity == .warning && $0.message.contains("gerbang 'dprd' tidak dipakai") })
    }

    @Test func circularWaitAndCustomStageAnswers() {
        var t = bundled
        t = replacing(t, "after = [\"usulan\"]\n", "after = [\"usulan\", \"kb\"]\n") // penawaran waits for kb, kb for penawaran
        t += "\n[[stage]]\nid = \"verifikasi\"\nsection = \"tambahan\"\nname = \"Verifikasi\"\nsummary = \"s\"\nbasis = \"Perbup 1/2026\"\nafter = [\"usulan\"]\n  [[stage.field]]\n  path = \"nomor-berita-acara\"\n  label = \"Nomor\"\n  basis = \"Perbup 1/2026\"\n"
        let problems = RulebookChecker.check(t, file: "r.toml")
        #expect(problems.contains { $0.message.contains("melingkar") && $0.line == line(of: "after = [\"usulan\", \"kb\"]", in: t) }, "\(problems)")
        #expect(!problems.contains { $0.message.contains("nomor-berita-acara") }, "a custom stage's bare answer id is fine")
        #expect(problems.contains { $0.severity == .warning && $0.message.contains("'verifikasi' tidak dipakai") })
    }

    @Test func loadRefusesABrokenCustomRulebookWithAllProblems() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-rb-\(UInt64.random(in: 0...UInt64.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("perkada.toml").path
        var t = replacing(bundled, "severity = \"warning\"", "severity = \"sedang\"")
        t = replacing(t, "max_years = 5\n", "max_years = 0\n")
        try t.write(toFile: path, atomically: true, encoding: .utf8)
        switch RulebookChecker.load(path: path) {
        case .success: Issue.record("broken rulebook accepted")
        case .failure(let failure):
            #expect(failure.problems.filter { $0.severity == .error }.count == 2, "\(failure)")
            #expect(failure.description.contains("perkada.toml baris"))
        }
        if case .failure = RulebookChecker.load(path: nil) { Issue.record("bundled refused") }
        if case .success = RulebookChecker.load(path: dir.appendingPathComponent("tidak-ada.toml").path) { Issue.record("missing file accepted") }
    }
}

import Foundation
