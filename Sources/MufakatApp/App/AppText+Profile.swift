/// Teks profil daerah: the region-profile form's words, one entry each with typed arguments. Part
/// of `AppText` (`AppText.current.profile`). The values it proposes (unit names, the letter number
/// pattern) are document text and stay Indonesian.
struct ProfileText: Sendable {
    var province: String
    var unit: String, unitHelp: String, headName: String, headNameHelp: String, headTitle: String, headTitleHelp: String
    var unitHeadName: String, unitHeadNameHelp: String, unitHeadTitle: String, unitHeadNIP: String, nipHelp: String, nipError: String
    var address: String, addressHelp: String, city: String, cityHelp: String
    var pattern: String, patternHelp: String, patternError: String
    var logo: String, logoHelp: String
    var seatToConfirm: @Sendable (_ warning: String, _ seat: String, _ source: String) -> String
    var chooseRegionFirst: String
    var toFix: @Sendable (_ count: Int, _ labels: String) -> String
    var keyChoose: String, keySetRegion: String, keyTypeToSearch: String, keyLetters: String, keyBack: String
    var keySave: String, keyChangeRegion: String
    var page1: String, page1Hint: String
    var page2: @Sendable (_ region: String) -> String
    var page2Hint: String

    static let indonesian = ProfileText(
        province: "provinsi",
        unit: "Nama unit kerja sama", unitHelp: "Misalnya: Bagian Kerja Sama Sekretariat Daerah Kota Bogor.",
        headName: "Nama kepala daerah", headNameHelp: "Nama lengkap tanpa gelar jabatan, misalnya: Dedie A. Rachim.",
        headTitle: "Jabatan kepala daerah", headTitleHelp: "Gubernur, Bupati atau Wali Kota diikuti nama daerah.",
        unitHeadName: "Nama kepala unit", unitHeadNameHelp: "Kepala bagian (kab/kota) atau biro (provinsi) kerja sama yang menandatangani nota dinas.",
        unitHeadTitle: "Jabatan kepala unit", unitHeadNIP: "NIP kepala unit", nipHelp: "18 angka tanpa spasi; boleh dikosongkan.",
        nipError: "NIP harus 18 angka; perbaiki atau kosongkan.",
        address: "Alamat kantor", addressHelp: "Alamat yang dikutip pada identitas para pihak.",
        city: "Kota penandatanganan", cityHelp: "Tempat yang biasa ditulis pada naskah, misalnya: Bogor.",
        pattern: "Pola nomor surat", patternHelp: "Tanda: {nomor} urut, {kode} klasifikasi, {bulan} romawi, {tahun}.",
        patternError: "Pola nomor surat harus memuat {nomor}, misalnya {kode}/{nomor}/Kerja Sama/{tahun}.",
        logo: "Lambang (PNG)", logoHelp: "Berkas gambar PNG lambang untuk kop surat, misalnya ~/lambang.png; kosongkan bila tidak ada.",
        seatToConfirm: { "\($0): ibu kota \($1) perlu dikonfirmasi (\($2)). Periksa dan ubah bila berbeda." },
        chooseRegionFirst: "Pilih daerah Anda dulu: ketik sebagian namanya lalu tekan Enter.",
        toFix: { "\($0) isian perlu diperbaiki: \($1)." },
        keyChoose: "pilih", keySetRegion: "tetapkan daerah", keyTypeToSearch: "ketik untuk mencari", keyLetters: "huruf", keyBack: "kembali",
        keySave: "simpan profil", keyChangeRegion: "ganti daerah",
        page1: "Profil daerah (1 dari 2): pilih daerah Anda",
        page1Hint: "Ketik sebagian nama (misalnya \"kota bogor\"), pilih dengan ↑/↓, tetapkan dengan Enter.",
        page2: { "Profil daerah (2 dari 2): \($0)" },
        page2Hint: "Isi sekali; dipakai sebagai PIHAK PERTAMA dan di setiap naskah. Esc untuk mengganti daerah.")

    static let english = ProfileText(
        province: "province",
        unit: "Cooperation unit", unitHelp: "For example: Bagian Kerja Sama Sekretariat Daerah Kota Bogor.",
        headName: "Head of region", headNameHelp: "Full name without the position, for example: Dedie A. Rachim.",
        headTitle: "Head of region's position", headTitleHelp: "Gubernur, Bupati or Wali Kota followed by the region's name.",
        unitHeadName: "Head of the unit", unitHeadNameHelp: "Head of the cooperation section (district/city) or bureau (province) who signs the memos.",
        unitHeadTitle: "Head of the unit's position", unitHeadNIP: "Head of the unit's NIP", nipHelp: "18 digits without spaces; may be left empty.",
        nipError: "The NIP must be 18 digits; correct it or leave it empty.",
        address: "Office address", addressHelp: "The address quoted in the parties' identities.",
        city: "Place of signing", cityHelp: "The place usually written on the documents, for example: Bogor.",
        pattern: "Letter number pattern", patternHelp: "Marks: {nomor} sequence, {kode} classification, {bulan} Roman month, {tahun} year.",
        patternError: "The letter number pattern must hold {nomor}, for example {kode}/{nomor}/Kerja Sama/{tahun}.",
        logo: "Emblem (PNG)", logoHelp: "A PNG image of the emblem for the letterhead, for example ~/lambang.png; leave empty if none.",
        seatToConfirm: { "\($0): the seat \($1) is to be confirmed (\($2)). Check it and change it if it differs." },
        chooseRegionFirst: "Choose your region first: type part of its name, then press Enter.",
        toFix: { "\(counted($0, "field")) \($0 == 1 ? "needs" : "need") correcting: \($1)." },
        keyChoose: "choose", keySetRegion: "set region", keyTypeToSearch: "type to search", keyLetters: "letters", keyBack: "back",
        keySave: "save profile", keyChangeRegion: "change region",
        page1: "Region profile (1 of 2): choose your region",
        page1Hint: "Type part of the name (for example \"kota bogor\"), choose with ↑/↓, set with Enter.",
        page2: { "Region profile (2 of 2): \($0)" },
        page2Hint: "Filled in once; used as the FIRST PARTY and in every document. Esc to change the region.")
}
