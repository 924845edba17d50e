import Foundation

/// Command-line options of `mufakat-bench` (parsed by hand: the benchmark has no dependency on
/// ArgumentParser so that its release build stays small).
struct BenchOptions {
    /// Fewer iterations and only the smallest store: a smoke run of a minute or two.
    var quick = false
    /// Store sizes for the start-up and filter cases.
    var sizes = [1_000, 10_000, 100_000]
    /// Seed of the demo generator (the outside check uses other seeds).
    var seed: UInt64 = 1
    /// Groups to run (all when empty): see `groups`.
    var only: Set<String> = []
    /// Where generated stores are kept; a fresh temp folder (removed at the end) when nil.
    var cacheFolder: String?
    /// Write the Markdown table and the machine description here as well as to stdout.
    var markdownPath: String?
    /// Internal: run one group at one size in this (child) process and print its results as JSON.
    var child: (group: String, size: Int, store: String, results: String)?

    static let groups = ["terminal", "editor", "store", "save", "documents", "mapping", "process"]

    static let usage = """
    mufakat-bench: mengukur apa yang dirasakan pengguna (mode rilis).

    Pemakaian: swift build -c release && .build/release/mufakat-bench [pilihan]

      --quick               iterasi sedikit, hanya penyimpanan terkecil (uji cepat)
      --sizes 1000,10000    ukuran penyimpanan untuk kasus pembukaan dan penyaringan
      --skip-100k           lewati penyimpanan 100.000 kerja sama
      --seed N              benih data contoh (bawaan 1)
      --only a,b            hanya kelompok ini: \(groups.joined(separator: ", "))
      --stores FOLDER       simpan penyimpanan contoh di folder ini dan pakai ulang (bawaan: folder sementara)
      --markdown BERKAS     tulis tabel hasil dan keterangan mesin ke berkas ini
    """

    static func parse(_ arguments: [String]) -> BenchOptions {
        var o = BenchOptions()
        var it = arguments.dropFirst().makeIterator()
        func value(_ flag: String) -> String {
            guard let v = it.next() else { fail("\(flag) memerlukan nilai.") }
            return v
        }
        var explicitSizes = false
        var skip100k = false
        while let arg = it.next() {
            switch arg {
            case "--quick": o.quick = true
            case "--sizes":
                let list = value(arg).split(separator: ",").compactMap { Int($0.replacingOccurrences(of: "_", with: "")) }
                guard !list.isEmpty, list.allSatisfy({ $0 > 0 }) else { fail("--sizes: daftar bilangan positif, misalnya 1000,10000.") }
                o.sizes = list
                explicitSizes = true
            case "--skip-100k": skip100k = true
            case "--seed":
                guard let s = UInt64(value(arg)) else { fail("--seed: bilangan bulat tak negatif.") }
                o.seed = s
            case "--only":
                o.only = Set(value(arg).split(separator: ",").map(String.init))
                for g in o.only where !groups.contains(g) { fail("--only: kelompok '\(g)' tidak dikenal. Pilih: \(groups.joined(separator: ", ")).") }
            case "--stores": o.cacheFolder = value(arg)
            case "--markdown": o.markdownPath = value(arg)
            case "--child":
                let g = value(arg), n = Int(value(arg)) ?? 0, s = value(arg), r = value(arg)
                o.child = (g, n, s, r)
            case "-h", "--help":
                print(usage)
                exit(0)
            default:
                fail("pilihan '\(arg)' tidak dikenal.\n\n\(usage)")
            }
        }
        if o.quick && !explicitSizes { o.sizes = [1_000] }
        if skip100k { o.sizes.removeAll { $0 >= 100_000 } }
        return o
    }

    func runs(_ group: String) -> Bool { only.isEmpty || only.contains(group) }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("mufakat-bench: \(message)\n".utf8))
    exit(2)
}
