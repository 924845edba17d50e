import Foundation
import MufakatDomain

/// A document the store keeps with revisions: a cooperation or a region mapping.
public protocol StoredDocument: Codable, Sendable, Hashable {
    /// Key of the document inside a revision file: "cooperation", "mapping".
    static var envelopeKey: String { get }
    /// What a person calls it: "kerja sama", "pemetaan".
    static var itemKind: String { get }
    static var migrator: Migrator { get }
    /// File name (without ".json") of this document.
    var storeKey: String { get }
    var schemaVersion: Int { get }
    /// Whether `key` is safe and valid as a file name of this kind.
    static func isValidKey(_ key: String) -> Bool
    /// Values outside the ranges of `ValueLimits`: a document holding any is damaged.
    var rangeProblems: [CooperationDecodingError] { get }
}

extension Cooperation: StoredDocument {
    public static var envelopeKey: String { "cooperation" }
    public static var itemKind: String { StoreText.current.errors.cooperation }
    public static var migrator: Migrator { .cooperation }
    public var storeKey: String { id }
    /// `Cooperation.isValidID` byte by byte: every file name of `cooperations/` and `history/` is
    /// checked at each open, and the Unicode case checks of `Character` cost half of a
    /// `mufakat list` at 10,000 (issue 19). The same answer: a–z, 0–9 and "-", not first, at most 64.
    public static func isValidKey(_ key: String) -> Bool {
        var key = key
        return key.withUTF8 { b in
            guard !b.isEmpty, b.count <= 64, b[0] != 0x2D else { return false }
            for c in b where !((c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2D) { return false }
            return true
        }
    }
    public var rangeProblems: [CooperationDecodingError] { ValueLimits.problems(in: self) }
}

extension RegionMapping: StoredDocument {
    public static var envelopeKey: String { "mapping" }
    public static var itemKind: String { StoreText.current.errors.mapping }
    public static var migrator: Migrator { .mapping }
    public var storeKey: String { regionCode }
    public var rangeProblems: [CooperationDecodingError] { ValueLimits.problems(in: self) }
    /// Region codes: "32" or "32.71" (digits in groups separated by single dots).
    public static func isValidKey(_ key: String) -> Bool {
        guard !key.isEmpty, key.count <= 32, !key.hasPrefix("."), !key.hasSuffix("."), !key.contains("..") else { return false }
        return key.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "." }
    }
}

/// Revisi: one saved state of a document. The same bytes are written to
/// `history/<id>/<revision>.json` (immutable) and, for the latest one, `cooperations/<id>.json`.
/// `previousSHA256` is the SHA-256 of the previous revision file's exact bytes, so a change to
/// or the loss of any revision breaks the chain and `check-store` reports it.
public struct RevisionRecord<Document: StoredDocument>: Codable, Sendable, Hashable {
    /// "mufakat-revisi".
    public static var formatName: String { "mufakat-revisi" }
    /// Version of this envelope.
    public static var currentFormatVersion: Int { 1 }

    public var format: String
    public var formatVersion: Int
    public var revision: Int
    public var previousSHA256: String?
    public var savedAt: Date
    public var savedBy: Author
    /// Set when this revision restores an earlier one (`mufakat restore`).
    public var restoredFrom: Int?
    public var document: Document

    public init(revision: Int, previousSHA256: String?, savedAt: Date, savedBy: Author, restoredFrom: Int? = nil, document: Document) {
        format = Self.formatName; formatVersion = Self.currentFormatVersion
        self.revision = revision; self.previousSHA256 = previousSHA256; self.savedAt = savedAt
        self.savedBy = savedBy; self.restoredFrom = restoredFrom; self.document = document
    }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ s: String) { stringValue = s }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        format = try c.decode(String.self, forKey: Key("format"))
        formatVersion = try c.decode(Int.self, forKey: Key("formatVersion"))
        revision = try c.decode(Int.self, forKey: Key("revision"))
        previousSHA256 = try c.decodeIfPresent(String.self, forKey: Key("previousSHA256"))
        savedAt = try c.decode(Date.self, forKey: Key("savedAt"))
        savedBy = try c.decode(Author.self, forKey: Key("savedBy"))
        restoredFrom = try c.decodeIfPresent(Int.self, forKey: Key("restoredFrom"))
        document = try c.decode(Document.self, forKey: Key(Document.envelopeKey))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(format, forKey: Key("format"))
        try c.encode(formatVersion, forKey: Key("formatVersion"))
        try c.encode(revision, forKey: Key("revision"))
        try c.encodeIfPresent(previousSHA256, forKey: Key("previousSHA256"))
        try c.encode(savedAt, forKey: Key("savedAt"))
        try c.encode(savedBy, forKey: Key("savedBy"))
        try c.encodeIfPresent(restoredFrom, forKey: Key("restoredFrom"))
        try c.encode(document, forKey: Key(Document.envelopeKey))
    }

    var info: RevisionInfo {
        RevisionInfo(revision: revision, savedAt: savedAt, savedBy: savedBy, sha256: "", previousSHA256: previousSHA256, restoredFrom: restoredFrom)
    }
}

/// A revision's metadata, without the document: what `mufakat history` lists.
public struct RevisionInfo: Codable, Sendable, Hashable {
    public var revision: Int
    public var savedAt: Date
    public var savedBy: Author
    /// SHA-256 (hex) of the revision file's bytes.
    public var sha256: String
    public var previousSHA256: String?
    public var restoredFrom: Int?

    public init(revision: Int, savedAt: Date, savedBy: Author, sha256: String, previousSHA256: String?, restoredFrom: Int?) {
        self.revision = revision; self.savedAt = savedAt; self.savedBy = savedBy; self.sha256 = sha256
        self.previousSHA256 = previousSHA256; self.restoredFrom = restoredFrom
    }
}

/// A document as loaded from the store, with the revision it is at.
public struct StoredRevision<Document: StoredDocument>: Sendable, Hashable {
    public var document: Document
    public var info: RevisionInfo
    /// Whether the file was written by an older schema and migrated while reading.
    public var migratedFrom: Int?

    public init(document: Document, info: RevisionInfo, migratedFrom: Int? = nil) {
        self.document = document; self.info = info; self.migratedFrom = migratedFrom
    }

    public var revision: Int { info.revision }
    public var savedAt: Date { info.savedAt }
    public var savedBy: Author { info.savedBy }
}

/// A cooperation with its revision: what `load(id:)` returns.
public typealias StoredCooperation = StoredRevision<Cooperation>
/// A region mapping with its revision.
public typealias StoredMapping = StoredRevision<RegionMapping>

extension StoredRevision where Document == Cooperation {
    public var cooperation: Cooperation { document }
}

extension StoredRevision where Document == RegionMapping {
    public var mapping: RegionMapping { document }
}
