/// What can go wrong in the facilitator's mapping work, with what to do about it.
public enum MappingServiceError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownRegion(code: String, source: String)
    case storeConflict(regionCode: String)
    case cooperationExists(id: String)
    case noMeeting
    case meetingNotFound(id: String, known: [String])
    case unreadableFile(path: String, problem: String)
    case invalidMeeting(problem: String)
    /// The meeting changed since it was read (another process or window); nothing was written.
    case meetingChanged(id: String)
    /// A bundle the store refused to read (its message names the file).
    case bundleUnreadable(message: String)
    /// The mapping source keeps no autosaved drafts (only a store folder does).
    case draftsUnsupported
    /// A draft cooperation was already made from this match: a match is drafted once only.
    case draftExists(id: String)

    public var description: String {
        switch self {
        case let .unknownRegion(code, source):
            ServiceText.current.mapping.unknownRegion(source, code)
        case let .storeConflict(code):
            ServiceText.current.mapping.storeConflict(code)
        case let .cooperationExists(id):
            ServiceText.current.mapping.cooperationExists(id)
        case .noMeeting:
            ServiceText.current.mapping.noMeeting
        case let .meetingNotFound(id, known):
            ServiceText.current.mapping.meetingNotFound(id, known)
        case let .unreadableFile(path, problem):
            "\(path): \(problem)"
        case let .bundleUnreadable(message):
            message
        case let .draftExists(id):
            ServiceText.current.mapping.draftExists(id)
        case .draftsUnsupported:
            ServiceText.current.mapping.draftsUnsupported
        case let .invalidMeeting(problem):
            ServiceText.current.mapping.invalidMeeting(problem)
        case let .meetingChanged(id):
            ServiceText.current.mapping.meetingChanged(id)
        }
    }
}
