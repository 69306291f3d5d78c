import CobradorCore

/// Whether a Telegram message is for cobrador, and the words it says. In a private chat every text
/// is; in a group only one that mentions the bot (`@username`, or a mention of its user), replies to
/// one of its messages, or is the `/cobrador` command (or any command addressed `/…@username`).
/// The mention and the command are taken out of the words.
enum TelegramAddressing {
    static func words(of message: TelegramUpdate.Message, botID: Int64?, username: String?) -> String? {
        guard let text = message.text, message.from?.is_bot != true, message.from != nil else { return nil }
        let isPrivate = message.chat.type == "private"
        guard isPrivate || message.chat.type == "group" || message.chat.type == "supergroup" else { return nil }
        var units = Array(text.utf16)
        var cuts: [Range<Int>] = []
        var addressed = isPrivate
        var command: String?
        for entity in message.entities ?? [] {
            guard entity.offset >= 0, entity.length > 0, entity.offset + entity.length <= units.count else { continue }
            let range = entity.offset..<(entity.offset + entity.length)
            let piece = String(decoding: units[range], as: UTF16.self)
            switch entity.type {
            case "mention":
                if let username, piece.lowercased() == "@" + username.lowercased() {
                    addressed = true
                    cuts.append(range)
                }
            case "text_mention":
                if let botID, entity.user?.id == botID {
                    addressed = true
                    cuts.append(range)
                }
            case "bot_command" where entity.offset == 0:
                let parts = piece.dropFirst().split(separator: "@", maxSplits: 1).map { $0.lowercased() }
                let name = parts.first ?? ""
                if parts.count > 1 {
                    // `/start@OtherBot` is another bot's.
                    guard let username, parts[1] == username.lowercased() else { return nil }
                    addressed = true
                } else if name == "cobrador" {
                    addressed = true
                }
                command = name
                cuts.append(range)
            default:
                break
            }
        }
        if let botID, message.reply_to_message?.from?.id == botID { addressed = true }
        guard addressed else { return nil }
        for range in cuts.sorted(by: { $0.lowerBound > $1.lowerBound }) {
            units.removeSubrange(range)
        }
        let words = String(decoding: units, as: UTF16.self).trimmingBlanks(andNewlines: true)
        guard words.isEmpty, let command else { return words }
        // A bare command says what the user would have typed: Telegram sends `/start` when a chat opens.
        let spanish = message.from?.language_code.map { $0.lowercased().hasPrefix("es") } ?? true
        switch command {
        case "help", "ayuda": return spanish ? "ayuda" : "help"
        default: return spanish ? "hola" : "hello"
        }
    }
}
