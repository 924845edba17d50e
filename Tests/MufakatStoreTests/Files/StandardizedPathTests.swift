import Foundation
import Testing
@testable import MufakatStore

/// `POSIX.standardized` gives the path Foundation's `standardizedFileURL` gives, whether it takes
/// the URL as it is (a clean absolute path, issue 19) or lets Foundation standardize it.
@Suite struct StandardizedPathTests {
    @Test(arguments: ["/tmp/toko", "/tmp/toko/", "/tmp/./toko", "/tmp/a/../toko", "/tmp//toko", "/", "/tmp/toko.dir/..x",
                      "/tmp/tok o", "/tmp/tóko", "toko", "./toko", "../toko", "/tmp/toko/.", "/tmp/toko/.."])
    func sameAsFoundation(_ path: String) {
        let url = URL(fileURLWithPath: path)
        #expect(POSIX.standardized(url).path == url.standardizedFileURL.path, "\(path)")
    }

    /// The byte reading of a clean path against the string test it replaced, on every short path
    /// over "/", ".", "a" and "é", and on 5,000 longer random ones.
    @Test func aCleanPathIsReadAsTheStringTestReadIt() {
        func reference(_ path: String) -> Bool {
            path.hasPrefix("/") && !path.contains("//") && !path.split(separator: "/").contains(where: { $0 == "." || $0 == ".." })
        }
        let alphabet = ["/", ".", "a", "é"]
        var paths = [""]
        var layer = [""]
        for _ in 0..<6 {
            layer = layer.flatMap { p in alphabet.map { p + $0 } }
            paths += layer
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            paths.append(String((0..<Int(generator.next() % 24)).map { _ in Character(alphabet[Int(generator.next() % 4)]) }))
        }
        var clean = 0
        for path in paths {
            #expect(POSIX.isClean(path) == reference(path), "\(path.debugDescription)")
            if reference(path) { clean += 1 }
        }
        #expect(clean > 100)
    }
}
