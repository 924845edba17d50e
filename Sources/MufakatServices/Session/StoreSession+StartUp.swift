import MufakatStore

extension StoreSession {
    /// The listing for the interface's first frame: the index as it says, without a `stat` per
    /// file (see `CooperationStore.listTrustingIndex`). Follow with `verifyListedFiles()`.
    public func entriesTrustingIndex() throws(StoreError) -> [IndexEntry] { try store.listTrustingIndex() }

    /// Checks the trusted listing against the files; false when one changed in place (the index
    /// is refreshed, and the list should be read again).
    public func verifyListedFiles() -> Bool { store.verifyListedFiles() }

    /// Lets the store forget the entries of its listing, keeping only what opening and saving
    /// check (see `CooperationStore.keepListingStampsOnly`): the interface calls it once it has
    /// made its list.
    public func keepListingStampsOnly() { store.keepListingStampsOnly() }
}
