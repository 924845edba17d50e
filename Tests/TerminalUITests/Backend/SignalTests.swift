#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcurses
import Testing
@testable import TerminalUI

/// Issue 20: SIGQUIT painted the Swift crash reporter over the screen. It must stop the
/// program like SIGTERM: caught as a flag, the terminal restored, the draft kept.
@Suite(.serialized, .englishToolkit) struct SignalTests {
    @Test func sigquitIsCaughtAsAFlagAndMeansTerminate() {
        mufakat_install_termination_handlers()
        _ = mufakat_take_pending_signal()
        // The test runner's threads block SIGQUIT; unblock it here so raise() delivers it now.
        var quit = sigset_t(), previous = sigset_t()
        sigemptyset(&quit)
        sigaddset(&quit, SIGQUIT)
        pthread_sigmask(SIG_UNBLOCK, &quit, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        raise(SIGQUIT)  // before the fix: the default action (core dump) ended this test process
        let caught = mufakat_take_pending_signal()
        #expect(caught == SIGQUIT)
        #expect(NcursesBackend.signalKind(caught) == .terminate)
        #expect(NcursesBackend.signalKind(SIGTERM) == .terminate)
        #expect(NcursesBackend.signalKind(SIGHUP) == .hangup)
    }
}
