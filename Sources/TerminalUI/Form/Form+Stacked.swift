extension Form {
    /// The stacked layout (`FormStyle.stacked`): a heading ("Part 2 of 4: title" when there are
    /// several groups), the group's note, then each field with its label above its input and its
    /// most serious message under it (the focused field's whole message and its detail, else its
    /// hint), scrolled so the focused field is in view, and a summary of the blocking messages.
    func drawStacked(in rect: Rect, buffer: inout Buffer) {
        let s = TerminalStrings.current
        let group = currentGroup
        var body = rect
        let heading = groups.count > 1 ? s.groupOf(groupIndex + 1, groups.count, group.title) : group.title
        buffer.write(TextLayout.fit(heading, width: rect.width, pad: false), at: Point(x: rect.x, y: rect.y), role: .title, clip: rect)
        body = body.inset(top: 1)
        if let note = group.note {
            for line in TextLayout.wrap(note, width: rect.width).prefix(2) {
                buffer.write(line, at: Point(x: body.x, y: body.y), role: .muted, clip: body.row(0))
                body = body.inset(top: 1)
            }
        }
        body = body.inset(top: 1)
        let fields = group.fields
        let shown = fields.map { visibleNotes($0.id) }
        let blockingNames = fields.indices.filter { shown[$0].contains(where: \.blocks) }.map { fields[$0].label }
        var summary: Rect? = nil
        if !blockingNames.isEmpty, body.height > 4 {
            let (rest, bottom) = body.splitBottom(1)
            body = rest; summary = bottom
        }
        let width = body.width - 2
        func inputRows(_ f: FormField) -> Int { tallAreas && f.input.rows > 1 ? f.input.rows * 2 : f.input.rows }
        func noteLines(_ i: Int) -> [(String, StyleRole)] {
            let f = fields[i]
            let focused = i == focusIndex
            if let note = shown[i].first {
                let role: StyleRole = note.level == .error ? .error : (note.level == .warning ? .warning : .muted)
                let mark = note.level == .error ? "✗ " : (note.level == .warning ? "! " : "i ")
                var wrapped = TextLayout.wrap(mark + note.text, width: max(1, width))
                guard focused else {
                    return [(wrapped.count > 1 ? TextLayout.fit(wrapped[0] + " …", width: width, pad: false) : wrapped.first ?? "", role)]
                }
                // The focused field: its whole message (up to four rows) and, on rows of its own,
                // the detail, so the source is never the part that is cut.
                if wrapped.count > 4 { wrapped = Array(wrapped.prefix(4)); wrapped[3] = TextLayout.fit(wrapped[3] + " …", width: width, pad: false) }
                var out = wrapped.map { ($0, role) }
                if let detail = note.detail, !detail.isEmpty {
                    out += TextLayout.wrap(detail, width: max(1, width)).prefix(2).map { ($0, StyleRole.muted) }
                }
                return out
            }
            if focused, !f.help.isEmpty { return [(TextLayout.fit(f.help, width: width, pad: false), .muted)] }
            return []
        }
        // Wrapped once per draw: the heights and the drawing below read the same lines.
        let notes = fields.indices.map(noteLines)
        let heights = fields.indices.map { 1 + inputRows(fields[$0]) + notes[$0].count + 1 }
        var top = 0
        let focusBottom = heights.prefix(focusIndex + 1).reduce(0, +)
        while focusBottom - heights.prefix(top).reduce(0, +) > body.height + 1, top < focusIndex { top += 1 }
        var y = body.y
        if top > 0 {
            // The heading is cut to leave room for the marker: the two never overwrite each other.
            let marker = s.fieldsAbove(top)
            let markerWidth = DisplayWidth.of(marker)
            buffer.fill(rect.row(0))
            buffer.write(TextLayout.fit(heading, width: max(0, rect.width - markerWidth - 1), pad: false), at: Point(x: rect.x, y: rect.y), role: .title, clip: rect.row(0))
            buffer.write(marker, at: Point(x: rect.maxX - markerWidth, y: rect.y), role: .muted, clip: rect.row(0))
        }
        for i in top..<fields.count {
            let f = fields[i]
            let rows = inputRows(f)
            if y + 1 + min(rows, 1) > body.maxY {
                buffer.write(s.continuesBelow, at: Point(x: body.maxX - 19, y: body.maxY - 1), role: .muted, clip: body)
                break
            }
            let focused = i == focusIndex
            let mark = markedFields.contains(f.id) ? " *" : ""
            buffer.write((focused ? "› " : "  ") + f.label + mark, at: Point(x: body.x, y: y), role: focused ? .title : .normal, clip: body.row(y - body.y))
            y += 1
            let inputRect = Rect(x: body.x + 2, y: y, width: f.input.width(available: width), height: min(rows, body.maxY - y))
            f.input.draw(in: inputRect, buffer: &buffer, focused: focused && editable)
            if rows > 1 {
                // A bar beside a text area shows how far it reaches, even while it is empty.
                for r in 0..<inputRect.height {
                    buffer.write("│", at: Point(x: body.x + 1, y: inputRect.y + r), role: focused ? .title : .muted, clip: body)
                }
            }
            if focused && !editable { buffer.cursor = nil }
            y += rows
            for (line, role) in notes[i] where y < body.maxY {
                buffer.write(line, at: Point(x: body.x + 2, y: y), role: role, clip: body.row(y - body.y))
                y += 1
            }
            y += 1
        }
        if let summary {
            let text = s.fieldsToFix(blockingNames)
            buffer.write(TextLayout.fit(text, width: summary.width, pad: false), at: Point(x: summary.x, y: summary.y), role: .error, clip: summary)
        }
    }
}
