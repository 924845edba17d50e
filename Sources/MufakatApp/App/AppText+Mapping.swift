import MufakatDomain

/// Teks formulir pemetaan: the mapping form's words (the affair list, the entry form, the contact
/// form, the partner picker, the autosave and save messages), one entry each with typed arguments.
/// Part of `AppText` (`AppText.current.mapping`). Affair and region names are data and are not here.
struct MappingText: Sendable {
    // Effects.
    var storeCannotMap: String, profileFirst: String
    var unreadable: @Sendable (_ error: String) -> String
    var draftNotWritten: @Sendable (_ error: String) -> String
    var copyWritten: @Sendable (_ path: String) -> String
    var copyFailed: @Sendable (_ error: String) -> String
    var notAMappingAction: String
    var conflictBy: @Sendable (_ who: String, _ at: String) -> String
    var notSaved: @Sendable (_ error: String) -> String
    /// A finding's field: the validator's own name in Indonesian, the form's label in English.
    var findingField: @Sendable (_ validatorField: String, _ label: String?) -> String
    // Affair status.
    var fillEmpty: String, fillOffer: String, fillNeed: String, fillBoth: String, fillFilled: String
    var complete: String, partial: String, unknownAffair: String
    var groupShortBasic: String, groupShortNonBasic: String, groupShortChoice: String
    // Contact form.
    var contactName: String, contactNameHelp: String, contactNIP: String, contactNIPHelp: String, contactNIPError: String
    var contactTitle: String, contactTitleHelp: String, contactUnit: String, contactUnitHelp: String
    var contactPhone: String, contactPhoneHelp: String, contactPhoneError: String
    var contactEmail: String, contactEmailHelp: String
    var contactEmailError: @Sendable (_ email: String) -> String
    var contactToFix: @Sendable (_ count: Int, _ labels: String) -> String
    var keyDone: String
    var contactTitleLine: @Sendable (_ region: String) -> String
    var contactIntro: String
    // Entry fields: labels and help.
    var fieldSubAffair: String, fieldOffer: String, fieldNeed: String, fieldPlanned: String, fieldPartners: String
    var fieldThirdParties: String, fieldKind: String, fieldPriority: String, fieldTargetYear: String, fieldInRPJMD: String
    var fieldRKPDYear: String, fieldBudget: String, fieldNotes: String
    var helpSubAffair: String, helpOffer: String, helpNeed: String, helpPlanned: String, helpPartners: String
    var helpThirdParties: String, helpKind: String, helpPriority: String, helpTargetYear: String, helpInRPJMD: String
    var helpRKPDYear: String, helpBudget: String, helpNotes: String
    // Entry form.
    var affairTitle: @Sendable (_ code: String, _ name: String) -> String
    var entryKeysHint: String
    var noPartnersYet: String, wholeAffair: String
    var offerPlaceholder: String, needPlaceholder: String
    var yearIncomplete: @Sendable (_ field: String, _ text: String) -> String
    var negativeBudget: String, budgetDigits: String
    var yearDigits: @Sendable (_ field: String) -> String
    var keyNextField: String, keyChoosePartner: String, keyRemovePartner: String
    var keyBackToList: String, keyNextRow: String
    // The list.
    var unknownAffairCode: String
    var listTitle: @Sendable (_ region: String, _ code: String) -> String
    var revision: @Sendable (_ revision: Int) -> String
    var neverSaved: String
    var updatedOn: @Sendable (_ date: String) -> String
    var noContact: String
    var contactLine: @Sendable (_ parts: String) -> String
    var columnCode: String, columnAffair: String, columnFill: String, columnPriority: String, columnKind: String
    var columnYear: String, columnComplete: String, columnFindings: String
    var rows: @Sendable (_ count: Int) -> String
    var emptyState: String
    var moreFindings: @Sendable (_ count: Int) -> String
    var detailOffer: String, detailNeed: String, detailPartners: String
    var notFilled: @Sendable (_ code: String) -> String
    var legendDirty: String, legend: String
    var regionFallback: @Sendable (_ code: String) -> String
    var summary: @Sendable (_ filled: Int, _ of: Int, _ complete: Int, _ withFindings: Int) -> String
    var summaryErrors: @Sendable (_ count: Int) -> String
    var summaryUnknown: @Sendable (_ count: Int) -> String
    var newRow: @Sendable (_ number: Int) -> String
    var rowOf: @Sendable (_ row: Int, _ of: Int) -> String
    var contactToFixBeforeSave: String
    var nothingToSave: @Sendable (_ revision: String) -> String
    var conflictText: @Sendable (_ region: String, _ revision: String, _ detail: String) -> String
    var newRevision: String
    var conflictMine: @Sendable (_ count: Int) -> String
    var moreFields: @Sendable (_ count: Int) -> String
    var conflictTitle: String, keepMine: String, takeTheirs: String, cancel: String
    var draftText: @Sendable (_ region: String, _ at: String, _ by: String) -> String
    var draftDiffers: @Sendable (_ count: Int) -> String
    var draftBaseRevision: @Sendable (_ revision: Int) -> String
    var draftBaseNever: String
    var draftStale: @Sendable (_ base: String, _ revision: String) -> String
    var draftTitle: String, recoverDraft: String, discardDraft: String
    var draftRecovered: String
    var draftDiscarded: @Sendable (_ revision: String) -> String
    var quitTitle: String
    var quitText: @Sendable (_ region: String) -> String
    var saveAndQuit: String, discardAndQuit: String
    var nothingToDelete: String
    var deleteTitle: String
    var deleteText: @Sendable (_ code: String, _ name: String) -> String
    var delete: String
    var closeTitle: String
    var closeText: @Sendable (_ region: String) -> String
    var saveAndClose: String, discardAndClose: String
    var tookTheirs: @Sendable (_ revision: String) -> String
    var stillUnsaved: String
    var deleted: @Sendable (_ code: String) -> String
    var keySave: String, keyFill: String, keyContact: String, keyDelete: String, keyBack: String
    var help: [(key: String, text: String)]
    // Shell messages.
    var opening: String, saving: String
    var notYet: @Sendable (_ region: String) -> String
    var draftWaiting: @Sendable (_ at: String) -> String
    var saved: @Sendable (_ revision: String) -> String
    var conflictMessage: String
    var keyHelp: String, keyQuit: String
    var screenTitle: String
    var titleBar: @Sendable (_ region: String) -> String
    var draftAt: @Sendable (_ time: String) -> String
    // Partner picker.
    var province: String
    var keyChoose: String, keyAddRemove: String, keyTypeToSearch: String, keyLetters: String
    var pickerTitle: String, noneChosen: String
    var chosen: @Sendable (_ count: Int, _ names: String) -> String
    /// A priority (Indonesian: the domain's own label).
    var priority: @Sendable (_ priority: MappingPriority) -> String

