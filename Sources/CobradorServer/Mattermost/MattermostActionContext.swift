import Crypto
import Foundation

/// The `context` of a cobrador button on Mattermost. Mattermost's server keeps it (clients never see
/// it) and sends it back with the press, unsigned: so cobrador signs it. It says which words the
/// button stands for, for whom (team, channel, user) and until when; the HMAC covers all of it.
struct MattermostActionContext: Codable, Sendable, Equatable {
    var message: String
    var team: String
    var channel: String
    var user: String
    /// "es" or "en": the language of the reply the button was under (for a refusal).
    var lang: String
    /// Unix seconds, as a string (Mattermost hands JSON numbers back as floats).
    var expires: String
    /// Lowercase hex HMAC-SHA256 of the fields above.
    var sig: String

    /// The bytes the signature covers: every field, length-prefixed so no two contexts share them.
    static func signedBytes(
        message: String, team: String, channel: String, user: String, lang: String, expires: String
    )
        -> [UInt8]
    {
        var bytes = Array("cobrador-mattermost-action-v1".utf8)
        for field in [message, team, channel, user, lang, expires] {
            let utf8 = Array(field.utf8)
            bytes += Array("\(utf8.count):".utf8) + utf8
        }
        return bytes
    }
}
