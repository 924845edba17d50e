import TerminalUI

/// Tumpukan layar: the screens on top of each other; the last one has the keys.
struct ScreenStack: Sendable {
    private(set) var screens: [any AppScreen]

    init(_ screens: [any AppScreen]) { self.screens = screens }

    var top: (any AppScreen)? { screens.last }
    var count: Int { screens.count }
    var isEmpty: Bool { screens.isEmpty }

    mutating func push(_ screen: any AppScreen) { screens.append(screen) }

    /// Removes the top screen; `fallback` when nothing would be left.
    mutating func pop(fallback: @autoclosure () -> any AppScreen) {
        if !screens.isEmpty { screens.removeLast() }
        if screens.isEmpty { screens = [fallback()] }
    }

    /// Removes the screen at `index`; `fallback` when nothing would be left.
    mutating func remove(at index: Int, fallback: @autoclosure () -> any AppScreen) {
        if screens.indices.contains(index) { screens.remove(at: index) }
        if screens.isEmpty { screens = [fallback()] }
    }

    /// Puts `screen` in place of the one at `index` (the top when out of range).
    mutating func replace(at index: Int? = nil, with screen: any AppScreen) {
        guard !screens.isEmpty else { screens = [screen]; return }
        let i = index.flatMap { screens.indices.contains($0) ? $0 : nil } ?? screens.count - 1
        screens[i] = screen
    }

    mutating func reset(_ screens: [any AppScreen]) { self.screens = screens }
    mutating func insert(_ screen: any AppScreen, at index: Int) { screens.insert(screen, at: min(max(0, index), screens.count)) }

    // MARK: Typed access (the shell reaches a screen by its type, never by a switch)

    func contains<S: AppScreen>(_ type: S.Type) -> Bool { screens.contains { $0 is S } }
    func last<S: AppScreen>(_ type: S.Type) -> S? { screens.last { $0 is S } as? S }
    func lastIndex<S: AppScreen>(_ type: S.Type) -> Int? { screens.lastIndex { $0 is S } }

    /// Changes the last screen of that type in place; nil when there is none.
    @discardableResult
    mutating func modify<S: AppScreen, R>(_ type: S.Type, _ body: (inout S) -> R) -> R? {
        guard let i = lastIndex(type), var s = screens[i] as? S else { return nil }
        // The stack lets go of its copy first, so `body` changes the screen's arrays in place
        // instead of copying them (a save at 100,000 cooperations, issue 19).
        screens[i] = LoadingScreen()
        let result = body(&s)
        screens[i] = s
        return result
    }

    mutating func removeAll<S: AppScreen>(_ type: S.Type) { screens.removeAll { $0 is S } }

    /// Changes the screen at `index` through the protocol.
    mutating func withScreen<R>(at index: Int, _ body: (inout any AppScreen) -> R) -> R {
        var s = screens[index]
        let r = body(&s)
        screens[index] = s
        return r
    }
}
