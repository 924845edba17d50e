import Foundation
import Testing
import ZIPFoundation
@testable import MufakatDocuments

/// The DOCX package writer against ZIPFoundation's `Archive`, which wrote the packages before it:
/// the same bytes for the same entries, and an archive ZIPFoundation reads back.
@Suite struct StoredZipTests {
    /// The package as the renderer wrote it with ZIPFoundation.
    static func reference(_ entries: [(String, Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in entries {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: DocxRenderer.fixedDate, permissions: 0o644,
                                 compressionMethod: .none) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try #require(archive.data)
    }

    static func stored(_ entries: [(String, Data)]) throws -> Data {
        var zip = StoredZip()
        for (path, data) in entries { try zip.add(path, data) }
        return try zip.finish()
    }

    static let entrySets: [[(String, Data)]] = [
        [],
        [("kosong.txt", Data())],
        [("[Content_Types].xml", Data("<?xml version=\"1.0\"?><Types/>".utf8)), ("word/document.xml", Data(repeating: 0x41, count: 70_000))],
        [("semua-byte.bin", Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })), ("naskah/lampiran é ü.xml", Data("ĳ ß ✓".utf8))],
    ]

    @Test func writesTheBytesZIPFoundationWrote() throws {
        for entries in Self.entrySets {
            #expect(try Self.stored(entries) == Self.reference(entries), "\(entries.map(\.0))")
        }
    }

    @Test func writesADocxAsBefore() throws {
        let naskah = Naskah(kind: .pks, title: "Perjanjian Kerja Sama", blocks: [.title(["PERJANJIAN KERJA SAMA"]), .paragraph(Paragraph("Pada 20-11-2024 & seterusnya."))])
        let renderer = DocxRenderer()
        let parts = renderer.parts(naskah).map { ($0.0, Data($0.1.utf8)) }
        #expect(try renderer.render(naskah) == Self.reference(parts))
        let archive = try Archive(data: renderer.render(naskah), accessMode: .read)
        #expect(archive.map(\.path) == parts.map(\.0))
    }

    @Test func eightBytesAStepIsAByteAStep() {
        var state: UInt32 = 1
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 1000, 4099] {
            let bytes = (0..<length).map { _ -> UInt8 in state = state &* 1_664_525 &+ 1_013_904_223; return UInt8(state >> 24) }
            bytes.withUnsafeBytes { #expect(CRC32.checksum($0) == CRC32.checksumBytewise($0), "\(length)") }
        }
    }

    @Test func checksumsAreZIPs() {
        #expect(Data("123456789".utf8).withUnsafeBytes(CRC32.checksum) == 0xCBF4_3926)
        #expect(Data().withUnsafeBytes(CRC32.checksum) == 0)
        #expect(StoredZip.dosDate == 0x5021)
    }
}
