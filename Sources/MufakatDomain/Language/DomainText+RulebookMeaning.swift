/// `DomainText.rulebookMeaning`: what the rulebook check says about the meaning of a rulebook
/// (kinds, stages, gates, conditions, field paths, durations, reminders, rules, clauses, bases),
/// in the interface language. The file's own names stay as written in the TOML file.
struct RulebookMeaningText: Sendable {
    var kindUnknown: @Sendable (_ id: String, _ known: String) -> String
    var stageMissing: @Sendable (_ id: String, _ known: String) -> String
    var stageTwice: @Sendable (_ id: String) -> String
    var stageOrder: @Sendable (_ stage: String, _ before: String) -> String
    var allowedNeedsStage: String
    var conditionUnreachable: @Sendable (_ stage: String, _ condition: String, _ kind: String, _ section: String) -> String
    var refusalEmpty: String
    var requiredPartyTypeMissing: @Sendable (_ type: String, _ list: String) -> String
    var formDuplicate: @Sendable (_ id: String) -> String
    var partyTypeUnknown: @Sendable (_ type: String, _ list: String) -> String
    var shapeUnknown: @Sendable (_ shape: String, _ list: String) -> String
    var minParties: String
    var kindNotRegulated: @Sendable (_ id: String, _ label: String) -> String
    var sectionUnknown: @Sendable (_ section: String, _ list: String) -> String
    var waitsForItself: String
    var gateMissing: @Sendable (_ id: String, _ known: String) -> String
    var conditionUnknown: @Sendable (_ id: String, _ list: String) -> String
    var stageUnused: @Sendable (_ id: String) -> String
    var kindNotInKinds: @Sendable (_ id: String) -> String
    var circularWait: @Sendable (_ id: String) -> String
    var archiveMaxSize: String
    var publicFieldTwice: @Sendable (_ path: String) -> String
    var fieldPathInvalid: @Sendable (_ path: String) -> String
    var perhaps: @Sendable (_ path: String) -> String
    var existingFields: @Sendable (_ under: String?, _ list: String) -> String
    var fieldPathUnknown: @Sendable (_ path: String, _ suggestion: String) -> String
    var gateWithoutCondition: String
    var gateUnused: @Sendable (_ id: String) -> String
    var conditionUnused: @Sendable (_ id: String, _ list: String) -> String
    var conditionWithoutTable: @Sendable (_ id: String) -> String
    var durationAtLeastOne: String
    var exceptionNotAbove: @Sendable (_ max: Int, _ general: Int) -> String
    var affairUnknown: @Sendable (_ code: String) -> String
    var subAffairUnknown: @Sendable (_ id: String) -> String
    var subAffairOtherAffair: @Sendable (_ id: String, _ its: String, _ affair: String) -> String
    var reminderDaysEmpty: String, reminderDaysPositive: String, reminderDaysOrder: String, valueAtLeastOne: String
    var severityUnknown: @Sendable (_ severity: String) -> String
    var ruleUnknown: @Sendable (_ id: String) -> String
    var messageEmpty: String
    var placeholdersUnknown: @Sendable (_ unknown: String, _ allowed: String) -> String
    var none: String
    var ruleMissing: @Sendable (_ id: String) -> String
    var basisEmpty: String
    var documentUnknown: @Sendable (_ id: String) -> String
    var basisEmptyExample: String
    var citationEmpty: String
    var reminderBasisEmpty: String
    var englishMissing: @Sendable (_ key: String, _ englishKey: String) -> String
    var englishPlaceholdersDiffer: @Sendable (_ englishKey: String, _ en: String, _ key: String, _ id: String) -> String
    var mappingWithoutID: String
    var mappingUnknown: @Sendable (_ id: String) -> String
    var mappingWithoutMessage: @Sendable (_ id: String) -> String
    var mappingPlaceholdersUnknown: @Sendable (_ unknown: String, _ allowed: String) -> String
    var mappingMissing: @Sendable (_ id: String) -> String

