import ArgumentParser
import MufakatDocuments
import MufakatDomain
import MufakatServices

// Option values as enums: `--help` lists the values and shell completion offers them, and the
// parser refuses any other value before a command runs (exit 2).

extension DocumentKind: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

extension DocumentFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

extension Paper: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

extension Typeface: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
}

extension DateStyle: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}
