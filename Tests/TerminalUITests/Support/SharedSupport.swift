/// `Snapshot` and `drawn` come from the shared test support target.
@_exported import MufakatTestSupport
