/// Teks lembar tahapan: the questions of the stage forms (group titles, notes, field labels,
/// hints, choice labels) and of the after-signing lists, one entry each. Part of `AppText`
/// (`AppText.current.editorFields`). The labels of required fields that `validate` names come
/// from the rulebook (`label_en`); these are the screen's own.
struct EditorFieldText: Sendable {
    var initiatorAndBackground: String
    var initiatingRegionalAgency: String
    var nameOfTheInitiatingAgencyOpd: String
    var proposalDate: String
    var background: String
    var reasonForTheCooperationServiceNeeds: String
    var purposeGoalsAndObject: String
    var objectOfCooperation: String
    var theAffairOrServiceCooperatedOn: String
    var scopeFormAndBenefit: String
    var scope: String
    var oneItemPerLineEachItem: String
    var expectedBenefit: String
    var costDurationAndPlanning: String
    var costBenefitAnalysis: String
    var compareCooperatingWithDoingItAlone: String
    var durationYears: String
    var lengthOfTheCooperationInYears: String
    var estimatedCost: String
    var isTheObjectAlreadyAPriority: String
    var initiativeFormAndPartnerSelection: String
    var cooperationWithAThirdPartyPp: String
    var formOfCooperation: String
    var formUnderPpArticleFromThe: String
    var partnerSelectionMethod: String
    var forExampleOpenSelectionDirectAppointment: String
    var legalBasisOfThePartnerSelection: String
    var thirdPartySOfferLetterNumber: String
    var filledInWhenTheThirdParty: String
    var thirdPartySOfferLetterDate: String
    var thirdPartySOfferLetterSubject: String
    var feasibilityStudy: String
    var requiredForCooperationWithAThird: String
    var studyDate: String
    var summaryOfTheFeasibilityStudy: String
    var economicallyAndFinanciallyFeasible: String
    var tkksdRecommendation: String
    var theRegionalCooperationCoordinationTeamTkksd: String
    var recommendationNumber: String
    var recommendationDate: String
    var contentOfTheRecommendation: String
    var recommended: String
    var forExampleSharedServiceProvisionUse: String
    var regencyCity: String
    var subAffair: String
    var canBeChangedFindingsAuthorityDuration: String
    var noParticularSubAffair: String
    var durationException: String
    var onlyWhenASectorRegulationAllows: @Sendable (_ a0: String) -> String
    var none: String
    var reasonForTheException: String
    var forExampleThePaybackPeriodOf: String
    var usedByEveryDocumentTheKak: String
    var usedByEveryDocumentTheKak2: String
    var theRegionalAgencyCarryingOutThe: @Sendable (_ a0: String) -> String
    var theUnitOfThisPartyCarrying: String
    var identityOf: @Sendable (_ a0: String) -> String
    var officeAddress: String
    var thisPartySOfficeAddressAs: String
    var implementingRegionalAgency: String
    var implementingUnit: String
    var seat: String
    var theCityWrittenBeforeTheDate: String
    var nameOfTheHeadOfRegion: String
    var nameOfTheHead: String
    var forExampleBupatiBogor: String
    var forExampleDirekturUtama: String
    var appointmentDecree: String
    var numberAndDateOfTheAppointment: String
    var number: @Sendable (_ a0: String) -> String
    var date: @Sendable (_ a0: String) -> String
    var fullNameOfTheBusinessEntity: String
    var forExamplePerusahaanUmumDaerahAir: String
    var deedOfEstablishment: String
    var legalEntityApproval: String
    var appointmentOfTheDirectors: String
    var regionalRegulationEstablishingTheBumd: String
    var legalEntityOf: @Sendable (_ a0: String) -> String
    var identityOfTheThirdPartyPp: String
    var thirdPartySOfferLetter: String
    var offerLetter: String
    var offerLetterNumber: String
    var letterDate: String
    var toAddressee: String
    var theHeadOfRegionOrThe: String
    var answerDeadline: String
    var filledFromTheLetterDateBy: String
    var initiatingParty: String
    var thePartySendingTheOfferLetter: String
    var signatory: String
    var theOfferLetterIsSignedBy: String
    var signatorySName: String
    var forExampleWaliKotaBogor: String
    var attachmentsAndCopies: String
    var incomingLetterTheInitiatorSOffer: String
    var theOfferComesFromAPartner: String
    var incomingLetterNumber: String
    var incomingLetterDate: String
    var theSenderSOfficeForExample: String
    var attachmentsOfTheIncomingLetter: String
    var dateReceived: String
    var theRegionSAnswerToThe: String
    var partnerSAnswer: String
    var partnerSAnswer2: @Sendable (_ a0: String) -> String
    var theJointAgreementIsDraftedAfter: String
    var answerDate: String
    var answerLetterNumber: String
    var conditionsPointsToNegotiateOrReasons: String
    var burdensThePublicAndTheRegion: String
    var noDefaultAnswerIfYesThe: String
    var sourceOfFinancing: String
    var mainPointsOfTheAgreement: String
    var fiscalYearImplementationStarts: String
    var filledFromTheKakCanBe: String
    var oneConsiderationPerLineStartingWith: String
    var actionPlan: String
    var annexOfTheMemorandumOfUnderstanding: String
    var articles: String
    var noArticlesYetPressAltT: String
    var altTAddsAnArticleAfter: String
    var articleHeading: String
    var forExampleMaksudDanTujuan: String
    var oneParagraphPerLineParagraphsAre: String
    var dprdOf: @Sendable (_ a0: String) -> String
    var requestLetterNumber: String
    var requestDate: String
    var dprdDecisionNumber: String
    var decisionDate: String
    var approved: String
    var durationAndImplementation: String
    var effectiveDate: String
    var filledFromTheJointAgreementCan: String
    var endDateIfSet: String
    var leaveEmptyWhenItEndsWith: String
    var noticeOfForceMajeureDays: String
    var evaluationsPerFiscalYear: String
    var filledFromTheJointAgreementOne: String
    var rightsAndObligationsOf: @Sendable (_ a0: String) -> String
    var jointSecretariat: String
    var aMandatoryKsddOfMoreThan: String
    var jointSecretariatSetUp: String
    var seatAndComposition: String
    var whereTheSecretariatSitsAndWhich: String
    var financingPlan: String
    var oneLinePerFiscalYearAnd: String
    var resultsOfTheCooperation: String
    var handlingOfTheCooperationSResults: String
    var moneyGoesToTheRegionalTreasury: String
    var nextDocumentIfAny: String
    var number2: @Sendable (_ a0: String) -> String
    var registrationNumberOfTheDocumentIts: String
    var date2: @Sendable (_ a0: String) -> String
    var titleSubject: @Sendable (_ a0: String) -> String
    var implementationMilestones: String
    var atLeastTimesInOneFiscal: @Sendable (_ a0: String, _ a1: String) -> String
    var evaluationFollowUps: String
    var eachFollowUpWithItsResponsible: String
    var implementationReports: String
    var tkksdReviews: String
    var eachRenewalProducesARenewalDocument: String
    var eachChangeToASignedDocument: String
    var endingTheCooperation: String
    var groundsUnderPpArticleAndArticle: String
    var groundForEnding: String
    var choosesChooseNotEndedToCancel: String
    var notEnded: String
    var endDate: String
    var ifLeftEmptyTheDateThe: String
    var endingSupportingDocument: String
    var theTerminationAgreementCourtDecisionOr: String
    var endingDocument: String
    var noticeLetterFromTheHeadOf: String
    var endingDocument2: String
    var noticeLetterNumber: String
    var noticeLetterDate: String
    var jointStatementDate: String
    var onlyWhenTheDocumentIsA: String
    var endingJointStatementNumber: String
    var eachPartyGivesItsOwnNumber: String
    var followUp: String
    var responsibleParty: String
    var years: @Sendable (_ a0: String) -> String
    var followUpsComeWithEvaluationsRecord: String
    var theRulebookNamesNoStageReviewed: @Sendable (_ a0: String) -> String
    var renewalsAreOnlyForACooperation: String
    var anAddendumOnlyChangesADocument: String
    var followUpEvaluation: @Sendable (_ a0: String, _ a1: String, _ a2: String) -> String
    var whatIsToBeDoneFor: String
    var theRegionalAgencyOrOfficialFollowing: String
    var completionDate: String
    var leaveEmptyUntilItIsFinished: String
    var tkksdReview: @Sendable (_ a0: String) -> String
    var stagesReviewedUnderTheRulebook: @Sendable (_ a0: String) -> String
    var reviewedDocument: String
    var meetingReviewDate: String
    var recommendedToGoAhead: String
    var tkksdReviewDocument: @Sendable (_ a0: String) -> String
    var recommendationOrMinutesOfTheTkksd: String
    var tkksdRecommendation2: String
    var notRelatedToAnEvaluation: String
    var evaluation: @Sendable (_ a0: String, _ a1: String) -> String
    var renewal: @Sendable (_ a0: String) -> String
    var renewalAgreedByThePartiesTaking: String
    var dateOfTheRenewalAgreement: String
    var addedDurationYears: String
    var reasonForTheRenewal: String
    var evaluationResultsItRestsOn: String
    var renewalDocumentNumber: @Sendable (_ a0: String) -> String
    var eachPartyGivesItsOwnNumber2: String
    var addendum: @Sendable (_ a0: String) -> String
    var aChangeToTheSignedDocument: String
    var changedDocument: String
    var addendumDate: String
    var reasonForTheChange: String
    var detailsOfTheChange: String
    var oneChangePerLineForExample: String
    var addendumDocumentNumber: @Sendable (_ a0: String) -> String
    var eachPartyGivesItsOwnNumber3: String
    var numberOf: @Sendable (_ a0: String) -> String
    var titleOfTheDocument: @Sendable (_ a0: String) -> String
    var numberOfTheDocument: @Sendable (_ a0: String) -> String
    var dateOfTheDocument: @Sendable (_ a0: String) -> String
    var theMinisterOrHeadOfAgency: String
    var theThirdPartySHeadUnder: String
    var theOfficialAuthorisedToSignFor: String
    var cooperationAgreement: String
    var memorandumOfUnderstanding: String
    var jointAgreement: String
    var signingDateAndPlace: String
    var theIsFrozenOnceMarkedSigned: @Sendable (_ a0: String) -> String
    var signingDate: String
    var cityWhereItIsSignedFor: String
    var documentNumberOf: @Sendable (_ a0: String) -> String
    var theNumberGivesToThisDocument: @Sendable (_ a0: String) -> String
    var signatorySOffice: String
    var theHeadOfRegionOrAn: String
    var theHeadOfRegionGovernorRegent: String
    var powerOfAttorneyNumber: String
    var requiredWhenTheSignatoryIsNot: String
    var powerOfAttorneyDate: String
    var signatoryOf: @Sendable (_ a0: String) -> String
    var alreadyBudgetedInTheApbd: String
    var noTheCooperationNeedsTheDprd: String
    var financingLine: @Sendable (_ a0: String) -> String
    var fiscalYear: String
    var partyBearingTheCost: String
    var sourceOfFunds: String
    var planningCode: String
    var affairFieldProgrammeActivityForExample: String
    var requiredAppearsInTheFinancingPlan: String
    var milestone: @Sendable (_ a0: String) -> String
    var milestoneDescription: String
    var targetDate: String
    var evaluation2: @Sendable (_ a0: String) -> String
    var evaluationDate: String
    var theTeamOrRegionalAgencyEvaluating: String
    var summaryOfResults: String
    var evaluationFindingsAndRecommendations: @Sendable (_ a0: String) -> String
    var followUpsAreRecordedInThe: String
    var evaluationMinutes: @Sendable (_ a0: String) -> String
    var minutesOrReportOfTheEvaluation: String
    var evaluationResults: String
    var reportCoverLetter: @Sendable (_ a0: String) -> String
    var reportDate: String
    var theGovernorForARegencyCity: String
    var coverLetterNumber: String
    var periodStart: String
    var periodEnd: String
    var reportContents: @Sendable (_ a0: String) -> String
    var evaluationsWithinThisPeriodGoInto: String
    var summaryOfImplementation: String
    var obstaclesAndTheirResolution: String
    var actionPlanActivity: @Sendable (_ a0: String) -> String
    var responsibleUnit: String
    var implementationTime: String
    var forExampleQuarterIiOr: String
    var addendum2: String
    var reason: String
    var paragraphs: String
    var notes: String
    var evaluations: String
    var evaluator: String
    var rights: String
    var office: String
    var answer: String
    var amount: String
    var activity: String
    var output: String
    var to: String
    var remarks: String
    var obligations: String
    var attachments: String
    var purpose: String
    var considerationsMenimbang: String
    var document: String
    var initiator: String
    var sender: String
    var author: String
    var renewals: String
    var considerations: String
    var province: String
    var central: String
    var recommendations: String
    var done: String
    var stage: String
    var added: String
    var date3: String
    var copies: String
    var place: String
    var findings: String
    var deadline: String
    var goals: String
    var description: String

