import Foundation

/// Pemberitahuan: something the store noticed and handled while opening or reading, to be
/// shown once to the person (a quarantined file, a repaired save, a rebuilt index).
public struct StoreNotice: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Kind: String, Sendable, Codable {
        /// A damaged file was moved to quarantine.
        case quarantined = "karantina"
        /// An interrupted save or import was completed from the files on disk.
        case repaired = "diperbaiki"
        /// `index.json` was rebuilt or refreshed.
        case indexRebuilt = "indeks-dibangun-ulang"
        /// A file written by a newer Mufakat was left untouched.
        case newerVersion = "versi-lebih-baru"
        /// The store is opened read-only.
        case readOnly = "hanya-baca"
        /// Something the person should know that did not stop the operation: a save that
        /// committed but whose history copy or folder sync failed, a store folder others may
        /// write, cooperations found only in history (issue 20).
        case warning = "peringatan"
    }

    public var kind: Kind
    public var message: String

    public init(kind: Kind, message: String) { self.kind = kind; self.message = message }

    public var description: String { message }
}
