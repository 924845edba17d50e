import Foundation
import MufakatDocuments
import MufakatDomain
import MufakatStore

/// Daftar publik kerja sama: a static site (an index, one page per cooperation), with CSV and
/// JSON open data, showing only the fields the rulebook's `[public]` section names. No scripts,
/// no outside resources: it works offline and from any web server, and prints well.
public struct PublicRegister: Sendable {
    public let rulebook: Rulebook
    public init(rulebook: Rulebook) { self.rulebook = rulebook }

    /// One published cooperation: its id and its public fields in rulebook order.
    public struct Entry: Sendable, Hashable, Codable {
        public var id: String
        public var title: String
        /// (label, path, values) in the rulebook's order; a field without a value is left out.
        public var fields: [Field]
    }

    public struct Field: Sendable, Hashable, Codable {
        public var path: String
        public var label: String
        /// As shown on the pages ("7 November 2023", "Rp1.500.000,00").
        public var values: [String]
        /// As stored, for open data ("2023-11-07", "1500000").
        public var raw: [String]
    }

    /// What publishing wrote.
    public struct Result: Sendable, Hashable, Codable {
        public var folder: String
        public var cooperations: Int
        public var files: [String]
    }

    /// The public fields of a cooperation (only paths the rulebook lists).
    public func entry(_ c: Cooperation) -> Entry {
        let tree = FieldPath.tree(of: c)
        var fields: [Field] = []
        for field in rulebook.publicRegister?.fields ?? [] {
            guard let path = FieldPath(field.path) else { continue }
            let found = path.values(in: tree)
            let values = found.flatMap { Self.strings($0, path: field.path) }.filter { !$0.isEmpty }
            let raw = found.flatMap { Self.rawStrings($0) }.filter { !$0.isEmpty }
            if !values.isEmpty { fields.append(Field(path: field.path, label: field.label, values: values, raw: raw)) }
        }
        return Entry(id: c.id, title: c.title, fields: fields)
    }

    /// Writes the site into `folder` (created when missing) for every cooperation of `session`.
    public func publish(session: StoreSession, to folder: URL, regionName: String?, today: CalendarDate = .today()) throws(PublishError) -> Result {
        let entries: [Entry]
        do {
            entries = try session.entries().compactMap { e in (try? session.load(id: e.id)).map { entry($0.cooperation) } }
        } catch { throw .store(error) }
        return try write(entries, to: folder, regionName: regionName, today: today)
    }

    public func write(_ entries: [Entry], to folder: URL, regionName: String?, today: CalendarDate) throws(PublishError) -> Result {
        var files: [String] = []
        func put(_ name: String, _ data: Data) throws(PublishError) {
            do { try OutputFile.write(data, to: folder.appendingPathComponent(name), createFolder: true) } catch { throw .write(error) }
            files.append(name)
        }
        let site = regionName.map { "Daftar Kerja Sama Daerah \($0)" } ?? "Daftar Kerja Sama Daerah"
        try put("index.html", Data(indexPage(entries, site: site, today: today).utf8))
        for e in entries { try put("kerja-sama/\(e.id).html", Data(page(e, site: site, today: today).utf8)) }
        try put("data.csv", csv(entries))
        try put("data.json", try json(entries, site: site, today: today))
        return Result(folder: folder.path, cooperations: entries.count, files: files)
    }

    // MARK: Values

    /// A JSON value as display strings, formatted by what the path holds.
    static func strings(_ value: Any, path: String) -> [String] {
        if let list = value as? [Any] { return list.flatMap { strings($0, path: path) } }
        let last = path.split(separator: ".").last.map { String($0.split(separator: "[").first ?? "") } ?? path
        switch value {
        case let s as String:
            if last == "kind", let k = CooperationKind(rawValue: s) { return [k.label] }
            if last == "affairCode", let a = Catalogues.shared.affairs[s] { return ["\(a.code) \(a.name)"] }
            if last == "source", let f = FundingSource(rawValue: s) { return [f.label] }
            if last.lowercased().hasSuffix("date"), let d = CalendarDate(iso: s) { return [IndonesianDate.long(d)] }
            return [s]
        case let n as NSNumber:
            if last == "amount", let r = Rupiah(n.int64Value) { return [r.figures] }
            return [n.stringValue]
        default:
            return []
        }
    }

    static func rawStrings(_ value: Any) -> [String] {
        if let list = value as? [Any] { return list.flatMap { rawStrings($0) } }
        if let s = value as? String { return [s] }
        if let n = value as? NSNumber { return [n.stringValue] }
        return []
    }

    // MARK: Open data

    func csv(_ entries: [Entry]) -> Data {
        let columns = rulebook.publicRegister?.fields ?? []
        var rows: [[String]] = [columns.map(\.path)]
        for e in entries {
            rows.append(columns.map { c in e.fields.first { $0.path == c.path }?.raw.joined(separator: " | ") ?? "" })
        }
        return CsvWriter.data(rows)
    }

