import CobradorNLU
import Foundation

/// The reply a confirmed change gives, kept with the change while it waits.
enum ConfirmedReply: Sendable, Hashable, Codable {
    case payment(PaymentView)
    case invoiceAdded(InvoiceAddedView)
    /// Not a change yet: the email to send first; its contact event is logged once it went out.
    case mail(PendingMail)
}
