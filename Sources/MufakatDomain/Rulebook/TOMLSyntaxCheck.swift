// This file is shared, byte for byte, by MufakatDomain (rulebooks) and TerminalUI (themes):
// Sources/TerminalUI/Theme/TOMLSyntaxCheck.swift is a symbolic link to it. Keep it free of
// imports beyond the standard library so it compiles in both, and free of Indonesian: the
// toolkit holds none. Problems are data (`TOMLSyntaxProblem`) with English words here; each
// user words them in its own language (MufakatDomain: `TOMLSyntaxWords`; the app installs its
// words for themes through `TerminalStrings.tomlSyntaxProblem`).

/// A TOML text that the syntax check refuses: the 1-based line and column and what is wrong.
struct TOMLSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    let line: Int
    let column: Int
    let problem: TOMLSyntaxProblem
    var description: String { "line \(line) column \(column): \(problem.english)" }
}

/// What the syntax check found wrong, as data: a `code` and its `values`. A value naming what
/// was found instead starts with "@" (`@eof`, `@eol`, `@control`, `@nonascii`) or is a quoted
/// character ("'x'").
struct TOMLSyntaxProblem: Sendable, Equatable {
    let code: String
    let values: [String]
    init(_ code: String, _ values: [String] = []) { self.code = code; self.values = values }

    /// The problem in English.
    var english: String { Self.english(code: code, values: values) }

    static func english(code: String, values v: [String]) -> String {
        func at(_ i: Int) -> String { i < v.count ? v[i] : "" }
        func found(_ i: Int) -> String {
            switch at(i) {
            case "@eof": "end of file"
            case "@eol": "end of line"
            case "@control": "control character"
            case "@nonascii": "non-ASCII character"
            default: at(i)
            }
        }
        switch code {
        case "tooLarge": return "file too large (\(at(0)) bytes; at most \(at(1)))"
        case "unexpectedAfterValue": return "\(found(0)) not expected; after one entry the line must end (or be followed by a # comment)"
        case "crWithoutLF": return "CR character without LF; save the file with ordinary line endings"
        case "controlInComment": return "control character in a comment"
        case "tableHeaderNotClosed": return "table header not closed with '\(at(0))'; found \(found(1))"
        case "arrayTableHeaderNotClosed": return "array of tables header must be closed with ']]'"
        case "keyExpected": return "key name expected, found \(found(0)); key names use letters, digits, '_' or '-'"
        case "multilineKey": return "a key name cannot be a multi-line string"
        case "equalsExpected": return "'=' expected after the key name, found \(found(0))"
        case "tooDeep": return "nesting too deep (more than \(at(0)) levels)"
        case "valueExpected": return "value expected, found \(found(0))"
        case "unknownValue": return "unknown value; write true, false, a number, a date, or text in quotation marks"
        case "stringNotClosed": return "text not closed with a quotation mark"
        case "stringNotClosedAtEndOfLine": return "text not closed with a quotation mark before the end of the line"
        case "controlInStringEscape": return "control character in text; write it as \\uXXXX"
        case "controlInString": return "control character in text"
        case "literalNotClosed": return "text not closed with a single quotation mark"
        case "literalNotClosedAtEndOfLine": return "text not closed with a single quotation mark before the end of the line"
        case "multilineNotClosed": return "multi-line text not closed with \(at(0))"
        case "tooManyQuotes": return "too many quotation marks in a row"
        case "backslashAtEnd": return "backslash at the end of the file"
        case "hexDigitsExpected": return "\\\(at(0)) must be followed by \(at(1)) hexadecimal digits"
        case "invalidUnicode": return "invalid Unicode code \\u"
        case "unknownEscape": return "unknown escape sequence \\\(found(0)); use \\\\ for a backslash"
        case "arrayNotClosed": return "array not closed with ']'"
        case "arraySeparatorExpected": return "',' or ']' expected in an array, found \(found(0))"
        case "inlineTableNotClosed": return "inline table not closed with '}'"
        case "inlineTableSeparatorExpected": return "',' or '}' expected in an inline table (one line only), found \(found(0))"
        default: return code
        }
    }
}

