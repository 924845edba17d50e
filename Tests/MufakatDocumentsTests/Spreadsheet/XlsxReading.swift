import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ZIPFoundation

/// Opens an XLSX the way a reader would: as a ZIP of XML parts, each parsed on its own.
struct XlsxReading {
    let parts: [String: Data]

    init(_ data: Data) throws {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = bytes
        }
        self.parts = parts
    }

    func xml(_ path: String) throws -> XMLDocument {
        let data = try #require(parts[path], "part \(path) missing")
        return try XMLDocument(data: data, options: [])
    }

    /// Every XML part parses (well-formed), checked with a streaming parser as Excel would.
    func allPartsWellFormed() -> [String] {
        var bad: [String] = []
        for (path, data) in parts where path.hasSuffix(".xml") || path.hasSuffix(".rels") {
            let parser = XMLParser(data: data)
            if !parser.parse() { bad.append("\(path): \(parser.parserError.map { "\($0)" } ?? "?")") }
        }
        return bad.sorted()
    }

    /// The shared strings in order.
    func sharedStrings() throws -> [String] {
        try xml("xl/sharedStrings.xml").nodes(forXPath: "//*[local-name()='si']").map { $0.stringValue ?? "" }
    }

    /// The cells of a sheet as text by reference ("B2" -> "P"), shared strings resolved.
    func cells(sheet: Int) throws -> [String: String] {
        let strings = try sharedStrings()
        let doc = try xml("xl/worksheets/sheet\(sheet).xml")
        var out: [String: String] = [:]
        for node in try doc.nodes(forXPath: "//*[local-name()='c']") {
            guard let el = node as? XMLElement, let ref = el.attr("r") else { continue }
            let v = el.elements(forName: "v").first?.stringValue
            if el.attr("t") == "s", let v, let i = Int(v) { out[ref] = strings[i] }
            else if let v { out[ref] = v }
        }
        return out
    }
}

extension XMLElement {
    /// An attribute's value by name. (`attribute(forName:)` of swift-corelibs-foundation misses
    /// attributes of elements in a default namespace, so the list is searched.)
    func attr(_ name: String) -> String? {
        attributes?.first { $0.name == name || $0.localName == name }?.stringValue
    }
}
