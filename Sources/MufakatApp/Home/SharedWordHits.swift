import TerminalUI

/// Kata bersama yang cocok: for each word of a search, which of the list's shared words (affair
/// names, kind and stage names, statuses: `RowWords`) contain it. Worked out once per search over
/// a few dozen words, then read per row by the numbers in its `RowFacts`, so those words are
/// searched without being kept in every row's text (issue 19, memory).
struct SharedWordHits {
    /// By searched word, then affair position (flat: `affairs` a word).
    private var affair: [Bool] = []
    private var affairs = 0
    /// By searched word, then the flat (kind, stage) number: the kind's word or the stage's name.
    private var stage: [Bool] = []
    private var stages = 0
    /// By searched word, then status position.
    private var status: [Bool] = []
    private var statuses = 0
    /// Whether the word is in any shared word at all (most words of a longer search are not).
    private var any: [Bool] = []

    init(_ query: [[UInt8]], words: RowWords) {
        func hit(_ word: [UInt8], _ text: String) -> Bool {
            HomeScreen.occurs(word, in: Array(TextLayout.foldForSearch(text).utf8))
        }
        affairs = words.affairNames.count
        statuses = words.statusWords.count
        for word in query {
            let a = words.affairNames.map { hit(word, $0) }
            var flat: [Bool] = []
            for (k, names) in words.stageNames.enumerated() {
                let kind = hit(word, words.kindWords[k])
                for name in names { flat.append(kind || hit(word, name)) }
            }
            let st = words.statusWords.map { hit(word, $0) }
            stages = flat.count
            affair += a; stage += flat; status += st
            any.append(a.contains(true) || flat.contains(true) || st.contains(true))
        }
    }

    /// Whether the `w`-th searched word is in one of the shared words of the row with facts `f`.
    @inline(__always)
    func matches(_ w: Int, _ f: RowFacts, _ words: RowWords) -> Bool {
        guard any[w] else { return false }
        if stage[w * stages + words.stageNumber(f)] || status[w * statuses + RowWords.statusOrdinal(f.status)] { return true }
        let a = Int(f.affair)
        return a < affairs && affair[w * affairs + a]
    }
}
