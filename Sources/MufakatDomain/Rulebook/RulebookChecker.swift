import Foundation
import TOMLKit

/// Masalah rulebook: one problem in a rulebook file, with its line and where it is.
public struct RulebookProblem: Sendable, Hashable, Codable, CustomStringConvertible {
    public let file: String
    /// 1-based line, nil when the problem concerns the whole file.
    public let line: Int?
    /// `.error` makes the rulebook unusable; `.warning` is worth a look.
    public let severity: Severity
    /// Where in the rulebook, e.g. "[[stage]] ke-3 (kb) › after".
    public let location: String
    public let message: String

    public init(file: String, line: Int?, severity: Severity, location: String, message: String) {
        self.file = file; self.line = line; self.severity = severity; self.location = location; self.message = message
    }

    /// "r.toml baris 12: [[stage]] ke-3 (kb) › after: tahapan 'dprdd' tidak ada ...".
    public var description: String {
        let place = line.map { rc.fileLine(file, $0) } ?? file
        let level = severity == .error ? "" : "\(severity.label.lowercased()): "
        return location.isEmpty ? "\(place): \(level)\(message)" : "\(place): \(level)\(location): \(message)"
    }
}

/// Pemeriksa rulebook: reads a rulebook file and reports every problem at once, each with its
/// line: TOML syntax, unknown sections and keys, missing keys, wrong value types, duplicate ids,
/// references to stages, gates, conditions and kinds that do not exist, field paths the
/// cooperation does not have, severities other than error/warning/info, empty legal bases,
/// rules the program needs but the file lacks, and message placeholders the program does not fill.
public enum RulebookChecker {
    /// All problems of rulebook `text` (named `file` in messages), in line order.
    public static func check(_ text: String, file: String, catalogues: Catalogues = .shared) -> [RulebookProblem] {
        if let problem = TOMLSyntaxCheck.firstProblem(in: text) {
            return [RulebookProblem(file: file, line: problem.line, severity: .error, location: "",
                                    message: rc.syntaxAt(problem.column, DisplayLanguage.current == .english ? problem.problem.english : problem.problem.indonesian))]
        }
        let root: TOMLTable
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            return [RulebookProblem(file: file, line: error.source.begin.line, severity: .error, location: "",
                                    message: rc.syntax(error.description))]
        } catch {
            return [RulebookProblem(file: file, line: nil, severity: .error, location: "", message: rc.syntaxOnly("\(error)"))]
        }
        var checker = Checker(file: file, root: root, index: TOMLLineIndex(text: text), catalogues: catalogues)
        checker.checkStructure(table: root, path: "", schemaPath: "")
        checker.checkMeta()
        checker.checkDuplicates()
        checker.checkKinds()
        checker.checkStages()
        checker.checkGatesAndConditions()
        checker.checkDuration()
        checker.checkReminders()
        checker.checkRules()
        checker.checkMappingMessages()
        checker.checkClauses()
        checker.checkTKKSD()
        checker.checkArchiveAndPublic()
        checker.checkBases()
        checker.checkEnglish()
        // Safety net: whatever the decoder still refuses is an error too.
        if !checker.problems.contains(where: { $0.severity == .error }) {
            do { _ = try RulebookLoader.parse(text, file: file) } catch {
                checker.problems.append(RulebookProblem(file: file, line: error.line, severity: .error, location: "", message: error.problem))
            }
        }
        return checker.problems.enumerated().sorted { a, b in
            let la = a.element.line ?? Int.max, lb = b.element.line ?? Int.max
            return la != lb ? la < lb : a.offset < b.offset
        }.map(\.element)
    }

    /// All problems of the rulebook file at `path`; an unreadable file is one problem.
    public static func check(path: String, catalogues: Catalogues = .shared) -> [RulebookProblem] {
        guard let data = FileManager.default.contents(atPath: path) else {
            return [RulebookProblem(file: path, line: nil, severity: .error, location: "", message: rc.unreadable)]
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return [RulebookProblem(file: path, line: nil, severity: .error, location: "", message: rc.notUTF8)]
        }
        return check(text, file: path, catalogues: catalogues)
    }

    /// The rulebook to use: the bundled one, or the file at `path` after a full check. A custom
    /// rulebook with any error is refused with all its problems; warnings come back with it.
    public static func load(path: String?, catalogues: Catalogues = .shared) -> Result<(rulebook: Rulebook, warnings: [RulebookProblem]), RulebookCheckFailure> {
        guard let path else {
            do { return .success((try RulebookLoader.load(), [])) } catch {
                return .failure(RulebookCheckFailure(problems: [RulebookProblem(file: error.file, line: error.line, severity: .error, location: "", message: error.problem)]))
            }
        }
        let problems = check(path: path, catalogues: catalogues)
        if problems.contains(where: { $0.severity == .error }) { return .failure(RulebookCheckFailure(problems: problems)) }
        do { return .success((try RulebookLoader.load(path: path), problems)) } catch {
            return .failure(RulebookCheckFailure(problems: [RulebookProblem(file: error.file, line: error.line, severity: .error, location: "", message: error.problem)]))
        }
    }
}

