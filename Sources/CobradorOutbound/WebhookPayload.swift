import Foundation

/// The JSON bodies for one message in a chat's incoming-webhook format: `{"text"}` for Slack,
/// Mattermost, Teams and Google Chat; `{"content", "allowed_mentions": {"parse": []}}` for Discord,
/// split into several posts when longer than 2,000 characters.
public enum WebhookPayload {
    public static func bodies(for text: String, format: ChatFormat) -> [Data] {
        let parts = format.messageLimit.map { MessageSplitter.split(text, limit: $0) } ?? [text]
        return parts.map { body(for: $0, format: format) }
    }

    static func body(for text: String, format: ChatFormat) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        switch format {
        case .discord:
            return (try? encoder.encode(DiscordMessage(content: text))) ?? Data()
        case .slack, .mattermost, .teams, .googlechat:
            return (try? encoder.encode(TextMessage(text: text))) ?? Data()
        }
    }

    struct TextMessage: Encodable {
        let text: String
    }

    struct DiscordMessage: Encodable {
        struct AllowedMentions: Encodable {
            let parse: [String] = []
        }

        let content: String
        let allowed_mentions = AllowedMentions()
    }
}
