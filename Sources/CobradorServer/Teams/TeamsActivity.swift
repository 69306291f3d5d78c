/// The Bot Framework activity a Teams outgoing webhook posts when someone @mentions it in a channel
/// (only the fields cobrador reads).
struct TeamsActivity: Decodable, Sendable {
    struct Account: Decodable, Sendable {
        var id: String?
        var name: String?
        var aadObjectId: String?
    }

    struct Conversation: Decodable, Sendable {
        var id: String?
        var tenantId: String?
    }

    struct ChannelData: Decodable, Sendable {
        struct Reference: Decodable, Sendable {
            var id: String?
        }

        var teamsChannelId: String?
        var teamsTeamId: String?
        var channel: Reference?
        var team: Reference?
        var tenant: Reference?
    }

    var type: String?
    var id: String?
    var text: String?
    var from: Account?
    var conversation: Conversation?
    var recipient: Account?
    var channelData: ChannelData?
}
