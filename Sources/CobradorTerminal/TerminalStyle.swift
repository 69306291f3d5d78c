/// Light colouring for answers on a colour terminal: bullets, amounts' lines and bars stand out.
enum TerminalStyle {
    static func highlight(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let s = String(line)
            if s.hasPrefix("• ") { return "\u{1B}[33m•\u{1B}[0m " + s.dropFirst(2) }
            if s.contains("█") { return "\u{1B}[32m" + s + "\u{1B}[0m" }
            if s.hasPrefix("Asunto:") || s.hasPrefix("Subject:") { return "\u{1B}[1m" + s + "\u{1B}[0m" }
            return s
        }.joined(separator: "\n")
    }
}
