import CobradorBot
import Foundation

/// A reply read into the parts every chat renders natively: the engine writes plain text, and this is
/// the one place that decides which line is a title, which lines are a table, and which are a side note.
///
/// - The **heading** is the first line of a reply of several lines (150 characters at most: Slack's
///   header limit), without its closing colon.
/// - A **table** is a run of lines whose columns are aligned with two or more spaces
///   (`• Acme S.L.      1.650,00 €  2 facturas…`): shown preformatted, so the columns stay aligned.
/// - A **note** is a line wholly in parentheses (`(Si me he equivocado, escribe «deshaz».)`): small print.
/// - Everything else is a **paragraph**: the lines between blank lines, kept together.
///
/// Nothing is dropped: the parts, read in order, hold every non-blank line of the text.
struct ReplyLayout: Sendable, Equatable {
    enum Part: Sendable, Equatable {
        case heading(String)
        case paragraph([String])
        case table([String])
        case note(String)
    }

    static let headingLimit = 150

    var parts: [Part]
    var actions: [ReplyAction]
    /// The reply's text as the engine wrote it: the fallback where a platform shows plain text.
    var text: String

    init(_ reply: BotReply) {
        self.init(text: reply.text, actions: reply.actions)
    }

    init(text: String, actions: [ReplyAction] = []) {
        self.text = text
        self.actions = actions
        self.parts = Self.parse(text)
    }

    /// True when the reply is one plain paragraph without buttons: plain text says it all.
    var isPlain: Bool {
        actions.isEmpty && parts.count <= 1 && parts.allSatisfy { if case .paragraph = $0 { true } else { false } }
    }

    private static func parse(_ text: String) -> [Part] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(line.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed())
        }
        var parts: [Part] = []
        var index = lines.firstIndex { !$0.isEmpty } ?? lines.endIndex
        let nonBlank = lines.filter { !$0.isEmpty }.count
        if nonBlank > 1, index < lines.endIndex, lines[index].count <= headingLimit, !isTableRow(lines[index]),
            !isNote(lines[index])
        {
            var heading = lines[index].trimmingCharacters(in: .whitespaces)
            if heading.hasSuffix(":") { heading.removeLast() }
            parts.append(.heading(heading.trimmingCharacters(in: .whitespaces)))
            index += 1
        }
        var paragraph: [String] = []
        var table: [String] = []
        func flushParagraph() {
            if !paragraph.isEmpty { parts.append(.paragraph(paragraph)) }
            paragraph = []
        }
        func flushTable() {
            if !table.isEmpty { parts.append(.table(table)) }
            table = []
        }
        while index < lines.endIndex {
            let line = lines[index]
            index += 1
            if line.isEmpty {
                flushTable()
                flushParagraph()
            } else if isTableRow(line) {
                flushParagraph()
                table.append(line)
            } else if isNote(line) {
                flushTable()
                flushParagraph()
                parts.append(.note(line.trimmingCharacters(in: .whitespaces)))
            } else {
                flushTable()
                paragraph.append(line)
            }
        }
        flushTable()
        flushParagraph()
        return parts
    }

    /// Columns aligned with spaces: after the indentation, a gap of two or more spaces between words.
    static func isTableRow(_ line: String) -> Bool {
        let body = line.drop { $0 == " " }
        var previousWasSpace = false
        var sawText = false
        for character in body {
            if character == " " {
                if previousWasSpace, sawText { return true }
                previousWasSpace = true
            } else {
                previousWasSpace = false
                sawText = true
            }
        }
        return false
    }

    static func isNote(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.count > 2 && trimmed.hasPrefix("(") && trimmed.hasSuffix(")")
    }
}