/// A rulebook refused because it has errors; `problems` lists all of them (and its warnings).
public struct RulebookCheckFailure: Error, Sendable, CustomStringConvertible {
    public let problems: [RulebookProblem]
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

// MARK: - The checks

struct Checker {
    let file: String
    let root: TOMLTable
    let index: TOMLLineIndex
    let catalogues: Catalogues
    var problems: [RulebookProblem] = []

    init(file: String, root: TOMLTable, index: TOMLLineIndex, catalogues: Catalogues) {
        self.file = file; self.root = root; self.index = index; self.catalogues = catalogues
    }

    mutating func report(_ severity: Severity, _ path: String, _ message: String) {
        problems.append(RulebookProblem(file: file, line: index.line(for: path), severity: severity,
                                        location: describe(path), message: message))
    }

    // MARK: Raw access

    /// The entries of an array of tables at `key` of `table` (root by default), with their paths.
    func entries(_ key: String, in table: TOMLTable? = nil, at prefix: String = "") -> [(path: String, table: TOMLTable)] {
        guard let array = (table ?? root)[key]?.array else { return [] }
        let base = prefix.isEmpty ? key : "\(prefix).\(key)"
        return array.enumerated().compactMap { i, v in v.table.map { ("\(base)[\(i)]", $0) } }
    }
    func string(_ t: TOMLTable, _ k: String) -> String? { t[k]?.string }
    func strings(_ t: TOMLTable, _ k: String) -> [String] { t[k]?.array?.compactMap { $0.string } ?? [] }
    func int(_ t: TOMLTable, _ k: String) -> Int? { t[k]?.int }
    func bool(_ t: TOMLTable, _ k: String) -> Bool? { t[k]?.bool }

    /// The raw table at a structural path such as "stage[2].field[0]".
    func table(at path: String) -> TOMLTable? {
        var current: TOMLTable? = root
        for comp in path.split(separator: ".") {
            var name = Substring(comp)
            var idx: Int? = nil
            if let open = name.firstIndex(of: "["), let close = name.firstIndex(of: "]") {
                idx = Int(name[name.index(after: open)..<close]); name = name[..<open]
            }
            guard let value = current?[String(name)] else { return nil }
            if let idx { current = value.array.flatMap { idx < $0.count ? $0[idx].table : nil } } else { current = value.table }
        }
        return current
    }

    /// "[[stage]] ke-3 (kb) › [[stage.field]] ke-2 › path" for "stage[2].field[1].path".
    func describe(_ path: String) -> String {
        guard !path.isEmpty else { return "" }
        if !path.contains("."), !path.contains("[") {
            if root[path]?.array != nil { return "[[\(path)]]" }
            if root[path]?.table != nil { return "[\(path)]" }
        }
        var parts: [String] = []
        var tableName = ""
        var prefix = ""
        let comps = path.split(separator: ".")
        for (n, comp) in comps.enumerated() {
            prefix += prefix.isEmpty ? String(comp) : ".\(comp)"
            var name = Substring(comp)
            if let open = name.firstIndex(of: "["), let close = name.firstIndex(of: "]"), let i = Int(name[name.index(after: open)..<close]) {
                name = name[..<open]
                tableName += tableName.isEmpty ? String(name) : ".\(name)"
                let t = table(at: prefix)
                let id = t?["id"]?.string ?? t?["path"]?.string
                parts.append(rc.nth(tableName, i + 1) + (id.map { " (\($0))" } ?? ""))
            } else if n == comps.count - 1 {
                parts.append(String(name))
            } else {
                tableName += tableName.isEmpty ? String(name) : ".\(name)"
                parts.append("[\(tableName)]")
            }
        }
        return parts.joined(separator: " › ")
    }

