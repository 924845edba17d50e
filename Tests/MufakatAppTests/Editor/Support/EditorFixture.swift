import MufakatApp
import MufakatDomain
import MufakatServices
import MufakatStore
import MufakatTestSupport

/// Sample cooperations for editor tests: the shared `CooperationFixture` (clean and complete,
/// every check passes) and the states the editor meets on the way to it.
enum EditorFixture {
    static func date(_ iso: String) -> CalendarDate { CooperationFixture.date(iso) }
    static func rupiah(_ v: Int64) -> Rupiah { CooperationFixture.rupiah(v) }
    static var today: CalendarDate { CooperationFixture.today }
    static var catalogues: Catalogues { CooperationFixture.catalogues }
    static var rulebook: Rulebook { CooperationFixture.rulebook }
    static func bogorRaya() -> Cooperation { CooperationFixture.bogorRaya() }

    /// What the new-cooperation flow hands the editor: parties, kind, affair and title; no stage started.
    static func fresh() -> Cooperation {
        let full = bogorRaya()
        var c = Cooperation(id: full.id, title: full.title, kind: full.kind, parties: full.parties,
                            partiesBordering: true, affairCode: full.affairCode, subAffairID: full.subAffairID, burdensPublic: false)
        c.targetYear = 2027
        return c
    }

    /// Proposal and offer done (offer accepted); KB, PKS and the rest not started.
    static func offerAccepted() -> Cooperation {
        let full = bogorRaya()
        var c = fresh()
        c.proposal = full.proposal
        c.offer = full.offer
        return c
    }

    /// KB signed; PKS, financing and implementation not started.
    static func memorandumSigned() -> Cooperation {
        let full = bogorRaya()
        var c = offerAccepted()
        c.memorandum = full.memorandum
        return c
    }

    /// The KAK written (not yet marked done), without an indicative cost.
    static func proposalDraft() -> Cooperation {
        var c = fresh()
        c.proposal = bogorRaya().proposal
        c.proposal.progress = StageProgress(status: .draft, startedOn: date("2026-01-05"))
        c.proposal.indicativeCost = nil
        return c
    }

    /// The KB signed and the financing plan done: it comes before the DPRD gate, which weighs it,
    /// and the PKS, which cites it.
    static func financingDone() -> Cooperation {
        var c = memorandumSigned()
        c.financing = bogorRaya().financing
        c.financing.progress = StageProgress(status: .done, startedOn: date("2026-04-20"), completedOn: date("2026-04-25"))
        return c
    }

    /// The financing done and the PKS drafted, not yet signed.
    static func agreementDrafted() -> Cooperation {
        var c = financingDone()
        c.agreement = bogorRaya().agreement
        c.agreement.progress = StageProgress(status: .draft, startedOn: date("2026-05-01"))
        c.agreement.signing = Signing()
        return c
    }

    static let profile = RegionProfile(regionCode: "32.71", unitName: "Bagian Kerja Sama Sekretariat Daerah Kota Bogor",
                                       head: Person(name: "Budi Santoso", title: "Wali Kota Bogor"),
                                       address: "Jalan Ir. H. Juanda Nomor 10, Bogor", city: "Bogor")

    static var context: EditorContext {
        EditorContext(rulebook: rulebook, catalogues: catalogues, profile: profile, today: today)
    }

    static func ksdpkDraft() -> Cooperation { CooperationFixture.ksdpkDraft() }
}
