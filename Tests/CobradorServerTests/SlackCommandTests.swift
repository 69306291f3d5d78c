import CobradorBot
import CobradorCore
import CobradorServer
import CobradorTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("POST /slack/commands")
struct SlackCommandTests {
    typealias H = ServerHarness

    /// A signed slash-command POST, as Slack sends it.
    static func postCommand(_ body: String, with client: some TestClientProtocol) async throws -> TestResponse {
        try await client.execute(
            uri: "/slack/commands", method: .post, headers: H.slackHeaders(body: body), body: ByteBuffer(string: body))
    }

    @Test func signedCommandReachesTheEngineAndRepliesEphemeral() async throws {
        let engine = ScriptedChatEngine()
        let body = H.slackForm(text: "recordar a Acme & <!channel>", trigger: "t-1")
        try await H.app(engine: engine).test(.live) { client in
            let response = try await Self.postCommand(body, with: client)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            let json = H.json(response)
            #expect(json["response_type"] == "ephemeral")
            // The reply is escaped for Slack: no forged <!channel>.
            #expect(json["text"] == "1: recordar a Acme &amp; &lt;!channel&gt;")
        }
        let received = await engine.received
        #expect(received.count == 1)
        #expect(received.first?.text == "recordar a Acme & <!channel>")
        #expect(received.first?.conversation == ConversationKey(channel: "slack", team: "T1", room: "C1", user: "U-READER"))
        #expect(received.first?.canWrite == false)
    }

    @Test func digestLikeAnswersGoInChannel() async throws {
        let engine = ScriptedChatEngine()
        let body = H.slackForm(text: "¿quién me debe?")
        try await H.app(engine: engine).test(.router) { client in
            let response = try await Self.postCommand(body, with: client)
            #expect(H.json(response)["response_type"] == "in_channel")
        }
    }

    @Test func writerOnTheAllowListCanWrite() async throws {
        let engine = ScriptedChatEngine()
        let body = H.slackForm(text: "Acme pagó 450 €", user: "U-WRITER", userName: "someone")
        try await H.app(engine: engine).test(.router) { client in
            let response = try await Self.postCommand(body, with: client)
            #expect(response.status == .ok)
        }
        #expect(await engine.received.map(\.canWrite) == [true])
    }

    @Test func conversationIsPerTeamChannelAndUser() async throws {
        let engine = ScriptedChatEngine()
        let requests: [(team: String, channel: String, user: String, trigger: String)] = [
            ("T1", "C1", "U-A", "a1"), ("T1", "C1", "U-A", "a2"), ("T1", "C2", "U-A", "a3"),
            ("T2", "C1", "U-A", "a4"), ("T1", "C1", "U-B", "b1"), ("T1", "C1", "U-A", "a5"),
        ]
        try await H.app(engine: engine).test(.live) { client in
            var texts: [String] = []
            for request in requests {
                let body = H.slackForm(
                    text: "hola",
                    user: request.user,
                    team: request.team,
                    channel: request.channel,
                    trigger: request.trigger
                )
                let response = try await Self.postCommand(body, with: client)
                texts.append(H.json(response)["text"] ?? "")
            }
            // Turn numbers count per (team, channel, user).
            #expect(texts == ["1: hola", "2: hola", "1: hola", "1: hola", "1: hola", "3: hola"])
        }
        #expect(await engine.turnCount(for: ConversationKey(channel: "slack", team: "T1", room: "C1", user: "U-A")) == 3)
    }

    @Test func writerByUserName() async throws {
        let engine = ScriptedChatEngine()
        let body = H.slackForm(text: "Acme pagó 10 €", user: "U-OTHER", userName: "Ana")
        try await H.app(engine: engine).test(.router) { client in
            _ = try await Self.postCommand(body, with: client)
        }
        #expect(await engine.received.map(\.canWrite) == [true])
    }

