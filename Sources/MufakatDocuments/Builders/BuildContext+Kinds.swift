import Foundation
import MufakatDomain

/// Wording that depends on the kind of cooperation: funding sources, the reporting line, the
/// ending grounds.
extension BuildContext {
    /// "Anggaran Pendapatan dan Belanja Daerah Provinsi Jawa Barat", "Anggaran Pendapatan dan
    /// Belanja Negara", ... for a party's funding source.
    func fundingPhrase(_ source: FundingSource, party i: Int) -> String {
        switch source {
        case .apbd:
            let name = i < parties.count && parties[i].type == .region ? " " + parties[i].name : ""
            return "Anggaran Pendapatan dan Belanja Daerah\(name)"
        case .apbn: return "Anggaran Pendapatan dan Belanja Negara"
        case .apbdLain: return "Anggaran Pendapatan dan Belanja Daerah lain"
        case .pihakKetiga: return "dana pihak ketiga"
        case .lainnya: return "sumber lain yang sah dan tidak mengikat sesuai dengan ketentuan peraturan perundang-undangan"
        }
    }

    /// The caption of a signer who is not a region: "DIREKTUR UTAMA PT AIR MINUM GIRI NAWA TIRTA",
    /// so the block names the company the director acts for.
    func signerCaption(_ title: RichText, party i: Int, titleText: String) -> RichText {
        guard i < parties.count, parties[i].type == .thirdParty || parties[i].type == .foreign else { return title }
        let name = parties[i].name.trimmedWhitespace()
        guard !name.isEmpty, !titleText.lowercased().contains(name.lowercased()) else { return title }
        return title + " " + RichText(name)
    }

    /// The region that reports (the own region party), and to whom under the rulebook's
    /// [reporting]: a kab/kota to the Governor of its province, a province to the Minister.
    var reportRecipient: (title: String, basis: String) {
        let reporting = rulebook.reporting
        let basis = reporting?.basis ?? "PP 28/2018 Pasal 44"
        guard ownIndex < parties.count, parties[ownIndex].type == .region, let code = parties[ownIndex].regionCode,
              let region = Catalogues.shared.regions[code] else { return ("", basis) }
        if region.level == .provinsi { return (reporting?.recipientProvince ?? "Menteri Dalam Negeri", basis) }
        let province = Catalogues.shared.regions[region.provinceCode].map { ASCIIText.replacing("Provinsi ", with: "", in: $0.name) } ?? ""
        return ("\(reporting?.recipientKabKota ?? "Gubernur") \(province)".trimmedWhitespace(), basis)
    }
}