    static let indonesian = RulebookMeaningText(
        kindUnknown: { "jenis '\($0)' tidak dikenal program; pilihan: \($1)" },
        stageMissing: { "tahapan '\($0)' tidak ada; tahapan yang ada: \($1)" },
        stageTwice: { "tahapan '\($0)' tercantum dua kali" },
        stageOrder: { "tahapan '\($0)' berada sebelum '\($1)', padahal menurut after tahapan '\($0)' harus sesudahnya; ubah urutan" },
        allowedNeedsStage: "jenis yang dibolehkan memerlukan paling sedikit satu tahapan",
        conditionUnreachable: { "tahapan '\($0)' menunggu syarat '\($1)', tetapi jenis '\($2)' tidak memiliki tahapan bagian '\($3)' yang dapat memenuhinya, sehingga tahapan itu tidak akan pernah dapat dimulai; pakai tahapan tanpa syarat itu untuk jenis ini atau tambahkan tahapan yang memenuhinya" },
        refusalEmpty: "jenis ini tidak dibolehkan tetapi alasan penolakan (refusal) kosong; pengguna tidak akan tahu sebabnya",
        requiredPartyTypeMissing: { "jenis pihak '\($0)' diwajibkan tetapi tidak ada pada party_types (\($1)); pihak itu tidak akan pernah dapat ditambahkan" },
        formDuplicate: { "bentuk kerja sama '\($0)' ganda; ganti salah satu id" },
        partyTypeUnknown: { "jenis pihak '\($0)' tidak dikenal; pilihan: \($1)" },
        shapeUnknown: { "bentuk '\($0)' tidak dikenal; pilihan: \($1)" },
        minParties: "kerja sama memerlukan paling sedikit 2 pihak; tulis min_parties = 2 atau lebih",
        kindNotRegulated: { "jenis '\($0)' (\($1)) tidak diatur; kerja sama jenis ini akan ditolak" },
        sectionUnknown: { "bagian '\($0)' tidak dikenal; pilihan: \($1)" },
        waitsForItself: "tahapan tidak dapat menunggu dirinya sendiri",
        gateMissing: { "gerbang '\($0)' tidak ada; gerbang yang ada: \($1)" },
        conditionUnknown: { "syarat '\($0)' tidak dikenal program; pilihan: \($1)" },
        stageUnused: { "tahapan '\($0)' tidak dipakai oleh jenis kerja sama mana pun" },
        kindNotInKinds: { "jenis '\($0)' tidak ada pada [[kind]]" },
        circularWait: { "tahapan '\($0)' saling menunggu secara melingkar dengan tahapan lain; periksa daftar after" },
        archiveMaxSize: "batas ukuran berkas arsip harus lebih dari 0 MB",
        publicFieldTwice: { "isian publik '\($0)' tercantum dua kali" },
        fieldPathInvalid: { "jalur isian '\($0)' tidak sah; tulis seperti proposal.background atau parties[0].name" },
        perhaps: { "; mungkin maksudnya '\($0)'" },
        existingFields: { "; isian yang ada\($0.map { " di bawah \($0)" } ?? ""): \($1)" },
        fieldPathUnknown: { "jalur isian '\($0)' tidak ada pada data kerja sama\($1)" },
        gateWithoutCondition: "gerbang tanpa syarat tidak pernah terbuka; isi paling sedikit satu syarat",
        gateUnused: { "gerbang '\($0)' tidak dipakai oleh tahapan mana pun" },
        conditionUnused: { "syarat '\($0)' tidak dikenal program dan tidak akan dipakai; pilihan: \($1)" },
        conditionWithoutTable: { "syarat '\($0)' belum diberi [[condition]] (label, blocked_reason); pesan akan memakai id-nya saja" },
        durationAtLeastOne: "batas jangka waktu harus paling sedikit 1 tahun",
        exceptionNotAbove: { "batas pengecualian (\($0) tahun) tidak melebihi batas umum (\($1) tahun); pengecualian ini tidak berpengaruh" },
        affairUnknown: { "kode urusan '\($0)' tidak ada dalam daftar urusan (urusan.csv); kosongkan untuk semua urusan" },
        subAffairUnknown: { "sub-urusan '\($0)' tidak ada dalam daftar pembagian urusan (kewenangan.csv)" },
        subAffairOtherAffair: { "sub-urusan '\($0)' termasuk urusan \($1), bukan \($2)" },
        reminderDaysEmpty: "isi paling sedikit satu jumlah hari pengingat, misalnya [90, 60, 30, 7]",
        reminderDaysPositive: "jumlah hari pengingat harus 1 atau lebih",
        reminderDaysOrder: "tulis jumlah hari pengingat dari yang terbesar tanpa pengulangan, misalnya [90, 60, 30, 7]",
        valueAtLeastOne: "nilai harus 1 atau lebih",
        severityUnknown: { "tingkat '\($0)' tidak dikenal; pilih error, warning, atau info" },
        ruleUnknown: { "aturan '\($0)' tidak dikenal program dan tidak akan dipakai" },
        messageEmpty: "pesan kosong; tuliskan pesan yang menjelaskan cara memperbaiki",
        placeholdersUnknown: { "penanda \($0) tidak diisi program untuk aturan ini; penanda yang dapat dipakai: \($1)" },
        none: "tidak ada",
        ruleMissing: { "aturan '\($0)' dipakai program tetapi tidak ada; tambahkan [[rule]] dengan id = \"\($0)\", severity, message, dan basis" },
        basisEmpty: "dasar hukum (basis) kosong; tuliskan peraturan dan pasalnya",
        documentUnknown: { "naskah '\($0)' tidak dikenal; pilih kb, nota, pks, adendum, atau perpanjangan" },
        basisEmptyExample: "dasar hukum (basis) kosong; tuliskan peraturan dan pasalnya, misalnya \"PP 28/2018 Pasal 6 ayat (2)\"",
        citationEmpty: "kutipan peraturan kosong",
        reminderBasisEmpty: "dasar hukum kosong; tuliskan peraturan dan pasalnya",
        englishMissing: { "teks antarmuka '\($0)' belum memiliki terjemahan bahasa Inggris; tambahkan \($1) = \"...\" di bawahnya (dipakai bila antarmuka berbahasa Inggris)" },
        englishPlaceholdersDiffer: { "penanda pada \($0) (\($1)) berbeda dengan penanda pada \($2) (\($3)); kedua bahasa harus memakai penanda yang sama" },
        mappingWithoutID: "pesan pemetaan tanpa id; tambahkan id = \"...\"",
        mappingUnknown: { "pesan pemetaan '\($0)' tidak dikenal program dan tidak akan dipakai" },
        mappingWithoutMessage: { "pesan pemetaan '\($0)' tanpa message; tuliskan pesannya" },
        mappingPlaceholdersUnknown: { "penanda \($0) tidak diisi program untuk pesan ini; penanda yang dapat dipakai: \($1)" },
        mappingMissing: { "pesan pemetaan '\($0)' tidak ada; dipakai pesan bawaan. Tambahkan [[mapping_message]] dengan id = \"\($0)\" dan message" })

