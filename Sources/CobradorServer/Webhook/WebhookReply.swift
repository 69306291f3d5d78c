import Hummingbird

/// The generic webhook's reply: `{"text": "…", "intent": "…"}`.
public struct WebhookReply: ResponseGenerator, Codable, Sendable, Equatable {
    public var text: String
    public var intent: String

    public init(text: String, intent: String) {
        self.text = text
        self.intent = intent
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        FlatJSONObject.response([("text", text), ("intent", intent)])
    }
}
