import CobradorBot
import Foundation

@testable import CobradorServer

/// Mints the context serve would put on a Mattermost button (for flows where the real bot offers
/// no buttons yet), with the same key serve derives from the configured token.
enum MattermostTestButtons {
    static func context(
        for message: String, configuration: ServerConfiguration,
        conversation: ConversationKey = ConversationKey(channel: "mattermost", team: "T-MM", room: "CH-MM", user: "U-MM")
    ) -> [String: Any] {
        let signer = MattermostActionSigner(token: configuration.mattermostTokens[0].value, lifetime: configuration.mattermostActionLifetime)
        let context = signer.context(for: message, conversation: conversation, language: "es", now: ServerHarness.now)
        let data = (try? JSONEncoder().encode(context)) ?? Data()
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    }
}
