import CobradorCore
import CobradorOutbound
import Foundation
import Logging

/// The interaction's own webhook on Discord's API: edit the original response
/// (`PATCH /webhooks/<application>/<token>/messages/@original`) and send follow-ups
/// (`POST /webhooks/<application>/<token>`). The token is in the URL: no URL is logged.
struct DiscordWebhookAPI: Sendable {
    let client: ChatAPIClient
    let baseURL: URL

    @discardableResult
    func editOriginal(_ message: DiscordMessage, application: String, token: String, logger: Logger) async -> Bool {
        await send(message, path: "/webhooks/\(application)/\(token)/messages/@original", method: .patch, logger: logger)
    }

    @discardableResult
    func followUp(_ message: DiscordMessage, application: String, token: String, logger: Logger) async -> Bool {
        await send(message, path: "/webhooks/\(application)/\(token)", method: .post, logger: logger)
    }

    private func send(_ message: DiscordMessage, path: String, method: ChatAPIRequest.Method, logger: Logger) async -> Bool {
        guard let url = URL(string: baseURL.absoluteString + path) else { return false }
        do {
            let response = try await client.postJSON(JSONBody.data(message), to: url, method: method)
            guard (200..<300).contains(response.status) else {
                logger.error("Discord refused the message", metadata: ["status": "\(response.status)"])
                return false
            }
            return true
        } catch {
            logger.error("Could not reach Discord", metadata: ["error": "\(error)"])
            return false
        }
    }
}
