import ArgumentParser
import Foundation
import MufakatDomain
import MufakatServices

/// `mufakat mapping meeting`: the meeting's particulars, agreements and follow-ups.
struct MappingMeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting",
        abstract: "Data rapat asistensi / koordinasi teknis: buat, ubah, tampilkan, kesepakatan, tindak lanjut.",
        subcommands: [MeetingCreateCommand.self, MeetingUpdateCommand.self, MeetingShowCommand.self, MeetingListCommand.self,
                      MeetingAgreeCommand.self, MeetingWithdrawCommand.self, MeetingGroupCommand.self, MeetingFollowUpCommand.self],
        defaultSubcommand: MeetingShowCommand.self,
        aliases: ["rapat"]
    )
}

/// The particulars of a meeting that `create` and `update` accept.
struct MeetingFields: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Judul rapat.", valueName: "JUDUL"))
    var title: String?
    @Option(name: .long, help: ArgumentHelp("Tingkat: provinsi atau nasional.", valueName: "TINGKAT"))
    var level: String?
    @Option(name: .long, help: ArgumentHelp("Kode provinsi (rapat tingkat provinsi).", valueName: "KODE"))
    var province: String?
    @Option(name: .long, help: ArgumentHelp("Tanggal rapat (HH-BB-TTTT).", valueName: "TANGGAL"))
    var date: String?
    @Option(name: .long, help: ArgumentHelp("Tempat rapat.", valueName: "TEMPAT"))
    var place: String?
    @Option(name: .long, help: ArgumentHelp("Nama fasilitator.", valueName: "NAMA"))
    var facilitator: String?
    @Option(name: .customLong("facilitator-title"), help: ArgumentHelp("Jabatan fasilitator.", valueName: "JABATAN"))
    var facilitatorTitle: String?
    @Option(name: .customLong("facilitator-nip"), help: ArgumentHelp("NIP fasilitator.", valueName: "NIP"))
    var facilitatorNIP: String?
    @Option(name: .long, help: ArgumentHelp("Instansi fasilitator.", valueName: "INSTANSI"))
    var agency: String?
    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Kode daerah peserta (boleh berulang).", valueName: "KODE"))
    var participant: [String] = []
    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Kementerian/lembaga peserta (boleh berulang).", valueName: "NAMA"))
    var ministry: [String] = []

    func apply(to m: inout Meeting) throws {
        if let title { m.title = title }
        if let level {
            guard let l = MeetingLevel(rawValue: level.lowercased()) else {
                printError("Tingkat rapat '\(level)' tidak dikenal. Pilih: provinsi, nasional."); throw Exit.unusable
            }
            m.level = l
        }
        if let province { m.provinceCode = try MappingCLI.parseProvince(province) }
        if let date { m.date = try MappingCLI.parseDate(date, field: "Tanggal rapat") }
        if let place { m.place = place }
        if let facilitator { m.facilitator.name = facilitator }
        if let facilitatorTitle { m.facilitator.title = facilitatorTitle }
        if let facilitatorNIP { m.facilitator.nip = facilitatorNIP }
        if let agency { m.facilitatorAgency = agency }
        for code in participant {
            guard Catalogues.shared.regions[code] != nil else {
                printError("Kode daerah peserta '\(code)' tidak dikenal."); throw Exit.unusable
            }
            m.addParticipant(code)
        }
        for name in ministry where !m.participantAgencies.contains(name) { m.participantAgencies.append(name) }
    }
}

