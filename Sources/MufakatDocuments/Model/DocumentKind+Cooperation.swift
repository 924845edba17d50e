import MufakatDomain

extension DocumentKind {
    /// Nama naskah for one cooperation: an ending by a joint statement (`EndRecord.instrument`
    /// `.statement`) is the Pernyataan Bersama, not the notification letter.
    public func label(for cooperation: Cooperation) -> String {
        isJointEndingStatement(cooperation) ? "Pernyataan Bersama Berakhirnya Kerja Sama" : label
    }

    /// The name part of an exported file (`<id>-<stem>.<format>`): the kind's raw value, or
    /// "pernyataan-pengakhiran" for a joint ending statement.
    public func fileStem(for cooperation: Cooperation) -> String {
        isJointEndingStatement(cooperation) ? "pernyataan-pengakhiran" : rawValue
    }

    private func isJointEndingStatement(_ cooperation: Cooperation) -> Bool {
        self == .pengakhiran && cooperation.ended?.instrument == .statement
    }
}
