import Hummingbird

/// Mattermost's reply: `{"text"}`, plus `response_type` for a slash command.
public struct MattermostReply: ResponseGenerator, Codable, Sendable, Equatable {
    public var text: String
    /// "ephemeral" or "in_channel"; nil (left out) for an outgoing webhook.
    public var responseType: String?

    public init(text: String, responseType: String? = nil) {
        self.text = text
        self.responseType = responseType
    }

    enum CodingKeys: String, CodingKey {
        case text
        case responseType = "response_type"
    }

    /// The reply's JSON, for the response and for a late post to `response_url`.
    var json: [(key: String, value: String?)] { [("text", text), ("response_type", responseType)] }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        FlatJSONObject.response(json)
    }
}
