import MufakatDomain
import TerminalUI

/// Tombol kerja sama baru: the wizard's keys as data (`NewCooperationKeys.addRegion.matches(event)`);
/// each step's help bar and help page are made from its map (`NewCooperationScreen.keyMap`).
enum NewCooperationKeys {
    private static var t: Catalogue<KeysText> { AppText.current.keys }

    static var chooseKind: KeyBinding { KeyBinding([.up, .down], t.newChooseKind) }
    static var choose: KeyBinding { KeyBinding([.up, .down], t.choose) }
    static var next: KeyBinding { KeyBinding([.enter, .ctrl("n")], t.newNext, keyLabel: Key.enter.label) }
    /// Esc on the first step leaves the wizard; on the others it goes one step back.
    static var cancel: KeyBinding { KeyBinding([.escape, .ctrl("p")], t.cancel, keyLabel: Key.escape.label) }
    static var back: KeyBinding { KeyBinding([.escape, .ctrl("p")], t.back, keyLabel: Key.escape.label) }
    static var help: KeyBinding { KeyBinding([.function(1), .char("?")], t.help, keyLabel: Key.function(1).label) }

    static var addRegion: KeyBinding { KeyBinding(.char("a"), t.newAddRegion) }
    static var thirdParty: KeyBinding { KeyBinding(.char("k"), t.newThirdParty) }
    static var ministry: KeyBinding { KeyBinding(.char("l"), t.newMinistry) }
    static var foreign: KeyBinding { KeyBinding(.char("f"), t.newForeign) }
    static var remove: KeyBinding { KeyBinding([.delete, .backspace, .char("h")], t.newRemove, keyLabel: Key.delete.label) }
    static var bordering: KeyBinding { KeyBinding(.char("b"), t.newBordering) }

    /// While a partner is added (a pick list or a few fields).
    static var addingPartner: KeyMap {
        KeyMap([KeyBinding(.enter, t.newSet), KeyBinding(.tab, t.newNextField), KeyBinding(.escape, t.newCancelAdding)])
    }

    static var set: KeyBinding { KeyBinding(.enter, t.newSet) }
    static var type: KeyBinding { KeyBinding(.char("a"), t.profileType, keyLabel: t.profileTypeKey) }
    static var create: KeyBinding { KeyBinding([.enter, .ctrl("n"), .ctrl("s"), .function(2)], t.newCreate, keyLabel: Key.enter.label) }
    static var proposedTitle: KeyBinding { KeyBinding(.ctrl("r"), t.newProposedTitle) }
}
