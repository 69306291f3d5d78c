import CobradorTestSupport
import Foundation
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Any bytes as a request body, with valid credentials, to every endpoint of the real server:
/// it answers every one with a status (never crashes, never hangs) and keeps serving.
@Suite(.serialized, .ownThread) struct BinaryRandomBodyTests {
    /// A fixed-seed generator, so a failure can be replayed.
    struct Seeded {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }
        mutating func bytes(_ count: Int) -> [UInt8] { (0..<count).map { _ in UInt8(truncatingIfNeeded: next()) } }
    }

    static let pieces = [
        "{", "}", "\"text\":", "\"user\":", "\"", ":", ",", "[", "]", "null", "true", "1e309", "-0", "\\u0000", "\\ud800",
        "token=", "&", "=", "%", "%zz", "text=", "user_name=", "¿quién me debe?", "Acme pagó 450 €", "\u{0}", "🙂", "\n",
    ]

    func body(_ rng: inout Seeded) -> Data {
        switch rng.next() % 3 {
        case 0: return Data(rng.bytes(Int(rng.next() % 300)))
        case 1: return Data((0..<Int(rng.next() % 30)).map { _ in Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))] }.joined().utf8)
        default:
            var valid = Array(#"{"text":"¿quién me debe?","user":"fuzz"}"#.utf8)
            for _ in 0..<Int(rng.next() % 4) where !valid.isEmpty {
                valid[Int(rng.next() % UInt64(valid.count))] = UInt8(truncatingIfNeeded: rng.next())
            }
            return Data(valid)
        }
    }

    @Test func randomBodiesGetAStatusAndTheServerKeepsServing() async throws {
        let db = try CLIRunner.withFixture().database
        let (server, base) = try await BinaryConcurrencyTests.start(db)
        defer { server.terminate() }
        var rng = Seeded(state: 2026)
        var statuses: [Int: Int] = [:]
        for i in 0..<600 {
            let path = ["webhook", "mattermost"][i % 2]
            var request = URLRequest(url: base.appendingPathComponent(path))
            request.httpMethod = "POST"
            var payload = body(&rng)
            // Half the Mattermost bodies carry the right token, so decoding past the check is exercised.
            if path == "mattermost", i % 4 == 0 { payload = Data("token=mm&text=".utf8) + payload }
            request.httpBody = payload
            if path == "webhook" {
                request.setValue("Bearer tok", forHTTPHeaderField: "Authorization")
                request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            } else {
                request.setValue(i % 4 == 1 ? "application/json" : "application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
            }
            let status = try await BinaryServeTests.send(request).status
            statuses[status, default: 0] += 1
        }
        #expect(Set(statuses.keys).isSubset(of: [200, 400, 401, 413]), "\(statuses)")
        #expect(statuses[200, default: 0] > 0)
        #expect(try await BinaryServeTests.get(base.appendingPathComponent("healthz")).status == 200)
        #expect(server.isRunning)
    }
}
