import MufakatDocuments
import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI
@testable import MufakatApp

/// A minimal editor: the stages of the cooperation and one notes area. Used by tests of the
/// shell so they do not depend on the real editor's screens.
struct PlaceholderEditor: HostedEditor {
    public private(set) var cooperation: Cooperation
    private var saved: Cooperation
    private var notes: TextArea
    private let stages: [String]

    public init(cooperation: Cooperation, context: ShellContext) {
        self.cooperation = cooperation
        self.saved = cooperation
        self.notes = TextArea(cooperation.notes)
        self.stages = context.rulebook.stages(for: cooperation.kind).map(\.name)
    }

    public var isDirty: Bool { cooperation != saved }
    public mutating func markSaved() { saved = cooperation }
    public mutating func replace(with cooperation: Cooperation) {
        self.cooperation = cooperation
        notes = TextArea(cooperation.notes)
    }

    public mutating func handleEvent(_ event: Event) -> [EditorCommand] {
        switch event {
        case .key(.escape): return [.close]
        case .key(.tab): return [.saveDraft]
        case .key(.ctrl("e")): return [.export(.pks, options: ExportOptions(format: .txt, draft: true))]
        default:
            _ = notes.handle(event)
            cooperation.notes = notes.text
            return []
        }
    }

    public func draw(in rect: Rect, buffer: inout Buffer) {
        let (left, right) = rect.splitLeft(min(30, rect.width / 3))
        StageStepper(stages: stages.enumerated().map { Stage($0.element, state: $0.offset == 0 ? .current : .pending) })
            .draw(in: left, buffer: &buffer)
        let inner = right.inset(left: 1)
        buffer.write("Catatan", at: Point(x: inner.x, y: inner.y), role: .title, clip: inner)
        notes.draw(in: inner.inset(top: 1), buffer: &buffer, focused: true)
    }

    public var bindings: [KeyBinding] { [KeyBinding(.escape, "tutup")] }
    public var title: String { cooperation.title }
}
