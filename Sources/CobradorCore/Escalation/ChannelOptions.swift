import Foundation

/// The other ways to reach a client on record, for the change-channel step.
public struct ChannelOptions: Hashable, Sendable, Codable {
    public var phones: [String]
    /// Addresses other than the first one on record, which is where reminders are assumed to have gone.
    public var otherEmails: [String]
    public var otherPeople: [String]
    /// Unanswered emails suggest they may be landing in spam: worth asking when we get through.
    public var askAboutSpam: Bool
    /// Calls already made without answer, so the advice can say "call again" rather than "call".
    public var callsWithoutAnswer: Int

    public init(
        phones: [String] = [], otherEmails: [String] = [], otherPeople: [String] = [], askAboutSpam: Bool = true,
        callsWithoutAnswer: Int = 0
    ) {
        self.phones = phones
        self.otherEmails = otherEmails
        self.otherPeople = otherPeople
        self.askAboutSpam = askAboutSpam
        self.callsWithoutAnswer = callsWithoutAnswer
    }

    /// No other channel on record: the bot must ask the user for a phone, an email or a person.
    public var isMissing: Bool { phones.isEmpty && otherEmails.isEmpty && otherPeople.isEmpty }

    public init(client: Client, askAboutSpam: Bool, callsWithoutAnswer: Int) {
        self.init(
            phones: client.phones, otherEmails: Array(client.emails.dropFirst()), otherPeople: client.people,
            askAboutSpam: askAboutSpam, callsWithoutAnswer: callsWithoutAnswer)
    }
}
