/// A Discord message as cobrador sends it (interaction response data, an edit of the original
/// response, a follow-up): Markdown content, buttons as components, and never a mention.
struct DiscordMessage: Encodable, Sendable, Equatable {
    struct AllowedMentions: Encodable, Sendable, Equatable {
        var parse: [String] = []
    }

    struct Component: Encodable, Sendable, Equatable {
        /// 1: action row; 2: button.
        var type: Int
        var style: Int?
        var label: String?
        var custom_id: String?
        var components: [Component]?
    }

    static let ephemeral = 64

    var content: String?
    var components: [Component]?
    var allowed_mentions: AllowedMentions? = AllowedMentions()
    var flags: Int?
}

/// The answer to an interaction: 1 `PONG`, 4 a message, 5 "thinking…" (the message follows as an
/// edit), 6 a silent acknowledgement of a button (the edit follows), 7 the button's message updated.
struct DiscordInteractionResponse: Encodable, Sendable, Equatable {
    static let pong = 1
    static let channelMessage = 4
    static let deferredChannelMessage = 5
    static let deferredUpdateMessage = 6
    static let updateMessage = 7

    var type: Int
    var data: DiscordMessage?
}