    static let indonesian = MappingText(
        storeCannotMap: "Penyimpanan ini tidak dapat menyimpan pemetaan urusan.",
        profileFirst: "Isi profil daerah dulu (tekan P): pemetaan diisi untuk daerah pada profil.",
        unreadable: { "Pemetaan tidak dapat dibaca: \($0)" },
        draftNotWritten: { "Draf otomatis pemetaan tidak dapat ditulis: \($0). Simpan dengan Ctrl-S agar perubahan tidak hilang." },
        copyWritten: { "Pemetaan belum dapat disimpan; salinannya ditulis ke \($0)." },
        copyFailed: { "Pemetaan belum dapat disimpan dan salinannya gagal ditulis: \($0)" },
        notAMappingAction: "Tindakan ini bukan tindakan pemetaan.",
        conflictBy: { "oleh \($0) pada \($1) " },
        notSaved: { "Pemetaan belum disimpan: \($0)" },
        findingField: { field, _ in field },
        fillEmpty: "kosong", fillOffer: "potensi", fillNeed: "kebutuhan", fillBoth: "keduanya", fillFilled: "mitra/jenis terisi",
        complete: "lengkap", partial: "sebagian", unknownAffair: "(kode urusan tidak dikenal)",
        groupShortBasic: "Wajib, pelayanan dasar", groupShortNonBasic: "Wajib, bukan pelayanan dasar", groupShortChoice: "Pilihan",
        contactName: "Nama petugas", contactNameHelp: "Nama lengkap petugas penghubung pemetaan.",
        contactNIP: "NIP", contactNIPHelp: "18 angka tanpa spasi; boleh dikosongkan.", contactNIPError: "NIP harus 18 angka; perbaiki atau kosongkan.",
        contactTitle: "Jabatan", contactTitleHelp: "Misalnya: Analis Kerja Sama.",
        contactUnit: "Unit kerja", contactUnitHelp: "Misalnya: Bagian Kerja Sama Sekretariat Daerah.",
        contactPhone: "Telepon", contactPhoneHelp: "Angka, boleh diawali + dan dipisah spasi atau tanda -.",
        contactPhoneError: "Telepon hanya berisi angka (sekurang-kurangnya 6), spasi, +, - atau tanda kurung; perbaiki atau kosongkan.",
        contactEmail: "Surel", contactEmailHelp: "Alamat surel dinas, misalnya kerjasama@bogorkota.go.id.",
        contactEmailError: { "Surel '\($0)' tidak sah; tulis seperti nama@daerah.go.id atau kosongkan." },
        contactToFix: { "\($0) isian petugas perlu diperbaiki: \($1)." },
        keyDone: "selesai",
        contactTitleLine: { "Petugas penghubung pemetaan \($0)" },
        contactIntro: "Fasilitator menghubungi petugas ini tentang pemetaan. Esc atau Enter pada isian terakhir untuk selesai.",
        fieldSubAffair: "Sub-urusan", fieldOffer: "Potensi", fieldNeed: "Kebutuhan", fieldPlanned: "Rencana kerja sama",
        fieldPartners: "Calon mitra daerah", fieldThirdParties: "Calon pihak ketiga", fieldKind: "Jenis kerja sama",
        fieldPriority: "Prioritas", fieldTargetYear: "Tahun target", fieldInRPJMD: "Tercantum di RPJMD", fieldRKPDYear: "Tahun RKPD",
        fieldBudget: "Anggaran indikatif", fieldNotes: "Catatan",
        helpSubAffair: "←/→: pilih sub-urusan menurut pembagian urusan, atau seluruh urusan.",
        helpOffer: "Apa yang dapat ditawarkan daerah pada urusan ini (sarana, keahlian, sumber daya).",
        helpNeed: "Apa yang dibutuhkan daerah dari mitra pada urusan ini.",
        helpPlanned: "Judul singkat rencana kerja sama, misalnya: Pengelolaan TPA regional bersama.",
        helpPartners: "Enter: pilih daerah dari daftar (ketik untuk mencari); Delete: hapus mitra terakhir.",
        helpThirdParties: "Spasi: centang bentuk pihak ketiga (untuk KSDPK).",
        helpKind: "←/→ atau Spasi: KSDD wajib, KSDD sukarela, atau KSDPK.",
        helpPriority: "←/→ atau Spasi: tinggi, sedang, rendah.",
        helpTargetYear: "Tahun kerja sama ditargetkan mulai, 4 angka, misalnya 2027.",
        helpInRPJMD: "Spasi: ya/tidak; sudah tercantum dalam RPJMD?",
        helpRKPDYear: "Tahun RKPD yang memuat kegiatan ini (4 angka); kosongkan bila belum.",
        helpBudget: "Perkiraan biaya dalam rupiah, hanya angka; tidak boleh negatif.",
        helpNotes: "Catatan lain untuk fasilitator.",
        affairTitle: { "Urusan \($0) \($1)" },
        entryKeysHint: "Tab pindah isian · Esc kembali ke daftar · Ctrl-S menyimpan seluruh pemetaan",
        noPartnersYet: "(belum ada; Enter untuk memilih)",
        wholeAffair: "seluruh urusan",
        offerPlaceholder: "apa yang dapat ditawarkan", needPlaceholder: "apa yang dibutuhkan",
        yearIncomplete: { "\($0) '\($1)' belum lengkap: isi 4 angka tahun, misalnya 2027, atau kosongkan." },
        negativeBudget: "Anggaran indikatif tidak boleh negatif: isi jumlah rupiah 0 atau lebih (hanya angka, misalnya 250000000).",
        budgetDigits: "Anggaran indikatif: ketik angka saja, misalnya 250000000.",
        yearDigits: { "\($0): ketik 4 angka tahun, misalnya 2027." },
        keyNextField: "pindah isian", keyChoosePartner: "pilih mitra", keyRemovePartner: "hapus mitra",
        keyBackToList: "kembali ke daftar",
        keyNextRow: "baris sub-urusan berikut",
        unknownAffairCode: "Kode urusan tidak dikenal",
        listTitle: { "Pemetaan urusan \($0) (\($1))" },
        revision: { " · revisi \($0)" },
        neverSaved: " · belum pernah disimpan",
        updatedOn: { " · diperbarui \($0)" },
        noContact: "! Petugas penghubung belum diisi; tekan c untuk mengisi.",
        contactLine: { "Petugas: \($0)" },
        columnCode: "Kode", columnAffair: "Urusan", columnFill: "Isian", columnPriority: "Prior.", columnKind: "Jenis",
        columnYear: "Tahun", columnComplete: "Lengkap", columnFindings: "Temuan",
        rows: { " (\($0) baris)" },
        emptyState: "· kosong",
        moreFindings: { " (+\($0) temuan lain)" },
        detailOffer: "Potensi: ", detailNeed: "Kebutuhan: ", detailPartners: "Mitra: ",
        notFilled: { "Urusan \($0) belum diisi. Tekan Enter untuk mengisi potensi dan kebutuhan." },
        legendDirty: "● belum disimpan  ▲ potensi  ▼ kebutuhan  ◆ keduanya  ✗ kesalahan  ! peringatan",
        legend: "▲ potensi  ▼ kebutuhan  ◆ keduanya  · kosong  ✗ kesalahan  ! peringatan",
        regionFallback: { "daerah \($0)" },
        summary: { "Terisi \($0) dari \($1) urusan · lengkap \($2) · \($3) urusan dengan temuan" },
        summaryErrors: { " (\($0) kesalahan)" },
        summaryUnknown: { " · \($0) kode tidak dikenal" },
        newRow: { "baris baru (\($0) dari \($0))" },
        rowOf: { "baris \($0) dari \($1)" },
        contactToFixBeforeSave: "Isian petugas penghubung perlu diperbaiki sebelum menyimpan.",
        nothingToSave: { "Tidak ada perubahan untuk disimpan (revisi \($0))." },
        conflictText: { "Pemetaan \($0) telah disimpan sebagai revisi \($1) \($2)sementara Anda menyunting. Tidak ada yang ditimpa." },
        newRevision: "baru",
        conflictMine: { " Milik Anda dibanding revisi itu (\($0) perbedaan):" },
        moreFields: { "\n… dan \($0) isian lain." },
        conflictTitle: "Konflik penyimpanan pemetaan", keepMine: "Pakai milik saya", takeTheirs: "Ambil milik mereka", cancel: "Batal",
        draftText: { "Ada draf pemetaan \($0) yang tersimpan otomatis pada \($1) oleh \($2) dan belum disimpan sebagai revisi." },
        draftDiffers: { " Draf berbeda pada \($0) isian:" },
        draftBaseRevision: { "revisi \($0)" },
        draftBaseNever: "pemetaan yang belum pernah disimpan",
        draftStale: { "\nPerhatian: draf berangkat dari \($0), sedangkan pemetaan sudah disimpan lagi sebagai revisi \($1). Bila draf dipulihkan, Mufakat akan menanyakan perubahan mana yang dipakai saat Anda menyimpan; tidak ada yang ditimpa diam-diam." },
        draftTitle: "Pulihkan draf pemetaan?", recoverDraft: "Pulihkan draf", discardDraft: "Buang draf",
        draftRecovered: "Draf pemetaan dipulihkan; belum disimpan. Tekan Ctrl-S untuk menyimpan.",
        draftDiscarded: { "Draf pemetaan dibuang; revisi \($0) dibuka." },
        quitTitle: "Keluar dari Mufakat?",
        quitText: { "Pemetaan \($0) memiliki perubahan yang belum disimpan. Simpan dulu sebelum keluar? Buang berarti perubahan sejak penyimpanan terakhir hilang." },
        saveAndQuit: "Simpan & keluar", discardAndQuit: "Buang & keluar",
        nothingToDelete: "Urusan ini belum diisi; tidak ada yang dihapus.",
        deleteTitle: "Hapus isian urusan?",
        deleteText: { "Isian urusan \($0) \($1) dihapus dari pemetaan (belum disimpan sampai Ctrl-S)." },
        delete: "Hapus",
        closeTitle: "Tutup pemetaan?",
        closeText: { "Pemetaan \($0) memiliki perubahan yang belum disimpan. Simpan dulu?" },
        saveAndClose: "Simpan & tutup", discardAndClose: "Buang & tutup",
        tookTheirs: { "Revisi \($0) dipakai; perubahan Anda dibuang." },
        stillUnsaved: "Belum disimpan. Perubahan Anda tetap di layar; tekan Ctrl-S untuk mencoba lagi.",
        deleted: { "Isian urusan \($0) dihapus; tekan Ctrl-S untuk menyimpan." },
        keySave: "simpan", keyFill: "isi urusan", keyContact: "petugas", keyDelete: "hapus isian", keyBack: "kembali",
        help: [
            ("↑/↓ PgUp/PgDn", "pindah urusan"),
            ("Enter", "buka isian urusan: potensi, kebutuhan, calon mitra, jenis, prioritas, tahun, RPJMD/RKPD, anggaran, catatan"),
            ("c", "ubah petugas penghubung (nama, NIP, unit, telepon, surel)"),
            ("h / Delete", "hapus isian urusan yang disorot"),
            ("Ctrl-S / F2", "simpan pemetaan sebagai revisi baru; bila berubah di tempat lain, Mufakat menanyakan mana yang dipakai"),
            ("Esc", "kembali ke beranda; bila ada perubahan, Mufakat bertanya dulu"),
            ("Tab / Shift-Tab", "pada isian urusan: pindah isian; ←/→ atau Spasi mengganti pilihan; Enter pada calon mitra membuka daftar daerah"),
            ("Ctrl-N", "pada isian urusan: baris berikut urusan yang sama (sub-urusan lain), lalu baris baru"),
            ("", "Tanda: ▲ potensi, ▼ kebutuhan, ◆ keduanya, · kosong; ✗ kesalahan, ! peringatan."),
            ("", "Perubahan yang belum disimpan ditulis sebagai draf otomatis setelah beberapa detik tanpa ketikan dan saat isian urusan ditutup; bila program terhenti, draf ditawarkan untuk dipulihkan saat pemetaan dibuka lagi. Draf bukan revisi: simpan dengan Ctrl-S. Bila program dihentikan (SIGTERM/SIGHUP), perubahan disimpan sebagai revisi baru."),
        ],
        opening: "Membuka pemetaan urusan…", saving: "Menyimpan pemetaan…",
        notYet: { "Pemetaan \($0) belum ada; mulai mengisi dengan Enter pada urusan." },
        draftWaiting: { "Ada draf pemetaan yang belum disimpan (\($0))." },
        saved: { "Pemetaan tersimpan (revisi \($0))." },
        conflictMessage: "Konflik penyimpanan pemetaan: pilih perubahan yang dipakai.",
        keyHelp: "bantuan", keyQuit: "keluar",
        screenTitle: "Pemetaan urusan",
        titleBar: { "Pemetaan urusan · \($0)" },
        draftAt: { " · draf \($0)" },
        province: "provinsi",
        keyChoose: "pilih", keyAddRemove: "tambah/hapus mitra", keyTypeToSearch: "ketik untuk mencari", keyLetters: "huruf",
        pickerTitle: "Pilih calon mitra daerah", noneChosen: "Belum ada mitra terpilih.",
        chosen: { "Terpilih (\($0)): \($1)" },
        priority: { $0.label })

