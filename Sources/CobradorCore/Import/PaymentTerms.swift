import Foundation

/// An invoice's payment terms as exports write them: `30`, `Net 30`, `NET30`, `30 days`, `a 30 días`,
/// `Due on receipt`, `Upon receipt`, `Contado`, `Due end of the month`, `EOM`, `Due end of next month`.
public enum PaymentTerms: Hashable, Sendable {
    case days(Int)
    /// The last day of the issue month, or of a month after it.
    case endOfMonth(monthsAfter: Int)

    public init?(parsing text: String) {
        let t = text.lowercased().folding(options: .diacriticInsensitive, locale: nil)
        guard !t.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        let receipt = ["receipt", "recepcion", "recibo", "contado", "immediate", "inmediat", "on delivery", "a la vista", "cash"]
        if receipt.contains(where: t.contains) {
            self = .days(0)
        } else if t.contains("next month") || t.contains("following month") || t.contains("mes siguiente") {
            self = .endOfMonth(monthsAfter: 1)
        } else if t.contains("end of month") || t.contains("end of the month") || t.contains("eom") || t.contains("fin de mes")
            || t.contains("final de mes")
        {
            self = .endOfMonth(monthsAfter: 0)
        } else {
            var digits = ""
            for ch in t {
                if ch.isASCII && ch.isNumber {
                    digits.append(ch)
                } else if !digits.isEmpty {
                    break
                }
            }
            guard let n = Int(digits.prefix(5)), (0...3650).contains(n) else { return nil }
            self = .days(n)
        }
    }

    public func due(issued: CalendarDay) -> CalendarDay {
        switch self {
        case .days(let n): return issued.adding(days: n)
        case .endOfMonth(let months): return issued.adding(months: months).lastDayOfMonth
        }
    }
}

/// Where an invoice stands according to the file's status column.
public enum InvoiceStanding: String, Hashable, Sendable, CaseIterable {
    case open, paid, partial, draft, voided, cancelled
    case writtenOff = "written_off"

    /// Drafts, voided, cancelled and written-off invoices are not debts.
    public var isDebt: Bool { ![.draft, .voided, .cancelled, .writtenOff].contains(self) }

    /// Nil when the word is not known (then the invoice counts as open, and the summary says so).
    public init?(status text: String) {
        let t =
            " "
            + text.lowercased().folding(options: .diacriticInsensitive, locale: nil)
            .replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ") + " "
        func has(_ words: [String]) -> Bool { words.contains { t.contains($0) } }
        if t.trimmingCharacters(in: .whitespaces).isEmpty { return nil }
        if has([
            " draft", "borrador", "unsent", "not sent", "no enviad", "submitted", "awaiting approval", "pending approval",
            "pendiente de aprobacion", "sin emitir", "brouillon", "entwurf",
        ]) {
            self = .draft
        } else if has([" void", "anulad", "annul", "deleted", "eliminad", "reversed", "revertid", "storniert"]) {
            self = .voided
        } else if has(["cancel"]) {
            self = .cancelled
        } else if has([
            "written off", "write off", "writeoff", "writtenoff", "uncollectible", "bad debt", "incobrable",
            "fallid", "irrecuperable",
        ]) {
            self = .writtenOff
        } else if has(["partial", "partly", "part paid", "parcial"]) {
            self = .partial
        } else if has(["unpaid", "not paid", "no pagad", "impagad", "no cobrad", "sin cobrar", "sin pagar"]) {
            self = .open
        } else if has([" paid", "pagad", "cobrad", " closed", "settled", "liquidad", "deposited", "bezahlt", "payee", "pago total"]) {
            self = .paid
        } else if has([
            "sent", "open", "overdue", " due", "viewed", "approved", "authorised", "authorized", "pending",
            "outstanding", "emitid", "enviad", "pendiente", "vencid", "abiert", "por cobrar", "retry", "failed",
            "disputed", "issued", "finalized", "active", "awaiting payment", "vista", "unsent",
        ]) {
            self = .open
        } else {
            return nil
        }
    }
}

/// What kind of document a row is, from a type column: only invoices are imported.
public enum DocumentKind: Hashable, Sendable {
    case invoice
    case other

    /// Nil when the word is not known (then the row counts as an invoice).
    public init?(type text: String) {
        let t = text.lowercased().folding(options: .diacriticInsensitive, locale: nil)
        if t.trimmingCharacters(in: .whitespaces).isEmpty { return nil }
        let others = [
            "credit", "nota de cred", "abono", "rectificativ", "refund", "reembolso", "devolucion", "bill", "accpay",
            "purchase", "compra", "gasto", "expense", "estimate", "quote", "presupuesto", "proforma", "pro forma",
            "payment", "pago", "cobro", "receipt", "recibo", "deposit", "journal", "transfer", "statement",
            "pedido", "albaran", "order", "gutschrift", "avoir",
        ]
        if others.contains(where: t.contains) {
            self = .other
        } else if ["invoice", "factura", "accrec", "facture", "rechnung", "fattura", "fatura", "charge"].contains(where: t.contains) {
            self = .invoice
        } else {
            return nil
        }
    }
}
