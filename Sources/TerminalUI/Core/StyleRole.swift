/// What a cell means, not how it looks. Views only ever name roles; the theme turns roles into
/// colours and attributes at the very end, so one palette governs the whole program (the model
/// of tview's `Styles`) and snapshot tests can assert meaning without caring about colour.
public enum StyleRole: String, CaseIterable, Hashable, Sendable, Codable {
    case normal, muted, title, focused, selection, error, warning, ok, border
    /// A key name in the help bar.
    case key
    /// Stage stepper states.
    case stageDone = "stage_done", stageCurrent = "stage_current", stageBlocked = "stage_blocked"
    case stageSkipped = "stage_skipped", stageError = "stage_error"
    /// Matrix cells (grid of the mapping meeting): offer, need, both, already planned. The cell
    /// also carries a symbol, so the meaning survives without colour.
    case cellOffer = "cell_offer", cellNeed = "cell_need", cellBoth = "cell_both", cellPlanned = "cell_planned"

    /// One character naming the role in role maps of snapshot files.
    public var code: Character {
        switch self {
        case .normal: "."
        case .muted: "m"
        case .title: "T"
        case .focused: "F"
        case .selection: "S"
        case .error: "E"
        case .warning: "W"
        case .ok: "K"
        case .border: "b"
        case .key: "k"
        case .stageDone: "d"
        case .stageCurrent: "c"
        case .stageBlocked: "x"
        case .stageSkipped: "s"
        case .stageError: "e"
        case .cellOffer: "o"
        case .cellNeed: "n"
        case .cellBoth: "B"
        case .cellPlanned: "p"
        }
    }
}
