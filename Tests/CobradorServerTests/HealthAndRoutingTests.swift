import CobradorServer
import CobradorTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Health and routing")
struct HealthAndRoutingTests {
    typealias H = ServerHarness

    @Test func healthz() async throws {
        try await H.app(engine: ScriptedChatEngine()).test(.live) { client in
            let response = try await client.execute(uri: "/healthz", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            #expect(H.json(response) == ["status": "ok"])
        }
    }

    @Test func hello() async throws {
        try await H.app(engine: ScriptedChatEngine()).test(.router) { client in
            let response = try await client.execute(uri: "/hello", method: .get)
            #expect(String(buffer: response.body) == "hello")
        }
    }

    @Test func unknownRouteOrMethodIs404InJSON() async throws {
        let engine = ScriptedChatEngine()
        try await H.app(engine: engine).test(.live) { client in
            for (uri, method) in [("/nope", HTTPRequest.Method.get), ("/webhook", .get), ("/slack", .post), ("/slack/commands/x", .post)] {
                let response = try await client.execute(uri: uri, method: method, headers: H.bearer())
                #expect(response.status == .notFound, "\(method) \(uri)")
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                #expect(H.errorMessage(response) == "Not Found")
            }
        }
        #expect(await engine.received.isEmpty)
    }

    @Test func everythingOffLeavesOnlyHealth() async throws {
        let configuration = ServerConfiguration()
        #expect(configuration.description == "slack=off mattermost=off webhook=off writers=0 users")
        try await H.app(engine: ScriptedChatEngine(), configuration: configuration).test(.router) { client in
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .ok)
            for uri in ["/slack/commands", "/mattermost", "/webhook"] {
                let response = try await client.execute(uri: uri, method: .post)
                #expect(response.status == .notFound)
            }
        }
    }
}
