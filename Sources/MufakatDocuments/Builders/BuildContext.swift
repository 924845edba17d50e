import Foundation
import MufakatDomain

/// What every builder reads: the cooperation, the rulebook, the own region's letterhead and the
/// officer's options, with helpers that turn a value into text or into a `MissingValue`.
struct BuildContext {
    let cooperation: Cooperation
    let rulebook: Rulebook
    let letterhead: Letterhead?
    let options: BuildOptions
    /// The party a letter is written for, when the caller names it (a DPRD letter per party, an
    /// answer letter per partner); nil = decided by the document.
    var party: Int? = nil

    var parties: [Party] { cooperation.parties }

    /// Index of the own region among the parties (the letterhead's region, else PIHAK PERTAMA).
    var ownIndex: Int { storeIndex ?? 0 }

    /// Index of the store's region among the parties; nil when the store's region is not a party.
    var storeIndex: Int? {
        guard let code = letterhead?.regionCode else { return nil }
        return parties.firstIndex { $0.type == .region && $0.regionCode == code }
    }

    /// The party that makes the offer and writes the KAK.
    var initiatorIndex: Int {
        let i = cooperation.offer.initiator
        return parties.indices.contains(i) ? i : 0
    }

    /// The letterhead of the party at `index`: the store's when it is that party, else its own.
    func letterhead(forParty index: Int) -> Letterhead {
        let party = parties.indices.contains(index) ? parties[index] : Party(type: .region, name: "")
        return Letterhead.sending(party, region: party.regionCode.flatMap { Catalogues.shared.regions[$0] }, own: letterhead)
    }

    /// Perangkat daerah pelaksana of party `index`: its own, else for the initiator the initiating
    /// agency entered in stage 1 (the same OPD carries the cooperation on).
    func agency(of index: Int) -> String? {
        let own = parties[index].agency?.trimmedWhitespace() ?? ""
        if !own.isEmpty { return own }
        let initiating = cooperation.proposal.initiatingAgency.trimmedWhitespace()
        return index == initiatorIndex && !initiating.isEmpty ? initiating : nil
    }

    // MARK: Values or missing fields

    func text(_ value: String?, _ path: String, _ label: String, bold: Bool = false) -> RichText {
        let v = (value ?? "").trimmedWhitespaceAndNewlines()
        return v.isEmpty ? RichText(missing: MissingValue(path: path, label: label)) : RichText(v, bold: bold)
    }

    /// A value inside a sentence: trailing full stops and semicolons are dropped, since the
    /// sentence supplies its own punctuation.
    func phrase(_ value: String?, _ path: String, _ label: String) -> RichText {
        text(value.map(BuildContext.trimPunctuation), path, label)
    }

    /// A phrase the officer typed, set inside a running sentence ("adalah meningkatkan ...",
    /// "dengan objek layanan ..."): its first letter lower-cased when the first word is an
    /// ordinary capitalised word, never an acronym ("RSUD"), a region's name or another
    /// proper name (see `lowerFirstWord`).
    func inSentence(_ value: String?, _ path: String, _ label: String) -> RichText {
        phrase(value.map(BuildContext.lowerFirstWord), path, label)
    }

    /// Words that open a proper name and keep their capital inside a sentence.
    static let properWords: Set<String> = [
        "Pemerintah", "Pemerintahan", "Provinsi", "Kabupaten", "Kota", "Kementerian", "Menteri", "Badan", "Dinas",
        "Sekretariat", "Sekretaris", "Gubernur", "Bupati", "Wali", "Presiden", "Republik", "Negara", "Indonesia",
        "Dewan", "Perusahaan", "Perseroan", "Bank", "Rumah", "Universitas", "Institut", "Politeknik", "Balai",
        "Direktorat", "Kantor", "Lembaga", "Komisi", "Otoritas", "Perum", "Persero", "Yayasan", "Koperasi",
        // "Anggaran Pendapatan dan Belanja Daerah/Negara" (the KB's funding source).
        "Anggaran",
        "Tuhan", "Allah", "Nusantara", "Jawa", "Sumatera", "Kalimantan", "Sulawesi", "Papua", "Bali", "Maluku",
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
        "November", "Desember", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
    ]

    /// First words of the catalogue's region names ("Bogor", "Bandung", "Tanjung"). Every
    /// cooperation has a region among its parties, so the validation of the same export reads the
    /// region catalogue anyway: the words are taken from it, read once.
    static let regionWords: Set<String> = Set(Catalogues.shared.regions.all.compactMap { firstWordOfShortName($0.name) })

