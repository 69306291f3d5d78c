import Foundation
import Testing

@testable import CobradorServer

/// Inputs the libFuzzer `webhook` target found (Benchmarks/Fuzz/webhook), kept as regression cases.
@Suite struct FuzzRegressionWebhookBodyTests {
    /// A user name starting with a space and a zero-width joiner: the space was kept, because the
    /// joiner made one Character of the two (crash-fd648aa4…).
    @Test func spaceBeforeAZeroWidthJoinerIsTrimmed() throws {
        let body = #"{"user":" \u200d👦 ","text":"\t recordar a Estciados\u0000 \n","extra":[1,{"a":null}]}"#
        let request = try WebhookMessage.decode(body: Array(body.utf8)).verifiedRequest()
        #expect(request.userID == request.userID.trimmingCharacters(in: .whitespaces))
        #expect(request.userID == "\u{200D}👦")
        #expect(request.text == request.text.trimmingCharacters(in: .whitespacesAndNewlines))
        let raw = String(decoding: [0x20, 0xE2, 0x80, 0x8D, 0xF0, 0x9F, 0x91, 0xA6, 0x20], as: UTF8.self)
        let fast = #"{"user":""# + raw + #"","text":"hola"}"#
        #expect(try WebhookMessage.decode(body: Array(fast.utf8)).verifiedRequest().userID == "\u{200D}👦")
    }

    /// A Slack form with `user_name=` present but empty (crash-99481a58…): the user id stands in.
    @Test func emptySlackUserNameFallsBackToTheID() throws {
        let form = "token=x&team_id=T0001&channel_id=C1&user_id=U2147483697&user_name=&command=%2Fcobrador&text="
        let command = try SlackCommand.decode(body: Array(form.utf8))
        let request = command.verifiedRequest(timestamp: "1", body: Array(form.utf8))
        #expect(request.userName == "U2147483697")
        #expect(request.userID == "U2147483697")
    }
}