    static let english = RulebookMeaningText(
        kindUnknown: { "the kind '\($0)' is unknown to the program; choices: \($1)" },
        stageMissing: { "the stage '\($0)' does not exist; existing stages: \($1)" },
        stageTwice: { "the stage '\($0)' is listed twice" },
        stageOrder: { "the stage '\($0)' comes before '\($1)', although by its 'after' the stage '\($0)' must come later; change the order" },
        allowedNeedsStage: "an allowed kind needs at least one stage",
        conditionUnreachable: { "the stage '\($0)' waits for the condition '\($1)', but the kind '\($2)' has no stage of section '\($3)' that can meet it, so the stage can never start; use a stage without that condition for this kind or add a stage that meets it" },
        refusalEmpty: "this kind is not allowed but its reason (refusal) is empty; users will not know why",
        requiredPartyTypeMissing: { "the party type '\($0)' is required but missing from party_types (\($1)); such a party could never be added" },
        formDuplicate: { "the form of cooperation '\($0)' appears twice; change one of the ids" },
        partyTypeUnknown: { "unknown party type '\($0)'; choices: \($1)" },
        shapeUnknown: { "unknown shape '\($0)'; choices: \($1)" },
        minParties: "a cooperation needs at least 2 parties; write min_parties = 2 or more",
        kindNotRegulated: { "the kind '\($0)' (\($1)) is not set up; cooperations of this kind will be refused" },
        sectionUnknown: { "unknown section '\($0)'; choices: \($1)" },
        waitsForItself: "a stage cannot wait for itself",
        gateMissing: { "the gate '\($0)' does not exist; existing gates: \($1)" },
        conditionUnknown: { "the condition '\($0)' is unknown to the program; choices: \($1)" },
        stageUnused: { "the stage '\($0)' is not used by any kind of cooperation" },
        kindNotInKinds: { "the kind '\($0)' is not in [[kind]]" },
        circularWait: { "the stage '\($0)' waits in a circle with other stages; check the 'after' lists" },
        archiveMaxSize: "the archive file size limit must be more than 0 MB",
        publicFieldTwice: { "the public field '\($0)' is listed twice" },
        fieldPathInvalid: { "the field path '\($0)' is not valid; write it like proposal.background or parties[0].name" },
        perhaps: { "; perhaps you mean '\($0)'" },
        existingFields: { "; existing fields\($0.map { " under \($0)" } ?? ""): \($1)" },
        fieldPathUnknown: { "the field path '\($0)' does not exist in the cooperation data\($1)" },
        gateWithoutCondition: "a gate without conditions never opens; give at least one condition",
        gateUnused: { "the gate '\($0)' is not used by any stage" },
        conditionUnused: { "the condition '\($0)' is unknown to the program and will not be used; choices: \($1)" },
        conditionWithoutTable: { "the condition '\($0)' has no [[condition]] yet (label, blocked_reason); messages will show only its id" },
        durationAtLeastOne: "the duration limit must be at least 1 year",
        exceptionNotAbove: { "the exception's limit (\($0) years) is not above the general limit (\($1) years); the exception has no effect" },
        affairUnknown: { "the affair code '\($0)' is not in the list of affairs (urusan.csv); leave it empty for all affairs" },
        subAffairUnknown: { "the sub-affair '\($0)' is not in the division of affairs (kewenangan.csv)" },
        subAffairOtherAffair: { "the sub-affair '\($0)' belongs to affair \($1), not \($2)" },
        reminderDaysEmpty: "give at least one number of reminder days, for example [90, 60, 30, 7]",
        reminderDaysPositive: "the numbers of reminder days must be 1 or more",
        reminderDaysOrder: "write the numbers of reminder days from the largest, without repeats, for example [90, 60, 30, 7]",
        valueAtLeastOne: "the value must be 1 or more",
        severityUnknown: { "unknown severity '\($0)'; choose error, warning or info" },
        ruleUnknown: { "the rule '\($0)' is unknown to the program and will not be used" },
        messageEmpty: "empty message; write a message that explains how to fix the problem",
        placeholdersUnknown: { "the placeholders \($0) are not filled by the program for this rule; placeholders that can be used: \($1)" },
        none: "none",
        ruleMissing: { "the rule '\($0)' is used by the program but missing; add a [[rule]] with id = \"\($0)\", severity, message and basis" },
        basisEmpty: "empty legal basis (basis); write the regulation and its article",
        documentUnknown: { "unknown document '\($0)'; choose kb, nota, pks, adendum or perpanjangan" },
        basisEmptyExample: "empty legal basis (basis); write the regulation and its article, for example \"PP 28/2018 Pasal 6 ayat (2)\"",
        citationEmpty: "empty citation of the regulation",
        reminderBasisEmpty: "empty legal basis; write the regulation and its article",
        englishMissing: { "the interface text '\($0)' has no English translation yet; add \($1) = \"...\" below it (used when the interface is in English)" },
        englishPlaceholdersDiffer: { "the placeholders in \($0) (\($1)) differ from those in \($2) (\($3)); both languages must use the same placeholders" },
        mappingWithoutID: "mapping message without an id; add id = \"...\"",
        mappingUnknown: { "the mapping message '\($0)' is unknown to the program and will not be used" },
        mappingWithoutMessage: { "the mapping message '\($0)' has no message; write it" },
        mappingPlaceholdersUnknown: { "the placeholders \($0) are not filled by the program for this message; placeholders that can be used: \($1)" },
        mappingMissing: { "the mapping message '\($0)' is missing; the built-in message is used. Add a [[mapping_message]] with id = \"\($0)\" and message" })
}
