/// One Block Kit block of a cobrador reply: only the kinds it uses.
enum SlackBlock: Encodable, Sendable, Equatable {
    /// A title, `plain_text` (escaped like every Slack text; no mrkdwn is rendered there).
    case header(String)
    /// A `mrkdwn` section; the text is already escaped.
    case section(String)
    /// Small print: `mrkdwn` elements, already escaped.
    case context([String])
    /// Buttons.
    case actions([SlackButton])

    private enum Keys: String, CodingKey {
        case type, text, elements
    }

    private struct TextObject: Encodable {
        let type: String
        let text: String
        var emoji: Bool? = nil
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        switch self {
        case .header(let text):
            try container.encode("header", forKey: .type)
            try container.encode(TextObject(type: "plain_text", text: text, emoji: true), forKey: .text)
        case .section(let text):
            try container.encode("section", forKey: .type)
            try container.encode(TextObject(type: "mrkdwn", text: text), forKey: .text)
        case .context(let texts):
            try container.encode("context", forKey: .type)
            try container.encode(texts.map { TextObject(type: "mrkdwn", text: $0) }, forKey: .elements)
        case .actions(let buttons):
            try container.encode("actions", forKey: .type)
            try container.encode(buttons, forKey: .elements)
        }
    }
}

/// A Block Kit button: pressing it sends `value` (the words it stands for) back to `/slack/interactions`.
struct SlackButton: Encodable, Sendable, Equatable {
    var actionID: String
    var label: String
    var value: String
    /// "primary" or "danger"; nil for the default look.
    var style: String?

    private enum Keys: String, CodingKey {
        case type, text, value, style
        case actionID = "action_id"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode("button", forKey: .type)
        try container.encode(actionID, forKey: .actionID)
        try container.encode(["type": "plain_text", "text": label], forKey: .text)
        try container.encode(value, forKey: .value)
        try container.encodeIfPresent(style, forKey: .style)
    }
}