    @Test func unsignedRequestIsRefused() async throws {
        let engine = ScriptedChatEngine()
        let body = H.slackForm(text: "hola")
        try await H.app(engine: engine).test(.live) { client in
            let response = try await client.execute(
                uri: "/slack/commands",
                method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: body)
            )
            #expect(response.status == .unauthorized)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            #expect(H.errorMessage(response) == "Invalid Slack signature.")
        }
        #expect(await engine.received.isEmpty)
    }

    @Test func wrongSignatureIsRefused() async throws {
        let engine = ScriptedChatEngine()
        let body = H.slackForm(text: "hola")
        try await H.app(engine: engine).test(.live) { client in
            let wrongSecret = try await client.execute(
                uri: "/slack/commands",
                method: .post,
                headers: H.slackHeaders(body: body, secret: "not-the-secret"),
                body: ByteBuffer(string: body)
            )
            #expect(wrongSecret.status == .unauthorized)
            // Signed for one body, sent with another.
            let tampered = try await client.execute(
                uri: "/slack/commands",
                method: .post,
                headers: H.slackHeaders(body: body),
                body: ByteBuffer(string: body.replacingOccurrences(of: "hola", with: "adios"))
            )
            #expect(tampered.status == .unauthorized)
        }
        #expect(await engine.received.isEmpty)
    }

    @Test func replayedRequestWithAnOldTimestampIsRefused() async throws {
        let engine = ScriptedChatEngine()
        let body = H.slackForm(text: "hola")
        let sixMinutesAgo = Int(H.now.timeIntervalSince1970) - 360
        let inTheFuture = Int(H.now.timeIntervalSince1970) + 360
        try await H.app(engine: engine).test(.live) { client in
            for timestamp in [sixMinutesAgo, inTheFuture] {
                let response = try await client.execute(
                    uri: "/slack/commands",
                    method: .post,
                    headers: H.slackHeaders(body: body, timestamp: timestamp),
                    body: ByteBuffer(string: body)
                )
                #expect(response.status == .unauthorized)
            }
        }
        #expect(await engine.received.isEmpty)
    }

    @Test func signedButMalformedFormIsABadRequest() async throws {
        let engine = ScriptedChatEngine()
        let body = "text=hola&team_id=T1"  // no user_id
        try await H.app(engine: engine).test(.live) { client in
            let response = try await Self.postCommand(body, with: client)
            #expect(response.status == .badRequest)
            let badEncoding = "user_id=U1&text=%ZZ"
            let second = try await Self.postCommand(badEncoding, with: client)
            #expect(second.status == .badRequest)
        }
        #expect(await engine.received.isEmpty)
    }

    @Test func sslCheckGetsAnEmptyOK() async throws {
        let engine = ScriptedChatEngine()
        let body = "ssl_check=1&token=legacy"
        try await H.app(engine: engine).test(.router) { client in
            let response = try await Self.postCommand(body, with: client)
            #expect(response.status == .ok)
            #expect(response.body.readableBytes == 0)
        }
        #expect(await engine.received.isEmpty)
    }

    @Test func oversizeBodyIsRefusedBeforeVerification() async throws {
        let engine = ScriptedChatEngine()
        let body = H.slackForm(text: String(repeating: "a", count: 70 * 1024))
        try await H.app(engine: engine).test(.live) { client in
            let response = try await Self.postCommand(body, with: client)
            #expect(response.status == .contentTooLarge)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
        }
        #expect(await engine.received.isEmpty)
    }

    @Test func retriedDeliveryIsAppliedOnceAndGetsTheEarlierReply() async throws {
        let engine = ScriptedChatEngine()
        let body = H.slackForm(text: "Acme pagó 450 €", user: "U-WRITER", trigger: "trigger-42")
        try await H.app(engine: engine).test(.live) { client in
            let first = try await Self.postCommand(body, with: client)
            let retry = try await client.execute(
                uri: "/slack/commands",
                method: .post,
                headers: H.slackHeaders(body: body, retry: 1),
                body: ByteBuffer(string: body)
            )
            #expect(first.status == .ok)
            #expect(retry.status == .ok)
            #expect(H.json(first)["text"] == "1: Acme pagó 450 €")
            #expect(H.json(retry) == H.json(first))
            // A new command (new trigger_id) is a new turn.
            let next = H.slackForm(text: "Acme pagó 450 €", user: "U-WRITER", trigger: "trigger-43")
            let third = try await Self.postCommand(next, with: client)
            #expect(H.json(third)["text"] == "2: Acme pagó 450 €")
        }
        #expect(await engine.received.count == 2)
    }

    @Test func retryWithoutTriggerIdIsDedupedByTheSignedBody() async throws {
        let engine = ScriptedChatEngine()
        let body = H.slackForm(text: "hola", trigger: nil)
        try await H.app(engine: engine).test(.router) { client in
            for retry in [nil, 1, 2] as [Int?] {
                let response = try await client.execute(
                    uri: "/slack/commands",
                    method: .post,
                    headers: H.slackHeaders(body: body, retry: retry),
                    body: ByteBuffer(string: body)
                )
                #expect(H.json(response)["text"] == "1: hola")
            }
        }
        #expect(await engine.received.count == 1)
    }

    @Test func slowEngineGetsWorkingOnItAndTheReplyIsPostedToResponseURL() async throws {
        let engine = ScriptedChatEngine(delay: .milliseconds(600))
        let poster = RecordingDelayedReplies()
        let configuration = H.configuration(replyTimeout: .milliseconds(100))
        let body = H.slackForm(text: "¿quién me debe?")
        try await H.app(engine: engine, configuration: configuration, delayedReplies: poster).test(.live) { client in
            let response = try await Self.postCommand(body, with: client)
            #expect(response.status == .ok)
            #expect(H.json(response)["response_type"] == "ephemeral")
            #expect(H.json(response)["text"]?.contains("working on it") == true)
        }
        let posted = try await poster.waitForPosts(count: 1, timeout: .seconds(5))
        #expect(posted.first?.url.absoluteString == "https://hooks.slack.com/commands/T1/1/abc")
        let json = try JSONDecoder().decode([String: String].self, from: posted.first?.json ?? Data())
        #expect(json == ["response_type": "in_channel", "text": "1: ¿quién me debe?"])
    }

    @Test func retryOfASlowCommandIsNotAnsweredTwice() async throws {
        let engine = ScriptedChatEngine(delay: .milliseconds(400))
        let poster = RecordingDelayedReplies()
        let configuration = H.configuration(replyTimeout: .milliseconds(100))
        let body = H.slackForm(text: "Acme pagó 450 €", user: "U-WRITER", trigger: "slow-1")
        try await H.app(engine: engine, configuration: configuration, delayedReplies: poster).test(.live) { client in
            for retry in [nil, 1] as [Int?] {
                let response = try await client.execute(
                    uri: "/slack/commands",
                    method: .post,
                    headers: H.slackHeaders(body: body, retry: retry),
                    body: ByteBuffer(string: body)
                )
                #expect(H.json(response)["text"]?.contains("working on it") == true)
            }
            try await Task.sleep(for: .milliseconds(500))
            // After the engine answered, a late retry still does not repeat the reply in the chat.
            let late = try await client.execute(
                uri: "/slack/commands",
                method: .post,
                headers: H.slackHeaders(body: body, retry: 2),
                body: ByteBuffer(string: body)
            )
            #expect(H.json(late)["text"]?.contains("working on it") == true)
        }
        let posts = try await poster.waitForPosts(count: 1, timeout: .seconds(5))
        #expect(posts.count == 1)
        #expect(await engine.received.count == 1)
    }

    @Test func disabledWhenNoSigningSecret() async throws {
        let engine = ScriptedChatEngine()
        let body = H.slackForm(text: "hola")
        try await H.app(engine: engine, configuration: H.configuration(slack: false)).test(.live) { client in
            let response = try await Self.postCommand(body, with: client)
            #expect(response.status == .notFound)
        }
        #expect(await engine.received.isEmpty)
    }
}

/// Records what the server would post to a `response_url`.
actor RecordingDelayedReplies: DelayedReplyPosting {
    struct Post: Sendable {
        let json: Data
        let url: URL
    }

    private(set) var posts: [Post] = []

    func postDelayedReply(json: Data, to url: URL) async {
        posts.append(Post(json: json, url: url))
    }

    /// Polls (bounded) until `count` posts arrived.
    func waitForPosts(count: Int, timeout: Duration) async throws -> [Post] {
        let deadline = ContinuousClock.now + timeout
        while posts.count < count, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        return posts
    }
}
