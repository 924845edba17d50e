import Testing
import MufakatDomain
@testable import MufakatDocuments

/// Letters come from the right side (issue 13): the offer from the initiator, an answer from the
/// partner, a DPRD letter from the party whose council is asked; letterhead, signer and
/// addressee always of that party, whatever store builds them.
@Suite struct LetterSenderTests {
    static let letters: [DocumentKind] = [.penawaran, .jawaban, .dprd]

    /// Kabupaten Solok offers Kota Solok and Kabupaten Solok Selatan a cooperation; Kota Solok
    /// accepted, Solok Selatan negotiates.
    static var solok: Cooperation {
        let regions = Catalogues.shared.regions
        var c = Cooperation(id: "ks-solok", title: "Pengelolaan Air Minum Regional Solok", kind: .ksddSukarela,
                            partiesBordering: true, affairCode: "1.03", burdensPublic: false)
        c.parties = [
            Party.region(regions["13.02"]!, headName: "Jon Firman Pandu", address: "Jalan Raya Koto Baru, Arosuka"),
            Party.region(regions["13.72"]!, headName: "Ramadhani Kirana Putra", address: "Jalan Lubuk Sikarah Nomor 89, Solok"),
            Party.region(regions["13.11"]!, headName: "Khairunas", address: "Jalan Lintas Sumatera, Padang Aro"),
        ]
        c.parties[0].city = "Arosuka"
        c.parties[2].city = "Padang Aro"
        c.offer.letterNumber = "690/123/Bup-2026"
        c.offer.letterDate = CalendarDate(iso: "2026-03-02")
        c.offer.responses = [PartnerResponse(partyIndex: 1, response: .accepted, letterNumber: "690/45/WK-2026", letterDate: CalendarDate(iso: "2026-03-20")),
                             PartnerResponse(partyIndex: 2, response: .negotiating, notes: "pembagian biaya operasional")]
        c.burdensPublic = true
        c.financing.lines = [
            FinancingLine(budgetYear: 2027, partyIndex: 0, amount: Rupiah(900_000_000)!, source: .apbd, budgeted: false, planningCode: "1.03.03.2.01", description: "Jaringan transmisi"),
            FinancingLine(budgetYear: 2027, partyIndex: 1, amount: Rupiah(400_000_000)!, source: .apbd, budgeted: false, planningCode: "1.03.03.2.01", description: "Jaringan distribusi"),
            FinancingLine(budgetYear: 2027, partyIndex: 1, amount: Rupiah(2_000_000_000)!, source: .apbn, budgeted: false, planningCode: "1.03.03.2.01", description: "Bantuan instalasi (APBN)"),
        ]
        return c
    }

    static func profileLetterhead(_ code: String, city: String) -> Letterhead {
        Letterhead(profile: RegionProfile(regionCode: code, address: "Alamat profil \(code)", city: city), region: Catalogues.shared.regions[code])
    }

    /// Every text of a naskah, one block's text per line, unwrapped.
    static func flat(_ naskah: Naskah) -> String {
        naskah.blocks.flatMap(\.texts).map(\.plain).joined(separator: "\n")
    }

    /// The region whose government a letterhead names, and the region whose head signs.
    static func regions(of naskah: Naskah) -> (letterhead: Region?, signer: Region?) {
        let all = Catalogues.shared.regions.all
        var head: Region? = nil, signer: Region? = nil
        for block in naskah.blocks {
            if case .letterhead(let l) = block, head == nil, let first = l.names.first?.plain {
                // The office letterhead names the head ("BUPATI SOLOK"), the unit letterhead the government.
                head = all.first { $0.governmentName.uppercased() == first || $0.headTitle.uppercased() == first }
            }
            if case .signatures(let grid) = block, signer == nil,
               let caption = grid.rows.first(where: { $0.kind == .caption })?.cells.last?.plain {
                signer = all.first { $0.headTitle.uppercased() + "," == caption }
            }
        }
        return (head, signer)
    }

    @Test(arguments: ["13.02", "13.72", "13.11", "13.71"])
    func everyLetterIsOnItsSignersLetterhead(_ store: String) {
        let c = Self.solok
        let builder = NaskahBuilder(rulebook: Fixtures.rulebook, letterhead: Self.profileLetterhead(store, city: "Kota \(store)"))
        var built = 0
        for kind in Self.letters {
            for party in [nil] + c.parties.indices.map(Optional.some) {
                guard let naskah = try? builder.build(kind, for: c, party: party) else { continue }
                built += 1
                let (head, signer) = Self.regions(of: naskah)
                #expect(head != nil, "\(kind) \(String(describing: party)) from store \(store) has no region letterhead")
                #expect(head == signer, "\(kind) party \(String(describing: party)) from store \(store): letterhead \(head?.name ?? "-"), signer \(signer?.name ?? "-")")
                // The store's own place of writing appears only on its own region's letters (the office
                // letterhead of the head of region carries no address).
                let text = Self.flat(naskah)
                #expect(text.contains("Kota \(store), ") == (head?.code == store), "\(kind) \(String(describing: party)) in \(store)")
                #expect(!text.contains("Alamat profil"), "\(kind): alamat pada kop naskah dinas jabatan")
            }
        }
        #expect(built >= 5)
    }

