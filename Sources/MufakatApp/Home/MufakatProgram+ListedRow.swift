import MufakatDomain

extension MufakatProgram {
    /// Puts one saved cooperation into `items` and the home list in place (issue 19: a save must
    /// not read, summarise and sort the whole list again). False when it is not in the list yet.
    mutating func updateListedRow(_ item: ListedCooperation) -> Bool {
        guard let at = items.firstIndex(where: { $0.id == item.id }), home.replace(item, context: context) else { return false }
        items[at] = item
        return true
    }
}
