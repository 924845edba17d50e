import Testing
@testable import MufakatDomain

/// Issue 17: a stage a region's own rulebook adds shows its `name_en` in an English interface
/// (on screens and in the findings that name it), and `rulebook check` warns when it has none.
@Suite struct CustomStageEnglishTests {
    static func rulebook(english: Bool) throws -> (text: String, rulebook: Rulebook) {
        var text = try #require(RulebookLoader.bundledText())
        text = text.replacingOccurrences(of: "stages = [\"usulan\", \"penawaran\", \"kb\", \"pembiayaan\", \"dprd\", \"pks\", \"pelaksanaan\"]\nparty_types = [\"daerah\"]\nmin_parties = 2\nrequires_bordering = false",
                                         with: "stages = [\"usulan\", \"verifikasi\", \"penawaran\", \"kb\", \"pembiayaan\", \"dprd\", \"pks\", \"pelaksanaan\"]\nparty_types = [\"daerah\"]\nmin_parties = 2\nrequires_bordering = false")
        text += "\n[[stage]]\nid = \"verifikasi\"\nsection = \"tambahan\"\nname = \"Verifikasi Inspektorat\"\n"
            + (english ? "name_en = \"Inspectorate verification\"\n" : "")
            + "summary = \"Pemeriksaan inspektorat\"\nsummary_en = \"The inspectorate's check\"\nbasis = \"Perbup Contoh 1/2026\"\nafter = [\"usulan\"]\n"
            + "  [[stage.field]]\n  path = \"nomor-berita-acara\"\n  label = \"Nomor berita acara\"\n  label_en = \"Minutes number\"\n  basis = \"Perbup Contoh 1/2026\"\n"
        return (text, try RulebookLoader.parse(text, file: "perbup.toml"))
    }

    @Test func theAddedStageShowsItsEnglishName() throws {
        let rb = try Self.rulebook(english: true).rulebook
        var c = Fixture.bogorRaya()
        c.customStages["verifikasi"] = CustomStage(progress: StageProgress(status: .done), answers: [:])
        let english = DisplayLanguage.$override.withValue(.english) { () -> (String?, [Finding]) in
            let wf = Workflow(cooperation: c, rulebook: rb)
            return (wf.stage("verifikasi")?.rule.displayName, Validator.validate(c, rulebook: rb, catalogues: .shared, today: CalendarDate(year: 2026, month: 1, day: 15)!))
        }
        #expect(english.0 == "Inspectorate verification")
        let finding = try #require(english.1.first { $0.ruleID == RuleID.doneStageIncomplete.rawValue && $0.path.contains("verifikasi") })
        #expect(finding.message.contains("Inspectorate verification") && !finding.message.contains("Verifikasi Inspektorat"), "\(finding.message)")
        let indonesian = DisplayLanguage.$override.withValue(.indonesian) {
            Validator.validate(c, rulebook: rb, catalogues: .shared, today: CalendarDate(year: 2026, month: 1, day: 15)!)
        }
        #expect(indonesian.contains { $0.message.contains("Verifikasi Inspektorat") })
    }

    @Test func anAddedStageWithoutItsEnglishNameIsAWarning() throws {
        let with = RulebookChecker.check(try Self.rulebook(english: true).text, file: "perbup.toml")
        #expect(!with.contains { $0.message.contains("name_en") })
        let without = RulebookChecker.check(try Self.rulebook(english: false).text, file: "perbup.toml")
        #expect(without.filter { $0.severity == .error }.isEmpty, "\(without.filter { $0.severity == .error })")
        #expect(without.contains { $0.severity == .warning && $0.message.contains("name_en") }, "\(without)")
    }
}
