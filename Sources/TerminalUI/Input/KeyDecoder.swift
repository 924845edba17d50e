import Foundation

/// One unit of raw input: a Unicode scalar (printable or control) or an ncurses key code.
public enum InputToken: Hashable, Sendable {
    case scalar(UInt32)
    /// An ncurses `KEY_*` code; `name` is ncurses' `keyname` for codes it defines at run time
    /// from terminfo (such as "kLFT5", Ctrl-Left).
    case keyCode(Int32, name: String? = nil)
}

/// Turns raw input into events. Pure: it holds only the incomplete tail of the input, so every
/// case is testable from bytes without a terminal.
///
/// Two kinds of paste become one `Event.paste`: bracketed paste (`ESC [200~ … ESC [201~`), and a
/// *burst*, several plain characters that arrived in one read, which only a paste (or a program
/// like tmux send-keys) produces. Either way a pasted newline never acts as Enter.
public struct KeyDecoder: Sendable {
    private var pending: [UInt32] = []
    private var paste: [UInt32]? = nil

    public init() {}

    /// Whether an incomplete escape sequence or an unfinished bracketed paste is held.
    public var isWaiting: Bool { !pending.isEmpty || paste != nil }
    /// Whether a bracketed paste has started and not ended (the reader should wait longer).
    public var isInPaste: Bool { paste != nil }

    /// ncurses key codes, fixed by the curses ABI (KEY_DOWN is 0402 and so on).
    public enum CursesKey {
        public static let down: Int32 = 0o402, up: Int32 = 0o403, left: Int32 = 0o404, right: Int32 = 0o405
        public static let home: Int32 = 0o406, backspace: Int32 = 0o407, f0: Int32 = 0o410
        public static let delete: Int32 = 0o512, insert: Int32 = 0o513
        public static let pageDown: Int32 = 0o522, pageUp: Int32 = 0o523, enter: Int32 = 0o527
        public static let backTab: Int32 = 0o541, end: Int32 = 0o550, resize: Int32 = 0o632
        public static let shiftLeft: Int32 = 0o611, shiftRight: Int32 = 0o622
    }

    /// Feeds the tokens of one read (everything that was available at once).
    public mutating func feed(_ tokens: [InputToken]) -> [Event] {
        var events: [Event] = []
        if paste == nil, pending.isEmpty, tokens.count >= 2, tokens.allSatisfy(Self.isPlainText) {
            let text = tokens.compactMap { t -> Unicode.Scalar? in
                if case .scalar(let v) = t { return Unicode.Scalar(v) }
                return nil
            }
            return [.paste(Self.normaliseNewlines(String(String.UnicodeScalarView(text))))]
        }
        for token in tokens {
            switch token {
            case .keyCode(let code, let name):
                if paste != nil { continue }
                events += flushPendingAsKeys()
                if let key = Self.key(forCode: code, name: name) { events.append(key) }
            case .scalar(let v):
                events += feedScalar(v)
            }
        }
        return events
    }

    /// Nothing more arrived within the escape delay: a lone ESC is the Escape key, and a paste
    /// that never ended is delivered as it is rather than lost.
    public mutating func timeout() -> [Event] {
        var events: [Event] = []
        if let p = paste {
            paste = nil
            events.append(.paste(Self.text(p)))
        }
        events += flushPendingAsKeys()
        return events
    }

    /// Decodes a complete byte string (UTF-8), as a test or a raw reader would: the bytes are one
    /// read, and input ends after them.
    public static func decode(bytes: [UInt8]) -> [Event] {
        var decoder = KeyDecoder()
        let tokens = String(decoding: bytes, as: UTF8.self).unicodeScalars.map { InputToken.scalar($0.value) }
        return decoder.feed(tokens) + decoder.timeout()
    }

    /// Decodes reads one after another (each array is one read), then the end of input.
    public static func decode(reads: [[InputToken]]) -> [Event] {
        var decoder = KeyDecoder()
        return reads.flatMap { decoder.feed($0) } + decoder.timeout()
    }

