import MufakatDomain

extension DocumentKind {
    /// "penawaran (surat penawaran kerja sama), jawaban (...), ...": every kind with its name, in
    /// declaration order, for the command line's help. Drawn from the cases, so a new kind is
    /// listed the day it is added.
    public static var helpList: String {
        allCases.map { "\($0.rawValue) (\($0.helpName))" }.joined(separator: ", ")
    }

    /// The name as documents are named in Indonesian official writing: each a proper name,
    /// capitalised ("Nota Kesepakatan", "Surat Permohonan Persetujuan DPRD").
    var helpName: String { label }
}
