import MufakatDomain
import TerminalUI

/// Tombol penyunting: the cooperation editor's keys as data, one map per mode. The editor asks
/// these bindings what a key means (`EditorKeys.Review.export.matches(event)`), and its help bar
/// and help page are both made from the same maps (`CooperationEditor.bindings`), so what a key
/// does and what the help says cannot drift. Bindings marked neither `inBar` nor `inHelp` are
/// keys the editor answers without naming them (kept so that every key it answers is here).
enum EditorKeys {
    /// The words, from the catalogue in use (computed, so a change of language is followed).
    private static var t: Catalogue<EditorText> { AppText.current.editor }

    // Shared by several modes.
    static var save: KeyBinding { KeyBinding(.ctrl("s"), t.keySave) }
    static var review: KeyBinding { KeyBinding(.ctrl("r"), t.keyReview) }
    static var stages: KeyBinding { KeyBinding(.ctrl("t"), t.keyStages) }
    static var close: KeyBinding { KeyBinding(.escape, t.keyClose) }
    static var cancel: KeyBinding { KeyBinding(.escape, t.keyCancel) }
    static var previousGroup: KeyBinding { KeyBinding(.ctrl("p"), t.keyBack) }
    static var stageBeforeAfter: KeyBinding {
        KeyBinding([.ctrlUp, .ctrlDown, .function(7), .function(8)], t.keyStageBeforeAfter, keyLabel: "Ctrl-↑/↓")
    }
    static var articles: KeyBinding { KeyBinding([.alt("t"), .alt("h")], t.keyArticles, keyLabel: "Alt-t/h") }

    /// Tinjauan: the review of a stage.
    enum Review {
        private static var t: Catalogue<EditorText> { AppText.current.editor }
        static var scroll: KeyBinding {
            KeyBinding([.pageUp, .pageDown, .up, .down, .char(" "), .home, .end], t.keyScroll, keyLabel: "↑↓/PgUp/PgDn")
        }
        /// "t": mark the stage done, or signed; `label` says which.
        static func mark(_ label: String) -> KeyBinding { KeyBinding(.char("t"), label) }
        static var nextStage: KeyBinding { KeyBinding(.ctrl("n"), t.keyNextStage) }
        static var export: KeyBinding { KeyBinding(.char("e"), t.keyExport) }
        /// Back to the fields: "u", or Ctrl-R again.
        static var editFields: KeyBinding { KeyBinding([.char("u"), .ctrl("r")], t.keyEditFields, keyLabel: "u") }
        static var back: KeyBinding { KeyBinding(.escape, t.keyBack) }
        /// Ctrl-P: to the last group of the form (not named on the bar).
        static var lastGroup: KeyBinding { KeyBinding(.ctrl("p"), t.keyBack, inBar: false, inHelp: false) }

        /// The review's keys; a frozen (finished) stage is not offered for marking again.
        static func map(markLabel: String, frozen: Bool) -> KeyMap {
            KeyMap([scroll] + (frozen ? [] : [mark(markLabel)])
                   + [nextStage, export, editFields, stages, save, back, lastGroup])
        }
    }

    /// Halaman daftar: a list page of the form (parties, financing lines, after-signing records).
    enum List {
        private static var t: Catalogue<EditorText> { AppText.current.editor }
        static var row: KeyBinding { KeyBinding([.up, .down], t.keyRow) }
        static var add: KeyBinding { KeyBinding([.char("a"), .insert], t.keyAdd, keyLabel: "a") }
        static var edit: KeyBinding { KeyBinding(.enter, t.keyEdit) }
        static var delete: KeyBinding { KeyBinding([.char("h"), .delete], t.keyDelete, keyLabel: "h") }
        static var repeatYearly: KeyBinding { KeyBinding(.char("r"), t.keyRepeatYearly) }
        static var splitShares: KeyBinding { KeyBinding(.char("b"), t.keySplitShares) }
        static var next: KeyBinding { KeyBinding(.ctrl("n"), t.keyContinue) }

