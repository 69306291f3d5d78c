import CobradorOutbound
import Foundation
import HTTPTypes
import Testing

/// The real poster (AsyncHTTPClient) against a receiver on 127.0.0.1.
@Suite("Webhook poster over loopback")
struct WebhookPosterLoopbackTests {
    @Test func serverErrorThenTooManyRequestsThenOK() async throws {
        let sleeps = SleepRecorder()
        let (report, received) = try await LoopbackReceiver.run(script: [
            .init(status: .internalServerError),
            .init(status: .tooManyRequests, headers: [.retryAfter: "1"]),
            .init(status: .ok),
        ]) { url, receiver in
            let poster = WebhookPoster(
                policy: RetryPolicy(initialDelay: .milliseconds(20), timeout: .seconds(5)),
                sleep: { delay in
                    await sleeps.record(delay)
                    try await Task.sleep(for: .milliseconds(10))  // keep the test fast; the request is what counts
                }
            )
            let text = "Resumen: " + ChatEscaper.escape("Acme <!channel> & @here", for: .slack) + " debe 450,00 €"
            let report = try await poster.post(text, to: url, format: .slack)
            return (report, await receiver.received)
        }
        #expect(report == WebhookPostReport(messages: 1, attempts: 3))
        #expect(received.count == 3)
        let expected = #"{"text":"Resumen: Acme &lt;!channel&gt; &amp; @\#u{200B}here debe 450,00 €"}"#
        for request in received {
            #expect(String(decoding: request.body, as: UTF8.self) == expected)
            #expect(request.contentType == "application/json")
        }
        #expect(await sleeps.delays == [.milliseconds(20), .seconds(1)])
    }

    @Test func discordSplitOverLoopback() async throws {
        let text = (1...120).map { "Factura F-2026-\($0): 1.200,50 € — @everyone [pagar](https://x.example)" }
            .map { ChatEscaper.escape($0, for: .discord) }.joined(separator: "\n")
        let received = try await LoopbackReceiver.run(script: [.init(status: .noContent)]) { url, receiver in
            try await WebhookPoster(sleep: { _ in }).post(text, to: url, format: .discord)
            return await receiver.received
        }
        #expect(received.count >= 5)
        var contents: [String] = []
        for request in received {
            let json = try #require(try JSONSerialization.jsonObject(with: request.body) as? [String: Any])
            let content = try #require(json["content"] as? String)
            #expect(content.utf16.count <= 2000)
            #expect(!content.contains("@everyone"))
            #expect(!content.contains("[pagar](https"))
            #expect((json["allowed_mentions"] as? [String: [String]]) == ["parse": []])
            contents.append(content)
        }
        #expect(contents.joined(separator: "\n") == text)
    }

    @Test func unreachableReceiverIsANetworkError() async throws {
        // Port 9 (discard) on loopback: below the ephemeral range, so no test server can be there.
        let url = URL(string: "http://127.0.0.1:9/hook")!
        let poster = WebhookPoster(policy: RetryPolicy(maxAttempts: 2, timeout: .seconds(2)), sleep: { _ in })
        let error = await #expect(throws: WebhookPostError.self) {
            try await poster.post("hola", to: url, format: .slack)
        }
        #expect(error?.attempts == 2)
        if case .gaveUp(let status, let reason, _) = error {
            #expect(status == nil)
            #expect(reason == "connection refused")
        } else {
            Issue.record("expected gaveUp")
        }
    }
}
