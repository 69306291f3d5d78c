import Crypto
import Foundation

/// Checks a Discord interaction: `X-Signature-Ed25519` is the hex Ed25519 signature, by the
/// application's public key, of `X-Signature-Timestamp` followed by the raw body; the timestamp
/// must be within the replay window of now.
public struct DiscordSignatureVerifier: Sendable {
    public enum Outcome: Sendable, Equatable {
        case valid
        case missingHeaders
        case malformedTimestamp
        case outsideReplayWindow
        case badSignature
    }

    private let key: Curve25519.Signing.PublicKey
    public let replayWindow: Duration

    /// Nil when the key is not 32 bytes.
    public init?(publicKey: [UInt8], replayWindow: Duration = .seconds(300)) {
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey) else { return nil }
        self.key = key
        self.replayWindow = replayWindow
    }

    public func verify(signature: String?, timestamp: String?, body: [UInt8], now: Date) -> Outcome {
        guard let signature, let timestamp, !signature.isEmpty, !timestamp.isEmpty else { return .missingHeaders }
        guard let seconds = Int64(timestamp) else { return .malformedTimestamp }
        guard abs(now.timeIntervalSince1970 - Double(seconds)) <= Double(replayWindow.components.seconds) else {
            return .outsideReplayWindow
        }
        guard let bytes = Hex.decode(signature), bytes.count == 64 else { return .badSignature }
        return key.isValidSignature(bytes, for: Array(timestamp.utf8) + body) ? .valid : .badSignature
    }
}
