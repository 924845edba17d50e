import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// Daftar tahapan: every stage of the cooperation's kind, ahead of time, each with its state,
/// and under the list the state of the highlighted stage in words with its reason (why it is
/// blocked, why it is skipped, what is wrong).
struct EditorSidebar {
    var stages: [StageSnapshot]
    /// The stage on screen.
    var selected: Int
    /// The stage under the cursor (equals `selected` unless the stepper has the focus).
    var highlight: Int
    var focused: Bool
    var errorCounts: [Int]

    static func uiState(_ s: MufakatDomain.StageState) -> TerminalUI.StageState {
        switch s {
        case .done: .done
        case .current, .inProgress: .current
        case .available: .pending
        case .blocked: .blocked
        case .skipped: .skipped
        case .hasErrors: .error
        }
    }

    func draw(in rect: Rect, buffer: inout Buffer) {
        guard rect.width >= 8, rect.height >= 3 else { return }
        buffer.box(rect, title: AppText.current.editor.stagesTitle, role: focused ? .focused : .border)
        let inner = rect.inset(by: 1)
        let textWidth = inner.width - 4
        // Two lines per stage name when there is room for them and for the explanation.
        let wrappedNames = stages.map { TextLayout.wrap($0.rule.displayName, width: max(1, textWidth)) }
        let explanation = explanationLines(width: inner.width)
        let twoLine = wrappedNames.reduce(0) { $0 + min(2, $1.count) } + 2 + explanation.count <= inner.height
        var y = inner.y
        for (i, s) in stages.enumerated() {
            guard y < inner.maxY else { break }
            let state = Self.uiState(s.state)
            let isSelected = i == selected, isHighlighted = i == highlight
            let rowRole: StyleRole = isHighlighted && focused ? .focused : (isSelected ? .selection : .normal)
            let names = twoLine ? Array(wrappedNames[i].prefix(2)) : [TextLayout.fit(s.rule.displayName, width: textWidth - (errorCounts[i] > 0 ? 4 : 0), pad: false)]
            for (k, name) in names.enumerated() where y < inner.maxY {
                let line = inner.row(y - inner.y)
                if rowRole != .normal { buffer.fill(line, role: rowRole) }
                if k == 0 {
                    buffer.write(state.symbol, at: Point(x: line.x, y: line.y), role: rowRole == .normal ? state.role : rowRole, clip: line)
                    buffer.write("\(i + 1)", at: Point(x: line.x + 2, y: line.y), role: rowRole, clip: line)
                }
                var text = name
                if k == names.count - 1, errorCounts[i] > 0 { text += " (\(errorCounts[i]))" }
                buffer.write(text, at: Point(x: line.x + 4, y: line.y), role: rowRole, clip: line)
                y += 1
            }
        }
        // The highlighted stage in words.
        guard stages.indices.contains(highlight), y + 2 < inner.maxY else { return }
        y += 1
        buffer.write(String(repeating: "─", count: inner.width), at: Point(x: inner.x, y: y), role: .border, clip: inner)
        y += 1
        let lines = explanation
        let role = Self.uiState(stages[highlight].state).role
        let room = inner.maxY - y
        for (i, line) in lines.prefix(room).enumerated() {
            let cut = i == room - 1 && lines.count > room ? TextLayout.fit(line + "…", width: inner.width, pad: false) : line
            buffer.write(cut, at: Point(x: inner.x, y: y), role: role == .normal ? .muted : role, clip: inner.row(y - inner.y))
            y += 1
        }
    }

    /// The highlighted stage's state in words, wrapped.
    func explanationLines(width: Int) -> [String] {
        guard stages.indices.contains(highlight) else { return [] }
        let s = stages[highlight]
        let state = Self.uiState(s.state)
        var text = "\(state.symbol) \(AppText.current.editor.entries.label(s.state))"
        if let r = s.state.reason { text += ": " + r }
        else if case .done = s.state, let d = s.recorded.completedOn { text += " " + d.dayMonthYear }
        else if let gate = s.gate, gate.isOpen { text += ". " + gate.reason }
        return TextLayout.wrap(text, width: max(1, width))
    }
}
