import CobradorCore
import CobradorOutbound
import Foundation
import Logging

/// The two ways cobrador answers Slack outside an HTTP reply: `chat.postMessage` with the bot token
/// (events) and a `response_url` (button presses, late slash-command answers). Failures are logged
/// (Slack's `error` code, never the token) and never reach the chat user.
struct SlackWebAPI: Sendable {
    let client: ChatAPIClient
    let baseURL: URL
    let botToken: ConfiguredSecret?

    private struct Verdict: Decodable {
        var ok: Bool?
        var error: String?
    }

    @discardableResult
    func postMessage(_ message: SlackMessage, logger: Logger) async -> Bool {
        guard let botToken else { return false }
        let url = baseURL.appendingPathComponent("chat.postMessage")
        return await send(message, to: url, headers: ["Authorization": "Bearer \(botToken.value)"], logger: logger, what: "chat.postMessage")
    }

    @discardableResult
    func respond(_ message: SlackMessage, to responseURL: URL, logger: Logger) async -> Bool {
        await send(message, to: responseURL, headers: [:], logger: logger, what: "response_url")
    }

    /// A `response_url` cobrador may post to: https on Slack's own hosts, or (tests, staging) on the
    /// host of the configured API base.
    func isTrustedResponseURL(_ url: URL) -> Bool {
        guard let host = url.host?.lowercased(), let scheme = url.scheme?.lowercased() else { return false }
        if scheme == "https", host == "slack.com" || host.hasSuffix(".slack.com") { return true }
        return scheme == baseURL.scheme?.lowercased() && host == baseURL.host?.lowercased() && url.port == baseURL.port
    }

    private func send(_ message: SlackMessage, to url: URL, headers: [String: String], logger: Logger, what: String) async -> Bool {
        do {
            let response = try await client.postJSON(JSONBody.data(message), to: url, headers: headers)
            let verdict = try? JSONDecoder().decode(Verdict.self, from: response.body)
            // chat.postMessage answers 200 {"ok": false, "error": …}; a response_url answers 200 "ok" or {"ok": true}.
            guard (200..<300).contains(response.status), verdict?.ok != false else {
                logger.error(
                    "Slack refused the message",
                    metadata: ["call": "\(what)", "status": "\(response.status)", "error": "\(verdict?.error ?? "-")"])
                return false
            }
            return true
        } catch {
            logger.error("Could not reach Slack", metadata: ["call": "\(what)", "error": "\(error)"])
            return false
        }
    }
}
