import Foundation

/// What one row of an export says, read and checked (the reader stops a row at its first problem).
struct RowValues {
    var number = ""
    var client: String?
    var email: String?, phone: String?, contact: String?, firstName: String?, lastName: String?
    var issued: CalendarDay?, due: CalendarDay?, paidOn: CalendarDay?
    var terms: PaymentTerms?
    var total: ImportAmount?, balance: ImportAmount?, paid: ImportAmount?
    var lineAmount: ImportAmount?, quantity: ImportAmount?, unitPrice: ImportAmount?
    var currency: Currency?
    var standing: InvoiceStanding?
    var unknownStatus: String?
    var kind: DocumentKind?
    var account: LedgerAccount?
}

/// Journal exports: which ledger account a transaction line posts to.
enum LedgerAccount: Hashable {
    case receivable, income, other

    init(_ text: String) {
        let t = text.lowercased().folding(options: .diacriticInsensitive, locale: nil)
        if t.contains("receivable") || t.contains("por cobrar") || t.contains("deudores") || t.contains("clientes") {
            self = .receivable
        } else if t.contains("income") || t.contains("sales") || t.contains("revenue") || t.contains("ingreso") || t.contains("venta") {
            self = .income
        } else {
            self = .other
        }
    }
}

/// The rows of one invoice number gathered so far: the first value of each field, the line amounts
/// summed, and (journal exports) the receivable postings and payments.
struct InvoiceAccumulator {
    var number: String
    var firstLine: Int
    var failed = false
    var client: String?
    var email: String?, phone: String?, contact: String?, firstName: String?, lastName: String?
    var issued: CalendarDay?, due: CalendarDay?, paidOn: CalendarDay?
    var terms: PaymentTerms?
    var total: ImportAmount?, balance: ImportAmount?, paid: ImportAmount?
    var lineSum: Int64 = 0, lineCount = 0
    var quantityPriceSum: Int64 = 0, quantityPriceCount = 0
    var currency: Currency?
    var hint: CurrencyHint?
    var standing: InvoiceStanding?
    var unknownStatus: String?
    var kind: DocumentKind?
    // Journal postings: the invoice's receivable debit and the payments credited against it.
    var receivable: Int64 = 0, receivableCount = 0
    var receivableDate: CalendarDay?
    var payments: [(date: CalendarDay, micros: Int64)] = []

    init(number: String, line: Int) {
        self.number = number
        firstLine = line
    }

    /// Adds a row; returns the column that disagrees with an earlier row of the same invoice, if any.
    mutating func add(_ row: RowValues, journal: Bool) -> (field: ImportField, first: String, other: String)? {
        if let c = row.client {
            if let client, client.caseInsensitiveCompare(c) != .orderedSame { return (.client, client, c) }
            client = client ?? c
        }
        if let c = row.currency {
            if let currency, currency != c { return (.currency, currency.code, c.code) }
            currency = currency ?? c
        }
        email = email ?? row.email
        phone = phone ?? row.phone
        contact = contact ?? row.contact
        firstName = firstName ?? row.firstName
        lastName = lastName ?? row.lastName
        due = due ?? row.due
        paidOn = paidOn ?? row.paidOn
        terms = terms ?? row.terms
        total = total ?? row.total
        balance = balance ?? row.balance
        paid = paid ?? row.paid
        standing = standing ?? row.standing
        unknownStatus = unknownStatus ?? row.unknownStatus
        kind = kind ?? row.kind
        noteHint(row.total)
        noteHint(row.balance)
        noteHint(row.paid)
        noteHint(row.lineAmount)
        noteHint(row.unitPrice)
        if journal {
            addPosting(row)
        } else {
            issued = issued ?? row.issued
            if let line = row.lineAmount {
                lineSum = lineSum.addingReportingOverflow(line.micros).partialValue
                lineCount += 1
            } else if let q = row.quantity, let p = row.unitPrice {
                let (product, overflow) = q.micros.multipliedReportingOverflow(by: p.micros)
                if !overflow { quantityPriceSum += product / ImportAmount.scale }
                quantityPriceCount += 1
            }
        }
        return nil
    }

    /// A currency named in an amount; an unambiguous one wins over a bare "$".
    private mutating func noteHint(_ amount: ImportAmount?) {
        guard let h = amount?.hint else { return }
        if case .currency = h { hint = h } else if hint == nil { hint = h }
    }

    /// A receivable line with a positive amount is the invoice; a negative one is a payment, on its date.
    private mutating func addPosting(_ row: RowValues) {
        guard let amount = row.lineAmount ?? row.total else {
            issued = issued ?? row.issued
            return
        }
        switch row.account ?? .receivable {
        case .receivable:
            if amount.micros > 0 {
                receivable += amount.micros
                receivableCount += 1
                receivableDate = receivableDate ?? row.issued
            } else if amount.micros < 0, let date = row.issued {
                payments.append((date, -amount.micros))
            }
        case .income:
            lineSum += amount.micros
            lineCount += 1
            issued = issued ?? row.issued
        case .other:
            break
        }
    }
}
