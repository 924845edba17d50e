import TerminalUI

/// Dialog bertipe: a modal question whose answers are values of `Answer`, one per button, never
/// button positions. The box (title, text, buttons, keys, drawing) is TerminalUI's `Dialog`.
struct TypedDialog<Answer: Sendable & Equatable>: Sendable {
    private(set) var box: Dialog
    /// The answer of each button, in order.
    let answers: [Answer]
    /// The answer of Esc.
    let cancel: Answer

    /// A question with buttons `(label, answer)`; Esc answers `cancel`.
    init(_ title: String, _ text: String, options: [(label: String, answer: Answer)], cancel: Answer) {
        box = .choose(title, text, options: options.map(\.label))
        answers = options.map(\.answer)
        self.cancel = cancel
    }

    /// Information only: one button (or Esc) answers `close`.
    init(message title: String, _ text: String, close: Answer) {
        box = .message(title, text)
        answers = [close]
        cancel = close
    }

    var title: String { box.title }
    var text: String { box.text }
    var bindings: [KeyBinding] { box.bindings }

    /// Handles a key; nil while the question is still open.
    mutating func answer(_ event: Event) -> Answer? {
        switch box.answer(event) {
        case .pending: return nil
        case .cancelled: return cancel
        case .chosen(let i): return answers.indices.contains(i) ? answers[i] : cancel
        }
    }

    func draw(in rect: Rect, buffer: inout Buffer) { box.draw(in: rect, buffer: &buffer) }
}
