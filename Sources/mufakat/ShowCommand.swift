import ArgumentParser
import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore

/// `mufakat show ID` (tampil): one cooperation, readable, or its stored JSON.
struct ShowCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "show",
        abstract: cli.store.showAbstract,
        discussion: cli.store.showDiscussion,
        aliases: ["tampil"]
    ) }

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp(cli.common.idHelp, valueName: "ID"))
    var id: String
    @Option(name: .long, help: ArgumentHelp(cli.store.revisionHelp, valueName: "R"))
    var revision: Int?
    @OptionGroup var output: JSONOption

    func run() throws {
        let opened = try StoreSupport.open(store, mode: .readOnly)
        let stored = try StoreSupport.run(opened) { () throws(StoreError) -> StoredCooperation in
            if let revision { return try opened.revision(id: id, number: revision) }
            return try opened.load(id: id)
        }
        if output.json {
            let data = try StoreSupport.run(opened) { () throws(StoreError) -> Data in try opened.rawFile(id: id, revision: revision) }
            FileHandle.standardOutput.write(data)
            return
        }
        print(ShowCommand.summary(stored, lock: opened.lockHolder(id: id)))
        if let rulebook = try? RulebookLoader.load(), let scans = ArchiveService(session: opened, rulebook: rulebook).scanSummary(stored.cooperation) {
            print("  " + StoreSupport.fit(cli.store.scansLabel, 18) + scans)
        }
        let archived = stored.cooperation.archivedFiles.count
        if archived > 0 { print("  " + StoreSupport.fit(cli.store.archivedLabel, 18) + cli.store.archivedFiles(archived, id)) }
    }

    /// Splits `text` into lines of at most `width` characters at spaces.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width { lines.append(line); line = "" }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// The readable summary, in the interface language.
    static func summary(_ stored: StoredCooperation, lock: LockHolder?) -> String {
        let c = stored.cooperation
        var lines: [String] = []
        func add(_ label: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            lines.append("  " + StoreSupport.fit(label, 18) + value)
        }
        lines.append(c.title.isEmpty ? cli.store.untitled : c.title)
        lines.append(String(repeating: "=", count: min(max(c.title.count, 13), 78)))
        add("Id", c.id)
        add(cli.store.labelKind, c.kind.label)
        let affair = Catalogues.shared.affairs[c.affairCode].map { "\($0.code) \($0.name)" } ?? c.affairCode
        add(cli.store.labelAffair, affair)
        if let sub = c.subAffairID, let row = Catalogues.shared.authority[sub] { add(cli.store.labelSubAffair, row.description) }
        for (i, p) in c.parties.enumerated() {
            var text = p.name
            if !p.representative.name.isEmpty { text += cli.store.representedBy(p.representative.name, p.representative.title) }
            add(Party.label(at: i).capitalized, text)
        }
        if c.kind.isBetweenRegions { add(cli.store.labelBordering, c.partiesBordering ? cli.store.yes : cli.store.no) }
        // Status kerja sama: an ending record wins, then the signed term (with its renewals).
        add(cli.store.labelStatus, c.status(on: CalendarDate.today()).label)
        lines.append("")
        lines.append(cli.store.stagesHeading)
        let stages: [(StageSection, String)] = [(.proposal, cli.store.stageProposal), (.offer, cli.store.stageOffer), (.memorandum, cli.store.stageMemorandum),
                                                (.councilApproval, cli.store.stageCouncil), (.agreement, cli.store.stageAgreement),
                                                (.financing, cli.store.stageFinancing), (.implementation, cli.store.stageImplementation)]
        for (section, label) in stages {
            let p = c.progress(of: section)
            var text = p.status.label
            if let d = p.completedOn, p.status == .done { text += " \(d.dayMonthYear)" }
            else if let d = p.startedOn, p.status != .notStarted { text += cli.store.since(d.dayMonthYear) }
            lines.append("    " + StoreSupport.fit(label, 24) + text)
            if p.status == .skipped, let reason = p.skipReason {
                lines += ShowCommand.wrap(reason, width: 80 - 28).map { String(repeating: " ", count: 28) + $0 }
            }
        }
        lines.append("")
        if !c.memorandum.signing.numbers.isEmpty { add(cli.store.labelMemorandumNumber, c.memorandum.signing.numbers.joined(separator: "; ")) }
        if !c.agreement.signing.numbers.isEmpty { add(cli.store.labelAgreementNumber, c.agreement.signing.numbers.joined(separator: "; ")) }
        if let years = c.agreement.durationYears ?? c.proposal.durationYears { add(cli.store.labelDuration, cli.store.years(years)) }
        if let start = c.agreement.startDate { add(cli.store.labelStart, IndonesianDate.long(start)) }
        if let end = c.renewedExpiryDate {
            let days = CalendarDate.today().days(until: end)
            let note = c.ended != nil ? "" : days < 0 ? cli.store.pastBy(-days) : days <= 90 ? cli.store.daysLeft(days) : ""
            add(cli.store.labelEnds, IndonesianDate.long(end) + note)
        }
        if let n = c.renewals?.count, n > 0 { add(cli.store.labelRenewals, cli.store.renewals(n, c.renewals!.reduce(0) { $0 + $1.years })) }
        if let ended = c.ended {
            add(cli.store.labelEnded, "\(IndonesianDate.long(ended.date)) (\(ended.ground.rawValue))" + (ended.note.isEmpty ? "" : ": \(ended.note)"))
        }
        if let total = c.financing.total, !c.financing.lines.isEmpty {
            add(cli.store.labelFinancing, total.figures + (c.financing.hasUnbudgetedLine ? cli.store.unbudgeted : ""))
        } else if let cost = c.proposal.indicativeCost {
            add(cli.store.labelCost, cost.figures)
        }
        lines.append("")
        add(cli.store.labelRevision, cli.store.savedBy(stored.revision, StoreClock.display(stored.savedAt), "\(stored.savedBy)"))
        if let lock { add(cli.store.labelLock, lock.description) }
        return lines.joined(separator: "\n")
    }
}