    func json(_ entries: [Entry], site: String, today: CalendarDate) throws(PublishError) -> Data {
        struct Document: Encodable {
            var judul: String
            var tanggal: String
            var dasar: String
            var isian: [Rulebook.PublicField]
            var kerjaSama: [[String: [String]]]
        }
        let doc = Document(judul: site, tanggal: today.iso, dasar: rulebook.publicRegister?.basis ?? "",
                           isian: rulebook.publicRegister?.fields ?? [],
                           kerjaSama: entries.map { e in Dictionary(e.fields.map { ($0.path, $0.raw) }, uniquingKeysWith: { a, _ in a }) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do { return try encoder.encode(doc) } catch { throw .render("data.json tidak dapat disusun: \(error)") }
    }

    // MARK: HTML

    static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    static let style = """
    :root { color-scheme: light; }
    body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #1a1a1a; background: #ffffff; margin: 0 auto; max-width: 62rem; padding: 1rem 1.25rem 3rem; line-height: 1.5; }
    a { color: #0b3d91; text-decoration: underline; }
    a:focus { outline: 3px solid #b35900; outline-offset: 2px; }
    header { border-bottom: 3px solid #0b3d91; margin-bottom: 1rem; }
    h1 { font-size: 1.6rem; margin: .5rem 0; }
    table { border-collapse: collapse; width: 100%; }
    caption { text-align: left; font-weight: bold; padding: .5rem 0; }
    th, td { border: 1px solid #595959; padding: .4rem .5rem; text-align: left; vertical-align: top; }
    th { background: #e8eef8; }
    dl { display: grid; grid-template-columns: minmax(12rem, 1fr) 3fr; gap: .25rem 1rem; }
    dt { font-weight: bold; }
    dd { margin: 0; }
    dd ul { margin: 0; padding-left: 1.2rem; }
    footer { margin-top: 2rem; font-size: .9rem; color: #333333; border-top: 1px solid #595959; }
    .skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: #fff; }
    @media print {
      body { max-width: none; padding: 0; font-size: 11pt; }
      a { color: #000000; text-decoration: none; }
      nav, .skip { display: none; }
      th { background: none; }
      tr, dt, dd { break-inside: avoid; }
    }
    """

    func document(title: String, site: String, body: String, today: CalendarDate, root: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="id">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="Mufakat">
        <title>\(Self.escape(title))</title>
        <style>
        \(Self.style)
        </style>
        </head>
        <body>
        <a class="skip" href="#isi">Langsung ke isi</a>
        <header>
        <p><a href="\(root)index.html">\(Self.escape(site))</a></p>
        </header>
        <main id="isi">
        \(body)
        </main>
        <footer>
        <p>Diterbitkan dengan Mufakat pada \(IndonesianDate.long(today)). Hanya isian publik yang ditampilkan; dasar: \(Self.escape(rulebook.publicRegister?.basis ?? "-")).</p>
        <p>Data terbuka: <a href="\(root)data.csv">data.csv</a> · <a href="\(root)data.json">data.json</a></p>
        </footer>
        </body>
        </html>

        """
    }

    func indexPage(_ entries: [Entry], site: String, today: CalendarDate) -> String {
        let columns = ["kind", "parties[].name", "agreement.signing.date", "agreement.endDate"].filter { p in rulebook.publicRegister?.fields.contains { $0.path == p } == true }
        let labels = columns.compactMap { p in rulebook.publicRegister?.fields.first { $0.path == p }?.label }
        var rows = ""
        for e in entries {
            var cells = "<th scope=\"row\"><a href=\"kerja-sama/\(Self.escape(e.id)).html\">\(Self.escape(e.title.isEmpty ? e.id : e.title))</a></th>"
            for p in columns { cells += "<td>\(Self.escape(e.fields.first { $0.path == p }?.values.joined(separator: "; ") ?? "–"))</td>" }
            rows += "<tr>\(cells)</tr>\n"
        }
        let head = (["Judul"] + labels).map { "<th scope=\"col\">\(Self.escape($0))</th>" }.joined()
        let body = """
        <h1>\(Self.escape(site))</h1>
        <p>Jumlah kerja sama: <strong id="jumlah">\(entries.count)</strong>.</p>
        <table id="daftar">
        <caption>Daftar kerja sama daerah</caption>
        <thead><tr>\(head)</tr></thead>
        <tbody>
        \(rows)</tbody>
        </table>
        """
        return document(title: site, site: site, body: body, today: today, root: "")
    }

    func page(_ e: Entry, site: String, today: CalendarDate) -> String {
        var items = ""
        for f in e.fields {
            let value = f.values.count == 1 ? Self.escape(f.values[0]) : "<ul>" + f.values.map { "<li>\(Self.escape($0))</li>" }.joined() + "</ul>"
            items += "<dt>\(Self.escape(f.label))</dt><dd>\(value)</dd>\n"
        }
        let body = """
        <nav aria-label="Navigasi"><p><a href="../index.html">← Kembali ke daftar</a></p></nav>
        <article>
        <h1>\(Self.escape(e.title.isEmpty ? e.id : e.title))</h1>
        <dl>
        \(items)</dl>
        </article>
        """
        return document(title: "\(e.title.isEmpty ? e.id : e.title) – \(site)", site: site, body: body, today: today, root: "../")
    }
}

/// Why the register could not be published.
public enum PublishError: Error, Sendable, CustomStringConvertible {
    case store(StoreError)
    case write(DocumentServiceError)
    case render(String)
    public var description: String {
        switch self {
        case .store(let e): e.description
        case .write(let e): e.description
        case .render(let s): s
        }
    }
}

extension PublicRegister {
    /// HTML escaping, visible to tests.
    public static func escapeForTest(_ s: String) -> String { escape(s) }
}