    /// The first word of `Region.shortName` for a region called `name` ("Kabupaten Bogor" ->
    /// "Bogor"), read on the UTF-8 bytes (issue 19: through `shortName`, the set of them cost a
    /// thirtieth of a PKS export). The prefixes are ASCII, so a prefix of the bytes is a prefix
    /// of the text; the word ends at the first space, as `split(separator: " ")` ends it.
    static func firstWordOfShortName(_ name: String) -> String? {
        var name = name
        // On the contiguous bytes: through the generic views, the 552 names were a sixth of
        // building a PKS naskah (issue 19).
        return name.withUTF8 { bytes in
            var start = 0
            for prefix in shortNamePrefixes where bytes.count >= prefix.count && bytes.starts(with: prefix) {
                start = prefix.count
                break
            }
            while start < bytes.count && bytes[start] == 0x20 { start += 1 }
            guard start < bytes.count else { return nil }
            var end = start
            while end < bytes.count && bytes[end] != 0x20 { end += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }

    /// What `Region.shortName` takes off a region's name, in the order it tries them.
    private static let shortNamePrefixes: [[UInt8]] = ["Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota "].map { Array($0.utf8) }

    /// "Meningkatkan layanan" -> "meningkatkan layanan"; "RSUD Kota", "Bogor Raya",
    /// "Pemerintah Kota" and "E-parkir" stay as they are unless the first word is a plain
    /// capitalised word (an upper-case letter, then only lower-case letters).
    static func lowerFirstWord(_ text: String) -> String {
        let trimmed = text.trimmedWhitespaceAndNewlines()
        guard let firstWord = trimmed.split(separator: " ").first.map(String.init) else { return text }
        let word = firstWord.trimmedPunctuation()
        guard word.count >= 2, let head = word.first, head.isUppercase,
              word.dropFirst().allSatisfy({ $0.isLetter && $0.isLowercase }),
              !properWords.contains(word), !regionWords.contains(word) else { return text }
        return head.lowercased() + String(trimmed.dropFirst())
    }

    func date(_ value: CalendarDate?, _ path: String, _ label: String) -> RichText {
        guard let value else { return RichText(missing: MissingValue(path: path, label: label)) }
        return RichText(options.dateStyle.format(value))
    }

    /// "5 (lima)".
    func count(_ value: Int?, _ path: String, _ label: String) -> RichText {
        guard let value, value > 0 else { return RichText(missing: MissingValue(path: path, label: label)) }
        return RichText(BuildContext.countWords(value))
    }

    func year(_ value: Int?, _ path: String, _ label: String) -> RichText {
        guard let value, value > 0 else { return RichText(missing: MissingValue(path: path, label: label)) }
        return RichText(String(value))
    }

    static func countWords(_ n: Int) -> String { "\(n) (\(NumberWords.spell(n)))" }

    static func trimPunctuation(_ s: String) -> String {
        var t = s.trimmedWhitespaceAndNewlines()
        while let last = t.last, last == "." || last == ";" || last == "," { t.removeLast() }
        return t.trimmedWhitespace()
    }

    /// Splits text an officer typed into paragraphs (at line breaks), dropping empty ones.
    static func paragraphs(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmedWhitespace() }.filter { !$0.isEmpty }
    }

    // MARK: Parties

    func partyLabel(_ i: Int) -> String { Party.label(at: i) }

    /// "PIHAK KEDUA (Kabupaten Bogor)", for missing-field labels.
    func partyDescriptor(_ i: Int) -> String {
        let name = parties[i].name.trimmedWhitespace()
        return name.isEmpty ? partyLabel(i) : "\(partyLabel(i)) (\(name))"
    }

    /// "Pemerintah Kota Bogor" / "PT Transportasi Bogor".
    func formalName(_ i: Int) -> RichText {
        text(parties[i].name.isEmpty ? nil : parties[i].formalName, "parties[\(i)].name", "Nama \(partyLabel(i))")
    }

    var formalNames: RichText { RichText.enumeration(parties.indices.map(formalName)) }

    /// "PIHAK PERTAMA dan PIHAK KEDUA".
    var partyLabels: String {
        let labels = parties.indices.map(partyLabel)
        switch labels.count {
        case 0: return ""
        case 1: return labels[0]
        case 2: return "\(labels[0]) dan \(labels[1])"
        default: return labels.dropLast().joined(separator: ", ") + ", dan " + labels[labels.count - 1]
        }
    }

    /// Who signs for party `i` in a signed stage: the stage's signatory when named, else the
    /// party's representative (the head of region, minister or director).
    func signatory(_ i: Int, in signing: Signing, stagePath: String) -> (person: Person, powerOfAttorney: PowerOfAttorney?, path: String) {
        if i < signing.signatories.count, !signing.signatories[i].person.name.trimmedWhitespace().isEmpty {
            let s = signing.signatories[i]
            return (s.person, s.powerOfAttorney, "\(stagePath).signing.signatories[\(i)].person")
        }
        // A PKS may be signed by the official named in the party's details, on the head's
        // power of attorney (PP 28/2018 Pasal 13); a KB always by the head.
        if stagePath == "agreement", let s = parties[i].signer, !s.person.name.trimmedWhitespace().isEmpty {
            return (s.person, s.powerOfAttorney, "parties[\(i)].signer.person")
        }
        return (parties[i].representative, nil, "parties[\(i)].representative")
    }

    // MARK: Cooperation facts

    /// The title as it follows "... Kerja Sama tentang": a leading "Kerja Sama" is dropped so the
    /// words are not repeated ("Penawaran Kerja Sama tentang Penyediaan Air Minum").
    var title: RichText { phrase(BuildContext.withoutLeadingKerjaSama(cooperation.title), "title", "Judul kerja sama") }

    /// "Kerja Sama Penyediaan Air Minum" -> "Penyediaan Air Minum"; "Kerja Sama Daerah ..." and a
    /// title that is only "Kerja Sama" are kept.
    static func withoutLeadingKerjaSama(_ title: String) -> String {
        let t = title.trimmedWhitespace()
        for prefix in ["Kerja Sama ", "kerja sama ", "KERJA SAMA "] where t.hasPrefix(prefix) {
            let rest = String(t.dropFirst(prefix.count)).trimmedWhitespace()
            let next = rest.split(separator: " ").first.map { $0.lowercased() } ?? ""
            if rest.isEmpty || next == "daerah" || next == "antara" || next == "tentang" { return t }
            return rest
        }
        return t
    }

    var affairName: RichText {
        let code = cooperation.affairCode
        if code.isEmpty { return RichText(missing: MissingValue(path: "affairCode", label: "Urusan pemerintahan")) }
        guard let affair = Catalogues.shared.affairs[code] else {
            return RichText(missing: MissingValue(path: "affairCode", label: "Urusan pemerintahan (kode \(code) tidak ada dalam katalog)"))
        }
        return RichText(affair.name)
    }

    /// "Kesepakatan Bersama" or, with a ministry, "Nota Kesepakatan".
    var memorandumName: String { cooperation.kind == .notaKesepakatan ? "Nota Kesepakatan" : "Kesepakatan Bersama" }

    /// The citations of the rulebook sources with these ids, in that order (unknown ids
    /// skipped), each with its amendment chain ("sebagaimana telah beberapa kali diubah, ...").
    func citations(_ ids: [String]) -> [String] {
        ids.compactMap { id in rulebook.sources.first { $0.id == id }?.fullCitation }
    }

    /// The rulebook's sector regulations for the cooperation's affair (`affairs` of a source).
    var sectorSources: [Rulebook.Source] {
        let code = cooperation.affairCode
        guard !code.isEmpty else { return [] }
        return rulebook.sources.filter { source in
            (source.affairs ?? []).contains { code == $0 || code.hasPrefix($0 + ".") }
        }
    }

    /// Legal bases cited in a KB or PKS preamble: the regional-government law, the cooperation
    /// regulations, then the sector regulation of the affair where the rulebook knows one.
    var preambleSources: [String] {
        let general = cooperation.kind == .notaKesepakatan
            ? citations(["uu-23-2014", "pp-28-2018"])
            : citations(["uu-23-2014", "pp-28-2018", "permendagri-22-2020"])
        return general + sectorSources.map(\.fullCitation)
    }

    /// "a", "a dan b", "a sampai dengan c": letters of the first `n` considerations.
    static func letterRange(_ n: Int) -> String {
        switch n {
        case ...0: return ""
        case 1: return "huruf a"
        case 2: return "huruf a dan huruf b"
        default: return "huruf a sampai dengan huruf \(letter(n - 1))"
        }
    }

    /// 0 -> "a", 25 -> "z", 26 -> "aa".
    static func letter(_ index: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return index < 26 ? String(letters[index]) : String(repeating: String(letters[index % 26]), count: index / 26 + 1)
    }

    /// Lettered items "a.", "b." for `texts`.
    static func lettered(_ texts: [RichText]) -> [ListItem] {
        texts.enumerated().map { ListItem(marker: "\(letter($0.offset)).", text: $0.element) }
    }

    static func numbered(_ texts: [RichText]) -> [ListItem] {
        texts.enumerated().map { ListItem(marker: "\($0.offset + 1).", text: $0.element) }
    }

    /// Enumeration punctuation of a list inside a sentence: "...;", "...; dan", "...".
    static func punctuated(_ items: [String]) -> [String] {
        items.enumerated().map { i, item in
            let t = trimPunctuation(item)
            if i == items.count - 1 { return t + "." }
            if i == items.count - 2 { return t + "; dan" }
            return t + ";"
        }
    }

    /// The same for rich text (items already without closing punctuation).
    static func punctuated(_ items: [RichText]) -> [RichText] {
        items.enumerated().map { i, item in
            item + (i == items.count - 1 ? "." : (i == items.count - 2 ? "; dan" : ";"))
        }
    }
}
