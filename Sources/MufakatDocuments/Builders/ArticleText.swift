import Foundation
import MufakatDomain

/// Pasal as editable text, and back. An article paragraph is a string of lines: the first lines
/// are the paragraph's text, lines starting "a. ", "b. " (or "1. ") are its lettered items, and
/// a line `{name:list}` stands for items filled from the cooperation. A paragraph that is only
/// `{hak_kewajiban}` or `{pembiayaan}` stands for several paragraphs. Values not known yet stay
/// as `{name}`, so an article pre-filled today picks the value up once the officer enters it.
enum ArticleText {
    struct Token {
        let range: Range<String.Index>
        let name: String
        let isList: Bool
    }

    /// `{name}` and `{name:list}` tokens of a line.
    static func tokens(in line: String) -> [Token] {
        asciiTokens(in: line) ?? characterTokens(in: line)
    }

    /// `characterTokens` on the UTF-8 bytes of an ASCII line (issue 19: by characters, a fifth
    /// of building a PKS). In ASCII every byte is a character but CR LF, and neither brace, colon
    /// nor a letter of a name is part of that one; the ranges are the same string positions.
    /// Nil for a line with any other character.
    static func asciiTokens(in line: String) -> [Token]? {
        var text = line
        // The positions found in the bytes, then made string positions (one step each in UTF-8).
        let found: [(open: Int, end: Int, name: String, isList: Bool)]? = text.withUTF8 { bytes in
            for byte in bytes where byte >= 0x80 { return nil }
            let n = bytes.count
            var out: [(open: Int, end: Int, name: String, isList: Bool)] = []
            var i = 0
            while true {
                var open = i
                while open < n, bytes[open] != UInt8(ascii: "{") { open += 1 }
                guard open < n else { break }
                var close = open + 1
                while close < n, bytes[close] != UInt8(ascii: "}") { close += 1 }
                guard close < n else { break }
                // name, or name:list, and nothing more.
                var colon = open + 1
                while colon < close, bytes[colon] != UInt8(ascii: ":") { colon += 1 }
                let nameBytes = UnsafeBufferPointer(rebasing: bytes[(open + 1)..<colon])
                let isName = !nameBytes.isEmpty && nameBytes.allSatisfy { (0x61...0x7A).contains($0) || $0 == UInt8(ascii: "_") || (0x30...0x39).contains($0) }
                let isList: Bool? = colon == close ? false
                    : UnsafeBufferPointer(rebasing: bytes[(colon + 1)..<close]).elementsEqual("list".utf8) ? true : nil
                if isName, let isList {
                    out.append((open, close + 1, String(decoding: nameBytes, as: UTF8.self), isList))
                }
                i = open + 1
            }
            return out
        }
        guard let found else { return nil }
        let utf8 = line.utf8
        return found.map { t in
            Token(range: utf8.index(utf8.startIndex, offsetBy: t.open)..<utf8.index(utf8.startIndex, offsetBy: t.end), name: t.name, isList: t.isList)
        }
    }

    /// The tokens read character by character (any text).
    static func characterTokens(in line: String) -> [Token] {
        var out: [Token] = []
        var i = line.startIndex
        while let open = line[i...].firstIndex(of: "{") {
            guard let close = line[open...].firstIndex(of: "}") else { break }
            let inner = line[line.index(after: open)..<close]
            let parts = inner.split(separator: ":", omittingEmptySubsequences: false)
            let name = String(parts[0])
            if !name.isEmpty, name.allSatisfy({ ($0.isASCII && $0.isLowercase) || $0 == "_" || $0.isNumber }),
               parts.count == 1 || (parts.count == 2 && parts[1] == "list") {
                out.append(Token(range: open..<line.index(after: close), name: name, isList: parts.count == 2))
            }
            i = line.index(after: open)
        }
        return out
    }

    /// "a. text" / "1. text": the marker's kind and the text, or nil for a text line.
    static func item(_ line: String) -> (numeric: Bool, text: String)? {
        let t = line.trimmedWhitespace()
        // An ASCII line read as bytes (every byte a character, and neither the dot nor the space
        // part of CR LF): by characters this was a twentieth of building a PKS (issue 19).
        if t.utf8.allSatisfy({ $0 < 0x80 }) { return asciiItem(t) }
        guard let dot = t.firstIndex(of: "."), dot > t.startIndex else { return nil }
        let marker = t[..<dot]
        let rest = t[t.index(after: dot)...]
        guard rest.first == " " else { return nil }
        let numeric = marker.allSatisfy { $0.isASCII && $0.isNumber } && marker.count <= 3
        let letter = marker.count <= 2 && marker.allSatisfy { $0.isASCII && $0.isLowercase }
        guard numeric || letter else { return nil }
        return (numeric, rest.trimmedWhitespace())
    }

    /// `item` of an ASCII line already trimmed.
    static func asciiItem(_ t: String) -> (numeric: Bool, text: String)? {
        let bytes = t.utf8
        guard let dot = bytes.firstIndex(of: UInt8(ascii: ".")), dot > bytes.startIndex else { return nil }
        let marker = bytes[..<dot]
        let afterDot = bytes.index(after: dot)
        guard afterDot < bytes.endIndex, bytes[afterDot] == UInt8(ascii: " ") else { return nil }
        let numeric = marker.count <= 3 && marker.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        let letter = marker.count <= 2 && marker.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
        guard numeric || letter else { return nil }
        return (numeric, t[afterDot...].trimmedWhitespace())
    }

