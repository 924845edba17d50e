/// A subject a demo cooperation can be about: its affair, wording and usual cost.
struct DemoTopic: Sendable {
    /// Urusan code from the catalogue.
    let affair: String
    let subAffair: String?
    /// Title after "Kerja Sama ..."; "{wilayah}" is replaced by the area name.
    let title: String
    let object: String
    let scope: [String]
    /// Perangkat daerah pemrakarsa, without the region name.
    let agency: String
    /// Program code for financing lines (urusan.bidang.program).
    let program: String
    /// Indicative yearly cost per party, in millions of rupiah.
    let costMillions: ClosedRange<Int>
}

enum DemoTopics {
    /// Topics between regions (KSDD wajib and sukarela).
    static let regional: [DemoTopic] = [
        DemoTopic(affair: "2.15", subAffair: "angkutan-perkotaan-perdesaan", title: "Penyelenggaraan Angkutan Perkotaan Terintegrasi {wilayah}",
                  object: "Layanan angkutan umum perkotaan yang melintasi batas wilayah para pihak",
                  scope: ["penetapan trayek lintas batas", "integrasi tiket dan tarif", "penyediaan halte dan fasilitas pendukung", "pengawasan pelayanan"],
                  agency: "Dinas Perhubungan", program: "2.15.02", costMillions: 750...6_000),
        DemoTopic(affair: "2.15", subAffair: nil, title: "Pengelolaan Terminal Penumpang Tipe C Bersama {wilayah}",
                  object: "Terminal penumpang yang melayani warga para pihak",
                  scope: ["pengelolaan terminal", "pengaturan lalu lintas di sekitar terminal", "pembagian retribusi"],
                  agency: "Dinas Perhubungan", program: "2.15.02", costMillions: 300...2_500),
        DemoTopic(affair: "1.03", subAffair: "persampahan-kabkota", title: "Pengelolaan Tempat Pemrosesan Akhir Sampah Regional {wilayah}",
                  object: "Tempat pemrosesan akhir (TPA) sampah yang dipakai bersama",
                  scope: ["pengangkutan sampah ke TPA", "pengoperasian dan pemeliharaan TPA", "pengolahan lindi", "pembagian biaya layanan (tipping fee)"],
                  agency: "Dinas Lingkungan Hidup", program: "1.03.08", costMillions: 1_000...12_000),
        DemoTopic(affair: "1.03", subAffair: "air-minum-kabkota", title: "Penyediaan Air Minum Lintas Daerah {wilayah}",
                  object: "Sistem penyediaan air minum yang sumber airnya berada di wilayah salah satu pihak",
                  scope: ["pemanfaatan sumber air baku", "pembangunan jaringan transmisi", "distribusi air curah", "konservasi daerah tangkapan air"],
                  agency: "Dinas Pekerjaan Umum dan Penataan Ruang", program: "1.03.03", costMillions: 1_500...20_000),
        DemoTopic(affair: "1.03", subAffair: "jalan-kabkota", title: "Pembangunan dan Pemeliharaan Jalan Penghubung di Perbatasan {wilayah}",
                  object: "Ruas jalan penghubung di perbatasan para pihak",
                  scope: ["perencanaan teknis", "peningkatan struktur jalan", "pemeliharaan rutin", "penerangan jalan umum"],
                  agency: "Dinas Pekerjaan Umum dan Penataan Ruang", program: "1.03.10", costMillions: 2_000...15_000),
        DemoTopic(affair: "1.03", subAffair: "air-limbah-kabkota", title: "Pengelolaan Air Limbah Domestik Terpadu {wilayah}",
                  object: "Instalasi pengolahan lumpur tinja (IPLT) yang dipakai bersama",
                  scope: ["penyedotan lumpur tinja terjadwal", "pengoperasian IPLT", "pembagian biaya operasional"],
                  agency: "Dinas Perumahan dan Kawasan Permukiman", program: "1.03.06", costMillions: 500...4_000),
        DemoTopic(affair: "1.02", subAffair: nil, title: "Pelayanan Rujukan Kesehatan di Wilayah Perbatasan {wilayah}",
                  object: "Pelayanan kesehatan rujukan bagi penduduk di wilayah perbatasan",
                  scope: ["rujukan pasien antar-rumah sakit daerah", "pembiayaan pelayanan bagi peserta jaminan kesehatan daerah", "pertukaran data kesehatan"],
                  agency: "Dinas Kesehatan", program: "1.02.02", costMillions: 400...3_000),
        DemoTopic(affair: "1.02", subAffair: nil, title: "Percepatan Penurunan Stunting {wilayah}",
                  object: "Intervensi gizi spesifik dan sensitif di desa/kelurahan perbatasan",
                  scope: ["pendataan keluarga berisiko stunting", "pemberian makanan tambahan", "pendampingan keluarga"],
                  agency: "Dinas Kesehatan", program: "1.02.02", costMillions: 200...1_500),
        DemoTopic(affair: "1.01", subAffair: "pendidikan-dasar", title: "Penerimaan Peserta Didik di Wilayah Perbatasan {wilayah}",
                  object: "Layanan pendidikan dasar bagi peserta didik yang berdomisili di perbatasan",
                  scope: ["penerimaan peserta didik lintas domisili", "pertukaran data pokok pendidikan", "peningkatan mutu guru"],
                  agency: "Dinas Pendidikan", program: "1.01.02", costMillions: 150...1_200),
        DemoTopic(affair: "1.05", subAffair: nil, title: "Penanggulangan Kebakaran dan Penyelamatan di Wilayah Perbatasan {wilayah}",
                  object: "Layanan pemadam kebakaran dan penyelamatan di perbatasan",
                  scope: ["pembagian wilayah layanan", "penggunaan bersama sarana pemadam", "latihan bersama"],
                  agency: "Dinas Pemadam Kebakaran dan Penyelamatan", program: "1.05.03", costMillions: 200...2_000),
        DemoTopic(affair: "2.11", subAffair: "lingkungan-kabkota", title: "Pengendalian Pencemaran Daerah Aliran Sungai {wilayah}",
                  object: "Pengendalian pencemaran sungai yang melintasi wilayah para pihak",
                  scope: ["pemantauan kualitas air bersama", "penertiban pembuangan limbah", "gerakan bersih sungai"],
                  agency: "Dinas Lingkungan Hidup", program: "2.11.05", costMillions: 150...1_800),
        DemoTopic(affair: "3.26", subAffair: "destinasi-kabkota", title: "Pengembangan Kawasan Wisata Terpadu {wilayah}",
                  object: "Kawasan wisata yang berada di wilayah para pihak",
                  scope: ["promosi wisata bersama", "paket perjalanan terpadu", "peningkatan aksesibilitas destinasi"],
                  agency: "Dinas Pariwisata dan Kebudayaan", program: "3.26.02", costMillions: 150...2_000),
        DemoTopic(affair: "2.12", subAffair: nil, title: "Pelayanan Administrasi Kependudukan Terintegrasi {wilayah}",
                  object: "Pelayanan dokumen kependudukan bagi penduduk yang pindah antardaerah",
                  scope: ["pelayanan pindah datang satu pintu", "pemanfaatan data kependudukan", "pelayanan keliling di perbatasan"],
                  agency: "Dinas Kependudukan dan Pencatatan Sipil", program: "2.12.02", costMillions: 100...800),
        DemoTopic(affair: "3.30", subAffair: nil, title: "Pengelolaan Pasar Induk Bersama {wilayah}",
                  object: "Pasar induk yang melayani pedagang dan warga para pihak",
                  scope: ["pengelolaan pasar induk", "stabilisasi harga bahan pokok", "pembagian retribusi"],
                  agency: "Dinas Perdagangan dan Perindustrian", program: "3.30.03", costMillions: 500...5_000),
        DemoTopic(affair: "2.09", subAffair: nil, title: "Penguatan Cadangan Pangan Daerah {wilayah}",
                  object: "Cadangan pangan pemerintah daerah untuk keadaan darurat",
                  scope: ["pengadaan cadangan beras bersama", "penyaluran saat rawan pangan", "pertukaran informasi harga"],
                  agency: "Dinas Ketahanan Pangan", program: "2.09.02", costMillions: 200...1_500),
        DemoTopic(affair: "2.16", subAffair: nil, title: "Integrasi Pusat Data dan Layanan Kedaruratan 112 {wilayah}",
                  object: "Pusat data dan layanan panggilan darurat 112 yang dipakai bersama",
                  scope: ["interkoneksi jaringan", "pemanfaatan pusat data bersama", "penanganan panggilan darurat lintas wilayah"],
                  agency: "Dinas Komunikasi dan Informatika", program: "2.16.03", costMillions: 300...2_500),
        DemoTopic(affair: "3.25", subAffair: "tempat-pelelangan-ikan", title: "Pengelolaan Tempat Pelelangan Ikan Bersama {wilayah}",
                  object: "Tempat pelelangan ikan yang dipakai nelayan para pihak",
                  scope: ["pengelolaan TPI", "pendataan hasil tangkapan", "pemberdayaan nelayan kecil"],
                  agency: "Dinas Kelautan dan Perikanan", program: "3.25.03", costMillions: 200...1_500),
    ]

