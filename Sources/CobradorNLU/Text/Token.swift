/// One run of letters or of digits in a message, with its place in the original text
/// (Character offsets, the unit `ParseResult` reports).
struct Token: Sendable {
    var start: Int
    var end: Int
    /// Folded, lower-case, repeated letters collapsed.
    var norm: String
    var isNumber: Bool
    /// Original first letter was upper case (names, "Acme").
    var capitalized: Bool
    /// No space or punctuation between this token and the previous one ("10th", "F2026").
    var glued: Bool
    /// Vocabulary term after exact or fuzzy lookup; -1 when unknown.
    var term: Int32 = -1

    var length: Int { end - start }

    var intValue: Int? {
        guard isNumber, norm.utf8.count <= 12 else { return nil }
        return Int(norm)
    }
}