/// Pemeriksa sintaks TOML: a strict check of TOML 1.0 syntax, run before TOMLKit sees a text.
///
/// TOMLKit wraps toml++, whose C++ parser aborts the whole process (an assertion, exit 134) on
/// some malformed inputs: the two bytes `[.` did, and 12 of 500 fuzzed rulebooks (issue 20).
/// An abort cannot be caught in Swift, so every text is checked here first and toml++ only
/// ever parses text this check accepts. The check accepts the grammar of TOML 1.0 (tables,
/// arrays of tables, dotted keys, the four string forms, integers, floats, booleans, dates and
/// times, arrays and inline tables) and refuses anything else, plus nesting deeper than
/// `maxDepth` and texts longer than `maxBytes`. It builds no values: meaning (duplicate keys,
/// redefined tables) is left to toml++, which reports those as ordinary errors.
///
/// Chosen over a Swift TOML parser because the rulebook, the checker and the themes keep
/// TOMLKit's decoding and its exact results for every valid file; only the syntax, where the
/// aborts are, needs a second reader, and a checker is a fraction of a parser's size.
enum TOMLSyntaxCheck {
    static let maxDepth = 64
    static let maxBytes = 8 << 20

    /// Nil when `text` is well-formed TOML that toml++ may parse; else the first problem.
    static func firstProblem(in text: String) -> TOMLSyntaxError? {
        let bytes = Array(text.utf8)
        if bytes.count > maxBytes {
            return TOMLSyntaxError(line: 1, column: 1, problem: TOMLSyntaxProblem("tooLarge", ["\(bytes.count)", "\(maxBytes)"]))
        }
        var scanner = Scanner(bytes: bytes)
        do {
            try scanner.document()
            return nil
        } catch {
            return error
        }
    }

    private struct Scanner {
        let bytes: [UInt8]
        var i = 0
        var line = 1
        var lineStart = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { i >= bytes.count }
        var peek: UInt8? { i < bytes.count ? bytes[i] : nil }
        func peek(_ offset: Int) -> UInt8? { i + offset < bytes.count ? bytes[i + offset] : nil }

        func fail(_ code: String, _ values: [String] = []) -> TOMLSyntaxError {
            fail(TOMLSyntaxProblem(code, values))
        }

        func fail(_ problem: TOMLSyntaxProblem) -> TOMLSyntaxError {
            TOMLSyntaxError(line: line, column: i - lineStart + 1, problem: problem)
        }

        func describeHere() -> String {
            guard let b = peek else { return "@eof" }
            if b == 0x0A || b == 0x0D { return "@eol" }
            if b < 0x20 || b == 0x7F { return "@control" }
            if b >= 0x80 { return "@nonascii" }
            return "'\(String(UnicodeScalar(b)))'"
        }

        // MARK: Document

        mutating func document() throws(TOMLSyntaxError) {
            while !atEnd {
                skipWhitespace()
                guard let b = peek else { break }
                switch b {
                case UInt8(ascii: "#"): try comment(); continue
                case 0x0A, 0x0D: try newline(); continue
                case UInt8(ascii: "["): try tableHeader()
                default: try keyValue(depth: 0)
                }
                try endOfLine()
            }
        }

        mutating func endOfLine() throws(TOMLSyntaxError) {
            skipWhitespace()
            if peek == UInt8(ascii: "#") { try comment() }
            guard let b = peek else { return }
            guard b == 0x0A || b == 0x0D else {
                throw fail("unexpectedAfterValue", [describeHere()])
            }
            try newline()
        }

        mutating func newline() throws(TOMLSyntaxError) {
            if peek == 0x0D {
                guard peek(1) == 0x0A else { throw fail("crWithoutLF") }
                i += 1
            }
            i += 1
            line += 1
            lineStart = i
        }

