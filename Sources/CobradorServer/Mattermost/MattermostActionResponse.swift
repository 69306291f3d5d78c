/// The answer to a button press (`PostActionIntegrationResponse`): the post with the buttons is
/// replaced by the reply (and its own buttons, or none), or an ephemeral note is shown to the presser.
struct MattermostActionResponse: Encodable, Sendable, Equatable {
    struct Update: Encodable, Sendable, Equatable {
        struct Props: Encodable, Sendable, Equatable {
            var attachments: [MattermostAttachment]?
        }

        var message: String
        /// Always present: `{}` clears the old buttons.
        var props: Props
    }

    var update: Update?
    var ephemeralText: String?

    enum CodingKeys: String, CodingKey {
        case update
        case ephemeralText = "ephemeral_text"
    }
}
