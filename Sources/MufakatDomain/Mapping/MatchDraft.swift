/// Draf kerja sama dari kecocokan: turns a match of the mapping meeting into a draft cooperation
/// with the parties, the affair, the kind and the target year filled in.
extension MappingMatch {
    /// The draft. `mappings` supply each party's indicative budget and planning status;
    /// `meeting` is named in the notes when given.
    public func draftCooperation(id: String, catalogues: Catalogues, mappings: [RegionMapping], meeting: Meeting? = nil) -> Cooperation {
        let regions = regionCodes.compactMap { catalogues.regions[$0] }
        let affairName = catalogues.affairs[affairCode]?.name ?? affairCode
        let names = regions.map(\.fullName)
        let joined = IndonesianList.join(names)
        var coop = Cooperation(id: id, title: "Kerja Sama Urusan \(affairName) antara \(joined)", kind: suggestedKind,
                               parties: regions.map(Self.party), partiesBordering: false, affairCode: affairCode)
        coop.targetYear = targetYear

        var byRegion: [String: RegionMapping] = [:]
        for m in mappings { byRegion[m.regionCode] = m }
        let entries = regionCodes.map { byRegion[$0]?.entries(forAffair: affairCode) ?? [] }

        coop.proposal.object = "Urusan \(affairCode) \(affairName)"
        let plans = entries.flatMap { $0.compactMap(\.plannedCooperation) }
        if let plan = plans.first { coop.proposal.form = plan }
        coop.proposal.background = "Hasil pemetaan urusan yang dapat dikerjasamakan"
            + (meeting.map { " dalam \($0.title.isEmpty ? "rapat asistensi" : $0.title)" } ?? "")
            + ": " + reason + "."
        coop.proposal.inRegionalPlan = entries.allSatisfy { !$0.isEmpty && $0.contains(where: \.isPlanned) }
        var budgets: [Rupiah] = []
        for (i, es) in entries.enumerated() {
            guard let amount = Rupiah.sum(es.compactMap(\.indicativeBudget)), amount.value > 0 else { continue }
            budgets.append(amount)
            if let year = targetYear {
                coop.financing.lines.append(FinancingLine(budgetYear: year, partyIndex: i, amount: amount, source: .apbd,
                                                          budgeted: false, planningCode: affairCode,
                                                          description: "Anggaran indikatif dari pemetaan urusan"))
            }
        }
        coop.proposal.indicativeCost = Rupiah.sum(budgets)
        coop.notes = "Draf dibuat dari kecocokan pemetaan (\(kinds.map(\.label).joined(separator: ", ")))"
            + (targetYear.map { "; tahun target \($0)" } ?? "") + "."
        return coop
    }

    /// A region party whose representative is titled as documents write it: "Wali Kota Bogor",
    /// "Bupati Bogor", "Gubernur Jawa Barat" (the catalogue name carries "Kota"/"Kabupaten").
    static func party(_ region: Region) -> Party {
        var party = Party.region(region)
        var bare = region.name
        for prefix in ["Kabupaten ", "Kota Administrasi ", "Kota "] where bare.hasPrefix(prefix) {
            bare = String(bare.dropFirst(prefix.count)); break
        }
        party.representative.title = "\(region.level.headTitle) \(bare)"
        return party
    }
}
