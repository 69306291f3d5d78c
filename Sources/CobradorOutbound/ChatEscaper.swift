import Foundation

/// Escapes text that comes from data (client names, notes, the user's own words) for a team chat,
/// so it can never ping everyone or forge a link there. Escape each piece of data, then compose
/// the message around it: the poster sends already-composed text as it is.
///
/// | format | escaped |
/// |---|---|
/// | slack, googlechat | `&` `<` `>` → `&amp;` `&lt;` `&gt;` (no `<!channel>`, `<@U…>`, `<users/all>`, `<url|text>`) |
/// | mattermost, teams | the same, and `\` `[` `]` get a backslash (Markdown: no `[x](y)` links) |
/// | discord | `\` `[` `]` `(` `)` `<` `>` `*` `_` `~` `` ` `` `|` get a backslash (no `[x](y)` links, no `<@id>`) |
///
/// Discord's post also sends `allowed_mentions: {"parse": []}`.
///
/// Everywhere, `@channel`, `@here`, `@all` and `@everyone` get a zero-width space after the `@`.
public enum ChatEscaper {
    public static let zeroWidthSpace: Character = "\u{200B}"
    static let broadcastMentions = ["channel", "here", "all", "everyone"]

    public static func escape(_ text: String, for format: ChatFormat) -> String {
        let escaped: String
        switch format {
        case .slack, .googlechat:
            escaped = replacing(text, ["&": "&amp;", "<": "&lt;", ">": "&gt;"])
        case .mattermost, .teams:
            escaped = replacing(text, ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\\": "\\\\", "[": "\\[", "]": "\\]"])
        case .discord:
            var table: [Character: String] = [:]
            for character in #"\[]()<>*_~`|"# { table[character] = "\\" + String(character) }
            escaped = replacing(text, table)
        }
        return neutraliseMentions(escaped)
    }

    /// Escapes data shown inside a preformatted block (a table), where Markdown renders nothing: only
    /// a closing fence could break out, so ` ``` ` gets a zero-width space; Slack still needs `&` `<` `>`
    /// as entities (it reads them everywhere). Broadcast mentions are neutralised as everywhere.
    public static func escapeCode(_ text: String, for format: ChatFormat) -> String {
        switch format {
        case .slack, .googlechat:
            return neutraliseMentions(replacing(text, ["&": "&amp;", "<": "&lt;", ">": "&gt;"]))
        case .mattermost, .teams, .discord:
            return neutraliseMentions(text.replacingOccurrences(of: "```", with: "``\u{200B}`"))
        }
    }

    /// Escapes data for a Telegram message sent with `parse_mode: HTML`: `&` `<` `>` `"` as entities
    /// (no forged tags or links), and a zero-width space after every `@` that starts a word, since any
    /// `@username` in a group message notifies that user.
    public static func escapeTelegramHTML(_ text: String) -> String {
        let escaped = replacing(text, ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;"])
        var out = ""
        out.reserveCapacity(escaped.utf8.count)
        var previous: Character?
        for character in escaped {
            out.append(character)
            if character == "@" || character == "\u{FF20}", !(previous.map { $0.isLetter || $0.isNumber } ?? false) {
                out.append(zeroWidthSpace)
            }
            previous = character
        }
        return out
    }

    /// `@here` → `@\u{200B}here` (any case) when the word ends there; `@herald` is left alone.
    public static func neutraliseMentions(_ text: String) -> String {
        let characters = Array(text)
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            out.append(character)
            index += 1
            guard character == "@" || character == "\u{FF20}" else { continue }
            for word in broadcastMentions {
                let end = index + word.count
                guard end <= characters.count,
                    String(characters[index..<end]).lowercased() == word,
                    end == characters.count || !(characters[end].isLetter || characters[end].isNumber)
                else { continue }
                out.append(zeroWidthSpace)
                break
            }
        }
        return out
    }

    private static func replacing(_ text: String, _ table: [Character: String]) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            if let replacement = table[character] {
                out += replacement
            } else {
                out.append(character)
            }
        }
        return out
    }
}