    @Test func theInitiatorsStoreWritesTheOfferThePartnersStoreTheAnswer() throws {
        let c = Self.solok
        let initiator = NaskahBuilder(rulebook: Fixtures.rulebook, letterhead: Self.profileLetterhead("13.02", city: "Arosuka"))
        let offer = try initiator.build(.penawaran, for: c)
        #expect(Self.regions(of: offer).letterhead?.code == "13.02")
        let text = Self.flat(offer)
        // One offer, a numbered list of addressees.
        #expect(text.contains("1. Wali Kota Solok; 2. Bupati Solok Selatan"))
        #expect(throws: NaskahError.self) { try initiator.build(.jawaban, for: c) }

        let partner = NaskahBuilder(rulebook: Fixtures.rulebook, letterhead: Self.profileLetterhead("13.72", city: "Solok"))
        #expect(throws: NaskahError.self) { try partner.build(.penawaran, for: c) }
        let answer = try partner.build(.jawaban, for: c)
        #expect(Self.regions(of: answer).letterhead?.code == "13.72")
        let answerText = Self.flat(answer)
        #expect(answerText.contains("Yth.\nBupati Solok\n"))
        #expect(answerText.contains("Nomor 690/123/Bup-2026"))
        #expect(answerText.contains("menerima penawaran kerja sama tersebut"))
        #expect(answerText.contains("BELUM DIISI: Perangkat daerah pelaksana PIHAK KEDUA (Kota Solok)"))
        // Solok Selatan's answer, built anywhere, is its own.
        let other = try partner.build(.jawaban, for: c, party: 2)
        #expect(Self.regions(of: other).letterhead?.code == "13.11")
        #expect(Self.flat(other).contains("pembagian biaya operasional"))
    }

    /// Issue 13 leftover: the answer letter bears the answering partner's own date and number,
    /// never the single shared answer date of the offer stage.
    @Test func theAnswerLetterBearsThePartnersOwnDate() throws {
        var c = Self.solok
        c.offer.responseDate = CalendarDate(iso: "2026-04-30")
        c.offer.responseLetterNumber = "999/BERSAMA/2026"
        c.offer.responses?[1].letterDate = CalendarDate(iso: "2026-03-25")
        c.offer.responses?[1].letterNumber = "690/77/Bup-SS/2026"
        let builder = NaskahBuilder(rulebook: Fixtures.rulebook, letterhead: Self.profileLetterhead("13.72", city: "Solok"))
        let kotaSolok = try builder.build(.jawaban, for: c)
        #expect(kotaSolok.date == CalendarDate(iso: "2026-03-20"))
        let solokSelatan = try builder.build(.jawaban, for: c, party: 2)
        #expect(solokSelatan.date == CalendarDate(iso: "2026-03-25"))
        let text = Self.flat(solokSelatan)
        #expect(text.contains("690/77/Bup-SS/2026"))
        #expect(!text.contains("999/BERSAMA/2026"))
        #expect(!text.contains("30 April 2026"))
        // A partner that has not dated its answer gets no date borrowed from the shared one.
        c.offer.responses?[1].letterDate = nil
        #expect(try builder.build(.jawaban, for: c, party: 2).date == nil)
    }

    @Test func councilLetterPerPartyCoversOnlyItsOwnAPBD() throws {
        var c = Self.solok
        let builder = NaskahBuilder(rulebook: Fixtures.rulebook)
        let kotaSolok = Self.flat(try builder.build(.dprd, for: c, party: 1))
        #expect(kotaSolok.contains("Ketua Dewan Perwakilan Rakyat Daerah Kota Solok"))
        #expect(kotaSolok.contains("Rp400.000.000,00"))
        #expect(!kotaSolok.contains("2.000.000.000"), "APBN money is not asked of the DPRD")
        #expect(!kotaSolok.contains("900.000.000"), "another party's APBD is not in this letter")
        #expect(kotaSolok.contains("memerlukan persetujuan Dewan Perwakilan Rakyat Daerah Kota Solok"))
        // Once Kota Solok's approval is recorded, the annex cites it instead of asking.
        c.councilApproval.approvals = [CouncilApproval(partyIndex: 1, requestLetterNumber: "170/12/WK", decisionNumber: "7 Tahun 2026",
                                                       decisionDate: CalendarDate(iso: "2026-06-01"), approved: true)]
        let approved = Self.flat(try builder.build(.dprd, for: c, party: 1))
        #expect(!approved.contains("memerlukan persetujuan Dewan Perwakilan Rakyat Daerah Kota Solok ("))
        #expect(approved.contains("Keputusan Nomor 7 Tahun 2026"))
        // Without the burden and with only APBN money unbudgeted, no party needs the DPRD.
        c.burdensPublic = false
        c.financing.lines[0].budgeted = true
        c.financing.lines[1].budgeted = true
        #expect(c.partiesNeedingCouncilApproval.isEmpty)
        #expect(throws: NaskahError.self) { try builder.build(.dprd, for: c, party: 1) }
    }

    @Test func oneLetterheadFunction() {
        let regions = Catalogues.shared.regions
        let kab = Party.region(regions["13.02"]!, address: "Jalan Raya Koto Baru, Arosuka")
        let own = Self.profileLetterhead("13.72", city: "Solok")
        // The store's letterhead is not lent to another party.
        let l = Letterhead.sending(kab, region: regions["13.02"], own: own)
        #expect(l.governmentName == "Pemerintah Kabupaten Solok")
        #expect(l.address == "Jalan Raya Koto Baru, Arosuka")
        #expect(l.regionCode == "13.02")
        // It is used for its own region.
        let kota = Party.region(regions["13.72"]!)
        #expect(Letterhead.sending(kota, region: regions["13.72"], own: own) == own)
    }
}
