import Foundation
import MufakatApp
import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// The stage editor as an officer uses it: the real program on a real store, a cooperation opened
/// from the home list, one letter typed into a text field, and F8 to the next stage.
enum EditorCases {
    static func run(_ h: inout Harness, seed: UInt64, folder: URL) throws {
        h.group = "Stage editor key press (the real program: update, draw, diff; bytes)"
        let url = folder.appendingPathComponent("editor-10")
        try? FileManager.default.removeItem(at: url)
        try StoreFixtures.generate(size: 10, seed: seed, at: url)
        let rulebook = try RulebookLoader.load()
        for size in TerminalCases.screenSizes {
            let dims = "\(size.width)×\(size.height)"
            var (program, effects) = try StoreCases.startAppWithEffects(url, rulebook: rulebook, size: size)
            // Open the first cooperation whose current stage has a text field that takes a letter.
            var typed: MufakatProgram?
            for row in 0..<10 where typed == nil {
                var opened = program
                send(&opened, .key(.enter), effects)
                guard opened.screenName == "penyunting" else { break }
                for tabs in 0..<8 {
                    var p = opened
                    for _ in 0..<tabs { send(&p, .key(.tab), effects) }
                    let before = p.editedCooperation
                    var q = p
                    send(&q, .key(.char("a")), effects)
                    if let before, let after = q.editedCooperation, typedIntoText(before, after) { typed = p; break }
                }
                if typed == nil {
                    send(&opened, .key(.escape), effects)
                    program = opened
                    send(&program, .key(.down), effects)
                    _ = row
                }
            }
            guard let editing = typed else {
                print("  (editor \(dims): no text field found to type into; skipped)")
                continue
            }
            keyPress(&h, "editor: type one letter in a text field", dims, base: editing, event: .key(.char("a")))
            keyPress(&h, "editor: next stage (F8)", dims, base: editing, event: .key(.function(8)))
        }
    }

    /// Whether `after` is `before` with one letter "a" typed into one text answer and nothing
    /// else changed (not a list page's "a" that adds a record, not a stage's first answer that
    /// starts it): the case the row measures.
    static func typedIntoText(_ before: Cooperation, _ after: Cooperation) -> Bool {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        guard let a = try? encoder.encode(before), let b = try? encoder.encode(after), b.count == a.count + 1 else { return false }
        let x = Array(a), y = Array(b)
        guard let i = x.indices.first(where: { x[$0] != y[$0] }) ?? (x.count < y.count ? x.count : nil) else { return false }
        return y[i] == UInt8(ascii: "a") && x[i...].elementsEqual(y[(i + 1)...])
    }

    /// Delivers an event and performs every effect it asks for, as the runner does.
    static func send(_ p: inout MufakatProgram, _ event: Event, _ effects: AppEffects) {
        var queue = [event]
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for effect in p.update(next) {
                if case .perform(let action) = effect { queue += effects.perform(action) }
            }
        }
    }

    static func keyPress(_ h: inout Harness, _ name: String, _ dims: String, base: MufakatProgram, event: Event) {
        KeyPressCase.measure(&h, label: name, size: dims, dims: dims, iterations: 100, base: base, event: event)
    }
}
