import Foundation

/// The thresholds of the follow-up ladder. Loaded from the user's configuration; every field is
/// optional there so that a config file can change one threshold and keep the other defaults.
public struct EscalationPolicy: Hashable, Sendable, Codable {
    /// Where the "more than a month" of the legal step is counted from when nobody has answered.
    public enum LegalClockStart: String, Hashable, Sendable, Codable {
        case firstReminder = "first_reminder"
        case dueDate = "due_date"
    }

    /// Days to wait after an unanswered reminder before the second, firmer one.
    public var secondReminderAfterDays: Int
    /// Unanswered emails needed before advising another channel.
    public var changeChannelMinEmails: Int
    /// Days to wait after the latest unanswered email (once there are enough) before changing channel,
    /// so that the emails span one to two weeks as the method says.
    public var changeChannelAfterDays: Int
    /// Days to wait after trying another channel without answer before trying again.
    public var retryOtherChannelAfterDays: Int
    /// The process must have gone on for strictly more than this many days without answer or payment.
    public var legalAfterDays: Int
    public var legalClockStart: LegalClockStart
    /// The method sends the matter to a lawyer only once other channels were tried; a user may relax it.
    public var legalRequiresOtherChannel: Bool
    /// Days before the due date for the optional courtesy note; nil disables it.
    public var courtesyNoteDaysBefore: Int?
    /// Days to wait after the client answers (or pays part) before the next step: the clock restarts there.
    public var waitAfterAnswerDays: Int
    /// Once a lawyer or a formal letter is involved, how often to check in with the lawyer.
    public var lawyerFollowUpDays: Int
    /// An invoice without a due date is treated as due this many days after issue (30 days is Spain's
    /// statutory default term under Ley 3/2004), and the advice says the date was assumed.
    public var assumedPaymentTermDays: Int
    /// Whether the client's payment record shapes the ladder (`follow_up.use_payment_behaviour`).
    public var usePaymentBehaviour: Bool
    /// The profile thresholds and what each profile changes (`follow_up.payment_behaviour`).
    public var paymentBehaviour: PaymentBehaviourSettings

    public init(
        secondReminderAfterDays: Int = 7, changeChannelMinEmails: Int = 2, changeChannelAfterDays: Int = 7,
        retryOtherChannelAfterDays: Int = 7, legalAfterDays: Int = 30, legalClockStart: LegalClockStart = .firstReminder,
        legalRequiresOtherChannel: Bool = true, courtesyNoteDaysBefore: Int? = 3, waitAfterAnswerDays: Int = 7,
        lawyerFollowUpDays: Int = 14, assumedPaymentTermDays: Int = 30, usePaymentBehaviour: Bool = true,
        paymentBehaviour: PaymentBehaviourSettings = .standard
    ) {
        self.secondReminderAfterDays = secondReminderAfterDays
        self.changeChannelMinEmails = changeChannelMinEmails
        self.changeChannelAfterDays = changeChannelAfterDays
        self.retryOtherChannelAfterDays = retryOtherChannelAfterDays
        self.legalAfterDays = legalAfterDays
        self.legalClockStart = legalClockStart
        self.legalRequiresOtherChannel = legalRequiresOtherChannel
        self.courtesyNoteDaysBefore = courtesyNoteDaysBefore
        self.waitAfterAnswerDays = waitAfterAnswerDays
        self.lawyerFollowUpDays = lawyerFollowUpDays
        self.assumedPaymentTermDays = assumedPaymentTermDays
        self.usePaymentBehaviour = usePaymentBehaviour
        self.paymentBehaviour = paymentBehaviour
    }

    public static let standard = EscalationPolicy()

