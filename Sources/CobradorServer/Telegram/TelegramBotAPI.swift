import CobradorCore
import CobradorOutbound
import Foundation
import Logging

/// Telegram's Bot API at `<base>/bot<token>/<method>`: `sendMessage`, `answerCallbackQuery`, and
/// `getMe` once for the bot's username (unless configured). The token is in the URL, so no URL is
/// ever logged; failures are logged with Telegram's `description`.
actor TelegramBotAPI {
    private let client: ChatAPIClient
    private let baseURL: URL
    private let token: ConfiguredSecret
    private var username: String?
    /// The one `getMe` under way, so updates arriving together ask once.
    private var lookup: Task<String?, Never>?
    /// The bot's user id: the digits before the colon of its token.
    nonisolated let botID: Int64?

    init(client: ChatAPIClient, baseURL: URL, token: ConfiguredSecret, username: String?) {
        self.client = client
        self.baseURL = baseURL
        self.token = token
        self.username = username
        self.botID = token.value.split(separator: ":").first.flatMap { Int64($0) }
    }

    private struct Verdict: Decodable {
        struct Me: Decodable {
            var username: String?
        }

        var ok: Bool?
        var description: String?
        var result: Me?
    }

    /// The bot's `@username` (without the `@`), asked with `getMe` the first time it is needed.
    func botUsername(logger: Logger) async -> String? {
        if let username { return username }
        if let lookup { return await lookup.value }
        let task = Task { await self.call("getMe", body: Data("{}".utf8), logger: logger)?.result?.username }
        lookup = task
        let name = await task.value
        username = name
        // A failed lookup is tried again with the next group message.
        lookup = nil
        return name
    }

    @discardableResult
    func sendMessage(_ message: TelegramOutgoingMessage, logger: Logger) async -> Bool {
        await call("sendMessage", body: JSONBody.data(message), logger: logger) != nil
    }

    /// Stops the button's spinner; `text` shows as a short notice.
    func answerCallbackQuery(id: String, text: String? = nil, logger: Logger) async {
        struct Body: Encodable {
            var callback_query_id: String
            var text: String?
        }
        _ = await call("answerCallbackQuery", body: JSONBody.data(Body(callback_query_id: id, text: text)), logger: logger)
    }

    private func call(_ method: String, body: Data, logger: Logger) async -> Verdict? {
        guard let url = URL(string: baseURL.absoluteString + "/bot" + token.value + "/" + method) else { return nil }
        do {
            let response = try await client.postJSON(body, to: url)
            let verdict = try? JSONDecoder().decode(Verdict.self, from: response.body)
            guard (200..<300).contains(response.status), verdict?.ok == true else {
                logger.error(
                    "Telegram refused the call",
                    metadata: ["method": "\(method)", "status": "\(response.status)", "description": "\(verdict?.description ?? "-")"])
                return nil
            }
            return verdict
        } catch {
            logger.error("Could not reach Telegram", metadata: ["method": "\(method)", "error": "\(error)"])
            return nil
        }
    }
}
