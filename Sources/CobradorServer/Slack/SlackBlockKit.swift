import CobradorBot
import CobradorOutbound

/// Lays a reply out in Block Kit: the heading as a `header`, paragraphs as `mrkdwn` sections, tables
/// preformatted (so the columns stay aligned), notes as `context`, and the reply's actions as buttons.
/// Every piece of text is escaped for Slack, `plain_text` too (Slack reads `&` `<` `>` as markup in
/// every text object and shows the entities as the characters); the limits are Slack's (50 blocks, 3,000 characters a
/// section, 150 a header, 25 buttons, 75 characters a label, 2,000 a value).
enum SlackBlockKit {
    static let maxBlocks = 50
    static let maxSectionCharacters = 3_000
    static let maxButtons = 25
    static let maxLabelCharacters = 75
    static let maxValueCharacters = 2_000
    static let maxHeaderCharacters = 150
    static let maxContextCharacters = 2_000

    /// The escaped plain text every Slack message carries.
    static func fallbackText(_ layout: ReplyLayout) -> String {
        ChatEscaper.escape(layout.text, for: .slack)
    }

    /// The blocks, or nil when the reply is one plain paragraph without buttons (unless `always`: a
    /// message that replaces one with buttons must carry blocks, or the old ones would stay).
    static func blocks(_ layout: ReplyLayout, always: Bool = false) -> [SlackBlock]? {
        guard always || !layout.isPlain else { return nil }
        var blocks: [SlackBlock] = []
        var notes: [String] = []
        func flushNotes() {
            if !notes.isEmpty { blocks.append(.context(Array(notes.prefix(10)))) }
            notes = []
        }
        for part in layout.parts {
            if case .note(let text) = part, let note = escaped(text, within: maxContextCharacters) {
                notes.append(note)
                continue
            }
            flushNotes()
            switch part {
            case .heading(let text):
                // Slack refuses the whole message for a header over its limit: a long one is a bold line.
                if let header = escaped(text, within: maxHeaderCharacters) {
                    blocks.append(.header(header))
                } else {
                    blocks += chunks(["*" + ChatEscaper.escape(text, for: .slack) + "*"], limit: maxSectionCharacters).map(SlackBlock.section)
                }
            case .paragraph(let lines):
                for chunk in chunks(lines.map { ChatEscaper.escape($0, for: .slack) }, limit: maxSectionCharacters) {
                    blocks.append(.section(chunk))
                }
            case .table(let rows):
                let fence = "```"
                let limit = maxSectionCharacters - 2 * (fence.count + 1)
                for chunk in chunks(rows.map { ChatEscaper.escapeCode($0, for: .slack) }, limit: limit) {
                    blocks.append(.section(fence + "\n" + chunk + "\n" + fence))
                }
            case .note(let text):
                blocks += chunks([ChatEscaper.escape(text, for: .slack)], limit: maxSectionCharacters).map(SlackBlock.section)
            }
        }
        flushNotes()
        let buttons = Self.buttons(layout.actions)
        let room = maxBlocks - (buttons.isEmpty ? 0 : 1)
        if blocks.count > room { blocks = Array(blocks.prefix(room)) }
        if !buttons.isEmpty { blocks.append(.actions(buttons)) }
        return blocks
    }

    static func buttons(_ actions: [ReplyAction]) -> [SlackButton] {
        var buttons: [SlackButton] = []
        for (index, action) in actions.enumerated() where action.message.count <= maxValueCharacters {
            guard buttons.count < maxButtons else { break }
            let id = action.id.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
            buttons.append(
                SlackButton(
                    actionID: "cobrador-\(id.prefix(40))-\(index)",
                    label: label(action.label),
                    value: action.message,
                    style: style(action.style)
                )
            )
        }
        return buttons
    }

    /// Slack's button styles; the plain one is Slack's default (no `style` key).
    static func style(_ style: ReplyAction.Style) -> String? {
        switch style {
        case .primary: "primary"
        case .danger: "danger"
        case .plain: nil
        }
    }

    /// Lines joined by newlines into pieces of at most `limit` characters (a longer line is cut).
    static func chunks(_ lines: [String], limit: Int) -> [String] {
        var out: [String] = []
        var current = ""
        for var line in lines {
            while line.count > limit {
                if !current.isEmpty {
                    out.append(current)
                    current = ""
                }
                out.append(String(line.prefix(limit)))
                line = String(line.dropFirst(limit))
            }
            if current.isEmpty {
                current = line
            } else if current.count + 1 + line.count <= limit {
                current += "\n" + line
            } else {
                out.append(current)
                current = line
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// The escaped text when it fits Slack's limit (the limit counts the entities), else nil.
    static func escaped(_ text: String, within limit: Int) -> String? {
        let escaped = ChatEscaper.escape(text, for: .slack)
        return escaped.count <= limit ? escaped : nil
    }

    /// A button label, escaped, shortened with "…" until it fits.
    static func label(_ text: String) -> String {
        var keep = min(text.count, maxLabelCharacters)
        while true {
            let candidate = ChatEscaper.escape(keep == text.count ? text : String(text.prefix(keep - 1)) + "…", for: .slack)
            if candidate.count <= maxLabelCharacters || keep <= 1 { return candidate }
            keep -= 1
        }
    }

    static func truncated(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
