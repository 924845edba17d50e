/// A one-line message for the person: an error to fix, a warning, or a notice that work was done.
public struct Message: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case error, warning, notice, ok }
    public var kind: Kind
    public var text: String
    public init(_ kind: Kind, _ text: String) { self.kind = kind; self.text = text }

    public static func error(_ text: String) -> Message { Message(.error, text) }
    public static func warning(_ text: String) -> Message { Message(.warning, text) }
    public static func notice(_ text: String) -> Message { Message(.notice, text) }
    public static func ok(_ text: String) -> Message { Message(.ok, text) }

    var prefix: String {
        switch kind {
        case .error: TerminalStrings.current.errorPrefix
        case .warning: TerminalStrings.current.warningPrefix
        case .notice: ""
        case .ok: "✓ "
        }
    }

    var role: StyleRole {
        switch kind {
        case .error: .error
        case .warning: .warning
        case .notice: .normal
        case .ok: .ok
        }
    }
}

/// The line above the help bar where messages appear. The prefix (`TerminalStrings.errorPrefix`, `.warningPrefix`)
/// carries the kind in words, so it does not depend on colour.
public struct MessageLine: Sendable {
    public var message: Message?
    public init(_ message: Message? = nil) { self.message = message }

    public func draw(in rect: Rect, buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        let line = rect.row(0)
        buffer.fill(line)
        guard let message else { return }
        buffer.write(TextLayout.fit(message.prefix + message.text, width: line.width, pad: false), at: Point(x: line.x, y: line.y), role: message.role, clip: line)
    }
}
