@_exported import MufakatTestSupport

/// The shared sample cooperations, by the name these tests have always used.
typealias Fixture = CooperationFixture
