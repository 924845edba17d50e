/// Text attributes a role may carry; in monochrome they are all that is left to show meaning.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = TextAttributes(rawValue: 1)
    public static let dim = TextAttributes(rawValue: 2)
    public static let reverse = TextAttributes(rawValue: 4)
    public static let underline = TextAttributes(rawValue: 8)
    public static let italic = TextAttributes(rawValue: 16)

    static let byName: [String: TextAttributes] = [
        "bold": .bold, "dim": .dim, "reverse": .reverse, "underline": .underline, "italic": .italic,
    ]
}

/// How one role looks.
public struct RoleStyle: Hashable, Sendable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var attributes: TextAttributes
    public init(foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault, attributes: TextAttributes = []) {
        self.foreground = foreground; self.background = background; self.attributes = attributes
    }
}

/// A named palette: one style per semantic role.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var description: String
    public var styles: [StyleRole: RoleStyle]

    public init(name: String, description: String = "", styles: [StyleRole: RoleStyle]) {
        self.name = name; self.description = description; self.styles = styles
    }

    /// The style of a role; roles a theme leaves out look like `normal`.
    public func style(for role: StyleRole) -> RoleStyle {
        styles[role] ?? styles[.normal] ?? RoleStyle()
    }

    /// Attributes only, chosen so focus, selection and errors stay visible without any colour
    /// (NO_COLOR, monochrome terminals, a monochrome theme file).
    public static let monochrome = Theme(name: "monochrome", description: "No colour", styles: [
        .normal: RoleStyle(), .muted: RoleStyle(attributes: .dim), .title: RoleStyle(attributes: .bold),
        .focused: RoleStyle(attributes: [.reverse]), .selection: RoleStyle(attributes: [.reverse, .bold]),
        .error: RoleStyle(attributes: [.bold, .underline]), .warning: RoleStyle(attributes: .bold),
        .ok: RoleStyle(), .border: RoleStyle(), .key: RoleStyle(attributes: .bold),
        .stageDone: RoleStyle(), .stageCurrent: RoleStyle(attributes: [.reverse, .bold]),
        .stageBlocked: RoleStyle(attributes: .dim), .stageSkipped: RoleStyle(attributes: .dim),
        .stageError: RoleStyle(attributes: [.bold, .underline]),
        .cellOffer: RoleStyle(), .cellNeed: RoleStyle(attributes: .underline), .cellBoth: RoleStyle(attributes: .bold),
        .cellPlanned: RoleStyle(attributes: [.bold, .underline]),
    ])

    /// Compiled-in copy of the shipped `default` theme, used when no theme file can be read.
    public static let fallback = Theme(name: "default", description: "Dark terminal background", styles: [
        .normal: RoleStyle(), .muted: RoleStyle(foreground: .ansi(8)), .title: RoleStyle(foreground: .ansi(14), attributes: .bold),
        .focused: RoleStyle(foreground: .ansi(0), background: .ansi(6)),
        .selection: RoleStyle(foreground: .ansi(0), background: .ansi(7), attributes: .bold),
        .error: RoleStyle(foreground: .ansi(9), attributes: .bold), .warning: RoleStyle(foreground: .ansi(11)),
        .ok: RoleStyle(foreground: .ansi(10)), .border: RoleStyle(foreground: .ansi(8)),
        .key: RoleStyle(foreground: .ansi(11), attributes: .bold),
        .stageDone: RoleStyle(foreground: .ansi(10)), .stageCurrent: RoleStyle(foreground: .ansi(0), background: .ansi(6), attributes: .bold),
        .stageBlocked: RoleStyle(foreground: .ansi(8)), .stageSkipped: RoleStyle(foreground: .ansi(8), attributes: .italic),
        .stageError: RoleStyle(foreground: .ansi(9), attributes: .bold),
        .cellOffer: RoleStyle(foreground: .ansi(10), attributes: .bold), .cellNeed: RoleStyle(foreground: .ansi(14), attributes: .bold),
        .cellBoth: RoleStyle(foreground: .ansi(11), attributes: .bold),
        .cellPlanned: RoleStyle(foreground: .ansi(15), background: .ansi(4), attributes: .bold),
    ])

    /// The theme as the terminal will show it in `mode`: without colours, the monochrome
    /// attributes are used so that meaning never depended on colour alone.
    public func effective(for mode: ColorMode) -> Theme {
        mode == .monochrome ? Theme.monochrome : self
    }
}