        mutating func skipWhitespace() {
            while let b = peek, b == 0x20 || b == 0x09 { i += 1 }
        }

        /// Whitespace, newlines and comments, as allowed inside arrays.
        mutating func skipWhitespaceCommentsAndNewlines() throws(TOMLSyntaxError) {
            while let b = peek {
                if b == 0x20 || b == 0x09 { i += 1 }
                else if b == 0x0A || b == 0x0D { try newline() }
                else if b == UInt8(ascii: "#") { try comment() }
                else { return }
            }
        }

        mutating func comment() throws(TOMLSyntaxError) {
            i += 1
            while let b = peek, b != 0x0A, b != 0x0D {
                if (b < 0x20 && b != 0x09) || b == 0x7F { throw fail("controlInComment") }
                i += 1
            }
        }

        // MARK: Tables and keys

        mutating func tableHeader() throws(TOMLSyntaxError) {
            i += 1
            let array = peek == UInt8(ascii: "[")
            if array { i += 1 }
            skipWhitespace()
            try key()
            skipWhitespace()
            guard peek == UInt8(ascii: "]") else { throw fail("tableHeaderNotClosed", [array ? "]]" : "]", describeHere()]) }
            i += 1
            if array {
                guard peek == UInt8(ascii: "]") else { throw fail("arrayTableHeaderNotClosed") }
                i += 1
            }
        }

        /// A dotted key: simple keys joined by "." with optional spaces around the dots.
        mutating func key() throws(TOMLSyntaxError) {
            while true {
                try simpleKey()
                skipWhitespace()
                guard peek == UInt8(ascii: ".") else { return }
                i += 1
                skipWhitespace()
            }
        }

        mutating func simpleKey() throws(TOMLSyntaxError) {
            guard let b = peek else { throw fail("keyExpected", ["@eof"]) }
            if b == UInt8(ascii: "\"") {
                if peek(1) == UInt8(ascii: "\""), peek(2) == UInt8(ascii: "\"") { throw fail("multilineKey") }
                try basicString()
                return
            }
            if b == UInt8(ascii: "'") {
                if peek(1) == UInt8(ascii: "'"), peek(2) == UInt8(ascii: "'") { throw fail("multilineKey") }
                try literalString()
                return
            }
            let start = i
            while let c = peek, Self.isBareKey(c) { i += 1 }
            if i == start { throw fail("keyExpected", [describeHere()]) }
        }

        static func isBareKey(_ c: UInt8) -> Bool {
            (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "_") || c == UInt8(ascii: "-")
        }

        mutating func keyValue(depth: Int) throws(TOMLSyntaxError) {
            try key()
            skipWhitespace()
            guard peek == UInt8(ascii: "=") else { throw fail("equalsExpected", [describeHere()]) }
            i += 1
            skipWhitespace()
            try value(depth: depth)
        }

        // MARK: Values

        mutating func value(depth: Int) throws(TOMLSyntaxError) {
            guard depth < TOMLSyntaxCheck.maxDepth else { throw fail("tooDeep", ["\(TOMLSyntaxCheck.maxDepth)"]) }
            guard let b = peek else { throw fail("valueExpected", ["@eof"]) }
            switch b {
            case UInt8(ascii: "\""):
                if peek(1) == b, peek(2) == b { try multilineString(quote: b) } else { try basicString() }
            case UInt8(ascii: "'"):
                if peek(1) == b, peek(2) == b { try multilineString(quote: b) } else { try literalString() }
            case UInt8(ascii: "["): try array(depth: depth + 1)
            case UInt8(ascii: "{"): try inlineTable(depth: depth + 1)
            case UInt8(ascii: "t"): try word("true")
            case UInt8(ascii: "f"): try word("false")
            default: try numberOrDate()
            }
        }

