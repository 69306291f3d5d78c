import CobradorCore
import Foundation

/// An email shown to the user and waiting for "sí": sent only then, and logged only once sent.
struct PendingMail: Sendable, Hashable, Codable {
    var mail: OutgoingMail
    var clientID: Int64
    var client: String
}
