import Crypto
import Foundation

/// Checks Slack's request signature:
/// `X-Slack-Signature: v0=hex(HMAC-SHA256(signing secret, "v0:" + X-Slack-Request-Timestamp + ":" + raw body))`,
/// compared in constant time, with the timestamp no further than the replay window from now
/// (in either direction).
public struct SlackSignatureVerifier: Sendable {
    public enum Outcome: Sendable, Equatable {
        case valid
        case missingHeaders
        case malformedTimestamp
        case outsideReplayWindow
        case badSignature
    }

    private let key: SymmetricKey
    public let replayWindow: Duration

    public init(signingSecret: String, replayWindow: Duration = .seconds(300)) {
        self.key = SymmetricKey(data: Array(signingSecret.utf8))
        self.replayWindow = replayWindow
    }

    /// The `v0=…` signature Slack would send for this timestamp and body.
    public func signature(timestamp: String, body: some Sequence<UInt8>) -> String {
        "v0=" + Hex.encode(mac(timestamp: timestamp, body: body))
    }

    public func verify(signature: String?, timestamp: String?, body: [UInt8], now: Date) -> Outcome {
        guard let signature, let timestamp, !signature.isEmpty, !timestamp.isEmpty else { return .missingHeaders }
        guard let seconds = Int64(timestamp) else { return .malformedTimestamp }
        let skew = abs(now.timeIntervalSince1970 - Double(seconds))
        let window = Double(replayWindow.components.seconds)
        guard skew <= window else { return .outsideReplayWindow }
        guard signature.hasPrefix("v0="), let given = Hex.decode(signature.dropFirst(3)) else { return .badSignature }
        let expected = Array(mac(timestamp: timestamp, body: body))
        return ConstantTime.equal(given, expected) ? .valid : .badSignature
    }

    private func mac(timestamp: String, body: some Sequence<UInt8>) -> HMAC<SHA256>.MAC {
        var hmac = HMAC<SHA256>(key: key)
        hmac.update(data: Array("v0:\(timestamp):".utf8))
        hmac.update(data: Array(body))
        return hmac.finalize()
    }
}
