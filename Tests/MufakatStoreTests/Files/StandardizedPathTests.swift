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
}
