/// The JSON in the `payload` form field Slack posts to the interactivity request URL when a user
/// presses a button (`type: "block_actions"`; only the fields cobrador reads).
struct SlackInteractionPayload: Decodable, Sendable {
    struct User: Decodable, Sendable {
        var id: String?
        var username: String?
        var name: String?
        var team_id: String?
    }

    struct Team: Decodable, Sendable {
        var id: String?
    }

    struct Channel: Decodable, Sendable {
        var id: String?
    }

    struct Action: Decodable, Sendable {
        var action_id: String?
        var block_id: String?
        var type: String?
        var value: String?
        var action_ts: String?
    }

    struct Container: Decodable, Sendable {
        var type: String?
        var message_ts: String?
        var channel_id: String?
        var is_ephemeral: Bool?
    }

    var type: String?
    var user: User?
    var team: Team?
    var enterprise: Team?
    var channel: Channel?
    var container: Container?
    var trigger_id: String?
    var response_url: String?
    var actions: [Action]?

    /// The first cobrador button in the payload (its `action_id` starts with `cobrador-`), if any.
    var pressedButton: Action? {
        actions?.first { ($0.action_id ?? "").hasPrefix("cobrador-") && $0.type == "button" && $0.value != nil }
    }
}
