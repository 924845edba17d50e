import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// What the archive screen asks the effects to do.
public enum ArchiveRequest: Sendable, Equatable {
    case load(id: String)
    case attach(id: String, ArchiveService.Attachment)
    case export(id: String, folder: String)
}

/// What came back.
public enum ArchiveEvent: Sendable, Equatable {
    case loaded(id: String, files: [ArchiveListing])
    /// A new revision holds the file; `stored` is that revision.
    case attached(StoredCooperation, files: [ArchiveListing], result: ArchiveService.AttachResult)
    case exported(paths: [String], folder: String)
    case failed(String)
}

extension AppEffects {
    /// The archive lives in a store folder (`files/<sha256>`): a repository that is not a
    /// `StoreSession` keeps no files.
    func archiveResult(of request: ArchiveRequest) -> AppEvent {
        guard let session = repository as? StoreSession else {
            return .archive(.failed(archiveText.noArchive))
        }
        let service = ArchiveService(session: session, rulebook: context.rulebook)
        do {
            switch request {
            case .load(let id):
                return .archive(.loaded(id: id, files: try service.files(id: id)))
            case let .attach(id, attachment):
                let result = try service.attach(id: id, attachment, today: context.today)
                let stored: StoredCooperation
                do { stored = try session.load(id: id) } catch { return .archive(.failed(error.description)) }
                return .archive(.attached(stored, files: service.files(of: stored.cooperation), result: result))
            case let .export(id, folder):
                return .archive(.exported(paths: try service.export(id: id, to: URL(fileURLWithPath: folder)), folder: folder))
            }
        } catch {
            return .archive(.failed(error.description))
        }
    }
}

extension ArchiveScreen: AppScreen {
    /// F6 in the editor: the archive of the cooperation being edited. Unsaved changes first: an
    /// attachment is a new revision, and the editor continues from it.
    static func opening(_ editor: any HostedEditor, context: ScreenContext) -> ScreenOutcome {
        if editor.isDirty {
            return .refused(.warning(archiveText.saveFirst))
        }
        let c = editor.cooperation
        let rulebook = context.shell.rulebook
        let stages = rulebook.stages(for: c.kind).map(\.id)
        let screen = ArchiveScreen(id: c.id, title: c.title, stages: stages.isEmpty ? rulebook.stages.map(\.id) : stages,
                                   kinds: rulebook.archiveKinds.map { ($0.id, $0.name) })
        return .push(screen, [.perform(.archive(.load(id: c.id)))])
    }

    var screenName: String { "arsip" }
    var screenTitle: String { AppText.current.shell.archive }
    var barBindings: [KeyBinding] { keyMap.bar }
    var screenHelp: ScreenHelp { ScreenHelp(title: archiveText.screenTitle, bindings: keyMap.helpBindings) }

    mutating func update(_ event: Event, context: ScreenContext) -> ScreenOutcome {
        switch handle(event) {
        case .none: return .none
        case .close: return .pop
        case .help: return .help
        case .refused(let text): return .refused(text.isEmpty ? nil : .warning(text))
        case .attach(let attachment):
            return .perform(.archive(.attach(id: id, attachment)), message: .notice(archiveText.attaching(attachment.path)))
        case .export(let folder):
            return .perform(.archive(.export(id: id, folder: folder)))
        }
    }

    /// The editor below continues from an attached revision (see `EditorScreen.receive`).
    mutating func receive(_ result: AppEvent, context: ScreenContext) -> ScreenOutcome {
        guard case .archive(let event) = result else { return .none }
        switch event {
        case let .loaded(id, files):
            guard self.id == id else { return .none }
            self.files = files
            loaded = true
            return .none
        case let .attached(_, files, result):
            self.files = files
            loaded = true
            highlighted = max(0, files.count - 1)
            let text: Message = result.unchanged ? .notice(archiveText.alreadyAttached)
                : .ok(archiveText.attached(result.file.fileName, ArchiveService.megabytes(result.file.size), result.revision))
            return .perform(.loadList, message: text)
        case let .exported(paths, folder):
            return .show(.ok(archiveText.copied(paths.count, folder)))
        case .failed(let text):
            return .refused(.error(text))
        }
    }

    func render(in rect: Rect, buffer: inout Buffer, context: ScreenContext) { draw(in: rect, buffer: &buffer) }
}

/// The archive screen's words in the language in use.
private var archiveText: Catalogue<ArchiveText> { AppText.current.archive }
