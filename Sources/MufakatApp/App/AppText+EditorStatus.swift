import MufakatDomain

extension EditorText {
    /// Status tahapan in the editor's words: the status the officer recorded.
    func label(_ status: StageStatus) -> String {
        switch status {
        case .notStarted: statusNotStarted
        case .draft: statusDraft
        case .inReview: statusInReview
        case .done: statusDone
        case .skipped: statusSkipped
        }
    }

    /// Keadaan tahapan in the editor's words: the state the workflow computes.
    func label(_ state: MufakatDomain.StageState) -> String {
        switch state {
        case .done: statusDone
        case .current: stateCurrent
        case .inProgress: stateInProgress
        case .available: stateAvailable
        case .blocked: stateBlocked
        case .skipped: statusSkipped
        case .hasErrors: stateHasErrors
        }
    }
}
