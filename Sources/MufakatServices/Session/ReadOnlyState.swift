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
            return ReadOnlyState(reason: "penyimpanan dibuka dalam mode hanya-baca",
                                 advice: "Tutup Mufakat lalu buka lagi tanpa mode hanya-baca untuk menyunting.")
        case .newerVersion(let found):
            return ReadOnlyState(reason: "penyimpanan dibuat oleh Mufakat yang lebih baru (versi format \(found))",
                                 advice: "Perbarui Mufakat, lalu buka lagi untuk menyunting.")
        case .notWritable(let code):
            switch code {
            case EROFS:
                return ReadOnlyState(reason: "folder penyimpanan ada pada media hanya-baca",
                                     advice: "Salin penyimpanan ke folder yang dapat ditulis dan buka dengan --store.")
            case ENOSPC, EDQUOT:
                return ReadOnlyState(reason: "disk penyimpanan penuh",
                                     advice: "Kosongkan ruang disk, lalu buka Mufakat lagi.")
            default:
                return ReadOnlyState(reason: "tidak ada izin menulis di folder penyimpanan",
                                     advice: "Beri izin tulis (chmod u+w \(root)) atau buka salinannya dengan --store.")
            }
        }
    }

    /// A cooperation another live process has open, looked at without editing.
    public static func lockHeld(by holder: String) -> ReadOnlyState {
        ReadOnlyState(reason: "sedang disunting oleh \(holder)",
                      advice: "Tunggu sampai penyuntingan di sana ditutup, lalu buka lagi untuk menyunting.")
    }

    /// The banner's first line.
    public var banner: String { "HANYA-BACA, tidak dapat disimpan: \(reason)." }

    /// The message when a key would have changed an answer.
    public var refusal: String { "Ketikan ditolak (hanya-baca: \(reason)). \(advice)" }
}
