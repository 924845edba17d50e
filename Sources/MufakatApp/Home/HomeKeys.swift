import MufakatDomain
import TerminalUI

/// Tombol beranda: the home screen's keys as data. `HomeScreen.handleKey` asks these bindings
/// (`HomeKeys.open.matches(event)`), and the help bar and the help screen are both made from
/// `map`, so what a key does and what the help says cannot drift.
enum HomeKeys {
    /// The words, from the catalogue in use (computed, so a change of language is followed).
    private static var t: Catalogue<HomeText> { AppText.current.home }

    static var open: KeyBinding { KeyBinding(.enter, t.keyOpen) }
    static var new: KeyBinding { KeyBinding(.char("n"), t.keyNew, help: t.keyNewHelp) }
    static var search: KeyBinding { KeyBinding(.char("/"), t.keySearch, help: t.keySearchHelp) }
    static var moveRow: KeyBinding { KeyBinding([.up, .down, .pageUp, .pageDown], t.keyMoveRow, keyLabel: "↑/↓ PgUp/PgDn", inBar: false) }
    static var filterStage: KeyBinding { KeyBinding(.char("t"), t.keyFilterStage, inBar: false) }
    static var filterKind: KeyBinding { KeyBinding(.char("j"), t.keyFilterKind, inBar: false) }
    static var filterAffair: KeyBinding { KeyBinding(.char("u"), t.keyFilterAffair, inBar: false) }
    static var filterPartner: KeyBinding { KeyBinding(.char("m"), t.keyFilterPartner, inBar: false) }
    /// The four filters in one entry of the help bar ("t/j/u/m saring").
    static var filters: KeyBinding { KeyBinding([filterStage, filterKind, filterAffair, filterPartner].flatMap(\.keys), t.keyFilters, inHelp: false) }
    static var clearFilters: KeyBinding { KeyBinding(.char("x"), t.keyClearFilters, inBar: false) }
    static var sort: KeyBinding { KeyBinding(.char("s"), t.keySort, help: t.keySortHelp) }
    static var reverseSort: KeyBinding { KeyBinding(.char("R"), t.keyReverseSort, inBar: false) }
    static var reminders: KeyBinding { KeyBinding([.tab, .backTab], t.keyReminders, keyLabel: "Tab",
                                      help: t.keyRemindersHelp) }
    static var help: KeyBinding { KeyBinding([.char("?"), .function(1)], t.keyHelp, keyLabel: "?") }
    static var mapping: KeyBinding { KeyBinding(.char("p"), t.keyMapping, help: t.keyMappingHelp) }
    static var meeting: KeyBinding { KeyBinding(.char("r"), t.keyMeeting,
                                    help: t.keyMeetingHelp) }
    static var sync: KeyBinding { KeyBinding(.char("S"), t.keySync, help: t.keySyncHelp) }
    static var quit: KeyBinding { KeyBinding([.char("q"), .ctrl("q")], t.keyQuit, keyLabel: "q") }
    static var renew: KeyBinding { KeyBinding(.char("d"), t.keyRenew, inBar: false) }
    static var profile: KeyBinding { KeyBinding(.char("P"), t.keyProfile, inBar: false) }
    static var dashboard: KeyBinding { KeyBinding(.char("D"), t.keyDashboard,
                                      help: t.keyDashboardHelp,
                                      inBar: false) }

    /// Every key of the home screen in help order; the bar takes those marked `inBar`.
    static func map(syncing: Bool) -> KeyMap {
        KeyMap([open, new, search, filters, moveRow, filterStage, filterKind, filterAffair, filterPartner, clearFilters,
                sort, reverseSort, reminders, help, mapping, meeting] + (syncing ? [sync] : [])
               + [quit, renew, profile, dashboard])
    }

    /// While typing a search.
    static var searching: KeyMap { KeyMap([KeyBinding(.enter, t.keySearchDone), KeyBinding(.ctrl("u"), t.keyClear)]) }
}
