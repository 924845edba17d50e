import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ZIPFoundation

/// Opens a DOCX produced by the renderer the way a test needs it: the entries in order, each
/// XML part parsed, and the text of word/document.xml in document order.
struct DocxInspector {
    let entries: [String]
    let parts: [String: Data]

    init(_ data: Data) throws {
        let archive = try Archive(data: data, accessMode: .read)
        var names: [String] = []
        var parts: [String: Data] = [:]
        for entry in archive {
            names.append(entry.path)
            var content = Data()
            _ = try archive.extract(entry, skipCRC32: false) { content.append($0) }
            parts[entry.path] = content
        }
        entries = names
        self.parts = parts
    }

    /// Parses a part; nil when it is not well-formed XML.
    func parse(_ path: String) -> Collector? {
        guard let data = parts[path] else { return nil }
        let collector = Collector()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.delegate = collector
        return parser.parse() ? collector : nil
    }

    /// Words of the document body in document order (text of w:t; w:tab and paragraph ends separate).
    func words() -> [String] {
        guard let c = parse("word/document.xml") else { return [] }
        return c.text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\u{00A0}" }).map(String.init)
    }

    /// Elements and their attributes, in order.
    final class Collector: NSObject, XMLParserDelegate {
        var elements: [(name: String, attributes: [String: String])] = []
        var text = ""
        private var inText = false
        private var inRun = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            elements.append((name, attributes))
            if name == "w:t" { inText = true }
            if name == "w:tab" || name == "w:br" { text += "\t" }
            if name == "w:noBreakHyphen" && inRun { text += "-" }
            if name == "w:r" { inRun = true }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "w:t" { inText = false }
            if name == "w:r" { inRun = false }
            if name == "w:p" { text += "\n" }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { text += string }
        }

        func first(_ name: String) -> [String: String]? { elements.first { $0.name == name }?.attributes }
        func all(_ name: String) -> [[String: String]] { elements.filter { $0.name == name }.map(\.attributes) }
    }
}

/// Tokens that carry letters or digits (rules, borders and lone punctuation are layout).
func contentWords(_ words: [String]) -> [String] {
    words.filter { $0.contains { $0.isLetter || $0.isNumber } }
}

func contentWords(_ text: String) -> [String] {
    contentWords(text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init))
}
