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
            return .archive(.failed(txt.noArchive))
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

extension MufakatProgram {
    /// F6 in the editor: the archive of the cooperation being edited. Unsaved changes first: an
    /// attachment is a new revision, and the editor continues from it.
    mutating func openArchive() -> [Effect<AppAction>] {
        guard let s = session else { return [] }
        if s.editor.isDirty {
            message = .warning(txt.saveFirst)
            return [.bell]
        }
        let c = s.editor.cooperation
        let stages = context.rulebook.stages(for: c.kind).map(\.id)
        archive = ArchiveScreen(id: c.id, title: c.title, stages: stages.isEmpty ? context.rulebook.stages.map(\.id) : stages,
                                kinds: context.rulebook.archiveKinds.map { ($0.id, $0.name) })
        screens.append(.archive)
        return [.perform(.archive(.load(id: c.id)))]
    }

    mutating func handleArchiveKey(_ event: Event) -> [Effect<AppAction>] {
        guard var screen = archive else { screens.removeLast(); return [] }
        message = nil
        let outcome = screen.handle(event)
        archive = screen
        switch outcome {
        case .none: return []
        case .close:
            archive = nil
            screens.removeAll { if case .archive = $0 { true } else { false } }
            if screens.isEmpty { screens = [.home] }
            return []
        case .help: return pushHelp()
        case .refused(let text):
            if !text.isEmpty { message = .warning(text) }
            return [.bell]
        case .attach(let attachment):
            message = .notice(txt.attaching(attachment.path))
            return [.perform(.archive(.attach(id: screen.id, attachment)))]
        case .export(let folder):
            return [.perform(.archive(.export(id: screen.id, folder: folder)))]
        }
    }

    mutating func handleArchiveEvent(_ event: ArchiveEvent) -> [Effect<AppAction>] {
        switch event {
        case let .loaded(id, files):
            guard archive?.id == id else { return [] }
            archive?.files = files
            archive?.loaded = true
            return []
        case let .attached(stored, files, result):
            archive?.files = files
            archive?.loaded = true
            archive?.highlighted = max(0, files.count - 1)
            // The editor continues from the new revision (it had no unsaved changes).
            if var s = session, s.id == stored.cooperation.id {
                s.editor.replace(with: stored.cooperation)
                s.editor.markSaved()
                s.basedOn = stored.revision
                session = s
            }
            message = result.unchanged ? .notice(txt.alreadyAttached)
                : .ok(txt.attached(result.file.fileName, ArchiveService.megabytes(result.file.size), result.revision))
            return [.perform(.loadList)]
        case let .exported(paths, folder):
            message = .ok(txt.copied(paths.count, folder))
            return []
        case .failed(let text):
            message = .error(text)
            return [.bell]
        }
    }

    func archiveHelpContent() -> (String, [KeyBinding], [(key: String, text: String)]) {
        (txt.screenTitle, archive?.bindings ?? [], ArchiveScreen.helpLines)
    }
}

/// The archive screen's words in the language in use.
private var txt: ArchiveText { AppText.current.archive }