    // MARK: - Scalars and escape sequences

    private static let esc: UInt32 = 0x1B
    private static let pasteEnd: [UInt32] = Array("\u{1B}[201~".unicodeScalars.map(\.value))

    private mutating func feedScalar(_ v: UInt32) -> [Event] {
        if paste != nil {
            paste!.append(v)
            if paste!.count >= Self.pasteEnd.count, Array(paste!.suffix(Self.pasteEnd.count)) == Self.pasteEnd {
                let body = Array(paste!.dropLast(Self.pasteEnd.count))
                paste = nil
                return [.paste(Self.text(body))]
            }
            return []
        }
        if pending.isEmpty {
            if v == Self.esc { pending = [v]; return [] }
            return Self.single(v).map { [$0] } ?? []
        }
        // Inside an escape sequence.
        pending.append(v)
        if pending.count == 2 {
            let second = pending[1]
            if second == UInt32(UInt8(ascii: "[")) || second == UInt32(UInt8(ascii: "O")) { return [] }
            if second == Self.esc {
                // ESC ESC: the first is a plain Escape, the second may start a sequence.
                pending = [Self.esc]
                return [.key(.escape)]
            }
            pending = []
            if second >= 0x20, second != 0x7F, let s = Unicode.Scalar(second) {
                return [.key(.alt(Character(s)))]
            }
            return [.key(.escape)] + (Self.single(second).map { [$0] } ?? [])
        }
        if pending[1] == UInt32(UInt8(ascii: "O")) {
            let final = pending[2]
            pending = []
            return [Self.ss3(final)]
        }
        // CSI: parameters and intermediates until a final byte 0x40...0x7E.
        if v >= 0x40 && v <= 0x7E {
            let body = String(String.UnicodeScalarView(pending.dropFirst(2).dropLast().compactMap(Unicode.Scalar.init)))
            pending = []
            if v == UInt32(UInt8(ascii: "~")), body == "200" {
                paste = []
                return []
            }
            if v == UInt32(UInt8(ascii: "~")), body == "201" { return [] }
            return [Self.csi(body, final: Character(Unicode.Scalar(v)!))]
        }
        if v < 0x20 || pending.count > 32 {
            // Not a sequence after all: give back what was held, as keys.
            let held = pending
            pending = []
            return [.key(.unknown(Self.text(held).debugDescription))]
        }
        return []
    }

    private mutating func flushPendingAsKeys() -> [Event] {
        guard !pending.isEmpty else { return [] }
        let held = pending
        pending = []
        if held.count == 1 { return [.key(.escape)] }
        if held.count == 2, held[1] == UInt32(UInt8(ascii: "[")) { return [.key(.alt("["))] }
        if held.count == 2, held[1] == UInt32(UInt8(ascii: "O")) { return [.key(.alt("O"))] }
        return [.key(.unknown(Self.text(held).debugDescription))]
    }

    /// A single scalar outside any sequence.
    static func single(_ v: UInt32) -> Event? {
        switch v {
        case 3: return .signal(.interrupt)
        case 8, 0x7F: return .key(.backspace)
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 0: return .key(.ctrl(" "))
        case 1...26: return .key(.ctrl(Character(Unicode.Scalar(v + 0x60)!)))
        case 27: return .key(.escape)
        case 28...31: return .key(.unknown("^" + String(Character(Unicode.Scalar(v + 0x40)!))))
        default:
            guard let s = Unicode.Scalar(v) else { return nil }
            return .key(.char(Character(s)))
        }
    }

    static func ss3(_ final: UInt32) -> Event {
        switch Character(Unicode.Scalar(final) ?? "?") {
        case "A": .key(.up)
        case "B": .key(.down)
        case "C": .key(.right)
        case "D": .key(.left)
        case "H": .key(.home)
        case "F": .key(.end)
        case "M": .key(.enter)
        case "P": .key(.function(1))
        case "Q": .key(.function(2))
        case "R": .key(.function(3))
        case "S": .key(.function(4))
        case let c: .key(.unknown("ESC O \(c)"))
        }
    }

