import Foundation

/// Posts a reply that came too late for the HTTP answer to the platform's `response_url`
/// (Slack and Mattermost slash commands). One required method; the CLI adapts
/// `CobradorOutbound.WebhookPoster` to it. Errors are the poster's to log; they never reach the chat.
public protocol DelayedReplyPosting: Sendable {
    func postDelayedReply(json: Data, to url: URL) async
}
