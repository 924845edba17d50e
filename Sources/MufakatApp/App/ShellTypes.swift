import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// The domain's calendar date. TerminalUI has a `CalendarDate` of its own (for the date field),
/// so inside the shell the domain's one goes by this name.
typealias Day = MufakatDomain.CalendarDate

/// What every screen of the shell may read: the rules, the catalogues, today's date and where
/// the store is. Built once at launch (tests build their own, with a fixed `today`).
public struct ShellContext: Sendable {
    public var rulebook: Rulebook
    public var catalogues: Catalogues
    public var today: MufakatDomain.CalendarDate
    /// The store folder as shown in the title bar.
    public var storeLabel: String
    /// Set when the store is a throwaway demo store (`mufakat --demo`): said on screen.
    public var isDemo: Bool

    public init(rulebook: Rulebook, catalogues: Catalogues, today: MufakatDomain.CalendarDate, storeLabel: String, isDemo: Bool = false) {
        self.rulebook = rulebook; self.catalogues = catalogues; self.today = today
        self.storeLabel = storeLabel; self.isDemo = isDemo
        InterfaceLanguage.install()
    }
}

extension Date {
    /// "01-05-2026 10:20" in local time, for messages and dialogs.
    var shellDisplay: String {
        var t = time_t(timeIntervalSince1970.rounded(.down))
        var parts = tm()
        localtime_r(&t, &parts)
        return String(format: "%02d-%02d-%04d %02d:%02d", Int(parts.tm_mday), Int(parts.tm_mon) + 1,
                      Int(parts.tm_year) + 1900, Int(parts.tm_hour), Int(parts.tm_min))
    }
}

extension Region {
    /// The name without its level word: "Bogor" for "Kota Bogor" or "Kabupaten Bogor".
    var bareName: String {
        for prefix in ["Kota ", "Kabupaten "] where name.hasPrefix(prefix) { return String(name.dropFirst(prefix.count)) }
        return name
    }

    /// "Wali Kota Bogor", "Bupati Bogor", "Gubernur Jawa Barat".
    var headOfRegionTitle: String { "\(level.headTitle) \(bareName)" }

    /// A party for this region with the head's title written properly.
    func party(headName: String = "", address: String = "") -> Party {
        var p = Party.region(self, headName: headName, address: address)
        p.representative.title = headOfRegionTitle
        return p
    }
}
