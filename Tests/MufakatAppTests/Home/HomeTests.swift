import MufakatDomain
import MufakatServices
import MufakatStore
import Testing
import TerminalUI
@testable import MufakatApp

@Suite struct HomeTests {
    static func examples() -> [Cooperation] {
        ExampleCooperations.make(profile: Fixture.profile, context: Fixture.context)
    }

    @Test func listShowsEveryCooperation() {
        let h = Harness(items: Self.examples())
        #expect(h.program.home.all.count == 4)
        let transport = h.program.home.all.first { $0.kind == .ksddSukarela && !$0.isEnded }!
        #expect(transport.partners == ["Kabupaten Bogor"])
        #expect(transport.stageName == "Penawaran")
        #expect(transport.affairName == "Perhubungan")
    }

    @Test func filtersCycleAndClear() {
        var h = Harness(items: Self.examples())
        h.type("j")
        #expect(h.program.home.kindFilter == .ksddWajib)
        #expect(h.program.home.visible.count == 1)
        h.type("j")
        #expect(h.program.home.kindFilter == .ksddSukarela)
        #expect(h.program.home.visible.count == 2)
        h.type("x")
        #expect(h.program.home.visible.count == 4)
        h.type("m")
        #expect(h.program.home.partnerFilter != nil)
        h.type("x")
        h.type("t")
        #expect(h.program.home.stageFilter == "Persiapan dan Usulan")
        h.type("x")
    }

    @Test func freeTextSearch() {
        var h = Harness(items: Self.examples())
        h.type("/")
        h.type("air minum")
        #expect(h.program.home.visible.map(\.id) == ["contoh-air-minum-pihak-ketiga"])
        h.key(.enter)
        h.key(.enter)
        #expect(h.performed.last == .open(id: "contoh-air-minum-pihak-ketiga"))
    }

    @Test func sortByTitleBothWays() {
        var h = Harness(items: Self.examples())
        while h.program.home.sortKey != .title { h.type("s") }
        let up = h.program.home.visible.map(\.title)
        #expect(up == up.sorted { TextLayout.foldForSearch($0) < TextLayout.foldForSearch($1) })
        h.type("R")
        #expect(h.program.home.visible.map(\.title) == up.reversed())
    }

    @Test func remindersFromTheRulebookTiers() {
        let h = Harness(items: Self.examples())
        let kinds = Set(h.program.home.reminders.map(\.kind))
        #expect(kinds.contains(.expiry))        // the KSDPK signed five years ago
        #expect(kinds.contains(.offerAnswer))   // the transport offer sent 20 days ago
        let expiry = h.program.home.reminders.first { $0.kind == .expiry }!
        #expect(expiry.daysLeft! <= 90)
        let offer = h.program.home.reminders.first { $0.kind == .offerAnswer }!
        #expect(offer.daysLeft == 10)           // 30 days to answer (rulebook), 20 gone
    }

    @Test func councilAndEvaluationReminders() {
        var c = Fixture.transport()
        c.councilApproval.approvals = [CouncilApproval(partyIndex: 0, requestDate: Fixture.today.adding(days: -40))]
        c.agreement.progress.status = .done
        c.agreement.signing.date = Fixture.today.adding(days: -100)
        c.agreement.durationYears = 5
        let reminders = Reminder.all(for: c, context: Fixture.context)
        let council = reminders.first { $0.kind == .councilDecision }
        #expect(council?.daysLeft == 5)
        let evaluation = reminders.first { $0.kind == .evaluation }
        #expect(evaluation?.detail == "0 dari 2 evaluasi tahun 2026")
        #expect(!reminders.contains { $0.kind == .expiry })
    }

    @Test func remindersPanelOpensItsCooperation() {
        var h = Harness(items: Self.examples())
        h.key(.tab)
        #expect(h.program.home.remindersFocused)
        h.key(.enter)
        guard case .open(let id)? = h.performed.last else { Issue.record("nothing opened"); return }
        #expect(id == h.program.home.reminders[0].cooperationID)
    }

    @Test func emptyListSaysWhatToDo() {
        var h = Harness()
        h.key(.enter)
        #expect(h.program.message?.text == "Belum ada kerja sama. Tekan n untuk membuat yang baru.")
        #expect(h.bells == 1)
    }

    @Test func helpOpensAndCloses() {
        var h = Harness()
        h.type("?")
        #expect(h.program.screenName == "bantuan")
        #expect(h.frame().text.contains("hapus semua saringan"))
        h.key(.escape)
        #expect(h.program.screenName == "beranda")
        h.key(.function(1))
        #expect(h.program.screenName == "bantuan")
    }
}
