import CobradorOutbound

/// Writes a reply as Markdown for the chats that render it (Mattermost, Teams, Discord): the heading
/// in bold, tables in a fenced block (columns aligned), each piece of data escaped for the chat.
/// `lineBreak` is what ends a line inside a paragraph: "\n", or "\n\n" for Teams, which joins single
/// newlines into one line.
enum MarkdownText {
    static func render(_ layout: ReplyLayout, format: ChatFormat, lineBreak: String = "\n") -> String {
        var blocks: [String] = []
        for part in layout.parts {
            switch part {
            case .heading(let text):
                blocks.append("**" + ChatEscaper.escape(text, for: format) + "**")
            case .paragraph(let lines):
                blocks.append(lines.map { ChatEscaper.escape($0, for: format) }.joined(separator: lineBreak))
            case .table(let rows):
                blocks.append("```\n" + rows.map { ChatEscaper.escapeCode($0, for: format) }.joined(separator: "\n") + "\n```")
            case .note(let text):
                blocks.append(ChatEscaper.escape(text, for: format))
            }
        }
        return blocks.joined(separator: "\n\n")
    }
}
