/// Where a stage of a process stands.
public enum StageState: String, Hashable, Sendable {
    case done, current, pending, blocked, skipped, error

    /// One narrow symbol per state, so the state reads without colour too.
    public var symbol: String {
        switch self {
        case .done: "✓"
        case .current: "▶"
        case .pending: "○"
        case .blocked: "■"
        case .skipped: "–"
        case .error: "!"
        }
    }

    public var role: StyleRole {
        switch self {
        case .done: .stageDone
        case .current: .stageCurrent
        case .pending: .normal
        case .blocked: .stageBlocked
        case .skipped: .stageSkipped
        case .error: .stageError
        }
    }

    /// The state in words (`TerminalStrings.stageState`), for the legend and for screen readers.
    public var label: String { TerminalStrings.current.stageState(self) }
}

/// One stage in the stepper.
public struct Stage: Hashable, Sendable {
    public var title: String
    public var state: StageState
    /// Number of errors to show next to the stage (0: none).
    public var errorCount: Int
    public init(_ title: String, state: StageState, errorCount: Int = 0) {
        self.title = title; self.state = state; self.errorCount = errorCount
    }
}

/// The sidebar listing every stage of a process with its state, so a person always sees the
/// whole road, not only the current step. Not focusable: it follows the app's state.
public struct StageStepper: Sendable {
    public var stages: [Stage]
    public var title: String
    public init(title: String = TerminalStrings.current.stagesTitle, stages: [Stage]) { self.title = title; self.stages = stages }

    public func draw(in rect: Rect, buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        buffer.box(rect, title: title)
        let inner = rect.inset(by: 1)
        let current = stages.firstIndex { $0.state == .current } ?? 0
        let top = max(0, min(current - inner.height / 2, stages.count - inner.height))
        for row in 0..<inner.height where top + row < stages.count {
            let i = top + row
            let stage = stages[i]
            let line = inner.row(row)
            let number = "\(i + 1)."
            var text = "\(stage.state.symbol) \(number) \(stage.title)"
            let badge = stage.errorCount > 0 ? " (\(stage.errorCount))" : ""
            text = TextLayout.fit(text, width: max(0, line.width - DisplayWidth.of(badge)), pad: false) + badge
            if stage.state == .current { buffer.fill(line, role: .stageCurrent) }
            buffer.write(text, at: Point(x: line.x, y: line.y), role: stage.state.role, clip: line)
        }
    }
}
