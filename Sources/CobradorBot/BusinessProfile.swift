import Foundation

/// Who the user is, for signatures and "how to pay" in drafts. Set in the configuration file.
public struct BusinessProfile: Sendable, Hashable, Codable {
    public var name: String
    public var iban: String?
    public var paymentLink: String?
    public var email: String?
    public var phone: String?

    public init(name: String, iban: String? = nil, paymentLink: String? = nil, email: String? = nil, phone: String? = nil) {
        self.name = name
        self.iban = iban
        self.paymentLink = paymentLink
        self.email = email
        self.phone = phone
    }

    public static let placeholder = BusinessProfile(name: "")
}
