import TerminalUI

/// A greeting with a name field and a counter: type a name, + and - count, Esc quits.
struct Hello: Program {
    var name = TextField("world", maxLength: 30)
    var count = 0
    let more = KeyBinding(.char("+"), "more"), less = KeyBinding(.char("-"), "less"), quit = KeyBinding(.escape, "quit")

    mutating func update(_ event: Event) -> [Effect<Never>] {
        if quit.matches(event) { return [.quit] }
        if more.matches(event) { count += 1 } else if less.matches(event) { count -= 1 } else { _ = name.handle(event) }
        return []
    }

    func view(into buffer: inout Buffer) {
        buffer.box(buffer.area, title: "Hello")
        buffer.write("Name:", at: Point(x: 2, y: 2), role: .muted)
        name.draw(in: Rect(x: 8, y: 2, width: 30, height: 1), buffer: &buffer, focused: true)
        buffer.write("Hello, \(name.text)! You counted \(count).", at: Point(x: 2, y: 4), role: .title)
        HelpBar([more, less, quit] + name.bindings).draw(in: buffer.area.row(buffer.height - 2).inset(left: 1, right: 1), buffer: &buffer)
    }

    var minimumSize: Size { Size(width: 44, height: 8) }
}

// Without a terminal (`toolkit-hello --frame`), print one frame drawn in memory instead.
if CommandLine.arguments.contains("--frame") {
    var buffer = Buffer(width: 60, height: 8)
    Hello().view(into: &buffer)
    print(buffer.text)
} else {
    var runner = Runner(program: Hello(), backend: NcursesBackend())
    try runner.run()
}
