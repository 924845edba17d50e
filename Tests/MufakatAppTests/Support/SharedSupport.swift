/// `Snapshot`, `drawn` and `CooperationFixture` come from the shared test support target.
@_exported import MufakatTestSupport
