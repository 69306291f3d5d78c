import CobradorBot
import Crypto
import Foundation

/// Signs and checks the contexts of Mattermost buttons. The key is derived (HKDF-SHA256) from the
/// first configured Mattermost token, so it needs no setting of its own and survives restarts; only
/// who holds that token could forge a button, and they could already speak to `/mattermost`.
struct MattermostActionSigner: Sendable {
    enum Outcome: Sendable, Equatable {
        case valid
        case badSignature
        case expired
        case otherChannel
    }

    private let key: SymmetricKey
    let lifetime: Duration

    init(token: String, lifetime: Duration) {
        self.key = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: SymmetricKey(data: Array(token.utf8)),
            info: Array("cobrador mattermost actions".utf8),
            outputByteCount: 32
        )
        self.lifetime = lifetime
    }

    func context(for message: String, conversation: ConversationKey, language: String, now: Date) -> MattermostActionContext {
        let expires = String(Int64(now.timeIntervalSince1970) + lifetime.components.seconds)
        let bytes = MattermostActionContext.signedBytes(
            message: message, team: conversation.team, channel: conversation.room, user: conversation.user, lang: language,
            expires: expires)
        return MattermostActionContext(
            message: message, team: conversation.team, channel: conversation.room, user: conversation.user, lang: language,
            expires: expires, sig: Hex.encode(HMAC<SHA256>.authenticationCode(for: bytes, using: key)))
    }

    /// Valid when the signature matches (constant time), it has not expired, and the press comes from
    /// the channel the button was posted in.
    func verify(_ context: MattermostActionContext, channelID: String, now: Date) -> Outcome {
        let bytes = MattermostActionContext.signedBytes(
            message: context.message, team: context.team, channel: context.channel, user: context.user, lang: context.lang,
            expires: context.expires)
        let expected = Array(HMAC<SHA256>.authenticationCode(for: bytes, using: key))
        guard let given = Hex.decode(context.sig), ConstantTime.equal(given, expected) else { return .badSignature }
        guard let expires = Int64(context.expires), Double(expires) >= now.timeIntervalSince1970 else { return .expired }
        guard context.channel.isEmpty || context.channel == channelID else { return .otherChannel }
        return .valid
    }
}
