import CobradorNLU
import Foundation

/// The reply a confirmed change gives, kept with the change while it waits.
enum ConfirmedReply: Sendable, Hashable, Codable {
    case payment(PaymentView)
    case invoiceAdded(InvoiceAddedView)
}
