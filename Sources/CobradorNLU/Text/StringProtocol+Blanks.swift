extension StringProtocol {
    /// Without leading and trailing spaces and tabs (any Unicode space separator): what
    /// `trimmingCharacters(in: .whitespaces)` does, without the trip through NSString that made it a
    /// visible part of compiling the catalog at start-up.
    var trimmingBlanks: String {
        func isBlank(_ c: Character) -> Bool {
            c == " " || c == "\t" || (c.unicodeScalars.count == 1 && c.unicodeScalars.first!.properties.generalCategory == .spaceSeparator)
        }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(self[first...last])
    }
}
