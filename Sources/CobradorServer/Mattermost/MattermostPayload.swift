import CobradorBot
import CobradorCore
import Foundation
import Hummingbird

/// What Mattermost posts for an outgoing webhook or a slash command, form-encoded or JSON.
struct MattermostPayload: Decodable, Sendable {
    var token: String?
    var team_id: String?
    var team_domain: String?
    var channel_id: String?
    var channel_name: String?
    var user_id: String?
    var user_name: String?
    var text: String?
    var trigger_word: String?
    var command: String?
    var response_url: String?

    /// JSON when the content type says so, a form otherwise; 400 when neither decodes.
    static func decode(body: [UInt8], contentType: String?) throws -> MattermostPayload {
        let payload: MattermostPayload
        do {
            if let contentType, contentType.lowercased().hasPrefix("application/json") {
                payload = try JSONDecoder().decode(MattermostPayload.self, from: Data(body))
            } else {
                guard let text = String(bytes: body, encoding: .utf8) else { throw HTTPError(.badRequest) }
                payload = try URLEncodedFormDecoder().decode(MattermostPayload.self, from: text)
            }
        } catch {
            throw HTTPError(.badRequest, message: "The body is not a Mattermost webhook payload.")
        }
        return payload
    }

    /// The user's words without the trigger word that fired the outgoing webhook.
    var strippedText: String {
        var words = (text ?? "").trimmingBlanks(andNewlines: true)
        if let trigger = trigger_word?.trimmingBlanks(), !trigger.isEmpty,
            let range = words.range(of: trigger, options: [.anchored, .caseInsensitive])
        {
            words.removeSubrange(range)
        }
        return words.trimmingBlanks(andNewlines: true)
    }

    /// 400 when the payload names no user.
    func verifiedRequest() throws -> VerifiedChatRequest {
        let userName = (user_name ?? "").trimmingBlanks()
        let userID = (user_id ?? "").trimmingBlanks()
        guard !userName.isEmpty || !userID.isEmpty else {
            throw HTTPError(.badRequest, message: "The Mattermost payload has no user_name.")
        }
        let team = [team_id, team_domain].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        let room = [channel_id, channel_name].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        let isSlashCommand = !(command ?? "").isEmpty
        return VerifiedChatRequest(
            platform: .mattermost,
            conversation: ConversationKey(
                channel: ChatPlatform.mattermost.rawValue,
                team: team,
                room: room,
                user: userID.isEmpty ? userName : userID
            ),
            userID: userID.isEmpty ? userName : userID,
            userName: userName.isEmpty ? userID : userName,
            text: strippedText,
            responseURL: Self.responseURL(response_url),
            deliveryID: nil,
            isSlashCommand: isSlashCommand
        )
    }

    private static func responseURL(_ text: String?) -> URL? {
        guard let text, let url = URL(string: text), url.scheme == "https" || url.scheme == "http", url.host != nil
        else { return nil }
        return url
    }
}
