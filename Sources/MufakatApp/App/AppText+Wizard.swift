/// Teks kerja sama baru: the new-cooperation wizard's words, one entry each with typed arguments.
/// Part of `AppText` (`AppText.current.wizard`). The kinds' names, bases and summaries come from
/// the rulebook; the proposed title is document text and stays Indonesian.
struct WizardText: Sendable {
    var stepKind: String, stepParties: String, stepAffair: String, stepTitle: String
    var kindNotSupported: String, chooseAnotherKind: String
    var wrongParty: @Sendable (_ name: String, _ type: String, _ kind: String, _ allowed: String) -> String
    var tooFewParties: @Sendable (_ kind: String, _ minimum: Int, _ keys: String) -> String
    var ksdpkNeedsThirdParty: String
    var foreignNeeded: @Sendable (_ kind: String, _ regional: Bool, _ basis: String) -> String
    var notaNeedsMinistry: String
    var borderingNeeded: @Sendable (_ kind: String, _ basis: String) -> String
    var chooseAffair: String
    var authorityWarning: @Sendable (_ subAffair: String, _ level: String, _ basis: String, _ regions: String) -> String
    var titleRequired: String
    var typeRegion: String, typeThirdParty: String, typeMinistry: String, typeForeign: String, or: String
    var addRegion: String, addThirdParty: String, addMinistry: String, addForeign: String
    var noRegions: @Sendable (_ kind: String, _ allowed: String, _ keys: String) -> String
    var noThirdParty: @Sendable (_ kind: String) -> String
    var noMinistry: @Sendable (_ kind: String) -> String
    var noForeign: @Sendable (_ kind: String) -> String
    var ministryName: String, ministryNameHelp: String, officialName: String, officialNameHelp: String
    var officialTitle: String, ministryOfficialTitleHelp: String, address: String
    var foreignInstitutionName: String, foreignRegionName: String, foreignNameHelp: String, foreignOfficialTitleHelp: String
    var foreignAddressHelp: String
    var firstPartyStays: String
    var completeFields: @Sendable (_ what: String, _ fields: String) -> String
    var alreadyParty: @Sendable (_ region: String) -> String
    var thirdPartyName: String, thirdPartyNameHelp: String, representativeName: String, representativeNameHelp: String
    var representativeTitle: String, representativeTitleHelp: String
    var whatThirdParty: String, whatMinistry: String, whatForeign: String
    var noSubAffair: String
    var titleTooLong: String
    var keyChooseKind: String, keyContinue: String, keyCancel: String, keyHelp: String, keySet: String, keyNextField: String
    var keyCancelAdding: String, keyAddRegion: String, keyThirdParty: String, keyMinistry: String, keyForeign: String
    var keyDelete: String, keyBordering: String, keyBack: String, keyChoose: String, keyTypeToSearch: String, keyLetters: String
    var keyCreate: String, keyUseProposal: String
    var renewal: String
    var notSupportedYet: String
    var chooseKindHeading: String
    var partiesHeading: @Sendable (_ kind: String, _ keys: String) -> String
    var yourRegion: String
    var bordering: @Sendable (_ mark: String, _ requiredFor: String?) -> String
    var addRegionHeading: String
    var partnerCount: @Sendable (_ count: Int, _ catalogue: String) -> String
    var legalFormHeading: String
    var thirdPartyHeading: @Sendable (_ form: String) -> String
    var ministryHeading: String, foreignHeading: String
    var subAffairHeading: @Sendable (_ affair: String) -> String
    var affairHeading: String
    var chosen: @Sendable (_ affair: String, _ subAffair: String?) -> String
    var summaryKind: @Sendable (_ kind: String, _ basis: String) -> String
    var summaryAffair: @Sendable (_ affair: String?, _ subAffair: String?) -> String
    var titleHeading: String
    var levelCentral: String, levelProvince: String, levelDistrict: String
    /// A party's type in the list of parties (`PartyType.label`).
    var partyRegion: String, partyThirdParty: String, partyMinistry: String, partyForeign: String