        /// The list page's keys; the financing list adds its two helpers, a later group Ctrl-P.
        static func map(financing: Bool, canGoBack: Bool) -> KeyMap {
            KeyMap([row, add, edit, delete] + (financing ? [repeatYearly, splitShares] : []) + [next]
                   + (canGoBack ? [previousGroup] : []) + [review, stages, save, close])
        }
    }

    /// Pilih tahapan: the stage stepper.
    enum Stepper {
        private static var t: Catalogue<EditorText> { AppText.current.editor }
        static var choose: KeyBinding { KeyBinding([.up, .down, .home, .end], t.keyChooseStage, keyLabel: "↑/↓") }
        static var open: KeyBinding { KeyBinding(.enter, t.keyOpen) }
        static var back: KeyBinding { KeyBinding([.escape, .ctrl("t")], t.keyBack, keyLabel: "Esc") }
        static var map: KeyMap { KeyMap([choose, open, back, save]) }
    }

    /// Alasan perubahan, and the financing helpers' one-line question.
    enum Prompt {
        private static var t: Catalogue<EditorText> { AppText.current.editor }
        static var recordChange: KeyBinding { KeyBinding(.enter, t.keyRecordChange) }
        static var apply: KeyBinding { KeyBinding(.enter, t.keyApply) }
        static var amendment: KeyMap { KeyMap([recordChange, cancel]) }
        static var financingHelper: KeyMap { KeyMap([apply, cancel]) }
    }

    /// Lembar isian: a stage form, a record of a list and the signing form (`StageForm`). The
    /// focused widget's own keys follow the map (`widget`); the mode's keys come after them.
    enum Fields {
        private static var t: Catalogue<EditorText> { AppText.current.editor }
        static var nextField: KeyBinding { KeyBinding([.tab, .backTab], AppText.current.editorForms.keyNextField) }
        static var next: KeyBinding { KeyBinding(.ctrl("n"), t.keyContinue) }
        static var back: KeyBinding { previousGroup }
        /// Esc on a record: back to its list.
        static var backToList: KeyBinding { KeyBinding(.escape, t.keyBackToList) }

        /// A stage's form; a pasal page adds Alt-t/h.
        static func stage(canGoBack: Bool, onArticle: Bool, widget: [KeyBinding] = []) -> KeyMap {
            KeyMap([nextField, next] + (canGoBack ? [back] : []) + (onArticle ? [articles] : [])
                   + [review, stages, save, close] + widget + [stageBeforeAfter])
        }

        /// A record of a list (a financing line, a milestone): Ctrl-P is not offered.
        static func record(widget: [KeyBinding] = []) -> KeyMap {
            KeyMap([nextField, next, backToList, save] + widget)
        }

        /// The signing form (date, place, signatories).
        static func signing(canGoBack: Bool, widget: [KeyBinding] = []) -> KeyMap {
            KeyMap([nextField, next] + (canGoBack ? [back] : []) + [cancel] + widget)
        }
    }

    /// Panel ekspor: the export panel (folder, format, paper, typeface).
    enum Export {
        private static var t: Catalogue<EditorText> { AppText.current.editor }
        static var export: KeyBinding { KeyBinding(.enter, t.keyExport) }
        static var options: KeyBinding { KeyBinding([.up, .down, .backTab], t.keyOptions, keyLabel: "↑/↓") }
        static var completePath: KeyBinding { KeyBinding(.tab, t.keyCompletePath) }
        static var change: KeyBinding { KeyBinding([.left, .right, .char(" ")], t.keyChange, keyLabel: "←/→") }

        /// On the folder row Tab completes the path; on the others ←/→ (or Space) change the value.
        static func map(onFolder: Bool) -> KeyMap {
            KeyMap([export, options, onFolder ? completePath : change, cancel])
        }
    }
}
