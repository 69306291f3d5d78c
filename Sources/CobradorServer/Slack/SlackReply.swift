import Hummingbird

/// Slack's slash-command reply: `{"response_type": "ephemeral" | "in_channel", "text": …}`.
public struct SlackReply: ResponseGenerator, Codable, Sendable, Equatable {
    public enum ResponseType: String, Codable, Sendable {
        case ephemeral
        case inChannel = "in_channel"
    }

    public var responseType: ResponseType
    public var text: String

    public init(responseType: ResponseType, text: String) {
        self.responseType = responseType
        self.text = text
    }

    enum CodingKeys: String, CodingKey {
        case responseType = "response_type"
        case text
    }

    /// The reply's JSON, for the response and for a late post to `response_url`.
    var json: [(key: String, value: String?)] { [("response_type", responseType.rawValue), ("text", text)] }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        FlatJSONObject.response(json)
    }
}
