/// What Slack posts to the Events API request URL: the `url_verification` handshake, or an
/// `event_callback` wrapping one event (only the fields cobrador reads).
struct SlackEventEnvelope: Decodable, Sendable {
    struct Authorization: Decodable, Sendable {
        var user_id: String?
        var is_bot: Bool?
    }

    /// The inner event of an `event_callback`: `app_mention`, or `message` (`channel_type: "im"` for a DM).
    struct Event: Decodable, Sendable {
        var type: String?
        var subtype: String?
        var user: String?
        var bot_id: String?
        var text: String?
        var ts: String?
        var thread_ts: String?
        var channel: String?
        var channel_type: String?
    }

    var type: String?
    var challenge: String?
    var team_id: String?
    var enterprise_id: String?
    var api_app_id: String?
    var event_id: String?
    var event: Event?
    var authorizations: [Authorization]?

    var isURLVerification: Bool { type == "url_verification" }

    /// The bot's own user id (the authorization that is a bot), to leave its own messages and mentions out.
    var botUserID: String? {
        authorizations?.first { $0.is_bot == true }?.user_id
    }
}
