import CobradorCore
import CobradorOutbound
import Foundation
import HTTPTypes
import Testing

/// An `HTTPPosting` that answers from a script and records what it was asked.
actor ScriptedHTTP: HTTPPosting {
    enum Step: Sendable {
        case status(Int, [String: String] = [:])
        case networkError
    }

    private var steps: [Step]
    private(set) var requests: [HTTPPostRequest] = []

    init(_ steps: [Step]) { self.steps = steps }

    func post(_ request: HTTPPostRequest) async throws -> HTTPPostResponse {
        requests.append(request)
        let step = steps.count > 1 ? steps.removeFirst() : steps[0]
        switch step {
        case .status(let code, let headers): return HTTPPostResponse(status: code, headers: headers)
        case .networkError: throw URLError(.cannotConnectToHost)
        }
    }
}

/// Records the sleeps the poster asks for, without sleeping.
actor SleepRecorder {
    private(set) var delays: [Duration] = []
    func record(_ delay: Duration) { delays.append(delay) }
    nonisolated var sleep: WebhookPoster.Sleep { { delay in await self.record(delay) } }
}

@Suite("Webhook poster")
struct WebhookPosterTests {
    static let url = URL(string: "https://hooks.example.invalid/services/T/B/secret")!

    @Test func retriesFiveHundredsWithExponentialBackoff() async throws {
        let http = ScriptedHTTP([.status(500), .status(502), .networkError, .status(200)])
        let sleeps = SleepRecorder()
        let poster = WebhookPoster(http: http, sleep: sleeps.sleep)
        let report = try await poster.post("hola", to: Self.url, format: .slack)
        #expect(report == WebhookPostReport(messages: 1, attempts: 4))
        #expect(await sleeps.delays == [.milliseconds(500), .seconds(1), .seconds(2)])
        let requests = await http.requests
        #expect(requests.count == 4)
        #expect(requests.allSatisfy { $0.body == Data(#"{"text":"hola"}"#.utf8) })
        #expect(requests.first?.headers["Content-Type"] == "application/json")
        #expect(requests.first?.timeout == .seconds(10))
    }

    @Test func honoursRetryAfterOn429() async throws {
        let http = ScriptedHTTP([.status(429, ["Retry-After": "7"]), .status(429), .status(204)])
        let sleeps = SleepRecorder()
        let poster = WebhookPoster(http: http, sleep: sleeps.sleep)
        try await poster.post("hola", to: Self.url, format: .mattermost)
        // Retry-After wins; without it, the backoff of the second retry.
        #expect(await sleeps.delays == [.seconds(7), .seconds(1)])
    }

    @Test func retryAfterIsCapped() async throws {
        let http = ScriptedHTTP([.status(429, ["retry-after": "86400"]), .status(200)])
        let sleeps = SleepRecorder()
        try await WebhookPoster(http: http, sleep: sleeps.sleep).post("x", to: Self.url, format: .slack)
        #expect(await sleeps.delays == [.seconds(60)])
    }

    @Test func givesUpAfterTheLastTryWithAReadableError() async throws {
        let http = ScriptedHTTP([.status(503)])
        let sleeps = SleepRecorder()
        let poster = WebhookPoster(http: http, policy: RetryPolicy(maxAttempts: 3), sleep: sleeps.sleep)
        let error = await #expect(throws: WebhookPostError.self) {
            try await poster.post("hola", to: Self.url, format: .teams)
        }
        #expect(error == .gaveUp(status: 503, reason: "server error", attempts: 3))
        #expect(error?.key == "webhook.error.gave_up_status")
        #expect(error?.status == 503)
        #expect(error.map { "\($0)" }?.contains("secret") == false)  // never the URL
        #expect(await http.requests.count == 3)
        #expect(await sleeps.delays == [.milliseconds(500), .seconds(1)])
    }

    @Test func networkErrorsAreRetriedThenReported() async throws {
        let http = ScriptedHTTP([.networkError])
        let sleeps = SleepRecorder()
        let poster = WebhookPoster(http: http, policy: RetryPolicy(maxAttempts: 2), sleep: sleeps.sleep)
        let error = await #expect(throws: WebhookPostError.self) {
            try await poster.post("hola", to: Self.url, format: .googlechat)
        }
        #expect(error == .gaveUp(status: nil, reason: "connection refused", attempts: 2))
        #expect(error?.key == "webhook.error.gave_up_network")
        #expect(error?.networkReason == "connection refused")
    }

    @Test func clientErrorsAreNotRetried() async throws {
        let http = ScriptedHTTP([.status(404), .status(200)])
        let sleeps = SleepRecorder()
        let error = await #expect(throws: WebhookPostError.self) {
            try await WebhookPoster(http: http, sleep: sleeps.sleep).post("hola", to: Self.url, format: .slack)
        }
        #expect(error == .rejected(status: 404, attempts: 1))
        #expect(await sleeps.delays.isEmpty)
    }

    @Test func invalidURLIsRefusedWithoutPosting() async throws {
        let http = ScriptedHTTP([.status(200)])
        let error = await #expect(throws: WebhookPostError.self) {
            try await WebhookPoster(http: http).post("x", to: URL(string: "file:///etc/passwd")!, format: .slack)
        }
        #expect(error == .invalidURL)
        #expect(await http.requests.isEmpty)
    }

    @Test func backoffIsCappedAtMaxDelay() {
        let policy = RetryPolicy(initialDelay: .seconds(1), maxDelay: .seconds(5))
        #expect((1...6).map(policy.backoff(beforeRetry:)) == [.seconds(1), .seconds(2), .seconds(4), .seconds(5), .seconds(5), .seconds(5)])
        #expect(policy.retryAfter("3") == .seconds(3))
        #expect(policy.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT") == nil)
        #expect(policy.retryAfter(nil) == nil)
    }

    @Test func discordLongTextGoesAsSeveralPostsInOrder() async throws {
        let http = ScriptedHTTP([.status(204)])
        let text = (1...150).map { "Cliente \($0): 1.000,00 € vencido hace \($0) días" }.joined(separator: "\n")
        let report = try await WebhookPoster(http: http, sleep: { _ in }).post(text, to: Self.url, format: .discord)
        let requests = await http.requests
        #expect(report.messages == requests.count)
        #expect(requests.count >= 3)
        let contents = try requests.map { request in
            try #require(try JSONSerialization.jsonObject(with: request.body) as? [String: Any])["content"] as? String ?? ""
        }
        #expect(contents.joined(separator: "\n") == text)
    }
}
