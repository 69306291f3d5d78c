/// What the advisor and the late-fee calculator say, written for people: a stage, a status, an
/// action, a reason or one line of a computation (the domain's `TemplateKeyed` values). Days are in
/// words, amounts with their currency, channels translated; each template uses the few it needs.
public struct ExplanationView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = [
        "stage.not_due", "stage.first_reminder", "stage.second_reminder", "stage.change_channel", "stage.paused", "stage.legal",
        "status.settled", "status.not_due", "status.action_today", "status.waiting", "status.paused",
        "action.none", "action.courtesy_note", "action.first_reminder", "action.second_reminder", "action.change_channel",
        "action.change_channel_missing", "action.legal", "action.legal_follow_up",
        "reason.settled", "reason.not_due_yet", "reason.days_overdue", "reason.assumed_due_date", "reason.partial_payment",
        "reason.courtesy_note_sent", "reason.reminders_sent", "reason.calls_without_answer", "reason.last_answer",
        "reason.clock_restarted", "reason.promise_pending", "reason.broken_promise", "reason.paused", "reason.legal_started",
        "reason.process_duration", "reason.other_channels_not_tried", "reason.no_other_channel_on_record",
        "reason.behaviour_on_time", "reason.behaviour_chronic_late", "reason.behaviour_promises_broken",
        "late_fee.line", "late_fee.rule.contract_monthly", "late_fee.rule.contract_fixed", "late_fee.rule.statutory",
        "late_fee.rule.none.not_overdue", "late_fee.rule.none.settled", "late_fee.rule.none.no_rule_for_currency",
    ]

    public var client: String?
    public var invoice: String?
    public var due: String?
    public var date: String?
    /// Several days, as a list in words.
    public var dates: String?
    public var since: String?
    public var until: String?
    public var promisedFor: String?
    public var madeOn: String?
    public var startedOn: String?
    public var from: String?
    public var to: String?
    public var amount: String?
    public var paid: String?
    public var remaining: String?
    public var base: String?
    public var interest: String?
    public var annualRate: String?
    public var referenceRate: String?
    public var margin: String?
    public var monthlyRate: String?
    public var currency: String?
    public var channel: String?
    public var phones: String?
    public var otherEmails: String?
    public var otherPeople: String?
    public var askSpam: Bool?
    public var days: String?
    public var daysText: String?
    public var termDays: String?
    public var count: String?
    public var countOne: Bool?
    /// Payment behaviour: the share paid on time (%), invoices behind it, unanswered emails, promises kept.
    public var share: String?
    public var invoices: String?
    public var emails: String?
    public var kept: String?
    /// The kind of pause.
    public var dispute: Bool?
    /// What restarted the clock.
    public var answer: Bool?
    public var payment: Bool?
    public var promise: Bool?
    public var pauseEnded: Bool?

    public init() {}
}
