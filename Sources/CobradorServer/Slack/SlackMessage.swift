/// A Slack message as cobrador sends it: the slash-command reply, `chat.postMessage`'s body and the
/// update posted to a `response_url`. `text` is the escaped plain fallback (notifications, old
/// clients); `blocks` the Block Kit layout, nil when the text says it all.
struct SlackMessage: Encodable, Sendable, Equatable {
    var channel: String?
    var threadTS: String?
    var responseType: String?
    var replaceOriginal: Bool?
    var text: String
    var blocks: [SlackBlock]?
    /// Links in a reply are never unfurled (they come from data).
    var unfurlLinks: Bool?
    var unfurlMedia: Bool?

    enum CodingKeys: String, CodingKey {
        case channel, text, blocks
        case threadTS = "thread_ts"
        case responseType = "response_type"
        case replaceOriginal = "replace_original"
        case unfurlLinks = "unfurl_links"
        case unfurlMedia = "unfurl_media"
    }
}