    static let english = MappingText(
        storeCannotMap: "This store cannot keep affair mappings.",
        profileFirst: "Fill in the region profile first (press P): the mapping is filled in for the profile's region.",
        unreadable: { "The mapping cannot be read: \($0)" },
        draftNotWritten: { "The mapping's automatic draft cannot be written: \($0). Save with Ctrl-S so the changes are not lost." },
        copyWritten: { "The mapping cannot be saved yet; a copy was written to \($0)." },
        copyFailed: { "The mapping cannot be saved yet and writing a copy failed: \($0)" },
        notAMappingAction: "This action is not a mapping action.",
        conflictBy: { "by \($0) at \($1) " },
        notSaved: { "The mapping is not saved: \($0)" },
        findingField: { field, label in label ?? field },
        fillEmpty: "empty", fillOffer: "offer", fillNeed: "need", fillBoth: "both", fillFilled: "partner/kind set",
        complete: "complete", partial: "partial", unknownAffair: "(unknown affair code)",
        groupShortBasic: "Mandatory, basic services", groupShortNonBasic: "Mandatory, not basic services", groupShortChoice: "Optional",
        contactName: "Officer's name", contactNameHelp: "Full name of the mapping's contact officer.",
        contactNIP: "NIP", contactNIPHelp: "18 digits without spaces; may be left empty.", contactNIPError: "The NIP must be 18 digits; correct it or leave it empty.",
        contactTitle: "Position", contactTitleHelp: "For example: Cooperation Analyst.",
        contactUnit: "Work unit", contactUnitHelp: "For example: Cooperation Section of the Regional Secretariat.",
        contactPhone: "Phone", contactPhoneHelp: "Digits, may start with + and be separated by spaces or -.",
        contactPhoneError: "A phone number holds only digits (at least 6), spaces, +, - or brackets; correct it or leave it empty.",
        contactEmail: "Email", contactEmailHelp: "Official email address, for example kerjasama@bogorkota.go.id.",
        contactEmailError: { "Email '\($0)' is not valid; write it like name@region.go.id or leave it empty." },
        contactToFix: { "\(counted($0, "officer field")) \($0 == 1 ? "needs" : "need") correcting: \($1)." },
        keyDone: "done",
        contactTitleLine: { "Mapping contact officer of \($0)" },
        contactIntro: "The facilitator contacts this officer about the mapping. Esc, or Enter on the last field, to finish.",
        fieldSubAffair: "Sub-affair", fieldOffer: "Offer", fieldNeed: "Need", fieldPlanned: "Planned cooperation",
        fieldPartners: "Prospective partner regions", fieldThirdParties: "Prospective third parties", fieldKind: "Kind of cooperation",
        fieldPriority: "Priority", fieldTargetYear: "Target year", fieldInRPJMD: "Listed in the RPJMD", fieldRKPDYear: "RKPD year",
        fieldBudget: "Indicative budget", fieldNotes: "Notes",
        helpSubAffair: "←/→: choose a sub-affair from the division of affairs, or the whole affair.",
        helpOffer: "What the region can offer in this affair (facilities, expertise, resources).",
        helpNeed: "What the region needs from a partner in this affair.",
        helpPlanned: "A short title of the planned cooperation, for example: Joint regional landfill management.",
        helpPartners: "Enter: choose regions from the list (type to search); Delete: remove the last partner.",
        helpThirdParties: "Space: tick the kinds of third party (for KSDPK).",
        helpKind: "←/→ or Space: mandatory KSDD, voluntary KSDD, or KSDPK.",
        helpPriority: "←/→ or Space: high, medium, low.",
        helpTargetYear: "The year the cooperation is meant to start, 4 digits, for example 2027.",
        helpInRPJMD: "Space: yes/no; already listed in the RPJMD?",
        helpRKPDYear: "The year of the RKPD that holds this activity (4 digits); leave empty if none yet.",
        helpBudget: "Estimated cost in rupiah, digits only; never negative.",
        helpNotes: "Other notes for the facilitator.",
        affairTitle: { "Affair \($0) \($1)" },
        entryKeysHint: "Tab next field · Esc back to the list · Ctrl-S saves the whole mapping",
        noPartnersYet: "(none yet; Enter to choose)",
        wholeAffair: "whole affair",
        offerPlaceholder: "what can be offered", needPlaceholder: "what is needed",
        yearIncomplete: { "\($0) '\($1)' is incomplete: write the year's 4 digits, for example 2027, or leave it empty." },
        negativeBudget: "The indicative budget cannot be negative: write an amount of 0 rupiah or more (digits only, for example 250000000).",
        budgetDigits: "Indicative budget: type digits only, for example 250000000.",
        yearDigits: { "\($0): type the year's 4 digits, for example 2027." },
        keyNextField: "next field", keyChoosePartner: "choose partner", keyRemovePartner: "remove partner",
        keyBackToList: "back to the list",
        keyNextRow: "next sub-affair row",
        unknownAffairCode: "Unknown affair code",
        listTitle: { "Affair mapping of \($0) (\($1))" },
        revision: { " · revision \($0)" },
        neverSaved: " · never saved",
        updatedOn: { " · updated \($0)" },
        noContact: "! No contact officer yet; press c to fill one in.",
        contactLine: { "Officer: \($0)" },
        columnCode: "Code", columnAffair: "Affair", columnFill: "Entry", columnPriority: "Prior.", columnKind: "Kind",
        columnYear: "Year", columnComplete: "Complete", columnFindings: "Findings",
        rows: { " (\($0) rows)" },
        emptyState: "· empty",
        moreFindings: { " (+\($0) more \($0 == 1 ? "finding" : "findings"))" },
        detailOffer: "Offer: ", detailNeed: "Need: ", detailPartners: "Partners: ",
        notFilled: { "Affair \($0) is not filled in. Press Enter to fill in offers and needs." },
        legendDirty: "● not saved  ▲ offer  ▼ need  ◆ both  ✗ error  ! warning",
        legend: "▲ offer  ▼ need  ◆ both  · empty  ✗ error  ! warning",
        regionFallback: { "region \($0)" },
        summary: { "Filled \($0) of \($1) affairs · complete \($2) · \($3) affairs with findings" },
        summaryErrors: { " (\(counted($0, "error")))" },
        summaryUnknown: { " · \($0) unknown codes" },
        newRow: { "new row (\($0) of \($0))" },
        rowOf: { "row \($0) of \($1)" },
        contactToFixBeforeSave: "The contact officer's fields need correcting before saving.",
        nothingToSave: { "No changes to save (revision \($0))." },
        conflictText: { "The mapping of \($0) was saved as revision \($1) \($2)while you were editing. Nothing was overwritten." },
        newRevision: "new",
        conflictMine: { " Yours compared with that revision (\(counted($0, "difference"))):" },
        moreFields: { "\n… and \($0) more \($0 == 1 ? "field" : "fields")." },
        conflictTitle: "Mapping save conflict", keepMine: "Keep mine", takeTheirs: "Take theirs", cancel: "Cancel",
        draftText: { "There is a mapping draft of \($0) saved automatically at \($1) by \($2) and not yet saved as a revision." },
        draftDiffers: { " The draft differs in \(counted($0, "field")):" },
        draftBaseRevision: { "revision \($0)" },
        draftBaseNever: "a mapping never saved",
        draftStale: { "\nNote: the draft started from \($0), while the mapping was saved again as revision \($1). If the draft is recovered, Mufakat will ask which changes to keep when you save; nothing is overwritten silently." },
        draftTitle: "Recover the mapping draft?", recoverDraft: "Recover the draft", discardDraft: "Discard the draft",
        draftRecovered: "Mapping draft recovered; not saved yet. Press Ctrl-S to save.",
        draftDiscarded: { "Mapping draft discarded; revision \($0) opened." },
        quitTitle: "Quit Mufakat?",
        quitText: { "The mapping of \($0) has unsaved changes. Save them before quitting? Discard loses the changes since the last save." },
        saveAndQuit: "Save & quit", discardAndQuit: "Discard & quit",
        nothingToDelete: "This affair is not filled in; nothing to delete.",
        deleteTitle: "Delete the affair's entry?",
        deleteText: { "The entry of affair \($0) \($1) is removed from the mapping (not saved until Ctrl-S)." },
        delete: "Delete",
        closeTitle: "Close the mapping?",
        closeText: { "The mapping of \($0) has unsaved changes. Save them first?" },
        saveAndClose: "Save & close", discardAndClose: "Discard & close",
        tookTheirs: { "Revision \($0) taken; your changes were discarded." },
        stillUnsaved: "Not saved. Your changes stay on the screen; press Ctrl-S to try again.",
        deleted: { "Entry of affair \($0) deleted; press Ctrl-S to save." },
        keySave: "save", keyFill: "fill in affair", keyContact: "officer", keyDelete: "delete entry", keyBack: "back",
        help: [
            ("↑/↓ PgUp/PgDn", "move between affairs"),
            ("Enter", "open the affair's entry: offer, need, prospective partners, kind, priority, year, RPJMD/RKPD, budget, notes"),
            ("c", "change the contact officer (name, NIP, unit, phone, email)"),
            ("h / Delete", "delete the highlighted affair's entry"),
            ("Ctrl-S / F2", "save the mapping as a new revision; if it changed elsewhere, Mufakat asks which to keep"),
            ("Esc", "back to the home screen; with changes, Mufakat asks first"),
            ("Tab / Shift-Tab", "in an affair's entry: next field; ←/→ or Space changes a choice; Enter on the prospective partners opens the list of regions"),
            ("Ctrl-N", "in an affair's entry: the next row of the same affair (another sub-affair), then a new row"),
            ("", "Marks: ▲ offer, ▼ need, ◆ both, · empty; ✗ error, ! warning."),
            ("", "Unsaved changes are written as an automatic draft after a few seconds without typing and when an affair's entry is closed; if the program stops, the draft is offered for recovery when the mapping is opened again. A draft is not a revision: save with Ctrl-S. If the program is terminated (SIGTERM/SIGHUP), the changes are saved as a new revision."),
        ],
        opening: "Opening the affair mapping…", saving: "Saving the mapping…",
        notYet: { "There is no mapping of \($0) yet; start with Enter on an affair." },
        draftWaiting: { "There is an unsaved mapping draft (\($0))." },
        saved: { "Mapping saved (revision \($0))." },
        conflictMessage: "Mapping save conflict: choose the changes to keep.",
        keyHelp: "help", keyQuit: "quit",
        screenTitle: "Affair mapping",
        titleBar: { "Affair mapping · \($0)" },
        draftAt: { " · draft \($0)" },
        province: "province",
        keyChoose: "choose", keyAddRemove: "add/remove partner", keyTypeToSearch: "type to search", keyLetters: "letters",
        pickerTitle: "Choose prospective partner regions", noneChosen: "No partner chosen yet.",
        chosen: { "Chosen (\($0)): \($1)" },
        priority: { switch $0 { case .tinggi: "High"; case .sedang: "Medium"; case .rendah: "Low" } })
}
