/// Realistic offers (potensi), needs (kebutuhan) and planned cooperations per affair, for demo
/// mappings. Written the way officers fill the mapping forms of an assistance meeting.
enum MappingDemoPhrases {
    /// One subject an affair's mapping may be about: what a region offers, what another needs,
    /// the cooperation that joins them, and the sub-affair heading of `kewenangan.csv` it falls
    /// under (nil when it is not split by level).
    struct Theme {
        let offer: String
        let need: String
        let plan: String
        let subAffair: String?
        init(_ offer: String, _ need: String, _ plan: String, _ subAffair: String?) {
            self.offer = offer; self.need = need; self.plan = plan; self.subAffair = subAffair
        }
    }

    struct Phrases {
        /// How often regions put this affair forward (cross-border affairs come up most).
        let weight: Int
        let themes: [Theme]
    }

    static let byAffair: [String: Phrases] = [
        "1.01": Phrases(weight: 3, themes: [
            Theme("Sekolah unggulan dengan kapasitas rombongan belajar tersisa", "Daya tampung sekolah di wilayah perbatasan", "Penerimaan peserta didik di wilayah perbatasan", nil),
            Theme("Pusat pelatihan guru dan tenaga kependidikan", "Peningkatan kompetensi guru mata pelajaran produktif", "Pelatihan bersama guru dan tenaga kependidikan", nil),
        ]),
        "1.02": Phrases(weight: 5, themes: [
            Theme("Rumah sakit rujukan tipe B dengan layanan jantung dan hemodialisis", "Akses rujukan layanan spesialis bagi warga perbatasan", "Sistem rujukan kesehatan lintas daerah", nil),
            Theme("Laboratorium kesehatan daerah terakreditasi", "Pemeriksaan laboratorium kesehatan masyarakat", "Pemanfaatan bersama laboratorium kesehatan daerah", nil),
        ]),
        "1.03": Phrases(weight: 9, themes: [
            Theme("Instalasi pengolahan air minum dengan kapasitas berlebih 150 liter/detik", "Pasokan air baku dan air minum curah", "Penyediaan air minum curah lintas daerah", "Air Minum"),
            Theme("Lahan TPA regional yang memenuhi syarat sanitary landfill", "Lokasi pemrosesan akhir sampah", "Pengelolaan TPA regional bersama", "Persampahan"),
            Theme("Instalasi pengolahan lumpur tinja", "Pengolahan lumpur tinja dan air limbah domestik", "Pengelolaan IPLT bersama", "Air Limbah"),
            Theme("Unit pemeliharaan jalan dan alat berat", "Penanganan jalan penghubung antarkabupaten", "Peningkatan jalan penghubung antardaerah", "Jalan"),
        ]),
        "1.04": Phrases(weight: 2, themes: [
            Theme("Lahan siap bangun untuk rumah susun sewa", "Penanganan kawasan kumuh di perbatasan kota", "Penanganan kawasan permukiman kumuh lintas batas", nil),
        ]),
        "1.05": Phrases(weight: 3, themes: [
            Theme("Pos pemadam kebakaran dengan armada siaga 24 jam", "Jangkauan layanan pemadam kebakaran di kecamatan perbatasan", "Layanan pemadam kebakaran terpadu wilayah perbatasan", nil),
            Theme("Satuan Polisi Pamong Praja terlatih penanganan bencana", "Kesiapsiagaan penanganan bencana di wilayah perbatasan", "Penanggulangan bencana terpadu antardaerah", nil),
        ]),
        "1.06": Phrases(weight: 2, themes: [
            Theme("Panti sosial dengan daya tampung tersisa", "Rehabilitasi sosial penyandang disabilitas terlantar", "Rehabilitasi sosial bersama di panti milik daerah", nil),
        ]),
        "2.07": Phrases(weight: 3, themes: [
            Theme("Balai latihan kerja dengan kejuruan otomotif dan las", "Pelatihan vokasi bagi pencari kerja muda", "Pelatihan vokasi dan penempatan tenaga kerja antardaerah", nil),
            Theme("Kawasan industri yang menyerap tenaga kerja", "Penempatan tenaga kerja lokal", "Pelatihan vokasi dan penempatan tenaga kerja antardaerah", nil),
        ]),
        "2.08": Phrases(weight: 2, themes: [
            Theme("Rumah aman bagi perempuan dan anak korban kekerasan", "Layanan pendampingan korban kekerasan terhadap anak", "Layanan terpadu perlindungan perempuan dan anak", nil),
        ]),
        "2.09": Phrases(weight: 5, themes: [
            Theme("Surplus produksi beras dan cadangan pangan daerah", "Pasokan bahan pangan pokok yang stabil", "Kerja sama antardaerah pemenuhan pangan pokok", nil),
            Theme("Pasar induk hasil pertanian", "Cadangan pangan untuk penanganan rawan pangan", "Kerja sama antardaerah pemenuhan pangan pokok", nil),
        ]),
        "2.10": Phrases(weight: 1, themes: [
            Theme("Data dan peta bidang tanah digital", "Penyelesaian sengketa batas tanah di perbatasan", "Penataan data pertanahan wilayah perbatasan", nil),
        ]),
        "2.11": Phrases(weight: 6, themes: [
            Theme("Laboratorium lingkungan terakreditasi", "Pemantauan kualitas udara dan air", "Pemantauan kualitas lingkungan bersama", "Pengendalian Pencemaran dan Kerusakan Lingkungan Hidup"),
            Theme("Kawasan hulu daerah aliran sungai yang terjaga", "Pengendalian pencemaran sungai lintas batas", "Pengendalian pencemaran daerah aliran sungai bersama", "Pengendalian Pencemaran dan Kerusakan Lingkungan Hidup"),
        ]),
        "2.12": Phrases(weight: 2, themes: [
            Theme("Anjungan dukcapil mandiri dan tenaga operator", "Pelayanan administrasi kependudukan bagi warga perbatasan", "Pelayanan adminduk jemput bola di wilayah perbatasan", nil),
        ]),
        "2.13": Phrases(weight: 2, themes: [
            Theme("BUMDes unggulan sebagai tempat belajar", "Penguatan kapasitas aparatur desa", "Pengembangan BUMDes bersama antardesa perbatasan", nil),
        ]),
        "2.14": Phrases(weight: 2, themes: [
            Theme("Tenaga penyuluh keluarga berencana", "Percepatan penurunan stunting", "Percepatan penurunan stunting terpadu", nil),
        ]),
        "2.15": Phrases(weight: 8, themes: [
            Theme("Terminal penumpang tipe A dan armada angkutan perkotaan", "Integrasi trayek angkutan umum lintas batas", "Integrasi angkutan umum perkotaan lintas daerah", "Lalu Lintas dan Angkutan Jalan"),
            Theme("Pusat kendali lalu lintas (ATCS)", "Pengaturan lalu lintas di koridor perbatasan", "Manajemen lalu lintas koridor perbatasan", "Lalu Lintas dan Angkutan Jalan"),
        ]),
        "2.16": Phrases(weight: 3, themes: [
            Theme("Pusat data dan jaringan serat optik pemerintah daerah", "Infrastruktur jaringan dan pusat data cadangan", "Pemanfaatan bersama pusat data dan jaringan intra pemerintah", nil),
        ]),
        "2.17": Phrases(weight: 3, themes: [
            Theme("Galeri produk UMKM dan rumah kemasan", "Akses pasar bagi produk UMKM", "Promosi dan pemasaran bersama produk UMKM", nil),
        ]),
        "2.18": Phrases(weight: 2, themes: [
            Theme("Mal pelayanan publik dengan layanan perizinan terpadu", "Promosi peluang investasi kawasan", "Promosi investasi kawasan terpadu", nil),
        ]),
        "2.19": Phrases(weight: 1, themes: [
            Theme("Stadion dan gelanggang olahraga berstandar nasional", "Sarana latihan atlet daerah", "Pemanfaatan bersama sarana olahraga", nil),
        ]),
        "2.20": Phrases(weight: 1, themes: [
            Theme("Portal satu data daerah", "Data statistik sektoral yang terpadu", "Integrasi satu data antardaerah", nil),
        ]),
        "2.21": Phrases(weight: 1, themes: [
            Theme("Tim tanggap insiden siber (CSIRT) daerah", "Pengamanan informasi dan sertifikat elektronik", "Penanganan insiden keamanan informasi bersama", nil),
        ]),
        "2.22": Phrases(weight: 2, themes: [
            Theme("Cagar budaya dan kalender festival budaya", "Pelestarian warisan budaya bersama", "Festival budaya dan pelestarian warisan bersama", nil),
        ]),
        "2.23": Phrases(weight: 1, themes: [
            Theme("Perpustakaan daerah dengan layanan perpustakaan keliling", "Layanan perpustakaan bagi desa terpencil", "Layanan perpustakaan keliling lintas daerah", nil),
        ]),
        "2.24": Phrases(weight: 1, themes: [
            Theme("Depo arsip dengan ruang simpan tersisa", "Penyimpanan dan alih media arsip statis", "Penyimpanan arsip statis bersama", nil),
        ]),
        "3.25": Phrases(weight: 4, themes: [
            Theme("Tempat pelelangan ikan dan cold storage", "Pemasaran hasil tangkapan nelayan kecil", "Pengembangan rantai dingin hasil perikanan", "Perikanan Tangkap"),
            Theme("Balai benih ikan", "Pasokan benih ikan unggul", "Penyediaan benih ikan bersama", nil),
        ]),
        "3.26": Phrases(weight: 7, themes: [
            Theme("Destinasi wisata alam dan desa wisata unggulan", "Promosi paket wisata terpadu", "Paket wisata terpadu lintas daerah", "Destinasi Pariwisata"),
            Theme("Bandara dan akses wisata", "Peningkatan kunjungan wisatawan", "Promosi pariwisata bersama", nil),
        ]),
        "3.27": Phrases(weight: 5, themes: [
            Theme("Balai benih tanaman pangan dan hortikultura", "Benih unggul dan sarana produksi pertanian", "Pengembangan kawasan agropolitan bersama", nil),
            Theme("Alat dan mesin pertanian", "Pengendalian hama terpadu", "Pengembangan kawasan agropolitan bersama", nil),
        ]),
        "3.28": Phrases(weight: 2, themes: [
            Theme("Taman hutan raya sebagai kawasan konservasi", "Rehabilitasi lahan kritis di hulu", "Pengelolaan taman hutan raya bersama", nil),
        ]),
        "3.29": Phrases(weight: 2, themes: [
            Theme("Potensi energi terbarukan (mikrohidro dan surya)", "Penerangan jalan umum tenaga surya", "Pengembangan energi terbarukan skala desa", nil),
        ]),
        "3.30": Phrases(weight: 3, themes: [
            Theme("Pasar induk dan gudang distribusi", "Stabilisasi harga bahan pokok", "Kerja sama perdagangan antardaerah bahan pokok", nil),
        ]),
        "3.31": Phrases(weight: 2, themes: [
            Theme("Kawasan industri kecil dan menengah", "Bahan baku industri pengolahan", "Penguatan rantai pasok industri kecil", nil),
        ]),
        "3.32": Phrases(weight: 1, themes: [
            Theme("Kawasan transmigrasi dengan lahan usaha", "Penempatan transmigran dari daerah padat", "Kerja sama penempatan transmigrasi", nil),
        ]),
    ]

    static let givenNames = ["Ahmad", "Siti", "Budi", "Dewi", "Rudi", "Nur", "Agus", "Rina", "Hendra", "Wulan",
                             "Fajar", "Lestari", "Yusuf", "Ratna", "Eko", "Sri", "Dian", "Imam", "Maya", "Teguh"]
    static let familyNames = ["Hidayat", "Rahmawati", "Santoso", "Lestari", "Saputra", "Wijaya", "Kurniawan", "Handayani",
                              "Nugroho", "Permana", "Siregar", "Nasution", "Harahap", "Pratama", "Setiawan", "Susanti",
                              "Manurung", "Sembiring", "Wibowo", "Fitriani"]
    static let notes = ["", "", "Menunggu kajian teknis perangkat daerah.", "Telah dibahas dalam forum TKKSD.",
                        "Perlu dukungan data dari provinsi.", "Diusulkan dalam musrenbang tahun berjalan."]
}
