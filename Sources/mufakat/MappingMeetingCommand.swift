import ArgumentParser
import Foundation
import MufakatDomain
import MufakatServices

/// `mufakat mapping meeting`: the meeting's particulars, agreements and follow-ups.
struct MappingMeetingCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "meeting",
        abstract: cli.mapping.meetingAbstract,
        subcommands: [MeetingCreateCommand.self, MeetingUpdateCommand.self, MeetingShowCommand.self, MeetingListCommand.self,
                      MeetingAgreeCommand.self, MeetingWithdrawCommand.self, MeetingGroupCommand.self, MeetingFollowUpCommand.self],
        defaultSubcommand: MeetingShowCommand.self,
        aliases: ["rapat"]
    ) }
}

/// The particulars of a meeting that `create` and `update` accept.
struct MeetingFields: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(cli.mapping.titleHelp, valueName: cli.mapping.titleValue))
    var title: String?
    @Option(name: .long, help: ArgumentHelp(cli.mapping.levelHelp, valueName: cli.mapping.levelValue))
    var level: String?
    @Option(name: .long, help: ArgumentHelp(cli.mapping.provinceHelp, valueName: cli.mapping.codeValue))
    var province: String?
    @Option(name: .long, help: ArgumentHelp(cli.mapping.meetingDateHelp, valueName: cli.mapping.dateValue))
    var date: String?
    @Option(name: .long, help: ArgumentHelp(cli.mapping.placeHelp, valueName: cli.mapping.placeValue))
    var place: String?
    @Option(name: .long, help: ArgumentHelp(cli.mapping.facilitatorHelp, valueName: cli.mapping.nameValue))
    var facilitator: String?
    @Option(name: .customLong("facilitator-title"), help: ArgumentHelp(cli.mapping.facilitatorTitleHelp, valueName: cli.mapping.positionValue))
    var facilitatorTitle: String?
    @Option(name: .customLong("facilitator-nip"), help: ArgumentHelp(cli.mapping.facilitatorNIPHelp, valueName: "NIP"))
    var facilitatorNIP: String?
    @Option(name: .long, help: ArgumentHelp(cli.mapping.agencyHelp, valueName: cli.mapping.agencyValue))
    var agency: String?
    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp(cli.mapping.participantHelp, valueName: cli.mapping.codeValue))
    var participant: [String] = []
    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp(cli.mapping.ministryHelp, valueName: cli.mapping.nameValue))
    var ministry: [String] = []

    func apply(to m: inout Meeting) throws {
        if let title { m.title = title }
        if let level {
            guard let l = MeetingLevel(rawValue: level.lowercased()) else {
                printError(cli.mapping.unknownLevel(level)); throw Exit.unusable
            }
            m.level = l
        }
        if let province { m.provinceCode = try MappingCLI.parseProvince(province) }
        if let date { m.date = try MappingCLI.parseDate(date, field: cli.mapping.meetingDate) }
        if let place { m.place = place }
        if let facilitator { m.facilitator.name = facilitator }
        if let facilitatorTitle { m.facilitator.title = facilitatorTitle }
        if let facilitatorNIP { m.facilitator.nip = facilitatorNIP }
        if let agency { m.facilitatorAgency = agency }
        for code in participant {
            guard Catalogues.shared.regions[code] != nil else {
                printError(cli.mapping.unknownParticipant(code)); throw Exit.unusable
            }
            m.addParticipant(code)
        }
        for name in ministry where !m.participantAgencies.contains(name) { m.participantAgencies.append(name) }
    }
}

