import CobradorCore
import Foundation

func day(_ text: String) -> CalendarDay { CalendarDay(parsing: text)! }
func eur(_ text: String) -> Money { Money(decimalString: text, currency: .eur)! }
func usd(_ text: String) -> Money { Money(decimalString: text, currency: .usd)! }
func mxn(_ text: String) -> Money { Money(decimalString: text, currency: .mxn)! }

/// Builds a `ClientFile` step by step, as the user would log things in a conversation.
struct FileBuilder {
    private(set) var file: ClientFile
    private var nextID: Int64

    init(id: Int64, name: String, email: String? = nil, phone: String? = nil, person: String? = nil) {
        var contacts: [ClientContact] = []
        if let email { contacts.append(ClientContact(kind: .email, value: email)) }
        if let phone { contacts.append(ClientContact(kind: .phone, value: phone)) }
        if let person { contacts.append(ClientContact(kind: .person, value: person)) }
        file = ClientFile(client: Client(id: id, name: name, contacts: contacts))
        nextID = id * 1000
    }

    private mutating func newID() -> Int64 {
        nextID += 1
        return nextID
    }

    @discardableResult
    mutating func invoice(
        _ number: String, issued: String, due: String?, amount: Money, lateFee: LateFeeClause? = nil
    ) -> Int64 {
        let id = newID()
        file.invoices.append(
            Invoice(
                id: id, number: number, clientID: file.client.id, issued: day(issued), due: due.map(day),
                amount: amount, lateFee: lateFee))
        return id
    }

    mutating func pay(_ invoiceID: Int64, _ amount: Money, on date: String) {
        file.payments.append(Payment(id: newID(), invoiceID: invoiceID, amount: amount, date: day(date)))
    }

    mutating func event(
        _ channel: ContactEvent.Channel, _ outcome: ContactEvent.Outcome, on date: String, invoice: Int64? = nil
    ) {
        file.events.append(
            ContactEvent(
                id: newID(), clientID: file.client.id, invoiceID: invoice, channel: channel, outcome: outcome,
                date: day(date)))
    }

    mutating func email(on date: String, invoice: Int64? = nil) { event(.email, .sent, on: date, invoice: invoice) }
    mutating func callNoAnswer(on date: String) { event(.phone, .noAnswer, on: date) }

    mutating func promise(for date: String, madeOn: String, amount: Money? = nil, invoice: Int64? = nil) {
        file.promises.append(
            PaymentPromise(
                id: newID(), clientID: file.client.id, invoiceID: invoice, promisedFor: day(date), amount: amount,
                madeOn: day(madeOn)))
    }

    mutating func pause(
        _ kind: FollowUpPause.Kind, from: String, until: String? = nil, resolvedOn: String? = nil, invoice: Int64? = nil
    ) {
        file.pauses.append(
            FollowUpPause(
                id: newID(), clientID: file.client.id, invoiceID: invoice, kind: kind, from: day(from),
                until: until.map(day), resolvedOn: resolvedOn.map(day)))
    }
}