    static let indonesian = EditorFieldText(
        initiatorAndBackground: "Pemrakarsa dan latar belakang",
        initiatingRegionalAgency: "Perangkat daerah pemrakarsa",
        nameOfTheInitiatingAgencyOpd: "Nama OPD pemrakarsa, misalnya Dinas Perhubungan Kota Bogor.",
        proposalDate: "Tanggal usulan",
        background: "Latar belakang",
        reasonForTheCooperationServiceNeeds: "Alasan kerja sama: kebutuhan layanan, potensi, dan dasar perencanaan (RPJMD/RKPD).",
        purposeGoalsAndObject: "Maksud, tujuan dan objek",
        objectOfCooperation: "Objek kerja sama",
        theAffairOrServiceCooperatedOn: "Urusan atau layanan yang dikerjasamakan (PP 28/2018 Pasal 4).",
        scopeFormAndBenefit: "Ruang lingkup, bentuk dan manfaat",
        scope: "Ruang lingkup",
        oneItemPerLineEachItem: "Satu butir per baris; tiap butir menjadi huruf a, b, c dalam naskah.",
        expectedBenefit: "Manfaat yang diharapkan",
        costDurationAndPlanning: "Biaya, jangka waktu dan perencanaan",
        costBenefitAnalysis: "Analisis manfaat dan biaya",
        compareCooperatingWithDoingItAlone: "Bandingkan bekerja sama dengan melaksanakan sendiri.",
        durationYears: "Jangka waktu (tahun)",
        lengthOfTheCooperationInYears: "Lama kerja sama dalam tahun.",
        estimatedCost: "Perkiraan biaya",
        isTheObjectAlreadyAPriority: "Objek sudah prioritas dalam RPJMD/RKPD?",
        initiativeFormAndPartnerSelection: "Prakarsa, bentuk dan pemilihan mitra",
        cooperationWithAThirdPartyPp: "Kerja sama dengan pihak ketiga (PP 28/2018 Pasal 15, 17 dan 18).",
        formOfCooperation: "Bentuk kerja sama",
        formUnderPpArticleFromThe: "Bentuk menurut PP 28/2018 Pasal 15, dari rulebook.",
        partnerSelectionMethod: "Cara pemilihan mitra",
        forExampleOpenSelectionDirectAppointment: "Misalnya seleksi terbuka, penunjukan langsung BUMD.",
        legalBasisOfThePartnerSelection: "Dasar hukum pemilihan mitra",
        thirdPartySOfferLetterNumber: "Surat penawaran pihak ketiga: nomor",
        filledInWhenTheThirdParty: "Diisi bila pihak ketiga memprakarsai (PP 28/2018 Pasal 18).",
        thirdPartySOfferLetterDate: "Surat penawaran pihak ketiga: tanggal",
        thirdPartySOfferLetterSubject: "Surat penawaran pihak ketiga: perihal",
        feasibilityStudy: "Studi kelayakan",
        requiredForCooperationWithAThird: "Wajib untuk kerja sama dengan pihak ketiga (PP 28/2018 Pasal 17 dan 18).",
        studyDate: "Tanggal studi",
        summaryOfTheFeasibilityStudy: "Ringkasan studi kelayakan",
        economicallyAndFinanciallyFeasible: "Layak secara ekonomi dan keuangan?",
        tkksdRecommendation: "Rekomendasi TKKSD",
        theRegionalCooperationCoordinationTeamTkksd: "Tim Koordinasi Kerja Sama Daerah menelaah usulan dan memberi rekomendasi.",
        recommendationNumber: "Nomor rekomendasi",
        recommendationDate: "Tanggal rekomendasi",
        contentOfTheRecommendation: "Isi rekomendasi",
        recommended: "Direkomendasikan?",
        forExampleSharedServiceProvisionUse: "Misalnya: penyediaan layanan bersama, pemanfaatan aset.",
        regencyCity: "Kab/Kota",
        subAffair: "Sub-urusan",
        canBeChangedFindingsAuthorityDuration: "Dapat diubah; temuan (kewenangan, pengecualian jangka waktu) diperiksa ulang.",
        noParticularSubAffair: "Tanpa sub-urusan tertentu",
        durationException: "Pengecualian jangka waktu",
        onlyWhenASectorRegulationAllows: { "Hanya bila peraturan sektor membolehkan lebih dari \($0) tahun." },
        none: "Tidak ada",
        reasonForTheException: "Alasan pengecualian",
        forExampleThePaybackPeriodOf: "Misalnya masa pengembalian investasi instalasi air minum.",
        usedByEveryDocumentTheKak: "Dipakai oleh setiap naskah: KAK dan Nota Kesepakatan.",
        usedByEveryDocumentTheKak2: "Dipakai oleh setiap naskah: KAK, surat, Kesepakatan Bersama dan Perjanjian Kerja Sama.",
        theRegionalAgencyCarryingOutThe: { "Perangkat daerah yang melaksanakan kerja sama, misalnya Dinas Perhubungan \($0)." },
        theUnitOfThisPartyCarrying: "Unit kerja pihak ini yang melaksanakan kerja sama.",
        identityOf: { "Identitas \($0)" },
        officeAddress: "Alamat kantor",
        thisPartySOfficeAddressAs: "Alamat kantor pihak ini seperti tertulis dalam naskah.",
        implementingRegionalAgency: "Perangkat daerah pelaksana",
        implementingUnit: "Unit kerja pelaksana",
        seat: "Tempat kedudukan",
        theCityWrittenBeforeTheDate: "Kota yang ditulis sebelum tanggal surat pihak ini, misalnya Cibinong.",
        nameOfTheHeadOfRegion: "Nama kepala daerah",
        nameOfTheHead: "Nama pimpinan",
        forExampleBupatiBogor: "Misalnya Bupati Bogor.",
        forExampleDirekturUtama: "Misalnya Direktur Utama.",
        appointmentDecree: "Keputusan pengangkatan",
        numberAndDateOfTheAppointment: "Nomor dan tanggal keputusan pengangkatan, seperti dikutip dalam naskah.",
        number: { "\($0): nomor" },
        date: { "\($0): tanggal" },
        fullNameOfTheBusinessEntity: "Nama lengkap badan usaha",
        forExamplePerusahaanUmumDaerahAir: "Misalnya Perusahaan Umum Daerah Air Minum Giri Tirta.",
        deedOfEstablishment: "Akta pendirian",
        legalEntityApproval: "Pengesahan badan hukum",
        appointmentOfTheDirectors: "Pengangkatan direksi",
        regionalRegulationEstablishingTheBumd: "Perda pendirian BUMD",
        legalEntityOf: { "Badan hukum \($0)" },
        identityOfTheThirdPartyPp: "Identitas pihak ketiga (PP 28/2018 Pasal 14).",
        thirdPartySOfferLetter: "Surat penawaran pihak ketiga",
        offerLetter: "Surat penawaran",
        offerLetterNumber: "Nomor surat penawaran",
        letterDate: "Tanggal surat",
        toAddressee: "Kepada (tujuan surat)",
        theHeadOfRegionOrThe: "Kepala daerah atau pimpinan mitra, misalnya Bupati Bogor.",
        answerDeadline: "Batas waktu jawaban",
        filledFromTheLetterDateBy: "Terisi dari tanggal surat menurut rulebook; dapat diubah.",
        initiatingParty: "Pihak pemrakarsa",
        thePartySendingTheOfferLetter: "Pihak yang mengirim surat penawaran; mitra lain menjawab.",
        signatory: "Penanda tangan",
        theOfferLetterIsSignedBy: "Surat penawaran ditandatangani kepala daerah, tidak oleh perangkat daerah.",
        signatorySName: "Nama penanda tangan",
        forExampleWaliKotaBogor: "Misalnya Wali Kota Bogor.",
        attachmentsAndCopies: "Lampiran dan tembusan",
        incomingLetterTheInitiatorSOffer: "Surat masuk: penawaran dari pemrakarsa",
        theOfferComesFromAPartner: "Penawaran datang dari mitra; catat surat yang diterima, lalu jawaban daerah ini (PP 28/2018 Pasal 6 ayat (1) huruf b).",
        incomingLetterNumber: "Nomor surat masuk",
        incomingLetterDate: "Tanggal surat masuk",
        theSenderSOfficeForExample: "Jabatan pengirim, misalnya Bupati Sleman.",
        attachmentsOfTheIncomingLetter: "Lampiran surat masuk",
        dateReceived: "Tanggal diterima",
        theRegionSAnswerToThe: "Jawaban daerah atas penawaran pihak ketiga",
        partnerSAnswer: "Jawaban mitra",
        partnerSAnswer2: { "Jawaban mitra: \($0)" },
        theJointAgreementIsDraftedAfter: "Kesepakatan Bersama disusun setelah setiap mitra menerima penawaran.",
        answerDate: "Tanggal jawaban",
        answerLetterNumber: "Nomor surat jawaban",
        conditionsPointsToNegotiateOrReasons: "Syarat, pokok negosiasi, atau alasan menolak.",
        burdensThePublicAndTheRegion: "Membebani masyarakat dan daerah?",
        noDefaultAnswerIfYesThe: "Belum ada jawaban bawaan. Bila ya, kerja sama memerlukan persetujuan DPRD (PP 28/2018 Pasal 6 ayat (2)).",
        sourceOfFinancing: "Sumber pembiayaan",
        mainPointsOfTheAgreement: "Pokok kesepakatan",
        fiscalYearImplementationStarts: "Tahun anggaran mulai pelaksanaan",
        filledFromTheKakCanBe: "Terisi dari KAK; dapat diubah.",
        oneConsiderationPerLineStartingWith: "Satu pertimbangan per baris, diawali \"bahwa\".",
        actionPlan: "Rencana aksi",
        annexOfTheMemorandumOfUnderstanding: "Lampiran Nota Kesepakatan (PP 28/2018 Pasal 46): kegiatan, keluaran, penanggung jawab, waktu, sumber dana.",
        articles: "Pasal-pasal",
        noArticlesYetPressAltT: "Belum ada pasal. Tekan Alt-t untuk menambah pasal.",
        altTAddsAnArticleAfter: "Alt-t tambah pasal sesudahnya, Alt-h hapus pasal ini.",
        articleHeading: "Judul pasal",
        forExampleMaksudDanTujuan: "Misalnya MAKSUD DAN TUJUAN.",
        oneParagraphPerLineParagraphsAre: "Satu ayat per baris; ayat diberi nomor (1), (2) dalam naskah.",
        dprdOf: { "DPRD \($0)" },
        requestLetterNumber: "Nomor surat permohonan",
        requestDate: "Tanggal permohonan",
        dprdDecisionNumber: "Nomor keputusan DPRD",
        decisionDate: "Tanggal keputusan",
        approved: "Disetujui?",
        durationAndImplementation: "Jangka waktu dan pelaksanaan",
        effectiveDate: "Tanggal mulai berlaku",
        filledFromTheJointAgreementCan: "Terisi dari Kesepakatan Bersama; dapat diubah.",
        endDateIfSet: "Tanggal berakhir (bila ditetapkan)",
        leaveEmptyWhenItEndsWith: "Kosongkan bila berakhir menurut jangka waktu.",
        noticeOfForceMajeureDays: "Pemberitahuan keadaan kahar (hari)",
        evaluationsPerFiscalYear: "Evaluasi per tahun anggaran",
        filledFromTheJointAgreementOne: "Terisi dari Kesepakatan Bersama; satu pertimbangan per baris.",
        rightsAndObligationsOf: { "Hak dan kewajiban \($0)" },
        jointSecretariat: "Sekretariat bersama",
        aMandatoryKsddOfMoreThan: "KSDD wajib lebih dari dua daerah dapat membentuk sekretariat bersama (PP 28/2018 Pasal 7); bila ya, pasalnya dimuat dalam PKS.",
        jointSecretariatSetUp: "Sekretariat bersama dibentuk?",
        seatAndComposition: "Kedudukan dan susunan",
        whereTheSecretariatSitsAndWhich: "Tempat kedudukan sekretariat dan unsur para pihak di dalamnya.",
        financingPlan: "Rencana pembiayaan",
        oneLinePerFiscalYearAnd: "Satu baris per tahun anggaran dan pihak.",
        resultsOfTheCooperation: "Hasil kerja sama",
        handlingOfTheCooperationSResults: "Penanganan hasil kerja sama",
        moneyGoesToTheRegionalTreasury: "Uang masuk kas daerah sebagai pendapatan; barang dicatat sebagai aset daerah (PP 28/2018 Pasal 20).",
        nextDocumentIfAny: "Naskah berikutnya (bila ada)",
        number2: { "\($0): nomor" },
        registrationNumberOfTheDocumentIts: "Nomor registrasi naskah; format naskahnya belum dikonfirmasi, maka dicatat, tidak dibuat.",
        date2: { "\($0): tanggal" },
        titleSubject: { "\($0): judul/perihal" },
        implementationMilestones: "Tonggak pelaksanaan",
        atLeastTimesInOneFiscal: { a0, a1 in "Paling sedikit \(a0) kali dalam satu tahun anggaran (\(a1))." },
        evaluationFollowUps: "Tindak lanjut evaluasi",
        eachFollowUpWithItsResponsible: "Setiap tindak lanjut dengan penanggung jawab dan tenggatnya.",
        implementationReports: "Laporan pelaksanaan",
        tkksdReviews: "Telaahan TKKSD",
        eachRenewalProducesARenewalDocument: "Setiap perpanjangan menghasilkan naskah perpanjangan (ekspor: Ctrl-R lalu e).",
        eachChangeToASignedDocument: "Setiap perubahan naskah yang sudah ditandatangani menghasilkan naskah adendum.",
        endingTheCooperation: "Pengakhiran kerja sama",
        groundsUnderPpArticleAndArticle: "Alasan menurut PP 28/2018 Pasal 9 ayat (1) dan Pasal 22, dari rulebook. Sesudahnya status kerja sama menjadi Berakhir.",
        groundForEnding: "Alasan berakhir",
        choosesChooseNotEndedToCancel: "←/→ memilih; pilih Belum berakhir untuk membatalkan.",
        notEnded: "Belum berakhir",
        endDate: "Tanggal berakhir",
        ifLeftEmptyTheDateThe: "Bila tidak diisi: tanggal alasan dipilih.",
        endingSupportingDocument: "Pengakhiran: naskah pendukung",
        theTerminationAgreementCourtDecisionOr: "Kesepakatan pengakhiran, putusan pengadilan, atau naskah lain yang menjadi dasar.",
        endingDocument: "Pengakhiran: naskah",
        noticeLetterFromTheHeadOf: "Surat pemberitahuan dari kepala daerah, atau pernyataan bersama para pihak. Ekspor: Ctrl-R lalu e.",
        endingDocument2: "Naskah pengakhiran",
        noticeLetterNumber: "Nomor surat pemberitahuan",
        noticeLetterDate: "Tanggal surat pemberitahuan",
        jointStatementDate: "Tanggal pernyataan bersama",
        onlyWhenTheDocumentIsA: "Hanya bila naskahnya pernyataan bersama.",
        endingJointStatementNumber: "Pengakhiran: nomor pernyataan bersama",
        eachPartyGivesItsOwnNumber: "Setiap pihak memberi nomor sendiri; kosongkan bila naskahnya surat pemberitahuan.",
        followUp: "Tindak lanjut",
        responsibleParty: "Penanggung jawab",
        years: { "\($0) tahun" },
        followUpsComeWithEvaluationsRecord: "Tindak lanjut mengikuti evaluasi: catat evaluasinya dulu pada bagian Evaluasi.",
        theRulebookNamesNoStageReviewed: { "Rulebook tidak menyebut tahapan yang ditelaah TKKSD untuk \($0)." },
        renewalsAreOnlyForACooperation: "Perpanjangan hanya untuk kerja sama yang sudah ditandatangani.",
        anAddendumOnlyChangesADocument: "Adendum hanya mengubah naskah yang sudah ditandatangani.",
        followUpEvaluation: { a0, a1, a2 in "Tindak lanjut \(a0) (evaluasi ke-\(a1), \(a2))" },
        whatIsToBeDoneFor: "Apa yang dikerjakan, misalnya Menyusun ulang jadwal layanan.",
        theRegionalAgencyOrOfficialFollowing: "Perangkat daerah atau pejabat yang menindaklanjuti.",
        completionDate: "Tanggal selesai",
        leaveEmptyUntilItIsFinished: "Kosongkan selama belum selesai.",
        tkksdReview: { "Telaahan TKKSD \($0)" },
        stagesReviewedUnderTheRulebook: { "Tahapan yang ditelaah menurut rulebook (\($0))." },
        reviewedDocument: "Naskah yang ditelaah",
        meetingReviewDate: "Tanggal rapat/telaahan",
        recommendedToGoAhead: "Direkomendasikan untuk dilanjutkan?",
        tkksdReviewDocument: { "Telaahan TKKSD \($0): naskah" },
        recommendationOrMinutesOfTheTkksd: "Naskah rekomendasi atau berita acara rapat TKKSD, teregistrasi.",
        tkksdRecommendation2: "rekomendasi TKKSD",
        notRelatedToAnEvaluation: "Tidak merujuk evaluasi",
        evaluation: { a0, a1 in "Evaluasi ke-\(a0) (\(a1))" },
        renewal: { "Perpanjangan \($0)" },
        renewalAgreedByThePartiesTaking: "Perpanjangan atas kesepakatan para pihak dengan memperhatikan hasil evaluasi.",
        dateOfTheRenewalAgreement: "Tanggal kesepakatan perpanjangan",
        addedDurationYears: "Tambahan jangka waktu (tahun)",
        reasonForTheRenewal: "Alasan perpanjangan",
        evaluationResultsItRestsOn: "Hasil evaluasi yang menjadi dasar",
        renewalDocumentNumber: { "Perpanjangan \($0): nomor naskah" },
        eachPartyGivesItsOwnNumber2: "Setiap pihak memberi nomor sendiri pada naskah perpanjangan.",
        addendum: { "Adendum \($0)" },
        aChangeToTheSignedDocument: "Perubahan atas naskah yang sudah ditandatangani, dengan naskah adendumnya sendiri.",
        changedDocument: "Naskah yang diubah",
        addendumDate: "Tanggal adendum",
        reasonForTheChange: "Alasan perubahan",
        detailsOfTheChange: "Rincian perubahan",
        oneChangePerLineForExample: "Satu perubahan per baris, misalnya Pasal 5 ayat (1) diubah sehingga berbunyi ...",
        addendumDocumentNumber: { "Adendum \($0): nomor naskah" },
        eachPartyGivesItsOwnNumber3: "Setiap pihak memberi nomor sendiri pada naskah adendum.",
        numberOf: { "Nomor \($0)" },
        titleOfTheDocument: { "Judul naskah \($0)" },
        numberOfTheDocument: { "Nomor naskah \($0)" },
        dateOfTheDocument: { "Tanggal naskah \($0)" },
        theMinisterOrHeadOfAgency: "Menteri atau pimpinan lembaga, atau pejabat yang ditunjuk.",
        theThirdPartySHeadUnder: "Pimpinan pihak ketiga menurut akta pendiriannya, misalnya Direktur Utama.",
        theOfficialAuthorisedToSignFor: "Pejabat yang berwenang menandatangani bagi pihak ini.",
        cooperationAgreement: "Perjanjian Kerja Sama",
        memorandumOfUnderstanding: "Nota Kesepakatan",
        jointAgreement: "Kesepakatan Bersama",
        signingDateAndPlace: "Tanggal dan tempat penandatanganan",
        theIsFrozenOnceMarkedSigned: { "\($0) dibekukan setelah ditandai ditandatangani; perubahan kemudian melalui addendum." },
        signingDate: "Tanggal penandatanganan",
        cityWhereItIsSignedFor: "Kota tempat penandatanganan, misalnya Bogor.",
        documentNumberOf: { "Nomor naskah \($0)" },
        theNumberGivesToThisDocument: { "Nomor yang diberikan \($0) pada naskah ini." },
        signatorySOffice: "Jabatan penanda tangan",
        theHeadOfRegionOrAn: "Kepala daerah, atau pejabat dengan surat kuasa kepala daerah.",
        theHeadOfRegionGovernorRegent: "Kepala daerah: Gubernur, Bupati atau Wali Kota.",
        powerOfAttorneyNumber: "Nomor surat kuasa",
        requiredWhenTheSignatoryIsNot: "Wajib bila penanda tangan bukan kepala daerah (PP 28/2018 Pasal 13).",
        powerOfAttorneyDate: "Tanggal surat kuasa",
        signatoryOf: { "Penanda tangan \($0)" },
        alreadyBudgetedInTheApbd: "Sudah dianggarkan dalam APBD?",
        noTheCooperationNeedsTheDprd: "Tidak: kerja sama memerlukan persetujuan DPRD (PP 28/2018 Pasal 6 ayat (2)).",
        financingLine: { "Baris pembiayaan \($0)" },
        fiscalYear: "Tahun anggaran",
        partyBearingTheCost: "Pihak yang menanggung",
        sourceOfFunds: "Sumber dana",
        planningCode: "Kode perencanaan",
        affairFieldProgrammeActivityForExample: "urusan.bidang.program.kegiatan, misalnya 2.15.02.2.01 (Permendagri 90/2019).",
        requiredAppearsInTheFinancingPlan: "Wajib: muncul pada naskah rencana pembiayaan, misalnya \"Operasional angkutan\".",
        milestone: { "Tonggak \($0)" },
        milestoneDescription: "Uraian tonggak",
        targetDate: "Target tanggal",
        evaluation2: { "Evaluasi \($0)" },
        evaluationDate: "Tanggal evaluasi",
        theTeamOrRegionalAgencyEvaluating: "Tim atau perangkat daerah yang mengevaluasi.",
        summaryOfResults: "Ringkasan hasil",
        evaluationFindingsAndRecommendations: { "Evaluasi \($0): temuan dan rekomendasi" },
        followUpsAreRecordedInThe: "Tindak lanjut dicatat pada bagian Tindak lanjut evaluasi.",
        evaluationMinutes: { "Evaluasi \($0): berita acara" },
        minutesOrReportOfTheEvaluation: "Berita acara atau laporan hasil evaluasi, teregistrasi.",
        evaluationResults: "hasil evaluasi",
        reportCoverLetter: { "Laporan \($0): surat pengantar" },
        reportDate: "Tanggal laporan",
        theGovernorForARegencyCity: "Gubernur bagi kabupaten/kota, Menteri bagi provinsi (PP 28/2018 Pasal 44).",
        coverLetterNumber: "Nomor surat pengantar",
        periodStart: "Awal periode",
        periodEnd: "Akhir periode",
        reportContents: { "Laporan \($0): isi laporan" },
        evaluationsWithinThisPeriodGoInto: "Evaluasi dalam periode ini masuk ke laporan dengan sendirinya.",
        summaryOfImplementation: "Ringkasan pelaksanaan",
        obstaclesAndTheirResolution: "Kendala dan upaya penyelesaian",
        actionPlanActivity: { "Kegiatan rencana aksi \($0)" },
        responsibleUnit: "Unit kerja penanggung jawab",
        implementationTime: "Waktu pelaksanaan",
        forExampleQuarterIiOr: "Misalnya Triwulan II 2026, atau 2026–2027.",
        addendum2: "Adendum",
        reason: "Alasan",
        paragraphs: "Ayat",
        notes: "Catatan",
        evaluations: "Evaluasi",
        evaluator: "Evaluator",
        rights: "Hak",
        office: "Jabatan",
        answer: "Jawaban",
        amount: "Jumlah",
        activity: "Kegiatan",
        output: "Keluaran",
        to: "Kepada",
        remarks: "Keterangan",
        obligations: "Kewajiban",
        attachments: "Lampiran",
        purpose: "Maksud",
        considerationsMenimbang: "Menimbang",
        document: "Naskah",
        initiator: "Pemrakarsa",
        sender: "Pengirim",
        author: "Penyusun",
        renewals: "Perpanjangan",
        considerations: "Pertimbangan",
        province: "Provinsi",
        central: "Pusat",
        recommendations: "Rekomendasi",
        done: "Selesai",
        stage: "Tahap",
        added: "Tambahan",
        date3: "Tanggal",
        copies: "Tembusan",
        place: "Tempat",
        findings: "Temuan",
        deadline: "Tenggat",
        goals: "Tujuan",
        description: "Uraian")

