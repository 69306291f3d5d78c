extension StringProtocol {
    /// Without leading and trailing spaces and tabs (any Unicode space separator), and line breaks too
    /// when asked: exactly `trimmingCharacters(in: .whitespaces / .whitespacesAndNewlines)`, scalar by
    /// scalar as Foundation does (a zero-width joiner after a space must not shield the space), without
    /// the trip through NSString, which showed in the catalog's compilation and in every chat request.
    public func trimmingBlanks(andNewlines newlines: Bool = false) -> String {
        let scalars = unicodeScalars
        func isBlank(_ s: Unicode.Scalar) -> Bool {
            if s == " " || s == "\t" { return true }
            if newlines, (0x0A...0x0D).contains(s.value) || s.value == 0x85 || s.value == 0x2028 || s.value == 0x2029 {
                return true
            }
            return s.properties.generalCategory == .spaceSeparator
        }
        guard let first = scalars.firstIndex(where: { !isBlank($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isBlank($0) })!
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return String(self) }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: scalars[first...last])
        return String(kept)
    }
}