    /// Topics with a third party (KSDPK): wording, the kind of partner and its name.
    static let thirdParty: [(topic: DemoTopic, partner: LegalForm, names: [String])] = [
        (DemoTopic(affair: "1.03", subAffair: "persampahan-kabkota", title: "Pengolahan Sampah Menjadi Energi Listrik di {wilayah}",
                   object: "Fasilitas pengolahan sampah menjadi energi listrik (PSEL) di atas tanah milik daerah",
                   scope: ["penyediaan lahan oleh pemerintah daerah", "pembangunan dan pengoperasian fasilitas oleh mitra", "penjualan listrik kepada PT PLN (Persero)", "pembayaran biaya layanan pengolahan sampah"],
                   agency: "Dinas Lingkungan Hidup", program: "1.03.08", costMillions: 2_000...25_000),
         .badanUsahaSwasta, ["PT Energi Bersih Nusantara", "PT Sarana Olah Sampah Indonesia", "PT Hijau Lestari Energi"]),
        (DemoTopic(affair: "1.03", subAffair: "air-minum-kabkota", title: "Penyediaan Air Minum Curah di {wilayah}",
                   object: "Penyediaan air minum curah untuk jaringan perusahaan umum daerah",
                   scope: ["pembangunan instalasi pengolahan air", "penjualan air curah", "alih kelola aset pada akhir masa kerja sama"],
                   agency: "Dinas Pekerjaan Umum dan Penataan Ruang", program: "1.03.03", costMillions: 1_500...18_000),
         .badanUsahaSwasta, ["PT Tirta Sarana Mandiri", "PT Air Baku Nusantara", "PT Aqua Infra Indonesia"]),
        (DemoTopic(affair: "2.15", subAffair: nil, title: "Pemanfaatan Barang Milik Daerah untuk Gedung Parkir di {wilayah}",
                   object: "Tanah milik daerah untuk pembangunan dan pengelolaan gedung parkir (bangun guna serah)",
                   scope: ["penyerahan pemanfaatan tanah", "pembangunan gedung parkir", "pembagian kontribusi tetap kepada kas daerah", "penyerahan gedung pada akhir masa kerja sama"],
                   agency: "Badan Pengelolaan Keuangan dan Aset Daerah", program: "2.15.02", costMillions: 500...8_000),
         .badanUsahaSwasta, ["PT Parkir Kota Sejahtera", "PT Graha Parkir Indonesia"]),
        (DemoTopic(affair: "1.03", subAffair: nil, title: "Penerangan Jalan Umum Hemat Energi di {wilayah}",
                   object: "Penggantian dan pengelolaan lampu penerangan jalan umum dengan teknologi hemat energi",
                   scope: ["penggantian lampu dengan LED", "pemeliharaan dan pemantauan", "pembayaran berdasarkan penghematan energi"],
                   agency: "Dinas Perhubungan", program: "1.03.10", costMillions: 800...6_000),
         .bumn, ["PT Len Industri (Persero)", "PT Perusahaan Listrik Negara (Persero)"]),
        (DemoTopic(affair: "2.17", subAffair: nil, title: "Pemasaran Produk Usaha Mikro Melalui Koperasi di {wilayah}",
                   object: "Pemasaran dan pembiayaan produk usaha mikro binaan daerah",
                   scope: ["kurasi produk usaha mikro", "gerai pemasaran bersama", "pelatihan pengelolaan usaha"],
                   agency: "Dinas Koperasi dan Usaha Mikro", program: "2.17.05", costMillions: 100...900),
         .koperasi, ["Koperasi Produsen Mitra Usaha Mandiri", "Koperasi Serba Usaha Karya Bersama"]),
        (DemoTopic(affair: "3.26", subAffair: "destinasi-kabkota", title: "Pengelolaan Daya Tarik Wisata Alam di {wilayah}",
                   object: "Pengelolaan daya tarik wisata alam milik daerah",
                   scope: ["penataan kawasan", "pengelolaan tiket masuk", "bagi hasil pendapatan kepada kas daerah"],
                   agency: "Dinas Pariwisata dan Kebudayaan", program: "3.26.02", costMillions: 200...2_500),
         .bumd, ["Perseroda Jasa Wisata Daerah", "Perumda Aneka Usaha"]),
    ]