        mutating func word(_ w: String) throws(TOMLSyntaxError) {
            for c in w.utf8 {
                guard peek == c else { throw fail("unknownValue") }
                i += 1
            }
            if let c = peek, Self.isBareKey(c) { throw fail("unknownValue") }
        }

        mutating func basicString() throws(TOMLSyntaxError) {
            i += 1
            while true {
                guard let b = peek else { throw fail("stringNotClosed") }
                if b == 0x0A || b == 0x0D { throw fail("stringNotClosedAtEndOfLine") }
                if b == UInt8(ascii: "\"") { i += 1; return }
                if b == UInt8(ascii: "\\") { try escape(); continue }
                if (b < 0x20 && b != 0x09) || b == 0x7F { throw fail("controlInStringEscape") }
                i += 1
            }
        }

        mutating func literalString() throws(TOMLSyntaxError) {
            i += 1
            while true {
                guard let b = peek else { throw fail("literalNotClosed") }
                if b == 0x0A || b == 0x0D { throw fail("literalNotClosedAtEndOfLine") }
                if b == UInt8(ascii: "'") { i += 1; return }
                if (b < 0x20 && b != 0x09) || b == 0x7F { throw fail("controlInString") }
                i += 1
            }
        }

        mutating func multilineString(quote: UInt8) throws(TOMLSyntaxError) {
            i += 3
            let basic = quote == UInt8(ascii: "\"")
            while true {
                guard let b = peek else { throw fail("multilineNotClosed", [basic ? "\"\"\"" : "'''"]) }
                if b == quote, peek(1) == quote, peek(2) == quote {
                    i += 3
                    // Up to two more quotes belong to the text ("""a"""" ends with a quote).
                    var extra = 0
                    while peek == quote, extra < 2 { i += 1; extra += 1 }
                    if peek == quote { throw fail("tooManyQuotes") }
                    return
                }
                if b == 0x0A || b == 0x0D { try newline(); continue }
                if basic, b == UInt8(ascii: "\\") {
                    // A backslash at the end of a line joins the lines.
                    var j = i + 1
                    while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
                    if j < bytes.count, bytes[j] == 0x0A || bytes[j] == 0x0D {
                        i = j
                        continue
                    }
                    try escape()
                    continue
                }
                if (b < 0x20 && b != 0x09) || b == 0x7F { throw fail("controlInString") }
                i += 1
            }
        }

        mutating func escape() throws(TOMLSyntaxError) {
            i += 1
            guard let e = peek else { throw fail("backslashAtEnd") }
            switch e {
            case UInt8(ascii: "b"), UInt8(ascii: "t"), UInt8(ascii: "n"), UInt8(ascii: "f"), UInt8(ascii: "r"),
                 UInt8(ascii: "\""), UInt8(ascii: "\\"):
                i += 1
            case UInt8(ascii: "u"), UInt8(ascii: "U"):
                let count = e == UInt8(ascii: "u") ? 4 : 8
                i += 1
                var value: UInt32 = 0
                for _ in 0..<count {
                    guard let h = peek, let d = Self.hexDigit(h) else { throw fail("hexDigitsExpected", [e == UInt8(ascii: "u") ? "u" : "U", "\(count)"]) }
                    value = value << 4 | UInt32(d)
                    i += 1
                }
                guard Unicode.Scalar(value) != nil else { throw fail("invalidUnicode") }
            default:
                throw fail("unknownEscape", [describeHere()])
            }
        }

        static func hexDigit(_ c: UInt8) -> UInt8? {
            switch c {
            case 0x30...0x39: c - 0x30
            case 0x41...0x46: c - 0x41 + 10
            case 0x61...0x66: c - 0x61 + 10
            default: nil
            }
        }

