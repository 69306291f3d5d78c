/// Escapes the engine's reply for Slack and Mattermost, whose message text is markup: `&`, `<`,
/// `>` become entities (so no `<!channel>`, `<@U…>` or `<http://…|link>` can be forged from data),
/// and `@channel`, `@here`, `@all`, `@everyone` get a zero-width space after the `@` so they
/// never ping; for Mattermost (Markdown) `\\`, `[` and `]` also get a backslash, so no `[x](y)`
/// link can be forged. (Same rules as `CobradorOutbound.ChatEscaper`; the server cannot import
/// that module.)
enum ReplyTextEscaper {
    static let zeroWidthSpace = "\u{200B}"
    static let broadcastMentions = ["channel", "here", "all", "everyone"]

    static func escape(_ text: String, markdown: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\\" where markdown: out += "\\\\"
            case "[" where markdown: out += "\\["
            case "]" where markdown: out += "\\]"
            default: out.append(character)
            }
        }
        return neutraliseMentions(out)
    }

    /// `@here` → `@\u{200B}here` (any case), when the word ends there (`@herestreet` stays).
    static func neutraliseMentions(_ text: String) -> String {
        let characters = Array(text)
        var out = ""
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
                out += zeroWidthSpace
                break
            }
        }
        return out
    }
}