struct MeetingCreateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "create", abstract: "Buat rapat baru.", aliases: ["buat"])
    @OptionGroup var store: StoreOptions
    @Option(name: .long, help: ArgumentHelp("Id rapat (bawaan: dari judul dan tanggal).", valueName: "ID"))
    var id: String?
    @OptionGroup var fields: MeetingFields
    @Flag(name: .customLong("take-existing"), help: "Jadikan daerah yang pemetaannya sudah tersimpan peserta rapat ini.")
    var takeExisting = false

    /// "rapat-koordinasi-teknis-pemetaan-urusan-2026-06-15": the title cut at a word, then the date.
    static func defaultID(title: String, date: CalendarDate?) -> String { MappingService.meetingID(title: title, date: date) }

    func run() throws {
        guard let title = fields.title, !title.isEmpty else { printError("Judul rapat wajib diisi (--title)."); throw Exit.unusable }
        guard fields.level != nil else { printError("Tingkat rapat wajib diisi (--level provinsi atau nasional)."); throw Exit.unusable }
        let service = try MappingCLI.service(store)
        try MappingCLI.run {
            let date = try MappingCLI.parseDate(fields.date, field: "Tanggal rapat")
            let id = self.id ?? MeetingCreateCommand.defaultID(title: title, date: date)
            if try service.repository.allMeetings().contains(where: { $0.id == id }) {
                printError("Rapat '\(id)' sudah ada. Ubah dengan `mufakat pemetaan meeting update --meeting \(id) ...` atau pilih --id lain.")
                throw Exit.findings
            }
            var m = Meeting(id: id, title: title, level: .provinsi)
            try fields.apply(to: &m)
            let stored = try service.repository.allMappings().map(\.mapping.regionCode).filter { !m.participantRegions.contains($0) }
            var take = takeExisting
            if !take && !stored.isEmpty && isatty(0) == 1 && isatty(1) == 1 {
                print("\(stored.count) pemetaan daerah sudah tersimpan (\(stored.joined(separator: ", "))). Jadikan peserta rapat ini? (y/t) ", terminator: "")
                take = ["y", "ya"].contains(readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? "")
            }
            let (made, admissions) = try service.createMeeting(m, takeExisting: take)
            print("Rapat '\(id)' dibuat: \(made.summaryLine).")
            for (code, admission) in admissions { print("\(code) \(MappingCLI.regionName(code)): \(admission.sentence)") }
            let joined = made.participantRegions.joined(separator: ", ")
            print("Peserta: \(made.participantRegions.count) daerah" + (joined.isEmpty ? "." : " (" + joined + ")."))
            if let outside = try service.nonParticipantSentence(meeting: made) {
                printError(outside + (take ? "" : " Atau buat rapat dengan --take-existing."))
            }
        }
    }
}

struct MeetingUpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "update", abstract: "Ubah data rapat (hanya isian yang diberikan).", aliases: ["ubah"])
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
            print("Rapat '\(m.id)' diperbarui: \(m.summaryLine).")
        }
    }
}

struct MeetingShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Tampilkan data rapat.", aliases: ["tampil"])
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
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Daftar rapat tersimpan.", aliases: ["daftar"])
    @OptionGroup var store: StoreOptions
    @OptionGroup var json: JSONOption

    func run() throws {
        let service = try MappingCLI.service(store)
        try MappingCLI.run {
            let all = try service.repository.allMeetings()
            if json.json { try printJSON(all); return }
            if all.isEmpty { print("Belum ada rapat. Buat dengan `mufakat pemetaan meeting create --title ... --level ...`."); return }
            for m in all { print("\(m.id)  \(m.summaryLine) (\(m.participantRegions.count) daerah)") }
        }
    }
}

struct MeetingAgreeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agree", abstract: "Catat kerja sama yang disepakati dalam rapat.",
        discussion: "Kecocokan dapat juga dijadikan kesepakatan dengan `mufakat pemetaan matches --draft N`.",
        aliases: ["sepakat"])
    @OptionGroup var store: StoreOptions
    @OptionGroup var meeting: MeetingOption
    @Option(name: .long, help: ArgumentHelp("Kode urusan.", valueName: "KODE")) var affair: String
    @Option(name: .long, help: ArgumentHelp("Kode daerah para pihak, dipisah koma (pemrakarsa lebih dahulu).", valueName: "KODE,KODE")) var regions: String
    @Option(name: .long, help: ArgumentHelp("Jenis: ksdd-wajib, ksdd-sukarela, ksdpk.", valueName: "JENIS")) var kind: String = "ksdd-sukarela"
    @Option(name: .long, help: ArgumentHelp("Uraian kerja sama.", valueName: "URAIAN")) var title: String
    @Option(name: .long, help: ArgumentHelp("Tahun target.", valueName: "TAHUN")) var year: Int?
    @Flag(name: .long, help: "Sekaligus buat draf kerja sama dengan semua pihak (sekali saja).")
    var draft = false

    func run() throws {
        let catalogues = Catalogues.shared
        guard catalogues.affairs[affair] != nil else { printError("Kode urusan '\(affair)' tidak dikenal (1.01 sampai 3.32)."); throw Exit.unusable }
        let codes = regions.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard codes.count >= 1, codes.allSatisfy({ catalogues.regions[$0] != nil }) else {
            printError("Daftar daerah '\(regions)' memuat kode yang tidak dikenal."); throw Exit.unusable
        }
        guard let k = CooperationKind(rawValue: kind.lowercased()), [.ksddWajib, .ksddSukarela, .ksdpk].contains(k) else {
            printError("Jenis '\(kind)' tidak dikenal. Pilih: ksdd-wajib, ksdd-sukarela, ksdpk."); throw Exit.unusable
        }
        let service = try MappingCLI.service(store)
        try MappingCLI.run {
            let m = try service.requireMeeting(id: meeting.meeting)
            let agreed = AgreedCooperation(affairCode: affair, regionCodes: codes, kind: k, title: title, targetYear: year)
            let (number, coop) = try service.recordAgreement(agreed, draft: draft, meetingID: m.id)
            let parties = codes.map(MappingCLI.regionName).joined(separator: ", ")
            print("Kesepakatan ke-\(number) dicatat dalam rapat '\(m.id)' dan dicetak dalam berita acara: \(affair) \(title); para pihak: \(parties); \(k.label)"
                  + (year.map { "; tahun target \($0)" } ?? "") + ".")
            if let coop {
                print("Draf kerja sama '\(coop.id)' dibuat: \(coop.title) (\(coop.parties.count) pihak"
                      + (coop.proposal.indicativeCost.flatMap { $0.value > 0 ? "; anggaran indikatif Rp\($0.grouped)" : nil } ?? "") + ").")
            }
        }
    }
}