    static let indonesian = WizardText(
        stepKind: "Jenis", stepParties: "Para pihak", stepAffair: "Urusan", stepTitle: "Judul",
        kindNotSupported: "Jenis ini belum didukung.", chooseAnotherKind: " Pilih jenis lain.",
        wrongParty: { "\($0) (\($1)) tidak dapat menjadi pihak dalam \($2). Hapus dengan Del, lalu tambahkan \($3)." },
        tooFewParties: { "\($0) memerlukan sekurang-kurangnya \($1) pihak. Tambahkan mitra: \($2)." },
        ksdpkNeedsThirdParty: "KSDPK adalah kerja sama dengan pihak ketiga (PP 28/2018 Pasal 14). Tambahkan pihak ketiga dengan k.",
        foreignNeeded: { "\($0) adalah kerja sama dengan \($1 ? "pemerintah daerah" : "lembaga") di luar negeri (\($2)). Tambahkan mitra luar negeri dengan f." },
        notaNeedsMinistry: "Nota Kesepakatan dibuat dengan kementerian/lembaga (PP 28/2018 Pasal 46). Tambahkan kementerian/lembaga dengan l.",
        borderingNeeded: { "\($0) hanya antara daerah yang berbatasan (\($1)). Tekan b bila para pihak berbatasan, atau kembali (Esc) dan pilih KSDD Sukarela." },
        chooseAffair: "Pilih urusan pemerintahan: ketik sebagian namanya (misalnya \"perhubungan\") lalu Enter.",
        authorityWarning: { "Sub-urusan \"\($0)\" adalah kewenangan \($1) (\($2)); \($3) tidak berwenang atasnya. Pilih sub-urusan lain atau periksa para pihak." },
        titleRequired: "Judul wajib diisi; tekan Ctrl-U lalu ketik judul, atau kembali untuk memakai usulan.",
        typeRegion: "daerah", typeThirdParty: "pihak ketiga", typeMinistry: "kementerian/lembaga", typeForeign: "mitra luar negeri", or: " atau ",
        addRegion: "a untuk daerah", addThirdParty: "k untuk pihak ketiga", addMinistry: "l untuk kementerian/lembaga", addForeign: "f untuk mitra luar negeri",
        noRegions: { "\($0) tidak dengan daerah lain. Tambahkan \($1): \($2)." },
        noThirdParty: { "\($0) tidak dengan pihak ketiga. Untuk kerja sama dengan badan usaha atau organisasi, kembali (Esc) dan pilih KSDPK." },
        noMinistry: { "\($0) tidak dengan kementerian/lembaga. Untuk itu kembali (Esc) dan pilih Nota Kesepakatan." },
        noForeign: { "\($0) tidak dengan mitra luar negeri. Untuk itu kembali (Esc) dan pilih KSDPL atau KSDLL." },
        ministryName: "Nama kementerian/lembaga", ministryNameHelp: "Misalnya: Kementerian Perhubungan.",
        officialName: "Nama pejabat", officialNameHelp: "Pejabat yang menandatangani.",
        officialTitle: "Jabatan pejabat", ministryOfficialTitleHelp: "Misalnya: Direktur Jenderal Perhubungan Darat.", address: "Alamat",
        foreignInstitutionName: "Nama lembaga luar negeri", foreignRegionName: "Nama pemerintah daerah luar negeri",
        foreignNameHelp: "Nama resmi, misalnya: Kota Kitakyushu, Jepang.", foreignOfficialTitleHelp: "Misalnya: Wali Kota Kitakyushu.",
        foreignAddressHelp: "Termasuk nama negara.",
        firstPartyStays: "PIHAK PERTAMA adalah daerah Anda sendiri dan tidak dapat dihapus.",
        completeFields: { "Lengkapi isian \($0): \($1)." },
        alreadyParty: { "\($0) sudah menjadi pihak. Pilih daerah lain." },
        thirdPartyName: "Nama pihak ketiga", thirdPartyNameHelp: "Nama lengkap sesuai akta, misalnya: PT Transportasi Pakuan.",
        representativeName: "Nama wakil", representativeNameHelp: "Orang yang menandatangani atas nama pihak ketiga.",
        representativeTitle: "Jabatan wakil", representativeTitleHelp: "Misalnya: Direktur Utama.",
        whatThirdParty: "pihak ketiga", whatMinistry: "kementerian/lembaga", whatForeign: "mitra luar negeri",
        noSubAffair: "Tanpa sub-urusan tertentu",
        titleTooLong: "Judul paling banyak 200 karakter.",
        keyChooseKind: "pilih jenis", keyContinue: "lanjut", keyCancel: "batal", keyHelp: "bantuan", keySet: "tetapkan", keyNextField: "isian berikut",
        keyCancelAdding: "batal menambah", keyAddRegion: "tambah daerah", keyThirdParty: "pihak ketiga", keyMinistry: "kementerian", keyForeign: "luar negeri",
        keyDelete: "hapus", keyBordering: "berbatasan", keyBack: "kembali", keyChoose: "pilih", keyTypeToSearch: "ketik untuk mencari", keyLetters: "huruf",
        keyCreate: "buat kerja sama", keyUseProposal: "pakai usulan judul",
        renewal: " (pembaruan)",
        notSupportedYet: " (belum didukung)",
        chooseKindHeading: "Pilih jenis kerja sama:",
        partiesHeading: { "Para pihak \($0): daerah Anda PIHAK PERTAMA; tambahkan mitra (\($1))." },
        yourRegion: "daerah Anda",
        bordering: { "\($0) Para pihak berbatasan (b untuk mengubah)" + ($1.map { ": wajib untuk \($0)." } ?? ".") },
        addRegionHeading: "Tambah daerah mitra: ketik nama atau kode (34.71, 3471), Enter menetapkan",
        partnerCount: { "\($0) mitra: \($1), tanpa daerah Anda" },
        legalFormHeading: "Bentuk hukum pihak ketiga (PP 28/2018 Pasal 14):",
        thirdPartyHeading: { "Pihak ketiga: \($0)" },
        ministryHeading: "Kementerian/lembaga", foreignHeading: "Mitra luar negeri",
        subAffairHeading: { "Sub-urusan \($0): pilih bila kerja sama mengenai bagian tertentu (menentukan kewenangan)." },
        affairHeading: "Urusan pemerintahan konkuren (UU 23/2014 Pasal 12): ketik untuk mencari, Enter untuk memilih.",
        chosen: { " Terpilih: \($0)" + ($1.map { " / \($0)" } ?? "") + "." },
        summaryKind: { "Jenis: \($0) (\($1))" },
        summaryAffair: { "Urusan: \($0 ?? "-")" + ($1.map { "; sub-urusan: \($0)" } ?? "") },
        titleHeading: "Judul kerja sama (usulan dapat diubah; Ctrl-R mengembalikan usulan):",
        levelCentral: "Pusat", levelProvince: "Provinsi", levelDistrict: "Kab/Kota",
        partyRegion: "daerah", partyThirdParty: "pihak ketiga", partyMinistry: "kementerian/lembaga", partyForeign: "luar negeri")

