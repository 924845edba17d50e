import TerminalUI

/// Kata bersama yang cocok: for each word of a search, which of the list's shared words (affair
/// names, kind and stage names, statuses: `RowWords`) contain it. Worked out once per search over
/// a few dozen words, then read per row by the numbers in its `RowFacts`, so those words are
/// searched without being kept in every row's text (issue 19, memory).
struct SharedWordHits {
    /// By searched word, then affair position.
    private var affair: [[Bool]] = []
    /// By searched word, then the flat (kind, stage) number: the kind's word or the stage's name.
    private var stage: [[Bool]] = []
    /// By searched word, then status position.
    private var status: [[Bool]] = []

    init(_ query: [[UInt8]], words: RowWords) {
        func hit(_ word: [UInt8], _ text: String) -> Bool {
            HomeScreen.occurs(word, in: Array(TextLayout.foldForSearch(text).utf8))
        }
        for word in query {
            affair.append(words.affairNames.map { hit(word, $0) })
            var flat: [Bool] = []
            for (k, names) in words.stageNames.enumerated() {
                let kind = hit(word, words.kindWords[k])
                for name in names { flat.append(kind || hit(word, name)) }
            }
            stage.append(flat)
            status.append(words.statusWords.map { hit(word, $0) })
        }
    }

    /// Whether the `w`-th searched word is in one of the shared words of the row with facts `f`.
    func matches(_ w: Int, _ f: RowFacts, _ words: RowWords) -> Bool {
        if stage[w][words.stageNumber(f)] || status[w][RowWords.statusOrdinal(f.status)] { return true }
        let a = Int(f.affair)
        return a < affair[w].count && affair[w][a]
    }
}
