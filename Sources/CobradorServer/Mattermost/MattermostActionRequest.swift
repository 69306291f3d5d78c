/// What Mattermost posts to a button's integration URL when it is pressed (`PostActionIntegrationRequest`;
/// only the fields cobrador reads). The `context` is the one cobrador signed when it made the button.
struct MattermostActionRequest: Decodable, Sendable {
    var user_id: String?
    var user_name: String?
    var channel_id: String?
    var team_id: String?
    var post_id: String?
    var trigger_id: String?
    var type: String?
    var context: MattermostActionContext?
}
