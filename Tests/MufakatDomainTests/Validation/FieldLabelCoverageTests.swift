import Testing
@testable import MufakatDomain

/// Users never see an internal field path: every path a finding can name has a label, so no
/// message, review line or CLI report falls back to "proposal.inRegionalPlan" or "financing.lines".
@Suite struct FieldLabelCoverageTests {
    /// A dotted path ("proposal.inRegionalPlan", "parties[1].address") or one camelCase word ("subAffairID").
    static func looksInternal(_ s: String) -> Bool {
        s.range(of: #"^[a-z][A-Za-z]*(\[[0-9]*\])?(\.[a-z][A-Za-z]*(\[[0-9]*\])?)+$"#, options: .regularExpression) != nil
            || s.range(of: #"^[a-z]+[A-Z][A-Za-z]*$"#, options: .regularExpression) != nil
    }

    @Test func theDetectorCatchesPaths() {
        #expect(Self.looksInternal("proposal.inRegionalPlan"))
        #expect(Self.looksInternal("financing.lines"))
        #expect(Self.looksInternal("subAffairID"))
        #expect(Self.looksInternal("parties[1].address"))
        #expect(!Self.looksInternal("Objek dalam RPJMD/RKPD"))
    }

    @Test func everyPathAFindingNamesHasALabel() throws {
        let rulebook = try RulebookLoader.load()
        let today = CalendarDate(year: 2026, month: 1, day: 15)!
        var samples = WalkedExamples.all(referenceDate: today)
        samples += DemoGenerator(seed: 7, referenceDate: today).cooperations(count: 60)
        // Empty and half-filled cooperations of every kind name the most fields.
        for kind in CooperationKind.allCases {
            var c = samples[0]
            c.kind = kind
            c.proposal = ProposalStage()
            c.financing = FinancingStage()
            samples.append(c)
        }
        var unlabelled: Set<String> = []
        for c in samples {
            for f in Validator.validate(c, rulebook: rulebook, catalogues: .shared, today: today) where !f.path.isEmpty {
                let label = FieldLabel.label(for: f.path, in: c, rulebook: rulebook)
                if Self.looksInternal(label) || label == f.path { unlabelled.insert(f.path) }
            }
        }
        #expect(unlabelled.isEmpty, "paths without a label: \(unlabelled.sorted())")
    }

    @Test func bothLanguagesNameTheSameFields() {
        #expect(Set(FieldLabel.known.keys) == Set(FieldLabel.knownEnglish.keys))
    }

    /// Any path at all (the sync merge's, a decoder's) gets a name, never itself, in both languages.
    @Test func noPathIsEverItsOwnLabel() throws {
        let rulebook = try RulebookLoader.load()
        let c = WalkedExamples.all(referenceDate: CalendarDate(year: 2026, month: 1, day: 15)!)[0]
        for language in [DisplayLanguage.indonesian, .english] {
            DisplayLanguage.$override.withValue(language) {
                for path in ["financing.lines[1].amount", "proposal.inRegionalPlan", "proposal.purpose", "notes",
                             "parties[1].address", "zzz.unknown[3].x", "implementation.reports[0].summary", "subAffairID"] {
                    let label = FieldLabel.label(for: path, in: c, rulebook: rulebook)
                    #expect(!Self.looksInternal(label) && !label.contains(path) && !label.contains("."), "\(language) \(path) → \(label)")
                }
            }
        }
        DisplayLanguage.$override.withValue(.english) {
            #expect(FieldLabel.label(for: "financing.lines[1].amount", in: c, rulebook: rulebook) == "Amount of the financing line (row 2)")
            #expect(FieldLabel.label(for: "proposal.inRegionalPlan", in: c, rulebook: rulebook) == "Object in the RPJMD/RKPD")
        }
        DisplayLanguage.$override.withValue(.indonesian) {
            #expect(FieldLabel.label(for: "financing.lines[1].amount", in: c, rulebook: rulebook) == "Jumlah baris pembiayaan (baris 2)")
        }
    }

    @Test func everyPathAFindingNamesHasALabelInEnglish() throws {
        try DisplayLanguage.$override.withValue(.english) { try everyPathAFindingNamesHasALabel() }
    }
}
