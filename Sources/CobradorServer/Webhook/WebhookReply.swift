import Hummingbird

/// The generic webhook's reply: `{"text": "…", "intent": "…"}`.
public struct WebhookReply: ResponseEncodable, Sendable, Equatable {
    public var text: String
    public var intent: String

    public init(text: String, intent: String) {
        self.text = text
        self.intent = intent
    }
}
