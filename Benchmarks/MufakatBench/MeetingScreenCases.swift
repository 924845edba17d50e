import Foundation
import MufakatApp
import MufakatDomain
import MufakatServices
import MufakatStore
import MufakatTestSupport
import TerminalUI

enum MeetingScreenCases {
    /// The facilitator's matrix screen over every region: one cursor move (update, draw, diff)
    /// must cost the window on screen, not the matrix.
    static func run(_ h: inout Harness, mappings: [RegionMapping], today: MufakatDomain.CalendarDate, folder: URL) throws {
        let rulebook = try RulebookLoader.load()
        for size in [Size(width: 80, height: 24), Size(width: 200, height: 60)] {
            let context = ShellContext(rulebook: rulebook, catalogues: .shared, today: today, storeLabel: folder.path)
            let effects = AppEffects(repository: InMemoryRepository(), context: context,
                                     openRepository: { _ in throw StoreError.invalidInput(path: "", problem: "") }, loadExamples: { _, _ in 0 })
            effects.meetingEffects = MeetingEffects(service: MappingService(repository: InMemoryMappingRepository(mappings: mappings), today: today),
                                                    exportFolder: folder, bundleReader: nil)
            let backend = InMemoryBackend(width: size.width, height: size.height, script: [.key(.char("r")), .key(.end)])
            var runner = Runner(program: MufakatProgram(context: context, makeEditor: MufakatProgram.standardEditor), backend: backend)
            let program = try runner.run(perform: effects.perform)
            guard program.screenName == "matriks" else { throw BenchError("matrix screen not shown") }
            EditorCases.keyPress(&h, "meeting matrix (\(mappings.count) regions): move left one cell", "\(size.width)×\(size.height)",
                                 base: program, event: .key(.left))
            EditorCases.keyPress(&h, "meeting matrix (\(mappings.count) regions): page down", "\(size.width)×\(size.height)",
                                 base: program, event: .key(.pageDown))
        }
    }
}
