import CobradorServer
import Foundation
import Testing

@Suite("Slack signature")
struct SlackSignatureVerifierTests {
    // Slack's documented example ("Verifying requests from Slack").
    static let docSecret = "8f742231b10e8888abcd99yyyzzz85a5"
    static let docTimestamp = "1531420618"
    static let docBody =
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
        + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
        + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
        + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c"
    static let docSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"
    static let docNow = Date(timeIntervalSince1970: 1_531_420_618 + 30)

    let verifier = SlackSignatureVerifier(signingSecret: docSecret)

    @Test func signsSlacksDocumentedExample() {
        #expect(verifier.signature(timestamp: Self.docTimestamp, body: Array(Self.docBody.utf8)) == Self.docSignature)
    }

    @Test func verifiesSlacksDocumentedExample() {
        let outcome = verifier.verify(
            signature: Self.docSignature,
            timestamp: Self.docTimestamp,
            body: Array(Self.docBody.utf8),
            now: Self.docNow
        )
        #expect(outcome == .valid)
    }

    @Test func acceptsUppercaseHex() {
        let upper = "v0=" + Self.docSignature.dropFirst(3).uppercased()
        #expect(verifier.verify(signature: upper, timestamp: Self.docTimestamp, body: Array(Self.docBody.utf8), now: Self.docNow) == .valid)
    }

    @Test(arguments: [
        ("changed body", docSignature, docTimestamp, docBody + "x", SlackSignatureVerifier.Outcome.badSignature),
        ("changed timestamp", docSignature, "1531420619", docBody, .badSignature),
        ("one digit off", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b504", docTimestamp, docBody, .badSignature),
        ("no v0 prefix", String(docSignature.dropFirst(3)), docTimestamp, docBody, .badSignature),
        ("not hex", "v0=zz", docTimestamp, docBody, .badSignature),
        ("truncated", String(docSignature.dropLast(2)), docTimestamp, docBody, .badSignature),
        ("empty signature", "", docTimestamp, docBody, .missingHeaders),
        ("timestamp not a number", docSignature, "15314x0618", docBody, .malformedTimestamp),
    ])
    func refuses(_ name: String, signature: String, timestamp: String, body: String, expected: SlackSignatureVerifier.Outcome) {
        #expect(verifier.verify(signature: signature, timestamp: timestamp, body: Array(body.utf8), now: Self.docNow) == expected, "\(name)")
    }

    @Test func refusesMissingHeaders() {
        #expect(verifier.verify(signature: nil, timestamp: Self.docTimestamp, body: [], now: Self.docNow) == .missingHeaders)
        #expect(verifier.verify(signature: Self.docSignature, timestamp: nil, body: [], now: Self.docNow) == .missingHeaders)
    }

    @Test(arguments: [-301.0, 301.0, -3600.0, 86_400.0])
    func refusesTimestampsOutsideTheFiveMinuteWindow(offset: Double) {
        let now = Date(timeIntervalSince1970: 1_531_420_618 + offset)
        #expect(
            verifier.verify(signature: Self.docSignature, timestamp: Self.docTimestamp, body: Array(Self.docBody.utf8), now: now)
                == .outsideReplayWindow
        )
    }

    @Test(arguments: [-300.0, 0.0, 300.0])
    func acceptsTimestampsInsideTheWindow(offset: Double) {
        let now = Date(timeIntervalSince1970: 1_531_420_618 + offset)
        #expect(
            verifier.verify(signature: Self.docSignature, timestamp: Self.docTimestamp, body: Array(Self.docBody.utf8), now: now)
                == .valid
        )
    }
}