    static func standaloneName(_ paragraph: String) -> String? {
        let t = paragraph.trimmedWhitespaceAndNewlines()
        let toks = tokens(in: t)
        guard toks.count == 1, !toks[0].isList, toks[0].range == t.startIndex..<t.endIndex else { return nil }
        return toks[0].name
    }

    static func isComplete(_ text: RichText) -> Bool { text.missingFields.isEmpty }

    // MARK: Pre-filling

    /// An editable article from a clause template, with the values known today filled in.
    static func prefill(_ template: Rulebook.ClauseTemplate, variables: ClauseVariables) -> Article {
        var paragraphs: [String] = []
        for p in template.paragraphs {
            if let name = standaloneName(p), case .paragraphs(let paras)? = variables.value(name) {
                if paras.allSatisfy({ isComplete($0.text) && $0.items.allSatisfy(isComplete) }) {
                    paragraphs += paras.map { para in
                        ([para.text.plain] + para.items.enumerated().map { "\(BuildContext.letter($0.offset)). \($0.element.plain)" })
                            .joined(separator: "\n")
                    }
                } else {
                    paragraphs.append(p)
                }
                continue
            }
            var lines: [String] = []
            var itemCount = 0
            // Items filled from a list continue the paragraph's own markers ("1.", "2." then "3.").
            var numeric: Bool? = nil
            for line in p.linesAtLineFeeds() {
                let toks = tokens(in: line)
                if let listTok = toks.first(where: \.isList), case .list(let items)? = variables.value(listTok.name),
                   items.allSatisfy(isComplete) {
                    var rest = line
                    rest.removeSubrange(listTok.range)
                    rest = rest.trimmedWhitespace()
                    if !rest.isEmpty { lines.append(substitute(rest, variables)) }
                    for item in items {
                        lines.append("\(numeric == true ? String(itemCount + 1) : BuildContext.letter(itemCount)). \(item.plain)")
                        itemCount += 1
                    }
                    continue
                }
                if let it = item(line) {
                    numeric = numeric ?? it.numeric
                    itemCount += 1
                }
                lines.append(substitute(line, variables))
            }
            paragraphs.append(lines.joined(separator: "\n"))
        }
        return Article(clauseID: template.id, heading: substitute(template.heading, variables), paragraphs: paragraphs)
    }

    /// Replaces the inline tokens whose values are complete; leaves the others.
    static func substitute(_ line: String, _ variables: ClauseVariables) -> String {
        var out = line
        for tok in tokens(in: line).reversed() where !tok.isList && !ClauseVariables.live.contains(tok.name) {
            guard let value = variables.value(tok.name), case .inline(let text) = value, isComplete(text) else { continue }
            out.replaceSubrange(tok.range, with: text.plain)
        }
        return out
    }

    // MARK: Building

    /// The article's paragraphs as items: numbered "(1)", "(2)" when more than one.
    static func items(_ article: Article, variables: ClauseVariables) -> [ListItem] {
        var paragraphs: [ListItem] = []
        for p in article.paragraphs where !p.trimmedWhitespaceAndNewlines().isEmpty {
            if let name = standaloneName(p), case .paragraphs(let paras)? = variables.value(name) {
                paragraphs += paras.map { ListItem(marker: nil, text: $0.text, children: BuildContext.lettered($0.items)) }
                continue
            }
            var text = RichText()
            var children: [RichText] = []
            var numeric: Bool? = nil
            for line in p.linesAtLineFeeds() where !line.trimmedWhitespace().isEmpty {
                let toks = tokens(in: line)
                if let listTok = toks.first(where: \.isList) {
                    var rest = line
                    rest.removeSubrange(listTok.range)
                    rest = rest.trimmedWhitespace()
                    if !rest.isEmpty {
                        if !text.isEmpty { text += " " }
                        text += resolve(rest, variables, article: article)
                    }
                    switch variables.value(listTok.name) {
                    case .list(let items)?: children += items
                    case .inline(let t)?: children.append(t)
                    case .paragraphs(let paras)?: children += paras.map(\.text)
                    case nil: children.append(unknown(listTok.name, article: article))
                    }
                    numeric = numeric ?? false
                } else if let it = item(line) {
                    numeric = numeric ?? it.numeric
                    children.append(resolve(it.text, variables, article: article))
                } else {
                    if !text.isEmpty { text += " " }
                    text += resolve(line.trimmedWhitespace(), variables, article: article)
                }
            }
            let items = numeric == true ? BuildContext.numbered(children) : BuildContext.lettered(children)
            paragraphs.append(ListItem(marker: nil, text: text, children: items))
        }
        guard paragraphs.count > 1 else { return paragraphs }
        return paragraphs.enumerated().map { i, p in ListItem(marker: "(\(i + 1))", text: p.text, children: p.children) }
    }

    /// Text with every token replaced: values, or missing fields.
    static func resolve(_ line: String, _ variables: ClauseVariables, article: Article) -> RichText {
        var out = RichText()
        var cursor = line.startIndex
        for tok in tokens(in: line) {
            out += String(line[cursor..<tok.range.lowerBound])
            switch variables.value(tok.name) {
            case .inline(let t)?: out += t
            case .list(let items)?: out += RichText.join(items, separator: " ")
            case .paragraphs(let paras)?: out += RichText.join(paras.map(\.text), separator: " ")
            case nil: out += unknown(tok.name, article: article)
            }
            cursor = tok.range.upperBound
        }
        out += String(line[cursor...])
        return out
    }

    static func unknown(_ name: String, article: Article) -> RichText {
        RichText(missing: MissingValue(path: "clause.\(article.clauseID)",
                                       label: "Variabel {\(name)} pada pasal \(article.heading) tidak dikenal; perbaiki teks pasal atau templat rulebook"))
    }
}
