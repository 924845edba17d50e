import Foundation
import MufakatApp
import MufakatDomain
import MufakatServices
import MufakatStore
import Testing

/// One road for the archive and the dashboard: the screens' effects and the CLI give the same
/// record, the same stored bytes and the same figures.
extension TwoRoadsTests {
    @Test func attachingFromTheScreenAndFromTheCLIRecordsTheSameFile() throws {
        let screenRoad = try Road(), cliRoad = try Road()
        let scan = screenRoad.folder.appendingPathComponent("kb-ttd.pdf")
        try FileManager.default.createDirectory(at: screenRoad.folder, withIntermediateDirectories: true)
        try Data("%PDF-1.4 pindaian KB yang ditandatangani".utf8).write(to: scan)

        let attachment = ArchiveService.Attachment(stage: "kb", kind: "scan-ttd", path: scan.path, number: "415.4/05-KB/2026", note: "asli")
        guard case .archive(.attached(let stored, _, let result))? = screenRoad.screen(.archive(.attach(id: screenRoad.id, attachment))) else {
            Issue.record("the screen road did not attach"); return
        }
        let cli = try cliRoad.cli(["lampirkan", cliRoad.id, "--stage", "kb", "--kind", "scan-ttd", scan.path, "--number", "415.4/05-KB/2026", "--note", "asli"])
        #expect(cli.code == 0, "\(cli.err)")
        let viaCLI = try cliRoad.session.load(id: cliRoad.id)
        #expect(stored.cooperation.archivedFiles == viaCLI.cooperation.archivedFiles)
        #expect(stored.revision == viaCLI.revision)
        let name = "files/\(result.file.sha256)"
        #expect(try Data(contentsOf: screenRoad.store.appendingPathComponent(name)) == Data(contentsOf: cliRoad.store.appendingPathComponent(name)))
    }

    @Test func theDashboardOnTheScreenIsTheCLIsRekap() throws {
        let road = try Road()
        guard case .dashboardLoaded(let screen)? = road.screen(.loadDashboard) else { Issue.record("no dashboard from the screen road"); return }
        let cli = try road.cli(["rekap", "--json"])
        #expect(cli.code == 0, "\(cli.err)")
        let decoded = try JSONDecoder().decode(Dashboard.self, from: cli.data)
        #expect(decoded == screen)
    }
}
