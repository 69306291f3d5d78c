import CobradorBot
import CobradorServer
import CobradorTestSupport
import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging

/// Shared values and request builders for the server tests.
enum ServerHarness {
    static let slackSecret = "test-signing-secret"
    static let mattermostToken = "mm-token-123"
    static let webhookToken = "webhook-bearer-456"
    /// A fixed "now" for the Slack replay window.
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    static func configuration(
        slack: Bool = true,
        mattermost: Bool = true,
        webhook: Bool = true,
        writers: String = "U-WRITER, ana",
        replyTimeout: Duration = .seconds(2)
    ) -> ServerConfiguration {
        ServerConfiguration(
            slackSigningSecret: slack ? slackSecret : nil,
            mattermostTokens: mattermost ? [mattermostToken] : [],
            webhookToken: webhook ? webhookToken : nil,
            writers: WriterAllowList(parsing: writers),
            replyTimeout: replyTimeout
        )
    }

    static func app(
        engine: any ChatEngine,
        configuration: ServerConfiguration = configuration(),
        delayedReplies: (any DelayedReplyPosting)? = nil
    ) -> some ApplicationProtocol {
        var logger = Logger(label: "cobrador.server.test")
        logger.logLevel = .error
        return buildApplication(
            engine: engine,
            configuration: configuration,
            host: "127.0.0.1",
            port: 0,
            logger: logger,
            now: { now },
            delayedReplies: delayedReplies
        )
    }

    // MARK: Slack

    static func slackForm(
        text: String,
        user: String = "U-READER",
        userName: String = "luis",
        team: String = "T1",
        channel: String = "C1",
        trigger: String? = "trig-1"
    ) -> String {
        var fields: [(String, String)] = [
            ("token", "legacy"), ("team_id", team), ("team_domain", "acme"), ("channel_id", channel),
            ("channel_name", "cobros"), ("user_id", user), ("user_name", userName), ("command", "/cobrador"),
            ("text", text), ("response_url", "https://hooks.slack.com/commands/T1/1/abc"),
        ]
        if let trigger { fields.append(("trigger_id", trigger)) }
        return fields.map { "\($0.0)=\(formEscape($0.1))" }.joined(separator: "&")
    }

    static func slackSignature(body: String, timestamp: String, secret: String = slackSecret) -> String {
        SlackSignatureVerifier(signingSecret: secret).signature(timestamp: timestamp, body: Array(body.utf8))
    }

    static func slackHeaders(
        body: String,
        timestamp: Int = Int(now.timeIntervalSince1970),
        secret: String = slackSecret,
        retry: Int? = nil
    ) -> HTTPFields {
        var headers: HTTPFields = [
            .contentType: "application/x-www-form-urlencoded",
            HTTPField.Name("X-Slack-Request-Timestamp")!: String(timestamp),
            HTTPField.Name("X-Slack-Signature")!: slackSignature(body: body, timestamp: String(timestamp), secret: secret),
        ]
        if let retry {
            headers[HTTPField.Name("X-Slack-Retry-Num")!] = String(retry)
            headers[HTTPField.Name("X-Slack-Retry-Reason")!] = "http_timeout"
        }
        return headers
    }

    static func formEscape(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }

    // MARK: Webhook

    static func webhookBody(text: String, user: String) -> ByteBuffer {
        let json = try! JSONEncoder().encode(["text": text, "user": user])
        return ByteBuffer(bytes: json)
    }

    static func bearer(_ token: String = webhookToken) -> HTTPFields {
        [.authorization: "Bearer \(token)", .contentType: "application/json"]
    }

    static func json(_ response: TestResponse) -> [String: String] {
        let data = Data(response.body.readableBytesView)
        return (try? JSONDecoder().decode([String: String].self, from: data)) ?? [:]
    }

    static func errorMessage(_ response: TestResponse) -> String? {
        struct Envelope: Decodable {
            struct Inner: Decodable { let message: String }
            let error: Inner
        }
        return try? JSONDecoder().decode(Envelope.self, from: Data(response.body.readableBytesView)).error.message
    }
}
