import MufakatDomain

extension DocumentKind {
    /// "penawaran (surat penawaran kerja sama), jawaban (...), ...": every kind with its name, in
    /// declaration order, for the command line's help. Drawn from the cases, so a new kind is
    /// listed the day it is added.
    public static var helpList: String {
        allCases.map { "\($0.rawValue) (\($0.helpName))" }.joined(separator: ", ")
    }

    /// The label in running text: lower case, except abbreviations ("DPRD").
    var helpName: String {
        label.split(separator: " ").map { word in
            word.count > 1 && word.allSatisfy(\.isUppercase) ? String(word) : word.lowercased()
        }.joined(separator: " ")
    }
}
