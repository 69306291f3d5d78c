import Foundation

@testable import CobradorServer

// libFuzzer target: whatever bytes a chat platform (or anybody) posts, the webhook body decoders
// must throw or return, never crash, and an accepted request must be sane.
//
// The first byte picks the decoder (modulo 5), the rest is the body:
//   0  Slack slash-command form: SlackCommand.decode(body:), then .verifiedRequest(timestamp:body:)
//   1  Mattermost form:  MattermostPayload.decode(body:contentType: "application/x-www-form-urlencoded")
//   2  Mattermost JSON:  MattermostPayload.decode(body:contentType: "application/json; charset=utf-8")
//   3  generic webhook JSON: WebhookMessage.decode(body:), then .verifiedRequest()
//   4  Slack signature: the first line is the X-Slack-Signature header, the rest the raw body,
//      checked with a fixed secret and timestamp (and the body's own signature must verify).

let fuzzTimestamp = "1767225600"  // 2026-01-01T00:00:00Z
let fuzzNow = Date(timeIntervalSince1970: 1_767_225_600 + 30)
let fuzzVerifier = SlackSignatureVerifier(signingSecret: "8f742231b10e8888abcd99yyyzzz85a5")

func fuzzCheck(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}

func fuzzCheckCommon(_ request: VerifiedChatRequest, _ what: String) {
    fuzzCheck(!request.userID.isEmpty, "\(what): empty userID in \(request)")
    fuzzCheck(!request.userName.isEmpty, "\(what): empty userName in \(request)")
    fuzzCheck(request.conversation.user == request.userID, "\(what): conversation user is not the userID: \(request)")
    fuzzCheck(
        request.text == request.text.trimmingCharacters(in: .whitespacesAndNewlines),
        "\(what): text not trimmed: \(request)")
    if let url = request.responseURL {
        fuzzCheck(url.scheme == "https" || url.scheme == "http", "\(what): response URL scheme: \(url)")
        fuzzCheck(url.host != nil, "\(what): response URL without a host: \(url)")
    }
}

func fuzzSlackForm(_ body: [UInt8]) {
    guard let command = try? SlackCommand.decode(body: body) else { return }
    if command.isSSLCheck { return }  // answered 200 by the middleware, nothing reaches the engine
    let request = command.verifiedRequest(timestamp: fuzzTimestamp, body: body)
    fuzzCheck(request.platform == .slack, "slack: platform \(request.platform)")
    fuzzCheck(request.conversation.channel == "slack", "slack: channel \(request.conversation)")
    fuzzCheck(request.isSlashCommand, "slack: not a slash command")
    fuzzCheck(request.deliveryID.map { !$0.isEmpty } == true, "slack: no delivery id")
    fuzzCheckCommon(request, "slack")
    if let url = request.responseURL {
        let host = url.host?.lowercased() ?? ""
        fuzzCheck(url.scheme == "https" && (host == "slack.com" || host.hasSuffix(".slack.com")), "slack: response URL \(url)")
    }
}

func fuzzMattermost(_ body: [UInt8], contentType: String) {
    guard let payload = try? MattermostPayload.decode(body: body, contentType: contentType) else { return }
    _ = payload.strippedText
    guard let request = try? payload.verifiedRequest() else {
        let named =
            !(payload.user_name ?? "").trimmingCharacters(in: .whitespaces).isEmpty
            || !(payload.user_id ?? "").trimmingCharacters(in: .whitespaces).isEmpty
        fuzzCheck(!named, "mattermost: a payload naming a user was refused: \(payload)")
        return
    }
    fuzzCheck(request.platform == .mattermost, "mattermost: platform \(request.platform)")
    fuzzCheck(request.conversation.channel == "mattermost", "mattermost: channel \(request.conversation)")
    fuzzCheck(request.isSlashCommand == !(payload.command ?? "").isEmpty, "mattermost: isSlashCommand")
    fuzzCheckCommon(request, "mattermost")
}

func fuzzWebhook(_ body: [UInt8]) {
    guard let message = try? WebhookMessage.decode(body: body) else { return }
    let request = message.verifiedRequest()
    fuzzCheck(request.platform == .webhook, "webhook: platform \(request.platform)")
    fuzzCheck(request.conversation.channel == "webhook", "webhook: channel \(request.conversation)")
    fuzzCheck(request.userID == request.userID.trimmingCharacters(in: .whitespaces), "webhook: user not trimmed")
    fuzzCheckCommon(request, "webhook")
}

func fuzzSignature(_ input: ArraySlice<UInt8>) {
    let newline = input.firstIndex(of: UInt8(ascii: "\n")) ?? input.endIndex
    let header = String(decoding: input[..<newline], as: UTF8.self)
    let body = Array(input[newline...].dropFirst())
    let expected = fuzzVerifier.signature(timestamp: fuzzTimestamp, body: body)
    let outcome = fuzzVerifier.verify(signature: header, timestamp: fuzzTimestamp, body: body, now: fuzzNow)
    if header.isEmpty {
        fuzzCheck(outcome == .missingHeaders, "signature: empty header gave \(outcome)")
    } else {
        fuzzCheck(outcome == .valid || outcome == .badSignature, "signature: \(outcome) for a fixed good timestamp")
        // Hex digits compare case-insensitively; the "v0=" prefix does not.
        let asciiLower = header.utf8.map { (65...70).contains($0) ? $0 + 32 : $0 }
        let matches = header.hasPrefix("v0=") && asciiLower.elementsEqual(expected.utf8)
        fuzzCheck((outcome == .valid) == matches, "signature: \(outcome) for \(header.debugDescription), expected \(expected)")
    }
    // The body's own signature verifies, in either case of hex digits; one flipped digit does not.
    fuzzCheck(
        fuzzVerifier.verify(signature: expected, timestamp: fuzzTimestamp, body: body, now: fuzzNow) == .valid,
        "signature: the body's own signature was refused")
    fuzzCheck(
        fuzzVerifier.verify(signature: "v0=" + expected.dropFirst(3).uppercased(), timestamp: fuzzTimestamp, body: body, now: fuzzNow) == .valid,
        "signature: the upper-case signature was refused")
    var flipped = Array(expected.utf8)
    flipped[flipped.count - 1] = flipped.last == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
    fuzzCheck(
        fuzzVerifier.verify(signature: String(decoding: flipped, as: UTF8.self), timestamp: fuzzTimestamp, body: body, now: fuzzNow)
            == .badSignature,
        "signature: a wrong signature was accepted")
    // Outside the replay window nothing is valid, whatever the signature.
    fuzzCheck(
        fuzzVerifier.verify(signature: expected, timestamp: fuzzTimestamp, body: body, now: fuzzNow.addingTimeInterval(301))
            == .outsideReplayWindow,
        "signature: a stale timestamp was accepted")
    // The header's text used as a timestamp: never a crash, never valid with the fixed header.
    let asTimestamp = fuzzVerifier.verify(signature: expected, timestamp: header, body: body, now: fuzzNow)
    if asTimestamp == .valid { fuzzCheck(header == fuzzTimestamp, "signature: timestamp \(header.debugDescription) accepted") }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWebhookOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let input = UnsafeBufferPointer(start: data, count: size)
    let body = Array(input.dropFirst())
    switch input[0] % 5 {
    case 0: fuzzSlackForm(body)
    case 1: fuzzMattermost(body, contentType: "application/x-www-form-urlencoded")
    case 2: fuzzMattermost(body, contentType: "application/json; charset=utf-8")
    case 3: fuzzWebhook(body)
    default: fuzzSignature(Array(input)[1...])
    }
    return 0
}
