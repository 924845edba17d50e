import Foundation
import MufakatStore

extension StoreSession {
    /// Baris daftar: the listing rows from the compact index (`index.bin`) and its log, without
    /// decoding an entry or a `stat` per file (`mufakat list`, issue 19). See
    /// `CooperationStore.listRows`.
    public func indexRows() throws(StoreError) -> IndexRows { try store.listRows() }
}