    // MARK: Structure, from the Rulebook types themselves

    mutating func checkStructure(table: TOMLTable, path: String, schemaPath: String) {
        let schema = ModelSchema.rulebook
        let known = schema.keys(of: schemaPath)
        for key in table.keys {
            let childSchema = schemaPath.isEmpty ? key : "\(schemaPath).\(key)"
            let childPath = path.isEmpty ? key : "\(path).\(key)"
            guard let kind = schema.kinds[childSchema], let value = table[key] else {
                if path.isEmpty {
                    report(.error, childPath, rc.unknownSection(key, known.joined(separator: ", ")))
                } else {
                    report(.error, childPath, rc.unknownKey(key, known.joined(separator: ", ")))
                }
                continue
            }
            checkValue(value, kind: kind, path: childPath, schemaPath: childSchema)
        }
        for key in known where table[key] == nil {
            let keyPath = schemaPath.isEmpty ? key : "\(schemaPath).\(key)"
            guard !schema.optional.contains(keyPath) else { continue }
            report(.error, path, path.isEmpty ? rc.sectionMissing(key) : rc.keyMissing(key))
        }
    }

    mutating func checkValue(_ value: TOMLValueConvertible, kind: FieldKind, path: String, schemaPath: String) {
        let schema = ModelSchema.rulebook
        let last = path.split(separator: ".").last.map(String.init) ?? path
        switch kind {
        case .text:
            if value.type != .string { report(.error, path, rc.mustBeText(last)) }
        case .integer:
            if value.type != .int { report(.error, path, rc.mustBeInteger(last)) }
        case .number:
            if value.type != .int && value.type != .double { report(.error, path, rc.mustBeNumber(last)) }
        case .bool:
            if value.type != .bool { report(.error, path, rc.mustBeBool(last)) }
        case .object, .map:
            guard let t = value.table else { report(.error, path, rc.mustBeTable(last)); return }
            if kind == .object { checkStructure(table: t, path: path, schemaPath: schemaPath) }
        case .list:
            let elementKind = schema.kinds[schemaPath + "[]"]
            guard let array = value.array else {
                if elementKind == .object {
                    report(.error, path, rc.mustBeTableList(last, schemaPath.replacingOccurrences(of: "[]", with: "")))
                } else {
                    report(.error, path, rc.mustBeList(last))
                }
                return
            }
            guard let elementKind else { return }
            for (i, element) in array.enumerated() {
                let elementPath = "\(path)[\(i)]"
                if elementKind == .object {
                    guard let t = element.table else { report(.error, path, rc.eachMustBeTable(last)); continue }
                    checkStructure(table: t, path: elementPath, schemaPath: schemaPath + "[]")
                } else {
                    let before = problems.count
                    checkValue(element, kind: elementKind, path: elementPath, schemaPath: schemaPath + "[]")
                    if problems.count > before {
                        let p = problems.removeLast()
                        report(p.severity, path, rc.elementMustBe(i + 1, last, Self.kindName(elementKind)))
                    }
                }
            }
        case .date, .money, .choice:
            break
        }
    }

    static func kindName(_ kind: FieldKind) -> String {
        switch kind {
        case .text: rc.kindText
        case .integer: rc.kindInteger
        case .number: rc.kindNumber
        case .bool: rc.kindBool
        default: rc.kindOther
        }
    }

    // MARK: Meaning

    mutating func checkMeta() {
        guard let meta = root["rulebook"]?.table, let version = int(meta, "format_version") else { return }
        if version > 1 {
            report(.error, "rulebook.format_version", rc.formatTooNew(version))
        } else if version < 1 {
            report(.error, "rulebook.format_version", rc.formatInvalid(version))
        }
    }

