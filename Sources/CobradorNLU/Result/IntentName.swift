/// Every intent the product knows (PRODUCT.md §2): the one list the parser's built-in intent files,
/// the bot's handlers and the webhook's `intent` field are named from. An intent added by a user's
/// extra intents folder has no case: the bot answers it as `fallback`.
public enum IntentName: String, Sendable, Hashable, Codable, CaseIterable {
    case whoOwes = "who_owes"
    case listOverdue = "list_overdue"
    case clientStatus = "client_status"
    case draftReminder = "draft_reminder"
    case nextStep = "next_step"
    case agenda
    case recordPayment = "record_payment"
    case logContact = "log_contact"
    case promiseToPay = "promise_to_pay"
    case addInvoice = "add_invoice"
    case updateContact = "update_contact"
    case demandLetter = "demand_letter"
    case lateFee = "late_fee"
    case checkTone = "check_tone"
    case preventionTips = "prevention_tips"
    case pauseFollowup = "pause_followup"
    case paymentBehaviour = "payment_behaviour"
    case forecast
    case sendReminder = "send_reminder"
    case help, greet, thanks, confirm, deny, undo, fallback

    /// The intent named `name`, or `fallback` for a name this build does not know.
    public init(named name: String) {
        self = IntentName(rawValue: name) ?? .fallback
    }
}