struct MeetingCreateCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "create", abstract: cli.mapping.createAbstract, aliases: ["buat"]) }
    @OptionGroup var store: StoreOptions
    @Option(name: .long, help: ArgumentHelp(cli.mapping.newIDHelp, valueName: "ID"))
    var id: String?
    @OptionGroup var fields: MeetingFields
    @Flag(name: .customLong("take-existing"), help: ArgumentHelp(cli.mapping.takeExistingHelp))
    var takeExisting = false

    /// "rapat-koordinasi-teknis-pemetaan-urusan-2026-06-15": the title cut at a word, then the date.
    static func defaultID(title: String, date: CalendarDate?) -> String { MappingService.meetingID(title: title, date: date) }

    func run() throws {
        guard let title = fields.title, !title.isEmpty else { printError(cli.mapping.titleRequired); throw Exit.unusable }
        guard fields.level != nil else { printError(cli.mapping.levelRequired); throw Exit.unusable }
        let service = try MappingCLI.service(store)
        try MappingCLI.run {
            let date = try MappingCLI.parseDate(fields.date, field: cli.mapping.meetingDate)
            let id = self.id ?? MeetingCreateCommand.defaultID(title: title, date: date)
            if try service.repository.allMeetings().contains(where: { $0.id == id }) {
                printError(cli.mapping.meetingExists(id))
                throw Exit.findings
            }
            var m = Meeting(id: id, title: title, level: .provinsi)
            try fields.apply(to: &m)
            let stored = try service.repository.allMappings().map(\.mapping.regionCode).filter { !m.participantRegions.contains($0) }
            var take = takeExisting
            if !take && !stored.isEmpty && isatty(0) == 1 && isatty(1) == 1 {
                print(cli.mapping.takeExistingQuestion(stored.count, stored.joined(separator: ", ")), terminator: "")
                take = cli.mapping.yesAnswers.contains(readLine()?.trimmedWhitespace().lowercased() ?? "")
            }
            let (made, admissions) = try service.createMeeting(m, takeExisting: take)
            print(cli.mapping.created(id, made.summaryLine))
            for (code, admission) in admissions { print("\(code) \(MappingCLI.regionName(code)): \(admission.sentence)") }
            let joined = made.participantRegions.joined(separator: ", ")
            print(cli.mapping.participants(made.participantRegions.count, joined))
            if let outside = try service.nonParticipantSentence(meeting: made) {
                printError(outside + (take ? "" : cli.mapping.orTakeExisting))
            }
        }
    }
}

struct MeetingUpdateCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "update", abstract: cli.mapping.updateAbstract, aliases: ["ubah"]) }
    @OptionGroup var store: StoreOptions
    @OptionGroup var meeting: MeetingOption
    @OptionGroup var fields: MeetingFields

    func run() throws {
        let service = try MappingCLI.service(store)
        try MappingCLI.run {
            let read = try service.requireMeeting(id: meeting.meeting)
            var m = read
            try fields.apply(to: &m)
            try service.saveMeeting(m, basedOn: read)
            print(cli.mapping.updated(m.id, m.summaryLine))
        }
    }
}

struct MeetingShowCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "show", abstract: cli.mapping.showAbstract, aliases: ["tampil"]) }
    @OptionGroup var store: StoreOptions
    @OptionGroup var meeting: MeetingOption
    @OptionGroup var json: JSONOption

    func run() throws {
        let service = try MappingCLI.service(store)
        try MappingCLI.run {
            let m = try service.requireMeeting(id: meeting.meeting)
            if json.json { try printJSON(m); return }
            print(MeetingText.render(m, catalogues: service.catalogues))
        }
    }
}

struct MeetingListCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: cli.mapping.listAbstract, aliases: ["daftar"]) }
    @OptionGroup var store: StoreOptions
    @OptionGroup var json: JSONOption

    func run() throws {
        let service = try MappingCLI.service(store)
        try MappingCLI.run {
            let all = try service.repository.allMeetings()
            if json.json { try printJSON(all); return }
            if all.isEmpty { print(cli.mapping.noMeetings); return }
            for m in all { print(cli.mapping.meetingLine(m.id, m.summaryLine, m.participantRegions.count)) }
        }
    }
}

struct MeetingAgreeCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "agree", abstract: cli.mapping.agreeAbstract,
        discussion: cli.mapping.agreeDiscussion,
        aliases: ["sepakat"]) }
    @OptionGroup var store: StoreOptions
    @OptionGroup var meeting: MeetingOption
    @Option(name: .long, help: ArgumentHelp(cli.mapping.affairHelp, valueName: cli.mapping.codeValue)) var affair: String
    @Option(name: .long, help: ArgumentHelp(cli.mapping.partiesHelp, valueName: cli.mapping.codeValue + "," + cli.mapping.codeValue)) var regions: String
    @Option(name: .long, help: ArgumentHelp(cli.mapping.kindHelp, valueName: cli.mapping.kindValue)) var kind: String = "ksdd-sukarela"
    @Option(name: .long, help: ArgumentHelp(cli.mapping.descriptionHelp, valueName: cli.mapping.descriptionValue)) var title: String
    @Option(name: .long, help: ArgumentHelp(cli.mapping.yearHelp, valueName: cli.mapping.yearValue)) var year: Int?
    @Flag(name: .long, help: ArgumentHelp(cli.mapping.agreeDraftHelp))
    var draft = false

    func run() throws {
        let catalogues = Catalogues.shared
        guard catalogues.affairs[affair] != nil else { printError(cli.mapping.unknownAffair(affair)); throw Exit.unusable }
        let codes = regions.split(separator: ",").map { $0.trimmedWhitespace() }
        guard codes.count >= 1, codes.allSatisfy({ catalogues.regions[$0] != nil }) else {
            printError(cli.mapping.unknownRegions(regions)); throw Exit.unusable
        }
        guard let k = CooperationKind(rawValue: kind.lowercased()), [.ksddWajib, .ksddSukarela, .ksdpk].contains(k) else {
            printError(cli.mapping.unknownKind(kind)); throw Exit.unusable
        }
        let service = try MappingCLI.service(store)
        try MappingCLI.run {
            let m = try service.requireMeeting(id: meeting.meeting)
            let agreed = AgreedCooperation(affairCode: affair, regionCodes: codes, kind: k, title: title, targetYear: year)
            let (number, coop) = try service.recordAgreement(agreed, draft: draft, meetingID: m.id)
            let parties = codes.map(MappingCLI.regionName).joined(separator: ", ")
            print(cli.mapping.agreed(number, m.id, affair, title, parties, k.label, year))
            if let coop {
                print(cli.mapping.agreedDraft(coop.id, coop.title, coop.parties.count,
                                              coop.proposal.indicativeCost.flatMap { $0.value > 0 ? $0.grouped : nil }))
            }
        }
    }
}

