/// A message attachment carrying cobrador's buttons (Mattermost's interactive message buttons).
struct MattermostAttachment: Encodable, Sendable, Equatable {
    struct Action: Encodable, Sendable, Equatable {
        struct Integration: Encodable, Sendable, Equatable {
            var url: String
            var context: MattermostActionContext
        }

        /// Letters and digits only: Mattermost routes a press by this id, and its API accepts no other characters there.
        var id: String
        var name: String
        var type = "button"
        /// "primary", "danger" or "default".
        var style: String
        var integration: Integration
    }

    var fallback: String
    var actions: [Action]
}