    static let english = EditorFieldText(
        initiatorAndBackground: "Initiator and background",
        initiatingRegionalAgency: "Initiating regional agency",
        nameOfTheInitiatingAgencyOpd: "Name of the initiating agency (OPD), for example Dinas Perhubungan Kota Bogor.",
        proposalDate: "Proposal date",
        background: "Background",
        reasonForTheCooperationServiceNeeds: "Reason for the cooperation: service needs, potential, and planning basis (RPJMD/RKPD).",
        purposeGoalsAndObject: "Purpose, goals and object",
        objectOfCooperation: "Object of cooperation",
        theAffairOrServiceCooperatedOn: "The affair or service cooperated on (PP 28/2018 Article 4).",
        scopeFormAndBenefit: "Scope, form and benefit",
        scope: "Scope",
        oneItemPerLineEachItem: "One item per line; each item becomes a letter a, b, c in the document.",
        expectedBenefit: "Expected benefit",
        costDurationAndPlanning: "Cost, duration and planning",
        costBenefitAnalysis: "Cost-benefit analysis",
        compareCooperatingWithDoingItAlone: "Compare cooperating with doing it alone.",
        durationYears: "Duration (years)",
        lengthOfTheCooperationInYears: "Length of the cooperation in years.",
        estimatedCost: "Estimated cost",
        isTheObjectAlreadyAPriority: "Is the object already a priority in the RPJMD/RKPD?",
        initiativeFormAndPartnerSelection: "Initiative, form and partner selection",
        cooperationWithAThirdPartyPp: "Cooperation with a third party (PP 28/2018 Articles 15, 17 and 18).",
        formOfCooperation: "Form of cooperation",
        formUnderPpArticleFromThe: "Form under PP 28/2018 Article 15, from the rulebook.",
        partnerSelectionMethod: "Partner selection method",
        forExampleOpenSelectionDirectAppointment: "For example open selection, direct appointment of a BUMD.",
        legalBasisOfThePartnerSelection: "Legal basis of the partner selection",
        thirdPartySOfferLetterNumber: "Third party's offer letter: number",
        filledInWhenTheThirdParty: "Filled in when the third party takes the initiative (PP 28/2018 Article 18).",
        thirdPartySOfferLetterDate: "Third party's offer letter: date",
        thirdPartySOfferLetterSubject: "Third party's offer letter: subject",
        feasibilityStudy: "Feasibility study",
        requiredForCooperationWithAThird: "Required for cooperation with a third party (PP 28/2018 Articles 17 and 18).",
        studyDate: "Study date",
        summaryOfTheFeasibilityStudy: "Summary of the feasibility study",
        economicallyAndFinanciallyFeasible: "Economically and financially feasible?",
        tkksdRecommendation: "TKKSD recommendation",
        theRegionalCooperationCoordinationTeamTkksd: "The Regional Cooperation Coordination Team (TKKSD) reviews the proposal and recommends.",
        recommendationNumber: "Recommendation number",
        recommendationDate: "Recommendation date",
        contentOfTheRecommendation: "Content of the recommendation",
        recommended: "Recommended?",
        forExampleSharedServiceProvisionUse: "For example: shared service provision, use of assets.",
        regencyCity: "Regency/City",
        subAffair: "Sub-affair",
        canBeChangedFindingsAuthorityDuration: "Can be changed; findings (authority, duration exception) are checked again.",
        noParticularSubAffair: "No particular sub-affair",
        durationException: "Duration exception",
        onlyWhenASectorRegulationAllows: { "Only when a sector regulation allows more than \($0) years." },
        none: "None",
        reasonForTheException: "Reason for the exception",
        forExampleThePaybackPeriodOf: "For example the payback period of a drinking water installation.",
        usedByEveryDocumentTheKak: "Used by every document: the KAK and the Memorandum of Understanding.",
        usedByEveryDocumentTheKak2: "Used by every document: the KAK, letters, Joint Agreement and Cooperation Agreement.",
        theRegionalAgencyCarryingOutThe: { "The regional agency carrying out the cooperation, for example Dinas Perhubungan \($0)." },
        theUnitOfThisPartyCarrying: "The unit of this party carrying out the cooperation.",
        identityOf: { "Identity of \($0)" },
        officeAddress: "Office address",
        thisPartySOfficeAddressAs: "This party's office address as written in the document.",
        implementingRegionalAgency: "Implementing regional agency",
        implementingUnit: "Implementing unit",
        seat: "Seat",
        theCityWrittenBeforeTheDate: "The city written before the date of this party's letters, for example Cibinong.",
        nameOfTheHeadOfRegion: "Name of the head of region",
        nameOfTheHead: "Name of the head",
        forExampleBupatiBogor: "For example Bupati Bogor.",
        forExampleDirekturUtama: "For example Direktur Utama.",
        appointmentDecree: "Appointment decree",
        numberAndDateOfTheAppointment: "Number and date of the appointment decree, as quoted in the document.",
        number: { "\($0): number" },
        date: { "\($0): date" },
        fullNameOfTheBusinessEntity: "Full name of the business entity",
        forExamplePerusahaanUmumDaerahAir: "For example Perusahaan Umum Daerah Air Minum Giri Tirta.",
        deedOfEstablishment: "Deed of establishment",
        legalEntityApproval: "Legal entity approval",
        appointmentOfTheDirectors: "Appointment of the directors",
        regionalRegulationEstablishingTheBumd: "Regional regulation establishing the BUMD",
        legalEntityOf: { "Legal entity of \($0)" },
        identityOfTheThirdPartyPp: "Identity of the third party (PP 28/2018 Article 14).",
        thirdPartySOfferLetter: "Third party's offer letter",
        offerLetter: "Offer letter",
        offerLetterNumber: "Offer letter number",
        letterDate: "Letter date",
        toAddressee: "To (addressee)",
        theHeadOfRegionOrThe: "The head of region or the partner's head, for example Bupati Bogor.",
        answerDeadline: "Answer deadline",
        filledFromTheLetterDateBy: "Filled from the letter date by the rulebook; can be changed.",
        initiatingParty: "Initiating party",
        thePartySendingTheOfferLetter: "The party sending the offer letter; the other partners answer.",
        signatory: "Signatory",
        theOfferLetterIsSignedBy: "The offer letter is signed by the head of region, not by a regional agency.",
        signatorySName: "Signatory's name",
        forExampleWaliKotaBogor: "For example Wali Kota Bogor.",
        attachmentsAndCopies: "Attachments and copies",
        incomingLetterTheInitiatorSOffer: "Incoming letter: the initiator's offer",
        theOfferComesFromAPartner: "The offer comes from a partner; record the letter received, then this region's answer (PP 28/2018 Article 6(1)(b)).",
        incomingLetterNumber: "Incoming letter number",
        incomingLetterDate: "Incoming letter date",
        theSenderSOfficeForExample: "The sender's office, for example Bupati Sleman.",
        attachmentsOfTheIncomingLetter: "Attachments of the incoming letter",
        dateReceived: "Date received",
        theRegionSAnswerToThe: "The region's answer to the third party's offer",
        partnerSAnswer: "Partner's answer",
        partnerSAnswer2: { "Partner's answer: \($0)" },
        theJointAgreementIsDraftedAfter: "The Joint Agreement is drafted after every partner accepts the offer.",
        answerDate: "Answer date",
        answerLetterNumber: "Answer letter number",
        conditionsPointsToNegotiateOrReasons: "Conditions, points to negotiate, or reasons to refuse.",
        burdensThePublicAndTheRegion: "Burdens the public and the region?",
        noDefaultAnswerIfYesThe: "No default answer. If yes, the cooperation needs the DPRD's approval (PP 28/2018 Article 6(2)).",
        sourceOfFinancing: "Source of financing",
        mainPointsOfTheAgreement: "Main points of the agreement",
        fiscalYearImplementationStarts: "Fiscal year implementation starts",
        filledFromTheKakCanBe: "Filled from the KAK; can be changed.",
        oneConsiderationPerLineStartingWith: "One consideration per line, starting with \"bahwa\".",
        actionPlan: "Action plan",
        annexOfTheMemorandumOfUnderstanding: "Annex of the Memorandum of Understanding (PP 28/2018 Article 46): activity, output, responsible party, time, source of funds.",
        articles: "Articles",
        noArticlesYetPressAltT: "No articles yet. Press Alt-t to add an article.",
        altTAddsAnArticleAfter: "Alt-t adds an article after it, Alt-h deletes this article.",
        articleHeading: "Article heading",
        forExampleMaksudDanTujuan: "For example MAKSUD DAN TUJUAN.",
        oneParagraphPerLineParagraphsAre: "One paragraph per line; paragraphs are numbered (1), (2) in the document.",
        dprdOf: { "DPRD of \($0)" },
        requestLetterNumber: "Request letter number",
        requestDate: "Request date",
        dprdDecisionNumber: "DPRD decision number",
        decisionDate: "Decision date",
        approved: "Approved?",
        durationAndImplementation: "Duration and implementation",
        effectiveDate: "Effective date",
        filledFromTheJointAgreementCan: "Filled from the Joint Agreement; can be changed.",
        endDateIfSet: "End date (if set)",
        leaveEmptyWhenItEndsWith: "Leave empty when it ends with its duration.",
        noticeOfForceMajeureDays: "Notice of force majeure (days)",
        evaluationsPerFiscalYear: "Evaluations per fiscal year",
        filledFromTheJointAgreementOne: "Filled from the Joint Agreement; one consideration per line.",
        rightsAndObligationsOf: { "Rights and obligations of \($0)" },
        jointSecretariat: "Joint secretariat",
        aMandatoryKsddOfMoreThan: "A mandatory KSDD of more than two regions may set up a joint secretariat (PP 28/2018 Article 7); if so, its article goes into the PKS.",
        jointSecretariatSetUp: "Joint secretariat set up?",
        seatAndComposition: "Seat and composition",
        whereTheSecretariatSitsAndWhich: "Where the secretariat sits and which parties' members it has.",
        financingPlan: "Financing plan",
        oneLinePerFiscalYearAnd: "One line per fiscal year and party.",
        resultsOfTheCooperation: "Results of the cooperation",
        handlingOfTheCooperationSResults: "Handling of the cooperation's results",
        moneyGoesToTheRegionalTreasury: "Money goes to the regional treasury as revenue; goods are recorded as regional assets (PP 28/2018 Article 20).",
        nextDocumentIfAny: "Next document (if any)",
        number2: { "\($0): number" },
        registrationNumberOfTheDocumentIts: "Registration number of the document; its format is not confirmed, so it is recorded, not produced.",
        date2: { "\($0): date" },
        titleSubject: { "\($0): title/subject" },
        implementationMilestones: "Implementation milestones",
        atLeastTimesInOneFiscal: { a0, a1 in "At least \(a0) times in one fiscal year (\(a1))." },
        evaluationFollowUps: "Evaluation follow-ups",
        eachFollowUpWithItsResponsible: "Each follow-up with its responsible party and deadline.",
        implementationReports: "Implementation reports",
        tkksdReviews: "TKKSD reviews",
        eachRenewalProducesARenewalDocument: "Each renewal produces a renewal document (export: Ctrl-R then e).",
        eachChangeToASignedDocument: "Each change to a signed document produces an addendum.",
        endingTheCooperation: "Ending the cooperation",
        groundsUnderPpArticleAndArticle: "Grounds under PP 28/2018 Article 9(1) and Article 22, from the rulebook. Afterwards the cooperation's status becomes Ended.",
        groundForEnding: "Ground for ending",
        choosesChooseNotEndedToCancel: "←/→ chooses; choose Not ended to cancel.",
        notEnded: "Not ended",
        endDate: "End date",
        ifLeftEmptyTheDateThe: "If left empty: the date the ground was chosen.",
        endingSupportingDocument: "Ending: supporting document",
        theTerminationAgreementCourtDecisionOr: "The termination agreement, court decision, or other document it rests on.",
        endingDocument: "Ending: document",
        noticeLetterFromTheHeadOf: "Notice letter from the head of region, or a joint statement of the parties. Export: Ctrl-R then e.",
        endingDocument2: "Ending document",
        noticeLetterNumber: "Notice letter number",
        noticeLetterDate: "Notice letter date",
        jointStatementDate: "Joint statement date",
        onlyWhenTheDocumentIsA: "Only when the document is a joint statement.",
        endingJointStatementNumber: "Ending: joint statement number",
        eachPartyGivesItsOwnNumber: "Each party gives its own number; leave empty when the document is a notice letter.",
        followUp: "Follow-up",
        responsibleParty: "Responsible party",
        years: { "\($0) years" },
        followUpsComeWithEvaluationsRecord: "Follow-ups come with evaluations: record the evaluation first in the Evaluations part.",
        theRulebookNamesNoStageReviewed: { "The rulebook names no stage reviewed by the TKKSD for \($0)." },
        renewalsAreOnlyForACooperation: "Renewals are only for a cooperation already signed.",
        anAddendumOnlyChangesADocument: "An addendum only changes a document already signed.",
        followUpEvaluation: { a0, a1, a2 in "Follow-up \(a0) (evaluation \(a1), \(a2))" },
        whatIsToBeDoneFor: "What is to be done, for example Rework the service schedule.",
        theRegionalAgencyOrOfficialFollowing: "The regional agency or official following it up.",
        completionDate: "Completion date",
        leaveEmptyUntilItIsFinished: "Leave empty until it is finished.",
        tkksdReview: { "TKKSD review \($0)" },
        stagesReviewedUnderTheRulebook: { "Stages reviewed under the rulebook (\($0))." },
        reviewedDocument: "Reviewed document",
        meetingReviewDate: "Meeting/review date",
        recommendedToGoAhead: "Recommended to go ahead?",
        tkksdReviewDocument: { "TKKSD review \($0): document" },
        recommendationOrMinutesOfTheTkksd: "Recommendation or minutes of the TKKSD meeting, registered.",
        tkksdRecommendation2: "TKKSD recommendation",
        notRelatedToAnEvaluation: "Not related to an evaluation",
        evaluation: { a0, a1 in "Evaluation \(a0) (\(a1))" },
        renewal: { "Renewal \($0)" },
        renewalAgreedByThePartiesTaking: "Renewal agreed by the parties, taking the evaluation results into account.",
        dateOfTheRenewalAgreement: "Date of the renewal agreement",
        addedDurationYears: "Added duration (years)",
        reasonForTheRenewal: "Reason for the renewal",
        evaluationResultsItRestsOn: "Evaluation results it rests on",
        renewalDocumentNumber: { "Renewal \($0): document number" },
        eachPartyGivesItsOwnNumber2: "Each party gives its own number to the renewal document.",
        addendum: { "Addendum \($0)" },
        aChangeToTheSignedDocument: "A change to the signed document, with its own addendum document.",
        changedDocument: "Changed document",
        addendumDate: "Addendum date",
        reasonForTheChange: "Reason for the change",
        detailsOfTheChange: "Details of the change",
        oneChangePerLineForExample: "One change per line, for example Pasal 5 ayat (1) diubah sehingga berbunyi ...",
        addendumDocumentNumber: { "Addendum \($0): document number" },
        eachPartyGivesItsOwnNumber3: "Each party gives its own number to the addendum document.",
        numberOf: { "Number of \($0)" },
        titleOfTheDocument: { "Title of the \($0) document" },
        numberOfTheDocument: { "Number of the \($0) document" },
        dateOfTheDocument: { "Date of the \($0) document" },
        theMinisterOrHeadOfAgency: "The minister or head of agency, or an appointed official.",
        theThirdPartySHeadUnder: "The third party's head under its deed of establishment, for example Direktur Utama.",
        theOfficialAuthorisedToSignFor: "The official authorised to sign for this party.",
        cooperationAgreement: "Cooperation Agreement",
        memorandumOfUnderstanding: "Memorandum of Understanding",
        jointAgreement: "Joint Agreement",
        signingDateAndPlace: "Signing date and place",
        theIsFrozenOnceMarkedSigned: { "The \($0) is frozen once marked signed; later changes go through an addendum." },
        signingDate: "Signing date",
        cityWhereItIsSignedFor: "City where it is signed, for example Bogor.",
        documentNumberOf: { "Document number of \($0)" },
        theNumberGivesToThisDocument: { "The number \($0) gives to this document." },
        signatorySOffice: "Signatory's office",
        theHeadOfRegionOrAn: "The head of region, or an official with the head of region's power of attorney.",
        theHeadOfRegionGovernorRegent: "The head of region: Governor, Regent or Mayor.",
        powerOfAttorneyNumber: "Power of attorney number",
        requiredWhenTheSignatoryIsNot: "Required when the signatory is not the head of region (PP 28/2018 Article 13).",
        powerOfAttorneyDate: "Power of attorney date",
        signatoryOf: { "Signatory of \($0)" },
        alreadyBudgetedInTheApbd: "Already budgeted in the APBD?",
        noTheCooperationNeedsTheDprd: "No: the cooperation needs the DPRD's approval (PP 28/2018 Article 6(2)).",
        financingLine: { "Financing line \($0)" },
        fiscalYear: "Fiscal year",
        partyBearingTheCost: "Party bearing the cost",
        sourceOfFunds: "Source of funds",
        planningCode: "Planning code",
        affairFieldProgrammeActivityForExample: "affair.field.programme.activity, for example 2.15.02.2.01 (Permendagri 90/2019).",
        requiredAppearsInTheFinancingPlan: "Required: appears in the financing plan document, for example \"Operasional angkutan\".",
        milestone: { "Milestone \($0)" },
        milestoneDescription: "Milestone description",
        targetDate: "Target date",
        evaluation2: { "Evaluation \($0)" },
        evaluationDate: "Evaluation date",
        theTeamOrRegionalAgencyEvaluating: "The team or regional agency evaluating.",
        summaryOfResults: "Summary of results",
        evaluationFindingsAndRecommendations: { "Evaluation \($0): findings and recommendations" },
        followUpsAreRecordedInThe: "Follow-ups are recorded in the Evaluation follow-ups part.",
        evaluationMinutes: { "Evaluation \($0): minutes" },
        minutesOrReportOfTheEvaluation: "Minutes or report of the evaluation's results, registered.",
        evaluationResults: "evaluation results",
        reportCoverLetter: { "Report \($0): cover letter" },
        reportDate: "Report date",
        theGovernorForARegencyCity: "The Governor for a regency/city, the Minister for a province (PP 28/2018 Article 44).",
        coverLetterNumber: "Cover letter number",
        periodStart: "Period start",
        periodEnd: "Period end",
        reportContents: { "Report \($0): contents" },
        evaluationsWithinThisPeriodGoInto: "Evaluations within this period go into the report by themselves.",
        summaryOfImplementation: "Summary of implementation",
        obstaclesAndTheirResolution: "Obstacles and their resolution",
        actionPlanActivity: { "Action plan activity \($0)" },
        responsibleUnit: "Responsible unit",
        implementationTime: "Implementation time",
        forExampleQuarterIiOr: "For example Quarter II 2026, or 2026–2027.",
        addendum2: "Addendum",
        reason: "Reason",
        paragraphs: "Paragraphs",
        notes: "Notes",
        evaluations: "Evaluations",
        evaluator: "Evaluator",
        rights: "Rights",
        office: "Office",
        answer: "Answer",
        amount: "Amount",
        activity: "Activity",
        output: "Output",
        to: "To",
        remarks: "Remarks",
        obligations: "Obligations",
        attachments: "Attachments",
        purpose: "Purpose",
        considerationsMenimbang: "Considerations (Menimbang)",
        document: "Document",
        initiator: "Initiator",
        sender: "Sender",
        author: "Author",
        renewals: "Renewals",
        considerations: "Considerations",
        province: "Province",
        central: "Central",
        recommendations: "Recommendations",
        done: "Done",
        stage: "Stage",
        added: "Added",
        date3: "Date",
        copies: "Copies",
        place: "Place",
        findings: "Findings",
        deadline: "Deadline",
        goals: "Goals",
        description: "Description")
}
