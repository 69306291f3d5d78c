import Crypto
import Foundation

/// Checks a Microsoft Teams outgoing webhook: `Authorization: HMAC <base64>` where the digest is
/// HMAC-SHA256 of the raw body keyed with the base64-decoded security token Teams showed when the
/// webhook was created; compared in constant time.
public struct TeamsSignatureVerifier: Sendable {
    public enum Outcome: Sendable, Equatable {
        case valid
        case missingHeader
        case badSignature
    }

    private let key: SymmetricKey

    /// Nil when the token is not base64.
    public init?(securityToken: String) {
        guard let bytes = Data(base64Encoded: securityToken.trimmingCharacters(in: .whitespacesAndNewlines)), !bytes.isEmpty
        else { return nil }
        self.key = SymmetricKey(data: bytes)
    }

    /// The `Authorization` value Teams would send for this body.
    public func authorization(body: some Sequence<UInt8>) -> String {
        "HMAC " + Data(HMAC<SHA256>.authenticationCode(for: Array(body), using: key)).base64EncodedString()
    }

    public func verify(authorization: String?, body: [UInt8]) -> Outcome {
        guard let authorization, authorization.count > 5 else { return .missingHeader }
        // The scheme is case-insensitive (RFC 9110 §11.1); the digest is not.
        guard authorization.prefix(5).lowercased() == "hmac ",
            let given = Data(base64Encoded: String(authorization.dropFirst(5)).trimmingCharacters(in: .whitespaces))
        else { return .badSignature }
        let expected = Array(HMAC<SHA256>.authenticationCode(for: body, using: key))
        return ConstantTime.equal(Array(given), expected) ? .valid : .badSignature
    }
}
