#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import MufakatStore

/// Keadaan hanya-baca: why nothing can be saved in a store (or in one cooperation), and what the
/// officer can do about it. The editor opens read-only with this as its banner, so no typing is
/// taken that could never be saved (issue 20, item 13).
public struct ReadOnlyState: Sendable, Equatable {
    /// Why, short ("folder penyimpanan tidak dapat ditulis").
    public var reason: String
    /// What to do to be able to save.
    public var advice: String

    public init(reason: String, advice: String) { self.reason = reason; self.advice = advice }

    /// The state of a store that opened read-only.
    public static func store(cause: CooperationStore.ReadOnlyCause, root: String) -> ReadOnlyState {
        switch cause {
        case .requested:
            return ReadOnlyState(reason: ServiceText.current.session.requestedReason,
                                 advice: ServiceText.current.session.requestedAdvice)
        case .newerVersion(let found):
            return ReadOnlyState(reason: ServiceText.current.session.newerReason(found),
                                 advice: ServiceText.current.session.newerAdvice)
        case .notWritable(let code):
            switch code {
            case EROFS:
                return ReadOnlyState(reason: ServiceText.current.session.readOnlyMediaReason,
                                     advice: ServiceText.current.session.readOnlyMediaAdvice)
            case ENOSPC, EDQUOT:
                return ReadOnlyState(reason: ServiceText.current.session.diskFullReason,
                                     advice: ServiceText.current.session.diskFullAdvice)
            default:
                return ReadOnlyState(reason: ServiceText.current.session.noPermissionReason,
                                     advice: ServiceText.current.session.noPermissionAdvice(root))
            }
        }
    }

    /// A cooperation another live process has open, looked at without editing.
    public static func lockHeld(by holder: String) -> ReadOnlyState {
        ReadOnlyState(reason: ServiceText.current.session.lockHeldReason(holder),
                      advice: ServiceText.current.session.lockHeldAdvice)
    }

    /// The banner's first line.
    public var banner: String { ServiceText.current.session.banner(reason) }

    /// The message when a key would have changed an answer.
    public var refusal: String { ServiceText.current.session.refusal(reason, advice) }
}
