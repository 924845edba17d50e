import MufakatDomain

extension MufakatProgram {
    /// Puts one saved cooperation into `items` and the home list in place (issue 19: a save must
    /// not read, summarise and sort the whole list again). False when it is not in the list yet.
    mutating func updateListedRow(_ item: ListedCooperation) -> Bool {
        guard let at = items.firstIndex(where: { $0.id == item.id }) else { return false }
        let context = context
        // A home screen not in the stack is made from `items` when it opens.
        guard stack.modify(HomeScreen.self, { $0.replace(item, context: context) }) ?? true else { return false }
        items[at] = item
        return true
    }
}
