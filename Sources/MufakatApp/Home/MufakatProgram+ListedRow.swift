import MufakatDomain

extension MufakatProgram {
    /// Puts one saved cooperation into `items` and the home list in place (issue 19: a save must
    /// not read, summarise and sort the whole list again). False when it is not in the list yet.
    mutating func updateListedRow(_ item: ListedCooperation) -> Bool {
        let context = context
        guard stack.contains(HomeScreen.self) else {
            // A home screen not in the stack is made from `items` when it opens.
            guard let at = items.firstIndex(where: { $0.id == item.id }) else { return false }
            items[at] = item
            return true
        }
        // The home list shares `items`: without the shell's reference the one changed item is
        // replaced in place instead of 100,000 items being copied (Ctrl-S at 100,000).
        items = []
        let replaced = stack.modify(HomeScreen.self) { $0.replace(item, context: context) } ?? false
        items = stack.last(HomeScreen.self)?.listedItems ?? []
        return replaced
    }
}
