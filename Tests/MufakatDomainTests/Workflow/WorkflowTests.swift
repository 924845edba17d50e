import Testing
@testable import MufakatDomain

@Suite struct WorkflowTests {
    func states(_ c: Cooperation) -> [String: StageState] {
        Dictionary(uniqueKeysWithValues: Workflow(cooperation: c, rulebook: Fixture.rulebook).stages.map { ($0.id, $0.state) })
    }

    @Test func cleanFixtureSkipsDPRDAndIsImplementing() {
        let wf = Workflow(cooperation: Fixture.bogorRaya(), rulebook: Fixture.rulebook)
        #expect(wf.stages.map(\.id) == ["usulan", "penawaran", "kb", "pembiayaan", "dprd", "pks", "pelaksanaan"])
        let s = states(Fixture.bogorRaya())
        #expect(s["usulan"] == .done && s["kb"] == .done && s["pks"] == .done && s["pembiayaan"] == .done)
        guard case .skipped(let reason)? = s["dprd"] else { Issue.record("dprd not skipped: \(String(describing: s["dprd"]))"); return }
        #expect(reason == Fixture.rulebook.gate("dprd")?.skipReason)
        #expect(wf.current?.id == "pelaksanaan")
        #expect(wf.canStart("pelaksanaan"))
        #expect(!wf.isFinished)
    }

    @Test func dprdGateOpensOnBurdenOrUnbudgetedLine() {
        var c = Fixture.bogorRaya()
        c.burdensPublic = true
        var wf = Workflow(cooperation: c, rulebook: Fixture.rulebook)
        #expect(wf.stage("dprd")?.gate?.isOpen == true)
        #expect(wf.stage("dprd")?.gate?.reason.contains("membebani masyarakat dan daerah") == true)
        #expect(wf.stage("dprd")?.state == .current)
        guard case .done? = wf.stage("pks")?.state else { Issue.record("pks state"); return }

        c = Fixture.bogorRaya()
        c.financing.lines[4].budgeted = false
        c.agreement.progress.status = .notStarted
        wf = Workflow(cooperation: c, rulebook: Fixture.rulebook)
        #expect(wf.stage("dprd")?.gate?.holding == ["pembiayaan-belum-dianggarkan"])
        guard case .blocked(let reason)? = wf.stage("pks")?.state else { Issue.record("pks not blocked"); return }
        #expect(reason.contains("Persetujuan DPRD"))
        #expect(wf.current?.id == "dprd")
        #expect(!wf.canStart("pks"))

        c.burdensPublic = true
        wf = Workflow(cooperation: c, rulebook: Fixture.rulebook)
        #expect(wf.stage("dprd")?.gate?.reason.contains(" dan ada pembiayaan") == true)
    }

    @Test func fromScratch() {
        var c = Cooperation(id: "baru", kind: .ksddSukarela)
        var wf = Workflow(cooperation: c, rulebook: Fixture.rulebook)
        #expect(wf.current?.id == "usulan")
        guard case .blocked(let r)? = wf.stage("penawaran")?.state else { Issue.record("penawaran"); return }
        #expect(r.contains("Persiapan dan Usulan"))
        #expect(wf.stage("usulan")?.missingFields.map(\.path).contains("proposal.background") == true)
        #expect(wf.stage("usulan")?.missingFields.contains { $0.path == "proposal.feasibilityStudy.summary" } == false, "KSDPK only")

        c.proposal.progress.status = .done
        c.offer.progress.status = .done
        wf = Workflow(cooperation: c, rulebook: Fixture.rulebook)
        guard case .hasErrors? = wf.stage("usulan")?.state else { Issue.record("usulan done but empty"); return }
        // KB waits for the partner to accept the offer (start_when).
        guard case .blocked(let wait)? = wf.stage("kb")?.state else { Issue.record("kb"); return }
        #expect(wait.contains("menerima penawaran"))
        c.offer.response = .accepted
        wf = Workflow(cooperation: c, rulebook: Fixture.rulebook)
        #expect(wf.canStart("kb"))
    }

    @Test func oneCurrentStageOthersInProgress() {
        var c = Fixture.bogorRaya()
        c.implementation.progress.status = .draft
        c.financing.progress.status = .inReview
        let wf = Workflow(cooperation: c, rulebook: Fixture.rulebook)
        #expect(wf.current?.id == "pembiayaan")
        guard case .blocked? = wf.stage("pelaksanaan")?.state else { Issue.record("pelaksanaan waits for financing"); return }
    }

    @Test func notaKesepakatanAndKsdplHaveTheirOwnStages() {
        let c = Cooperation(id: "nk", kind: .notaKesepakatan)
        #expect(Workflow(cooperation: c, rulebook: Fixture.rulebook).stages.map(\.id) == ["usulan", "nota", "pembiayaan", "pelaksanaan"])
        #expect(Workflow(cooperation: Cooperation(id: "x", kind: .ksdpl), rulebook: Fixture.rulebook).stages.first?.id == "ln-prakarsa")
    }

    @Test func customStageFromARegionalRulebook() throws {
        var text = try #require(RulebookLoader.bundledText())
        text = text.replacingOccurrences(of: "stages = [\"usulan\", \"penawaran\", \"kb\", \"pembiayaan\", \"dprd\", \"pks\", \"pelaksanaan\"]\nparty_types = [\"daerah\"]\nmin_parties = 2\nrequires_bordering = false",
                                         with: "stages = [\"usulan\", \"verifikasi\", \"penawaran\", \"kb\", \"pembiayaan\", \"dprd\", \"pks\", \"pelaksanaan\"]\nparty_types = [\"daerah\"]\nmin_parties = 2\nrequires_bordering = false")
        text += "\n[[stage]]\nid = \"verifikasi\"\nsection = \"tambahan\"\nname = \"Verifikasi Inspektorat\"\nsummary = \"s\"\nbasis = \"Perbup Contoh 1/2026\"\nafter = [\"usulan\"]\n  [[stage.field]]\n  path = \"nomor-berita-acara\"\n  label = \"Nomor berita acara\"\n  basis = \"Perbup Contoh 1/2026\"\n"
        let rb = try RulebookLoader.parse(text, file: "perbup.toml")
        var c = Fixture.bogorRaya()
        var wf = Workflow(cooperation: c, rulebook: rb)
        #expect(wf.stages.map(\.id).prefix(3) == ["usulan", "verifikasi", "penawaran"])
        #expect(wf.stage("verifikasi")?.missingFields.map(\.path) == ["nomor-berita-acara"])
        c.customStages["verifikasi"] = CustomStage(progress: StageProgress(status: .done), answers: ["nomor-berita-acara": "700/1-Insp"])
        wf = Workflow(cooperation: c, rulebook: rb)
        #expect(wf.stage("verifikasi")?.state == .done)
        #expect(wf.stage("verifikasi")?.jsonPath == "customStages.verifikasi")
    }
}