    enum CodingKeys: String, CodingKey {
        case secondReminderAfterDays = "second_reminder_after_days"
        case changeChannelMinEmails = "change_channel_min_emails"
        case changeChannelAfterDays = "change_channel_after_days"
        case retryOtherChannelAfterDays = "retry_other_channel_after_days"
        case legalAfterDays = "legal_after_days"
        case legalClockStart = "legal_clock_start"
        case legalRequiresOtherChannel = "legal_requires_other_channel"
        case courtesyNoteDaysBefore = "courtesy_note_days_before"
        case waitAfterAnswerDays = "wait_after_answer_days"
        case lawyerFollowUpDays = "lawyer_follow_up_days"
        case assumedPaymentTermDays = "assumed_payment_term_days"
        case usePaymentBehaviour = "use_payment_behaviour"
        case paymentBehaviour = "payment_behaviour"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = EscalationPolicy.standard
        secondReminderAfterDays = try c.decodeIfPresent(Int.self, forKey: .secondReminderAfterDays) ?? d.secondReminderAfterDays
        changeChannelMinEmails = try c.decodeIfPresent(Int.self, forKey: .changeChannelMinEmails) ?? d.changeChannelMinEmails
        changeChannelAfterDays = try c.decodeIfPresent(Int.self, forKey: .changeChannelAfterDays) ?? d.changeChannelAfterDays
        retryOtherChannelAfterDays =
            try c.decodeIfPresent(Int.self, forKey: .retryOtherChannelAfterDays) ?? d.retryOtherChannelAfterDays
        legalAfterDays = try c.decodeIfPresent(Int.self, forKey: .legalAfterDays) ?? d.legalAfterDays
        legalClockStart = try c.decodeIfPresent(LegalClockStart.self, forKey: .legalClockStart) ?? d.legalClockStart
        legalRequiresOtherChannel =
            try c.decodeIfPresent(Bool.self, forKey: .legalRequiresOtherChannel) ?? d.legalRequiresOtherChannel
        // An explicit null disables the courtesy note; a missing key keeps the default.
        if c.contains(.courtesyNoteDaysBefore) {
            courtesyNoteDaysBefore = try c.decodeIfPresent(Int.self, forKey: .courtesyNoteDaysBefore)
        } else {
            courtesyNoteDaysBefore = d.courtesyNoteDaysBefore
        }
        waitAfterAnswerDays = try c.decodeIfPresent(Int.self, forKey: .waitAfterAnswerDays) ?? d.waitAfterAnswerDays
        lawyerFollowUpDays = try c.decodeIfPresent(Int.self, forKey: .lawyerFollowUpDays) ?? d.lawyerFollowUpDays
        assumedPaymentTermDays =
            try c.decodeIfPresent(Int.self, forKey: .assumedPaymentTermDays) ?? d.assumedPaymentTermDays
        usePaymentBehaviour = try c.decodeIfPresent(Bool.self, forKey: .usePaymentBehaviour) ?? d.usePaymentBehaviour
        paymentBehaviour =
            try c.decodeIfPresent(PaymentBehaviourSettings.self, forKey: .paymentBehaviour) ?? d.paymentBehaviour
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(secondReminderAfterDays, forKey: .secondReminderAfterDays)
        try c.encode(changeChannelMinEmails, forKey: .changeChannelMinEmails)
        try c.encode(changeChannelAfterDays, forKey: .changeChannelAfterDays)
        try c.encode(retryOtherChannelAfterDays, forKey: .retryOtherChannelAfterDays)
        try c.encode(legalAfterDays, forKey: .legalAfterDays)
        try c.encode(legalClockStart, forKey: .legalClockStart)
        try c.encode(legalRequiresOtherChannel, forKey: .legalRequiresOtherChannel)
        try c.encode(courtesyNoteDaysBefore, forKey: .courtesyNoteDaysBefore)
        try c.encode(waitAfterAnswerDays, forKey: .waitAfterAnswerDays)
        try c.encode(lawyerFollowUpDays, forKey: .lawyerFollowUpDays)
        try c.encode(assumedPaymentTermDays, forKey: .assumedPaymentTermDays)
        try c.encode(usePaymentBehaviour, forKey: .usePaymentBehaviour)
        try c.encode(paymentBehaviour, forKey: .paymentBehaviour)
    }
}