    /// Topics with a ministry or agency (Nota Kesepakatan): wording and partner.
    static let ministry: [(topic: DemoTopic, partner: String, head: String)] = [
        (DemoTopic(affair: "2.20", subAffair: nil, title: "Sinergi Penyediaan Data Statistik Sektoral di {wilayah}",
                   object: "Penyelenggaraan statistik sektoral dan Satu Data Indonesia di daerah",
                   scope: ["pembinaan statistik sektoral", "pertukaran data", "peningkatan kapasitas SDM statistik"],
                   agency: "Dinas Komunikasi, Informatika, Statistik dan Persandian", program: "2.20.02", costMillions: 50...400),
         "Badan Pusat Statistik", "Kepala Badan Pusat Statistik"),
        (DemoTopic(affair: "2.15", subAffair: nil, title: "Sinergi Pengembangan Angkutan Massal Perkotaan di {wilayah}",
                   object: "Perencanaan dan pelaksanaan angkutan massal perkotaan",
                   scope: ["penyusunan rencana induk", "dukungan sarana bus", "penyediaan prasarana oleh daerah"],
                   agency: "Dinas Perhubungan", program: "2.15.02", costMillions: 300...5_000),
         "Kementerian Perhubungan", "Menteri Perhubungan"),
        (DemoTopic(affair: "1.02", subAffair: nil, title: "Sinergi Transformasi Layanan Kesehatan Primer di {wilayah}",
                   object: "Penguatan layanan kesehatan primer di puskesmas",
                   scope: ["penguatan puskesmas", "pemenuhan tenaga kesehatan", "integrasi sistem informasi kesehatan"],
                   agency: "Dinas Kesehatan", program: "1.02.02", costMillions: 200...3_000),
         "Kementerian Kesehatan", "Menteri Kesehatan"),
    ]

    static let firstNames = ["Ahmad", "Budi", "Siti", "Dewi", "Rudi", "Agus", "Sri", "Hendra", "Yusuf", "Ratna", "Dedi", "Nur",
                             "Eko", "Wahyu", "Fitri", "Rahmat", "Indah", "Bambang", "Lestari", "Imam", "Yohanes", "Made",
                             "Ketut", "Andi", "Muhammad", "Rina", "Teguh", "Hadi", "Maria", "Arif"]
    static let lastNames = ["Santoso", "Hidayat", "Wibowo", "Rahmawati", "Saputra", "Kurniawan", "Setiawan", "Nugroho",
                            "Pratama", "Susanti", "Hasibuan", "Siregar", "Lubis", "Tanjung", "Harahap", "Sembiring",
                            "Manurung", "Wijaya", "Halim", "Mahendra", "Suryadi", "Syahputra", "Pohan", "Rangkuti",
                            "Wirawan", "Putra", "Gunawan", "Firmansyah"]
    /// Classification codes used on letters about cooperation.
    static let letterCodes = ["180", "119", "130", "000.5", "100.3.5"]
}
