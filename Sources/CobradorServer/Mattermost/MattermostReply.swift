import Hummingbird

/// Mattermost's reply: `{"text"}`, plus `response_type` for a slash command, plus `attachments`
/// with the buttons when the reply has next steps.
public struct MattermostReply: ResponseGenerator, Sendable, Equatable {
    public var text: String
    /// "ephemeral" or "in_channel"; nil (left out) for an outgoing webhook.
    public var responseType: String?
    var attachments: [MattermostAttachment]?

    public init(text: String, responseType: String? = nil) {
        self.text = text
        self.responseType = responseType
        self.attachments = nil
    }

    init(text: String, responseType: String?, attachments: [MattermostAttachment]?) {
        self.text = text
        self.responseType = responseType
        self.attachments = attachments
    }

    private struct Body: Encodable {
        var text: String
        var response_type: String?
        var attachments: [MattermostAttachment]?
    }

    /// The flat reply's JSON (no buttons), written without an encoder.
    var json: [(key: String, value: String?)] { [("text", text), ("response_type", responseType)] }

    /// The reply's JSON, for the response and for a late post to `response_url`.
    var body: [UInt8] {
        guard let attachments else { return FlatJSONObject.data(json) }
        return Array(JSONBody.data(Body(text: text, response_type: responseType, attachments: attachments)))
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        guard let attachments else { return FlatJSONObject.response(json) }
        return JSONBody.response(Body(text: text, response_type: responseType, attachments: attachments))
    }
}
