import Foundation

/// Someone who owes, or may owe, money. Several emails, phones and people can be on record:
/// stage 3 of the ladder needs "another channel".
public struct Client: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64
    public var name: String
    public var aliases: [String]
    public var contacts: [ClientContact]

    public init(id: Int64, name: String, aliases: [String] = [], contacts: [ClientContact] = []) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.contacts = contacts
    }

    public var emails: [String] { contacts.filter { $0.kind == .email }.map(\.value) }
    public var phones: [String] { contacts.filter { $0.kind == .phone }.map(\.value) }
    public var people: [String] { contacts.filter { $0.kind == .person }.map(\.value) }
}

/// One way to reach a client: an email address, a phone number or a person's name.
public struct ClientContact: Hashable, Sendable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable { case email, phone, person }

    public var kind: Kind
    public var value: String

    public init(kind: Kind, value: String) {
        self.kind = kind
        self.value = value
    }
}
