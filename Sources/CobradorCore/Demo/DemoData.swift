import Foundation

/// The product's own demo book: ten clients in EUR, USD and MXN, one at each point of the follow-up
/// ladder, with dates relative to today so the stages hold whatever day the demo runs; and a year of
/// paid invoices behind them (`History`), so that "¿qué tal paga…?", the forecast, DSO and "¿quién ha
/// empeorado?" have something to say. The history is all paid, so the open balances are the ten lines'.
public enum DemoData {
    /// A follow-up fact for a demo client, applied after the invoices are imported.
    public enum Fact: Sendable {
        case contact(client: String, channel: ContactEvent.Channel, outcome: ContactEvent.Outcome, daysAgo: Int, note: String?)
        case promise(client: String, inDays: Int, madeDaysAgo: Int)
        case dispute(client: String, invoice: String, sinceDaysAgo: Int, note: String)
        case payment(invoice: String, amount: String, daysAgo: Int)
        case alias(client: String, alias: String)
        /// A promise about one invoice (the history's kept and broken promises).
        case invoicePromise(invoice: String, promisedDaysAgo: Int, madeDaysAgo: Int)
    }

    struct Line {
        let number, client, email, phone, person: String
        let issuedDaysAgo, dueInDays: Int
        let amount, currency, paid: String
    }

    static let lines: [Line] = [
        // stage 0: not due yet
        Line(
            number: "D-2026-031", client: "Taller Ribera S.L.", email: "admin@tallerribera.es", phone: "+34 944 120 330",
            person: "Iñaki Ribera", issuedDaysAgo: 20, dueInDays: 10, amount: "1450.00", currency: "EUR", paid: "0"),
        // stage 1: fell due yesterday, nothing sent
        Line(
            number: "D-2026-027", client: "Acme Iberia S.L.", email: "pagos@acme-iberia.es", phone: "+34 600 101 202",
            person: "Laura Gómez", issuedDaysAgo: 31, dueInDays: -1, amount: "1200.00", currency: "EUR", paid: "0"),
        // stage 2: one reminder eight days ago, silence
        Line(
            number: "NW-7781", client: "Northwind Traders Inc.", email: "ap@northwind.example", phone: "+1 206 555 0142",
            person: "Nancy Davolio", issuedDaysAgo: 40, dueInDays: -10, amount: "3500.00", currency: "USD", paid: "0"),
        // stage 3: two emails over two weeks, no answer
        Line(
            number: "D-2026-012", client: "Umbra Logística S.A.", email: "facturas@umbralog.es", phone: "+34 911 222 333",
            person: "", issuedDaysAgo: 52, dueInDays: -22, amount: "2750.50", currency: "EUR", paid: "0"),
        // stage 4: over a month, emails and a call without answer
        Line(
            number: "MX-0042", client: "Verde Agrícola S.A. de C.V.", email: "cxp@verdeagricola.mx", phone: "+52 33 9876 5432",
            person: "", issuedDaysAgo: 95, dueInDays: -65, amount: "42000.00", currency: "MXN", paid: "0"),
        // partly paid: chase the remainder
        Line(
            number: "D-2026-020", client: "Estudio Peña & Asociados", email: "estudio@penayasociados.es", phone: "+34 622 333 444",
            person: "Marta Peña", issuedDaysAgo: 45, dueInDays: -15, amount: "2000.00", currency: "EUR", paid: "500.00"),
        // paid in full
        Line(
            number: "D-2026-018", client: "Café La Alameda", email: "hola@laalameda.es", phone: "", person: "",
            issuedDaysAgo: 50, dueInDays: -20, amount: "95.00", currency: "EUR", paid: "95.00"),
        // a promise to pay in three days
        Line(
            number: "H-0778", client: "Hielo Norte S.A. de C.V.", email: "billing@hielonorte.mx", phone: "+52 55 1234 5678",
            person: "Rosa Ibarra", issuedDaysAgo: 35, dueInDays: -5, amount: "15000.00", currency: "MXN", paid: "0"),
        // disputed
        Line(
            number: "D-2026-024", client: "Initek Sistemas", email: "cuentas@initek.es", phone: "", person: "Bill Lozano",
            issuedDaysAgo: 38, dueInDays: -8, amount: "800.00", currency: "EUR", paid: "0"),
        // a broken promise
        Line(
            number: "WE-2026-3", client: "Wayne Studio LLC", email: "ap@waynestudio.example", phone: "+1 415 555 0100",
            person: "Lucius Fox", issuedDaysAgo: 44, dueInDays: -14, amount: "5000.00", currency: "USD", paid: "0"),
    ]

    public static func rows(today: CalendarDay) -> [InvoiceImportRow] {
        (lines + History.all.flatMap(\.lines)).enumerated().map { i, l in
            let currency = Currency(code: l.currency)!
            return InvoiceImportRow(
                line: i + 2, number: l.number, clientName: l.client, email: l.email.isEmpty ? nil : l.email,
                phone: l.phone.isEmpty ? nil : l.phone, contact: l.person.isEmpty ? nil : l.person,
                issued: today.adding(days: -l.issuedDaysAgo), due: today.adding(days: l.dueInDays),
                amount: Money(decimalString: l.amount, currency: currency)!,
                paid: Money(decimalString: l.paid, currency: currency)!)
        }
    }

    public static var facts: [Fact] { currentFacts + History.all.flatMap(\.facts) }

    static let currentFacts: [Fact] = [
        .contact(client: "Northwind Traders Inc.", channel: .email, outcome: .sent, daysAgo: 8, note: "first reminder"),
        .contact(client: "Umbra Logística S.A.", channel: .email, outcome: .sent, daysAgo: 20, note: "primer recordatorio"),
        .contact(client: "Umbra Logística S.A.", channel: .email, outcome: .sent, daysAgo: 12, note: "segundo recordatorio"),
        .contact(client: "Verde Agrícola S.A. de C.V.", channel: .email, outcome: .sent, daysAgo: 63, note: "primer recordatorio"),
        .contact(client: "Verde Agrícola S.A. de C.V.", channel: .email, outcome: .sent, daysAgo: 55, note: "segundo recordatorio"),
        .contact(client: "Verde Agrícola S.A. de C.V.", channel: .phone, outcome: .noAnswer, daysAgo: 45, note: nil),
        .contact(client: "Verde Agrícola S.A. de C.V.", channel: .email, outcome: .sent, daysAgo: 38, note: "a otra dirección"),
        .contact(client: "Estudio Peña & Asociados", channel: .email, outcome: .sent, daysAgo: 14, note: nil),
        .contact(client: "Estudio Peña & Asociados", channel: .phone, outcome: .answered, daysAgo: 6, note: "pagarán el resto"),
        .promise(client: "Hielo Norte S.A. de C.V.", inDays: 3, madeDaysAgo: 2),
        .contact(client: "Hielo Norte S.A. de C.V.", channel: .email, outcome: .answered, daysAgo: 2, note: nil),
        .dispute(client: "Initek Sistemas", invoice: "D-2026-024", sinceDaysAgo: 4, note: "dicen que falta un entregable"),
        .contact(client: "Wayne Studio LLC", channel: .email, outcome: .sent, daysAgo: 13, note: "first reminder"),
        .contact(client: "Wayne Studio LLC", channel: .phone, outcome: .answered, daysAgo: 10, note: "promised payment"),
        .promise(client: "Wayne Studio LLC", inDays: -3, madeDaysAgo: 10),
        .alias(client: "Verde Agrícola S.A. de C.V.", alias: "Verde"),
    ]
}