    mutating func checkDuplicates() {
        var lists = ["source", "kind", "stage", "gate", "condition", "rule", "archive_kind"].map { ($0, entries($0)) }
        if let duration = root["duration"]?.table { lists.append(("duration.exception", entries("exception", in: duration, at: "duration"))) }
        for (section, list) in lists {
            var seen: [String: String] = [:]
            for (path, t) in list {
                guard let id = string(t, "id") else { continue }
                if id.trimmedWhitespace().isEmpty { report(.error, "\(path).id", rc.idEmpty); continue }
                if let first = seen[id] {
                    let where_ = index.line(for: first).map { rc.line($0) } ?? first
                    report(.error, "\(path).id", rc.idDuplicate(id, section, where_))
                } else { seen[id] = path }
            }
        }
        var clauses: [String: String] = [:]
        for (path, t) in entries("clause") {
            guard let id = string(t, "id") else { continue }
            let key = "\(string(t, "document") ?? "")/\(id)"
            if let first = clauses[key] {
                report(.error, "\(path).id", rc.clauseIDDuplicate(id, string(t, "document") ?? "", index.line(for: first) ?? 0))
            } else { clauses[key] = path }
        }
        for (path, stage) in entries("stage") {
            var seen = Set<String>()
            for (fieldPath, field) in entries("field", in: stage, at: path) {
                if let p = string(field, "path"), !seen.insert(p).inserted {
                    report(.warning, "\(fieldPath).path", rc.fieldTwice(p))
                }
            }
        }
    }

    var stageIDs: Set<String> { Set(entries("stage").compactMap { string($0.table, "id") }) }
    var gateIDs: Set<String> { Set(entries("gate").compactMap { string($0.table, "id") }) }
    var kindIDs: Set<String> { Set(entries("kind").compactMap { string($0.table, "id") }) }

