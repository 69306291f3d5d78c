import CobradorCore

/// A contact event in words: "correo enviado", "call without answer".
public struct ContactEventView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["contact.event"]

    public var email = false
    public var phone = false
    public var letter = false
    public var meeting = false
    public var lawyer = false
    public var sent = false
    public var answered = false
    public var noAnswer = false

    public init(channel: ContactEvent.Channel, outcome: ContactEvent.Outcome) {
        switch channel {
        case .email: email = true
        case .phone: phone = true
        case .letter: letter = true
        case .meeting: meeting = true
        case .lawyer: lawyer = true
        }
        switch outcome {
        case .sent: sent = true
        case .answered: answered = true
        case .noAnswer: noAnswer = true
        }
    }
}