    static func csi(_ body: String, final: Character) -> Event {
        let params = body.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        let modifier = params.count >= 2 ? (params[1] ?? 1) : 1
        let ctrl = modifier >= 5 && (modifier - 1) & 4 != 0
        switch final {
        case "A": return .key(ctrl ? .ctrlUp : .up)
        case "B": return .key(ctrl ? .ctrlDown : .down)
        case "C": return .key(ctrl ? .ctrlRight : .right)
        case "D": return .key(ctrl ? .ctrlLeft : .left)
        case "H": return .key(.home)
        case "F": return .key(.end)
        case "Z": return .key(.backTab)
        case "P": return .key(.function(1))
        case "Q": return .key(.function(2))
        case "R": return .key(.function(3))
        case "S": return .key(.function(4))
        case "~":
            switch params.first ?? nil {
            case 1, 7: return .key(.home)
            case 2: return .key(.insert)
            case 3: return .key(.delete)
            case 4, 8: return .key(.end)
            case 5: return .key(.pageUp)
            case 6: return .key(.pageDown)
            case let n? where (11...15).contains(n): return .key(.function(n - 10))
            case let n? where (17...21).contains(n): return .key(.function(n - 11))
            case 23: return .key(.function(11))
            case 24: return .key(.function(12))
            default: return .key(.unknown("ESC [\(body)~"))
            }
        default:
            return .key(.unknown("ESC [\(body)\(final)"))
        }
    }

    /// An ncurses key code, or nil for codes that mean nothing to an app.
    static func key(forCode code: Int32, name: String?) -> Event? {
        switch code {
        case CursesKey.down: return .key(.down)
        case CursesKey.up: return .key(.up)
        case CursesKey.left: return .key(.left)
        case CursesKey.right: return .key(.right)
        case CursesKey.home: return .key(.home)
        case CursesKey.end: return .key(.end)
        case CursesKey.backspace: return .key(.backspace)
        case CursesKey.delete: return .key(.delete)
        case CursesKey.insert: return .key(.insert)
        case CursesKey.pageDown: return .key(.pageDown)
        case CursesKey.pageUp: return .key(.pageUp)
        case CursesKey.enter: return .key(.enter)
        case CursesKey.backTab: return .key(.backTab)
        case CursesKey.shiftLeft: return .key(.left)
        case CursesKey.shiftRight: return .key(.right)
        case CursesKey.resize: return nil
        case (CursesKey.f0 + 1)...(CursesKey.f0 + 12): return .key(.function(Int(code - CursesKey.f0)))
        default:
            switch name {
            case "kLFT5": return .key(.ctrlLeft)
            case "kRIT5": return .key(.ctrlRight)
            case "kUP5": return .key(.ctrlUp)
            case "kDN5": return .key(.ctrlDown)
            case "kHOM5": return .key(.home)
            case "kEND5": return .key(.end)
            case "kDC5": return .key(.delete)
            default: return .key(.unknown(name ?? "code \(code)"))
            }
        }
    }

    static func isPlainText(_ token: InputToken) -> Bool {
        guard case .scalar(let v) = token else { return false }
        // Tab is left out: several Tabs sent at once (tmux send-keys, a fast hand) are moves, and a
        // pasted Tab is rare outside bracketed paste, which keeps it.
        return v == 10 || v == 13 || (v >= 0x20 && v != 0x7F)
    }

    static func text(_ scalars: [UInt32]) -> String {
        normaliseNewlines(String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init))))
    }

    /// Terminals send Enter as CR; pasted text keeps its line breaks as LF only.
    static func normaliseNewlines(_ s: String) -> String {
        s.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
