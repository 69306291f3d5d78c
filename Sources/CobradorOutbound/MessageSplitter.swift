/// Splits a message for a chat with a length limit (Discord: 2,000): on line boundaries when it
/// can, a line longer than the limit at its last space (or, failing that, anywhere between characters).
public enum MessageSplitter {
    /// Parts of at most `limit` UTF-16 code units each; empty input gives no part.
    public static func split(_ text: String, limit: Int) -> [String] {
        precondition(limit > 1, "limit must be at least 2")
        guard text.utf16.count > limit else { return text.isEmpty ? [] : [text] }
        var parts: [String] = []
        var current = ""
        func flush() {
            if !current.isEmpty { parts.append(current) }
            current = ""
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let joined = current.isEmpty ? line : current + "\n" + line
            if joined.utf16.count <= limit {
                current = joined
                continue
            }
            flush()
            var rest = line
            while rest.utf16.count > limit {
                let (head, tail) = cut(rest, limit: limit)
                parts.append(head)
                rest = tail
            }
            current = rest
        }
        flush()
        return parts
    }

    /// The longest head within the limit, ending at a space if there is one, never after a lone backslash.
    private static func cut(_ line: String, limit: Int) -> (String, String) {
        var end = line.startIndex
        var used = 0
        var lastSpace: String.Index?
        while end < line.endIndex {
            let width = line[end].utf16.count
            if used + width > limit { break }
            used += width
            if line[end] == " " { lastSpace = end }
            end = line.index(after: end)
        }
        if let lastSpace, lastSpace > line.startIndex {
            end = line.index(after: lastSpace)
        }
        if end > line.index(after: line.startIndex), line[line.index(before: end)] == "\\" {
            end = line.index(before: end)
        }
        return (String(line[..<end]), String(line[end...]))
    }
}
