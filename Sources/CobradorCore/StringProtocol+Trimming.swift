extension StringProtocol {
    /// Without leading and trailing spaces and tabs (any Unicode space separator), and line breaks too
    /// when asked: `trimmingCharacters(in: .whitespaces / .whitespacesAndNewlines)` without the trip
    /// through NSString, which showed in the catalog's compilation and in every chat request.
    public func trimmingBlanks(andNewlines newlines: Bool = false) -> String {
        // Nearly always nothing to trim: a printable ASCII byte at each end settles it without
        // looking at Characters.
        let isPrintableASCII = { (c: Character?) in c?.asciiValue.map { $0 > 0x20 && $0 < 0x7F } ?? false }
        if isPrintableASCII(first), isPrintableASCII(last) {
            return String(self)
        }
        func isBlank(_ c: Character) -> Bool {
            if c == " " || c == "\t" { return true }
            if newlines && c.isNewline { return true }
            return c.unicodeScalars.count == 1 && c.unicodeScalars.first!.properties.generalCategory == .spaceSeparator
        }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(self[first...last])
    }
}