    mutating func checkKinds() {
        let stages = stageIDs
        let stageAfter: [String: [String]] = Dictionary(entries("stage").compactMap { e in string(e.table, "id").map { ($0, strings(e.table, "after")) } },
                                                         uniquingKeysWith: { a, _ in a })
        let stageStartWhen: [String: [String]] = Dictionary(entries("stage").compactMap { e in string(e.table, "id").map { ($0, strings(e.table, "start_when")) } },
                                                             uniquingKeysWith: { a, _ in a })
        let stageSection: [String: String] = Dictionary(entries("stage").compactMap { e in
            string(e.table, "id").map { ($0, string(e.table, "section") ?? "") } }, uniquingKeysWith: { a, _ in a })
        let known = CooperationKind.allCases.map(\.rawValue)
        let kindEntries = entries("kind")
        for (path, t) in kindEntries {
            let id = string(t, "id") ?? ""
            if !id.isEmpty, CooperationKind(rawValue: id) == nil {
                report(.error, "\(path).id", rm.kindUnknown(id, known.joined(separator: ", ")))
            }
            let list = strings(t, "stages")
            var seen = Set<String>()
            for s in list {
                if !stages.contains(s) {
                    report(.error, "\(path).stages", rm.stageMissing(s, stages.sorted().joined(separator: ", ")))
                }
                if !seen.insert(s).inserted { report(.error, "\(path).stages", rm.stageTwice(s)) }
            }
            // Every stage must come after the stages it waits for.
            for (position, s) in list.enumerated() {
                for before in stageAfter[s] ?? [] {
                    if let at = list.firstIndex(of: before), at > position {
                        report(.error, "\(path).stages", rm.stageOrder(s, before))
                    }
                }
            }
            if bool(t, "allowed") == true && list.isEmpty {
                report(.error, "\(path).stages", rm.allowedNeedsStage)
            }
            // A stage waiting for a condition that none of the kind's stages can produce never starts.
            let sections = Set(list.compactMap { stageSection[$0] })
            for s in list {
                for name in stageStartWhen[s] ?? [] {
                    guard let condition = GateCondition(rawValue: name), let producer = condition.producedBy,
                          !sections.contains(producer.rawValue) else { continue }
                    report(.error, "\(path).stages",
                           rm.conditionUnreachable(s, name, id, producer.rawValue))
                }
            }
            if bool(t, "allowed") == false && (string(t, "refusal")?.trimmedWhitespace().isEmpty ?? true) {
                report(.warning, "\(path).allowed", rm.refusalEmpty)
            }
            let partyTypes = strings(t, "party_types")
            for p in strings(t, "required_party_types") where !partyTypes.contains(p) {
                report(.error, "\(path).required_party_types", rm.requiredPartyTypeMissing(p, partyTypes.joined(separator: ", ")))
            }
            var formIDs = Set<String>()
            for (formPath, form) in entries("form", in: t, at: path) {
                if let fid = string(form, "id"), !formIDs.insert(fid).inserted {
                    report(.error, "\(formPath).id", rm.formDuplicate(fid))
                }
            }
            for p in strings(t, "party_types") where PartyType(rawValue: p) == nil {
                report(.error, "\(path).party_types", rm.partyTypeUnknown(p, PartyType.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            let shapes = PartyShape.allCases.filter { $0 != .mixed }.map(\.rawValue)
            for s in strings(t, "allowed_shapes") where !shapes.contains(s) {
                report(.error, "\(path).allowed_shapes", rm.shapeUnknown(s, shapes.joined(separator: ", ")))
            }
            if let n = int(t, "min_parties"), n < 2 {
                report(.error, "\(path).min_parties", rm.minParties)
            }
        }
        let present = kindIDs
        for kind in CooperationKind.allCases where !present.contains(kind.rawValue) {
            report(.warning, "kind", rm.kindNotRegulated(kind.rawValue, kind.displayLabel))
        }
    }

    mutating func checkStages() {
        let stageEntries = entries("stage")
        let stages = stageIDs, gates = gateIDs, kinds = kindIDs
        let sections = StageSection.allCases.map(\.rawValue)
        let conditions = GateCondition.allCases.map(\.rawValue)
        let used = Set(entries("kind").flatMap { strings($0.table, "stages") })
        for (path, t) in stageEntries {
            let id = string(t, "id") ?? ""
            let section = string(t, "section") ?? ""
            if !section.isEmpty, StageSection(rawValue: section) == nil {
                report(.error, "\(path).section", rm.sectionUnknown(section, sections.joined(separator: ", ")))
            }
            for a in strings(t, "after") {
                if a == id { report(.error, "\(path).after", rm.waitsForItself) }
                else if !stages.contains(a) { report(.error, "\(path).after", rm.stageMissing(a, stages.sorted().joined(separator: ", "))) }
            }
            if let g = string(t, "gate"), !gates.contains(g) {
                report(.error, "\(path).gate", rm.gateMissing(g, gates.sorted().joined(separator: ", ")))
            }
            for c in strings(t, "start_when") where GateCondition(rawValue: c) == nil {
                report(.error, "\(path).start_when", rm.conditionUnknown(c, conditions.joined(separator: ", ")))
            }
            if !id.isEmpty, !used.contains(id) {
                report(.warning, "\(path).id", rm.stageUnused(id))
            }
            for (fieldPath, field) in entries("field", in: t, at: path) {
                if let p = string(field, "path") { checkFieldPath(p, at: "\(fieldPath).path", custom: section == StageSection.custom.rawValue) }
                for k in strings(field, "kinds") where !kinds.contains(k) {
                    report(.error, "\(fieldPath).kinds", rm.kindNotInKinds(k))
                }
            }
        }
        // Waiting in a circle would block every stage in it for ever.
        let after = Dictionary(stageEntries.compactMap { e in string(e.table, "id").map { ($0, strings(e.table, "after")) } }, uniquingKeysWith: { a, _ in a })
        var reported = Set<String>()
        for (path, t) in stageEntries {
            guard let id = string(t, "id") else { continue }
            var stack = after[id] ?? [], seen = Set<String>()
            while let next = stack.popLast() {
                if next == id, reported.insert(id).inserted {
                    report(.error, "\(path).after", rm.circularWait(id))
                    break
                }
                if seen.insert(next).inserted { stack += after[next] ?? [] }
            }
        }
    }

    /// [archive] and [public]: a positive size limit, and public fields that exist on the
    /// cooperation, each listed once (a wrong path would silently publish nothing).
    mutating func checkArchiveAndPublic() {
        if let archive = root["archive"]?.table, let mb = archive["max_file_mb"]?.int, mb <= 0 {
            report(.error, "archive.max_file_mb", rm.archiveMaxSize)
        }
        guard let publicTable = root["public"]?.table else { return }
        var seen = Set<String>()
        for (path, field) in entries("field", in: publicTable, at: "public") {
            guard let p = string(field, "path") else { continue }
            checkFieldPath(p, at: "\(path).path", custom: false)
            if !seen.insert(p).inserted { report(.warning, "\(path).path", rm.publicFieldTwice(p)) }
        }
    }

    mutating func checkFieldPath(_ text: String, at path: String, custom: Bool) {
        guard let fieldPath = FieldPath(text) else {
            report(.error, path, rm.fieldPathInvalid(text))
            return
        }
        if custom && !text.contains(".") { return } // an answer of a custom stage
        guard ModelSchema.cooperation.kind(of: fieldPath) == nil else { return }
        // Suggest from the deepest part that exists.
        var comps = fieldPath.components
        var suggestion = ""
        while !comps.isEmpty {
            comps.removeLast()
            let prefix = FieldPath(components: comps)
            if comps.isEmpty || ModelSchema.cooperation.kind(of: prefix) != nil {
                let normalized = comps.isEmpty ? "" : prefix.description.replacingOccurrences(of: "[*]", with: "[]")
                    .replacingOccurrences(of: #"\[\d+\]"#, with: "[]", options: .regularExpression)
                let children = ModelSchema.cooperation.keys(of: normalized)
                if case .key(let wrong)? = fieldPath.components.dropFirst(comps.count).first,
                   let closest = children.min(by: { Self.distance($0, wrong) < Self.distance($1, wrong) }),
                   Self.distance(closest, wrong) <= max(2, wrong.count / 3) {
                    let full = comps.isEmpty ? closest : "\(prefix).\(closest)"
                    suggestion = rm.perhaps(full)
                } else if !children.isEmpty {
                    suggestion = rm.existingFields(comps.isEmpty ? nil : "\(prefix)", children.joined(separator: ", "))
                }
                break
            }
        }
        report(.error, path, rm.fieldPathUnknown(text, suggestion))
    }

    mutating func checkGatesAndConditions() {
        let conditions = GateCondition.allCases.map(\.rawValue)
        let usedGates = Set(entries("stage").compactMap { string($0.table, "gate") })
        for (path, t) in entries("gate") {
            let when = strings(t, "when_any")
            if t["when_any"] != nil && when.isEmpty { report(.error, "\(path).when_any", rm.gateWithoutCondition) }
            for c in when where GateCondition(rawValue: c) == nil {
                report(.error, "\(path).when_any", rm.conditionUnknown(c, conditions.joined(separator: ", ")))
            }
            if let id = string(t, "id"), !usedGates.contains(id) {
                report(.warning, "\(path).id", rm.gateUnused(id))
            }
        }
        let described = Set(entries("condition").compactMap { string($0.table, "id") })
        for (path, t) in entries("condition") {
            if let id = string(t, "id"), GateCondition(rawValue: id) == nil {
                report(.warning, "\(path).id", rm.conditionUnused(id, conditions.joined(separator: ", ")))
            }
        }
        for c in GateCondition.allCases where !described.contains(c.rawValue) {
            report(.warning, "condition",
                   rm.conditionWithoutTable(c.rawValue))
        }
    }

    mutating func checkDuration() {
        guard let duration = root["duration"]?.table else { return }
        if let max = int(duration, "max_years"), max < 1 { report(.error, "duration.max_years", rm.durationAtLeastOne) }
        let general = int(duration, "max_years") ?? 0
        for (path, t) in entries("exception", in: duration, at: "duration") {
            if let max = int(t, "max_years") {
                if max < 1 { report(.error, "\(path).max_years", rm.durationAtLeastOne) }
                else if max <= general { report(.warning, "\(path).max_years", rm.exceptionNotAbove(max, general)) }
            }
            let affair = string(t, "affair") ?? ""
            if !affair.isEmpty, catalogues.affairs[affair] == nil {
                report(.error, "\(path).affair", rm.affairUnknown(affair))
            }
            for sub in strings(t, "sub_affairs") {
                guard let row = catalogues.authority[sub] else {
                    report(.error, "\(path).sub_affairs", rm.subAffairUnknown(sub))
                    continue
                }
                if !affair.isEmpty && row.affairCode != affair {
                    report(.error, "\(path).sub_affairs", rm.subAffairOtherAffair(sub, row.affairCode, affair))
                }
            }
        }
    }

    mutating func checkReminders() {
        guard let r = root["reminders"]?.table else { return }
        let days = r["expiry_days"]?.array?.compactMap { $0.int } ?? []
        if r["expiry_days"] != nil && days.isEmpty { report(.error, "reminders.expiry_days", rm.reminderDaysEmpty) }
        if days.contains(where: { $0 < 1 }) { report(.error, "reminders.expiry_days", rm.reminderDaysPositive) }
        if days != days.sorted(by: >) || Set(days).count != days.count {
            report(.warning, "reminders.expiry_days", rm.reminderDaysOrder)
        }
        for key in ["offer_response_days", "dprd_decision_days", "evaluations_per_year"] {
            if let v = int(r, key), v < 1 { report(.error, "reminders.\(key)", rm.valueAtLeastOne) }
        }
    }

    mutating func checkRules() {
        let ruleEntries = entries("rule")
        var present = Set<String>()
        for (path, t) in ruleEntries {
            if let severity = string(t, "severity"), Severity(rawValue: severity) == nil {
                report(.error, "\(path).severity", rm.severityUnknown(severity))
            }
            guard let id = string(t, "id") else { continue }
            present.insert(id)
            guard let rule = RuleID(rawValue: id) else {
                report(.warning, "\(path).id", rm.ruleUnknown(id))
                continue
            }
            if let message = string(t, "message") {
                if message.trimmedWhitespace().isEmpty { report(.error, "\(path).message", rm.messageEmpty) }
                let unknown = Self.placeholders(in: message).subtracting(rule.placeholders)
                if !unknown.isEmpty {
                    let allowed = rule.placeholders.sorted().map { "{\($0)}" }.joined(separator: ", ")
                    report(.error, "\(path).message", rm.placeholdersUnknown(unknown.sorted().map { "{\($0)}" }.joined(separator: ", "), allowed.isEmpty ? rm.none : allowed))
                }
            }
        }
        for rule in RuleID.allCases where !present.contains(rule.rawValue) {
            report(.error, "rule", rm.ruleMissing(rule.rawValue))
        }
    }

    /// Edit distance, for "did you mean" suggestions.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased()), b = Array(b.lowercased())
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var previous = row[0]
            row[0] = i
            for j in 1...b.count {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }

    static func placeholders(in message: String) -> Set<String> {
        var out = Set<String>()
        var rest = Substring(message)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            out.insert(String(after[..<close]))
            rest = after[after.index(after: close)...]
        }
        return out
    }

    mutating func checkTKKSD() {
        guard let t = root["tkksd"]?.table else { return }
        let stages = stageIDs
        for s in strings(t, "review_stages") where !stages.contains(s) {
            report(.error, "tkksd.review_stages", rm.stageMissing(s, stages.sorted().joined(separator: ", ")))
        }
        if t["basis"]?.string.map({ $0.trimmedWhitespace().isEmpty }) ?? false {
            report(.error, "tkksd.basis", rm.basisEmpty)
        }
    }

    mutating func checkClauses() {
        let kinds = kindIDs
        for (path, t) in entries("clause") {
            if let doc = string(t, "document"), !["kb", "nota", "pks", "adendum", "perpanjangan"].contains(doc) {
                report(.error, "\(path).document", rm.documentUnknown(doc))
            }
            for k in strings(t, "kinds") where !kinds.contains(k) {
                report(.error, "\(path).kinds", rm.kindNotInKinds(k))
            }
            for c in strings(t, "when") where GateCondition(rawValue: c) == nil {
                report(.error, "\(path).when", rm.conditionUnknown(c, GateCondition.allCases.map(\.rawValue).joined(separator: ", ")))
            }
        }
    }

    /// Every rule, stage, field, gate, condition, limit and clause names its legal basis.
    mutating func checkBases() {
        func blank(_ t: TOMLTable, _ k: String) -> Bool { t[k]?.string.map { $0.trimmedWhitespace().isEmpty } ?? false }
        var tables: [(String, TOMLTable)] = []
        for section in ["kind", "stage", "gate", "condition", "rule", "clause", "source", "ending_ground"] { tables += entries(section).map { ($0.path, $0.table) } }
        for (path, kind) in entries("kind") { tables += entries("form", in: kind, at: path).map { ($0.path, $0.table) } }
        for (path, stage) in entries("stage") { tables += entries("field", in: stage, at: path).map { ($0.path, $0.table) } }
        if let d = root["duration"]?.table {
            tables.append(("duration", d))
            tables += entries("exception", in: d, at: "duration").map { ($0.path, $0.table) }
        }
        for (path, t) in tables where blank(t, "basis") {
            report(.error, "\(path).basis", rm.basisEmptyExample)
        }
        for (path, t) in entries("source") where blank(t, "citation") {
            report(.error, "\(path).citation", rm.citationEmpty)
        }
        if let r = root["reminders"]?.table {
            for key in r.keys where key.hasSuffix("_basis") && blank(r, key) {
                report(.error, "reminders.\(key)", rm.reminderBasisEmpty)
            }
        }
    }
}


/// The rulebook check's words in the interface language.
private var rc: Catalogue<RulebookCheckText> { DomainText.current.rulebookCheck }

/// The rulebook check's words about meaning in the interface language.
private var rm: Catalogue<RulebookMeaningText> { DomainText.current.rulebookMeaning }