/// `mufakat mapping meeting withdraw --agreement N --reason TEXT`: withdraws an agreement; it stays
/// in the meeting's history and the minutes' revision names it with the reason.
struct MeetingWithdrawCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "withdraw", abstract: cli.mapping.withdrawAbstract,
                                                    aliases: ["cabut"]) }
    @OptionGroup var store: StoreOptions
    @OptionGroup var meeting: MeetingOption
    @Option(name: .long, help: ArgumentHelp(cli.mapping.agreementHelp, valueName: "N")) var agreement: Int
    @Option(name: .long, help: ArgumentHelp(cli.mapping.reasonHelp, valueName: cli.mapping.reasonValue)) var reason: String

    func run() throws {
        let service = try MappingCLI.service(store)
        try MappingCLI.run {
            let a = try service.withdrawAgreement(number: agreement, reason: reason, meetingID: meeting.meeting)
            print(cli.mapping.withdrawn(agreement, a.affairCode, a.title, reason))
            if let id = a.cooperationID { print(cli.mapping.draftKept(id)) }
        }
    }
}

/// `mufakat mapping meeting group --affair A --regions a,b,c [--split]`: merges the matches of an
/// affair among these regions into one group, or splits such a group back into its pairs.
struct MeetingGroupCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "group", abstract: cli.mapping.groupAbstract,
                                                    aliases: ["kelompok"]) }
    @OptionGroup var store: StoreOptions
    @OptionGroup var meeting: MeetingOption
    @Option(name: .long, help: ArgumentHelp(cli.mapping.affairHelp, valueName: cli.mapping.codeValue)) var affair: String
    @Option(name: .long, help: ArgumentHelp(cli.mapping.groupRegionsHelp, valueName: cli.mapping.codeValue + "," + cli.mapping.codeValue)) var regions: String
    @Flag(name: .long, help: ArgumentHelp(cli.mapping.splitHelp)) var split = false

    func run() throws {
        let codes = regions.split(separator: ",").map { $0.trimmedWhitespace() }
        let service = try MappingCLI.service(store)
        try MappingCLI.run {
            let list = try service.changeGroup(GroupChange(kind: split ? .split : .merge, affairCode: affair, regionCodes: codes), meetingID: meeting.meeting)
            let shown = list.filter { $0.affairCode == affair }
            print(cli.mapping.grouped(split, affair))
            for m in shown { print("  - " + m.regionCodes.map(MappingCLI.regionName).joined(separator: ", ")) }
        }
    }
}

struct MeetingFollowUpCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "follow-up", abstract: cli.mapping.followUpAbstract, aliases: ["tindak-lanjut"]) }
    @OptionGroup var store: StoreOptions
    @OptionGroup var meeting: MeetingOption
    @Option(name: .long, help: ArgumentHelp(cli.mapping.actionHelp, valueName: cli.mapping.descriptionValue)) var action: String
    @Option(name: .long, help: ArgumentHelp(cli.mapping.responsibleHelp, valueName: cli.mapping.nameValue)) var responsible: String = ""
    @Option(name: .long, help: ArgumentHelp(cli.mapping.dueHelp, valueName: cli.mapping.dateValue)) var due: String?

    func run() throws {
        let service = try MappingCLI.service(store)
        try MappingCLI.run {
            let read = try service.requireMeeting(id: meeting.meeting)
            var m = read
            m.followUps.append(FollowUp(action: action, responsible: responsible, dueDate: try MappingCLI.parseDate(due, field: cli.mapping.dueField)))
            try service.saveMeeting(m, basedOn: read)
            print(cli.mapping.followUp(m.followUps.count, m.id))
        }
    }
}
