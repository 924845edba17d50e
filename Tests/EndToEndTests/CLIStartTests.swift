import Foundation
import Testing

/// The command line's start-up shortcuts (issue 19). The parser's check for
/// `--generate-completion-script` is left out unless an argument asks for a script: a script is
/// still written when asked for, and help and error texts still name the program once (the
/// shortcut names a super-command while parsing).
@Suite struct CLIStartTests {
    @Test func completionScriptIsStillWrittenWhenAskedFor() throws {
        for args in [["--generate-completion-script", "bash"], ["--generate-completion-script=zsh"], ["--generate-completion-script", "fish"]] {
            let out = try StoreProcess.run(args)
            #expect(out.status == 0, "\(args): \(out.stderr)")
            #expect(out.stdout.contains("mufakat") && out.stdout.contains("export") && out.stdout.count > 2_000, "\(args): \(out.stdout.prefix(300))")
        }
    }

    @Test func helpAndErrorsNameTheProgramOnce() throws {
        let root = try StoreProcess.run(["--help"]).stdout
        #expect(root.contains("PENGGUNAAN: mufakat <subperintah>"), "\(root.prefix(400))")
        #expect(root.contains("Lihat 'mufakat help <subperintah>'"), "\(root.suffix(200))")
        for args in [["list", "--help"], ["help", "list"]] {
            let out = try StoreProcess.run(args).stdout
            #expect(out.contains("PENGGUNAAN: mufakat list "), "\(args): \(out.prefix(400))")
        }
        let wrong = try StoreProcess.run(["list", "--no-such-option"])
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("Penggunaan: mufakat list "), "\(wrong.stderr)")
        for text in [root, wrong.stderr] { #expect(!text.contains("mufakat mufakat")) }
    }
}