        mutating func array(depth: Int) throws(TOMLSyntaxError) {
            i += 1
            try skipWhitespaceCommentsAndNewlines()
            if peek == UInt8(ascii: "]") { i += 1; return }
            while true {
                try value(depth: depth)
                try skipWhitespaceCommentsAndNewlines()
                guard let b = peek else { throw fail("arrayNotClosed") }
                if b == UInt8(ascii: "]") { i += 1; return }
                guard b == UInt8(ascii: ",") else { throw fail("arraySeparatorExpected", [describeHere()]) }
                i += 1
                try skipWhitespaceCommentsAndNewlines()
                if peek == UInt8(ascii: "]") { i += 1; return }
            }
        }

        mutating func inlineTable(depth: Int) throws(TOMLSyntaxError) {
            i += 1
            skipWhitespace()
            if peek == UInt8(ascii: "}") { i += 1; return }
            while true {
                try keyValue(depth: depth)
                skipWhitespace()
                guard let b = peek else { throw fail("inlineTableNotClosed") }
                if b == UInt8(ascii: "}") { i += 1; return }
                guard b == UInt8(ascii: ",") else { throw fail("inlineTableSeparatorExpected", [describeHere()]) }
                i += 1
                skipWhitespace()
            }
        }

        // MARK: Numbers, dates and times

        mutating func numberOrDate() throws(TOMLSyntaxError) {
            let start = i
            while let c = peek, !(c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == UInt8(ascii: ",")
                                 || c == UInt8(ascii: "]") || c == UInt8(ascii: "}") || c == UInt8(ascii: "#")) {
                i += 1
            }
            // A date and a time may be separated by one space: "1979-05-27 07:32:00".
            if peek == 0x20, Self.isDate(bytes[start..<i]), i + 1 < bytes.count, (0x30...0x39).contains(bytes[i + 1]) {
                i += 1
                while let c = peek, !(c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == UInt8(ascii: ",")
                                     || c == UInt8(ascii: "]") || c == UInt8(ascii: "}") || c == UInt8(ascii: "#")) {
                    i += 1
                }
            }
            let token = bytes[start..<i]
            if token.isEmpty { throw fail("valueExpected", [describeHere()]) }
            if Self.isInteger(token) || Self.isFloat(token) || Self.isDateTime(token) { return }
            i = start
            throw fail("unknownValue")
        }

        static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

        /// Digits with single underscores between digits; `allowed` decides which bytes are digits.
        static func isDigitRun(_ s: ArraySlice<UInt8>, _ allowed: (UInt8) -> Bool) -> Bool {
            guard let first = s.first, let last = s.last, allowed(first), allowed(last) else { return false }
            var previousUnderscore = false
            for c in s {
                if c == UInt8(ascii: "_") {
                    if previousUnderscore { return false }
                    previousUnderscore = true
                } else if allowed(c) {
                    previousUnderscore = false
                } else {
                    return false
                }
            }
            return true
        }

        static func isInteger(_ t: ArraySlice<UInt8>) -> Bool {
            var s = t
            if s.count > 2, s.first == UInt8(ascii: "0") {
                let p = s[s.startIndex + 1]
                let body = s.dropFirst(2)
                switch p {
                case UInt8(ascii: "x"): return isDigitRun(body) { hexDigit($0) != nil } && fits(body, radix: 16)
                case UInt8(ascii: "o"): return isDigitRun(body) { $0 >= 0x30 && $0 <= 0x37 } && fits(body, radix: 8)
                case UInt8(ascii: "b"): return isDigitRun(body) { $0 == 0x30 || $0 == 0x31 } && fits(body, radix: 2)
                default: break
                }
            }
            var negative = false
            if let f = s.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") { negative = f == UInt8(ascii: "-"); s = s.dropFirst() }
            guard isDigitRun(s, isDigit) else { return false }
            if s.count > 1, s.first == UInt8(ascii: "0") { return false }  // no leading zeros
            let digits = String(decoding: s.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
            return Int64(negative ? "-" + digits : digits) != nil
        }

        static func fits(_ body: ArraySlice<UInt8>, radix: Int) -> Bool {
            Int64(String(decoding: body.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self), radix: radix) != nil
        }

        static func isFloat(_ t: ArraySlice<UInt8>) -> Bool {
            var s = t
            if let f = s.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") { s = s.dropFirst() }
            let word = String(decoding: s, as: UTF8.self)
            if word == "inf" || word == "nan" { return true }
            var mantissa = s
            var exponent: ArraySlice<UInt8>? = nil
            if let e = s.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
                mantissa = s[s.startIndex..<e]
                var x = s[(e + 1)...]
                if let f = x.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") { x = x.dropFirst() }
                exponent = x
            }
            var whole = mantissa
            var fraction: ArraySlice<UInt8>? = nil
            if let dot = mantissa.firstIndex(of: UInt8(ascii: ".")) {
                whole = mantissa[mantissa.startIndex..<dot]
                fraction = mantissa[(dot + 1)...]
            }
            guard fraction != nil || exponent != nil else { return false }
            guard isDigitRun(whole, isDigit), !(whole.count > 1 && whole.first == UInt8(ascii: "0")) else { return false }
            if let fraction, !isDigitRun(fraction, isDigit) { return false }
            if let exponent, !isDigitRun(exponent, isDigit) { return false }
            return true
        }