/// `mufakat mapping meeting withdraw --agreement N --reason TEXT`: withdraws an agreement; it stays
/// in the meeting's history and the minutes' revision names it with the reason.
struct MeetingWithdrawCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "withdraw", abstract: "Cabut kesepakatan rapat dengan alasan (tetap tercatat dalam riwayat).",
                                                    aliases: ["cabut"])
    @OptionGroup var store: StoreOptions
    @OptionGroup var meeting: MeetingOption
    @Option(name: .long, help: ArgumentHelp("Nomor kesepakatan (lihat `mufakat pemetaan rapat show`).", valueName: "N")) var agreement: Int
    @Option(name: .long, help: ArgumentHelp("Alasan pencabutan.", valueName: "ALASAN")) var reason: String

    func run() throws {
        let service = try MappingCLI.service(store)
        try MappingCLI.run {
            let a = try service.withdrawAgreement(number: agreement, reason: reason, meetingID: meeting.meeting)
            print("Kesepakatan ke-\(agreement) (\(a.affairCode) \(a.title)) dicabut: \(reason). Berita acara mencantumkannya pada bagian Revisi Kesepakatan.")
            if let id = a.cooperationID { print("Draf kerja sama '\(id)' tetap tersimpan; hapus atau lanjutkan sesuai keputusan rapat.") }
        }
    }
}

/// `mufakat mapping meeting group --affair A --regions a,b,c [--split]`: merges the matches of an
/// affair among these regions into one group, or splits such a group back into its pairs.
struct MeetingGroupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "group", abstract: "Gabung kecocokan satu urusan menjadi satu kelompok, atau pisahkan kelompok (--split).",
                                                    aliases: ["kelompok"])
    @OptionGroup var store: StoreOptions
    @OptionGroup var meeting: MeetingOption
    @Option(name: .long, help: ArgumentHelp("Kode urusan.", valueName: "KODE")) var affair: String
    @Option(name: .long, help: ArgumentHelp("Kode daerah kelompok, dipisah koma.", valueName: "KODE,KODE")) var regions: String
    @Flag(name: .long, help: "Pisahkan kelompok menjadi pasangan-pasangannya.") var split = false

    func run() throws {
        let codes = regions.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let service = try MappingCLI.service(store)
        try MappingCLI.run {
            let list = try service.changeGroup(GroupChange(kind: split ? .split : .merge, affairCode: affair, regionCodes: codes), meetingID: meeting.meeting)
            let shown = list.filter { $0.affairCode == affair }
            print((split ? "Kelompok dipisah" : "Kecocokan digabung") + "; kecocokan urusan \(affair) kini:")
            for m in shown { print("  - " + m.regionCodes.map(MappingCLI.regionName).joined(separator: ", ")) }
        }
    }
}

struct MeetingFollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "follow-up", abstract: "Catat tindak lanjut rapat.", aliases: ["tindak-lanjut"])
    @OptionGroup var store: StoreOptions
    @OptionGroup var meeting: MeetingOption
    @Option(name: .long, help: ArgumentHelp("Uraian tindak lanjut.", valueName: "URAIAN")) var action: String
    @Option(name: .long, help: ArgumentHelp("Penanggung jawab.", valueName: "NAMA")) var responsible: String = ""
    @Option(name: .long, help: ArgumentHelp("Batas waktu (HH-BB-TTTT).", valueName: "TANGGAL")) var due: String?

    func run() throws {
        let service = try MappingCLI.service(store)
        try MappingCLI.run {
            let read = try service.requireMeeting(id: meeting.meeting)
            var m = read
            m.followUps.append(FollowUp(action: action, responsible: responsible, dueDate: try MappingCLI.parseDate(due, field: "Batas waktu")))
            try service.saveMeeting(m, basedOn: read)
            print("Tindak lanjut ke-\(m.followUps.count) dicatat dalam rapat '\(m.id)'.")
        }
    }
}
