import CobradorBot
import CobradorCore
import Crypto
import Foundation
import Hummingbird

/// The form Slack posts for a slash command (only the fields cobrador uses).
struct SlackCommand: Decodable, Sendable {
    var team_id: String?
    var enterprise_id: String?
    var channel_id: String?
    var channel_name: String?
    var user_id: String?
    var user_name: String?
    var command: String?
    var text: String?
    var response_url: String?
    var trigger_id: String?
    /// Slack's periodic certificate check (`ssl_check=1`): answer 200, nothing for the engine.
    var ssl_check: String?

    var isSSLCheck: Bool { ssl_check == "1" }

    /// Decodes the form; 400 when it is not a form or (unless it is an SSL check) lacks the user.
    static func decode(body: [UInt8]) throws -> SlackCommand {
        guard let text = String(bytes: body, encoding: .utf8) else {
            throw HTTPError(.badRequest, message: "The body is not UTF-8.")
        }
        let command: SlackCommand
        do {
            command = try URLEncodedFormDecoder().decode(SlackCommand.self, from: text)
        } catch {
            throw HTTPError(.badRequest, message: "The body is not a Slack command form.")
        }
        guard command.isSSLCheck || !(command.user_id ?? "").isEmpty else {
            throw HTTPError(.badRequest, message: "The Slack command has no user_id.")
        }
        return command
    }

    /// The verified request: conversation per (team, channel, user); dedupe by `trigger_id`,
    /// else by a hash of the signed timestamp and body.
    func verifiedRequest(timestamp: String, body: [UInt8]) -> VerifiedChatRequest {
        let userID = user_id ?? ""
        let team = [enterprise_id, team_id].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ":")
        let deliveryID: String
        if let trigger = trigger_id, !trigger.isEmpty {
            deliveryID = "slack-trigger:" + trigger
        } else {
            deliveryID = "slack-body:" + Hex.encode(SHA256.hash(data: Array("\(timestamp):".utf8) + body))
        }
        return VerifiedChatRequest(
            platform: .slack,
            conversation: ConversationKey(channel: ChatPlatform.slack.rawValue, team: team, room: channel_id ?? "", user: userID),
            userID: userID,
            // An empty `user_name=` is no name: the id stands in, as when the field is missing.
            userName: (user_name ?? "").isEmpty ? userID : user_name!,
            text: (text ?? "").trimmingBlanks(andNewlines: true),
            responseURL: Self.slackResponseURL(response_url),
            deliveryID: deliveryID,
            isSlashCommand: true
        )
    }

    /// Only Slack's own HTTPS hosts are accepted as a place to post a late reply.
    static func slackResponseURL(_ text: String?) -> URL? {
        guard let text, let url = URL(string: text), url.scheme == "https", let host = url.host?.lowercased(),
            host == "slack.com" || host.hasSuffix(".slack.com")
        else { return nil }
        return url
    }
}
