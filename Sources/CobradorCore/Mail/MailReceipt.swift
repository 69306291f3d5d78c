import Foundation

/// What a successful hand-over gives back: the `Message-ID` to log with the contact event, the
/// `Date` header's instant and the envelope recipients.
public struct MailReceipt: Hashable, Sendable, Codable {
    /// With its angle brackets: `<20261130T090000.1a2b3c@example.com>`.
    public var messageID: String
    public var date: Date
    public var recipients: [String]

    public init(messageID: String, date: Date, recipients: [String]) {
        self.messageID = messageID
        self.date = date
        self.recipients = recipients
    }

    /// The note of the contact event that records the send ("Message-ID: <…>").
    public var contactNote: String { "Message-ID: \(messageID)" }
}
