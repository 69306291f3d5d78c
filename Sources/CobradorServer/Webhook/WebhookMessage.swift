import CobradorBot
import CobradorCore
import Foundation
import Hummingbird

/// The generic webhook's request: `{"text": "…", "user": "…"}`.
struct WebhookMessage: Decodable, Sendable {
    var text: String
    var user: String

    static func decode(body: [UInt8]) throws -> WebhookMessage {
        let message: WebhookMessage
        do {
            if let fields = FlatJSONReader.stringFields(body), let text = fields["text"], let user = fields["user"] {
                message = WebhookMessage(text: text, user: user)
            } else {
                message = try JSONDecoder().decode(WebhookMessage.self, from: Data(body))
            }
        } catch {
            throw HTTPError(.badRequest, message: #"Expected a JSON object {"text": "…", "user": "…"}."#)
        }
        guard !message.user.trimmingBlanks().isEmpty else {
            throw HTTPError(.badRequest, message: "The user is empty.")
        }
        return message
    }

    func verifiedRequest() -> VerifiedChatRequest {
        let user = user.trimmingBlanks()
        return VerifiedChatRequest(
            platform: .webhook,
            conversation: ConversationKey(channel: ChatPlatform.webhook.rawValue, user: user),
            userID: user,
            userName: user,
            text: text.trimmingBlanks(andNewlines: true)
        )
    }
}