    static let english = WizardText(
        stepKind: "Kind", stepParties: "Parties", stepAffair: "Affair", stepTitle: "Title",
        kindNotSupported: "This kind is not supported yet.", chooseAnotherKind: " Choose another kind.",
        wrongParty: { "\($0) (\($1)) cannot be a party to a \($2). Remove it with Del, then add \($3)." },
        tooFewParties: { "A \($0) needs at least \($1) parties. Add a partner: \($2)." },
        ksdpkNeedsThirdParty: "A KSDPK is a cooperation with a third party (PP 28/2018 Article 14). Add a third party with k.",
        foreignNeeded: { "A \($0) is a cooperation with a \($1 ? "regional government" : "institution") abroad (\($2)). Add a foreign partner with f." },
        notaNeedsMinistry: "A Nota Kesepakatan is made with a ministry or agency (PP 28/2018 Article 46). Add a ministry or agency with l.",
        borderingNeeded: { "A \($0) is only between bordering regions (\($1)). Press b if the parties border each other, or go back (Esc) and choose voluntary KSDD." },
        chooseAffair: "Choose a government affair: type part of its name (for example \"perhubungan\"), then Enter.",
        authorityWarning: { "Sub-affair \"\($0)\" is an authority of the \($1) level (\($2)); \($3) holds no authority over it. Choose another sub-affair or check the parties." },
        titleRequired: "A title is required; press Ctrl-U and type a title, or go back to use the proposal.",
        typeRegion: "a region", typeThirdParty: "a third party", typeMinistry: "a ministry or agency", typeForeign: "a foreign partner", or: " or ",
        addRegion: "a for a region", addThirdParty: "k for a third party", addMinistry: "l for a ministry or agency", addForeign: "f for a foreign partner",
        noRegions: { "A \($0) is not with other regions. Add \($1): \($2)." },
        noThirdParty: { "A \($0) is not with a third party. For a cooperation with a business or an organisation, go back (Esc) and choose KSDPK." },
        noMinistry: { "A \($0) is not with a ministry or agency. For that, go back (Esc) and choose Nota Kesepakatan." },
        noForeign: { "A \($0) is not with a foreign partner. For that, go back (Esc) and choose KSDPL or KSDLL." },
        ministryName: "Ministry or agency", ministryNameHelp: "For example: Kementerian Perhubungan.",
        officialName: "Official's name", officialNameHelp: "The official who signs.",
        officialTitle: "Official's position", ministryOfficialTitleHelp: "For example: Direktur Jenderal Perhubungan Darat.", address: "Address",
        foreignInstitutionName: "Foreign institution", foreignRegionName: "Foreign regional government",
        foreignNameHelp: "The official name, for example: Kota Kitakyushu, Jepang.", foreignOfficialTitleHelp: "For example: Wali Kota Kitakyushu.",
        foreignAddressHelp: "Including the country.",
        firstPartyStays: "The FIRST PARTY is your own region and cannot be removed.",
        completeFields: { "Complete the fields of the \($0): \($1)." },
        alreadyParty: { "\($0) is a party already. Choose another region." },
        thirdPartyName: "Third party's name", thirdPartyNameHelp: "The full name as in its deed, for example: PT Transportasi Pakuan.",
        representativeName: "Representative", representativeNameHelp: "The person who signs for the third party.",
        representativeTitle: "Representative's position", representativeTitleHelp: "For example: Direktur Utama.",
        whatThirdParty: "third party", whatMinistry: "ministry or agency", whatForeign: "foreign partner",
        noSubAffair: "No particular sub-affair",
        titleTooLong: "A title has at most 200 characters.",
        keyChooseKind: "choose kind", keyContinue: "continue", keyCancel: "cancel", keyHelp: "help", keySet: "set", keyNextField: "next field",
        keyCancelAdding: "stop adding", keyAddRegion: "add region", keyThirdParty: "third party", keyMinistry: "ministry", keyForeign: "abroad",
        keyDelete: "remove", keyBordering: "bordering", keyBack: "back", keyChoose: "choose", keyTypeToSearch: "type to search", keyLetters: "letters",
        keyCreate: "create cooperation", keyUseProposal: "use proposed title",
        renewal: " (renewal)",
        notSupportedYet: " (not supported yet)",
        chooseKindHeading: "Choose the kind of cooperation:",
        partiesHeading: { "Parties of the \($0): your region is the FIRST PARTY; add partners (\($1))." },
        yourRegion: "your region",
        bordering: { "\($0) The parties border each other (b to change)" + ($1.map { ": required for a \($0)." } ?? ".") },
        addRegionHeading: "Add a partner region: type a name or code (34.71, 3471), Enter sets it",
        partnerCount: { "\($0) partners: \($1), without your region" },
        legalFormHeading: "Legal form of the third party (PP 28/2018 Article 14):",
        thirdPartyHeading: { "Third party: \($0)" },
        ministryHeading: "Ministry or agency", foreignHeading: "Foreign partner",
        subAffairHeading: { "Sub-affair of \($0): choose one if the cooperation concerns a particular part (it decides the authority)." },
        affairHeading: "Concurrent government affairs (UU 23/2014 Article 12): type to search, Enter to choose.",
        chosen: { " Chosen: \($0)" + ($1.map { " / \($0)" } ?? "") + "." },
        summaryKind: { "Kind: \($0) (\($1))" },
        summaryAffair: { "Affair: \($0 ?? "-")" + ($1.map { "; sub-affair: \($0)" } ?? "") },
        titleHeading: "Title of the cooperation (the proposal can be changed; Ctrl-R restores it):",
        levelCentral: "Central", levelProvince: "Province", levelDistrict: "District/City",
        partyRegion: "region", partyThirdParty: "third party", partyMinistry: "ministry/agency", partyForeign: "abroad")
}
