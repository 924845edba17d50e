import CNcurses

/// Display width in terminal columns, per grapheme cluster.
public enum DisplayWidth {
    /// Columns one grapheme cluster occupies (0, 1 or 2).
    public static func of(_ character: Character) -> Int {
        var width = 0
        for scalar in character.unicodeScalars {
            let w = Int(mufakat_wcwidth(scalar.value))
            if w > width { width = w }
        }
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return width
    }

    /// Columns a whole string occupies.
    public static func of(_ string: String) -> Int {
        string.reduce(0) { $0 + of($1) }
    }
}