        static func number(_ s: ArraySlice<UInt8>, count: Int, in range: ClosedRange<Int>) -> Bool {
            guard s.count == count, s.allSatisfy(isDigit) else { return false }
            return range.contains(s.reduce(0) { $0 * 10 + Int($1 - 0x30) })
        }

        static func isDate(_ s: ArraySlice<UInt8>) -> Bool {
            guard s.count == 10 else { return false }
            let b = s.startIndex
            guard s[b + 4] == UInt8(ascii: "-"), s[b + 7] == UInt8(ascii: "-"),
                  number(s[b..<(b + 4)], count: 4, in: 0...9999),
                  number(s[(b + 5)..<(b + 7)], count: 2, in: 1...12),
                  number(s[(b + 8)..<(b + 10)], count: 2, in: 1...31) else { return false }
            return true
        }

        /// "07:32:00", "07:32:00.999", with an optional "Z" or "+07:00" when `offset`.
        static func isTime(_ s: ArraySlice<UInt8>, offset: Bool) -> Bool {
            guard s.count >= 8 else { return false }
            let b = s.startIndex
            guard s[b + 2] == UInt8(ascii: ":"), s[b + 5] == UInt8(ascii: ":"),
                  number(s[b..<(b + 2)], count: 2, in: 0...23),
                  number(s[(b + 3)..<(b + 5)], count: 2, in: 0...59),
                  number(s[(b + 6)..<(b + 8)], count: 2, in: 0...60) else { return false }
            var rest = s[(b + 8)...]
            if rest.first == UInt8(ascii: ".") {
                rest = rest.dropFirst()
                let digits = rest.prefix(while: isDigit)
                guard !digits.isEmpty, digits.count <= 9 else { return false }
                rest = rest.dropFirst(digits.count)
            }
            if rest.isEmpty { return true }
            guard offset else { return false }
            if rest.count == 1, rest.first == UInt8(ascii: "Z") || rest.first == UInt8(ascii: "z") { return true }
            guard rest.count == 6, let sign = rest.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return false }
            let r = rest.startIndex
            return rest[r + 3] == UInt8(ascii: ":") && number(rest[(r + 1)..<(r + 3)], count: 2, in: 0...23)
                && number(rest[(r + 4)..<(r + 6)], count: 2, in: 0...59)
        }

        static func isDateTime(_ s: ArraySlice<UInt8>) -> Bool {
            if isDate(s) { return true }
            if isTime(s, offset: false) { return true }
            guard s.count > 11 else { return false }
            let b = s.startIndex
            let separator = s[b + 10]
            guard separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") || separator == 0x20 else { return false }
            return isDate(s[b..<(b + 10)]) && isTime(s[(b + 11)...], offset: true)
        }
    }
}
