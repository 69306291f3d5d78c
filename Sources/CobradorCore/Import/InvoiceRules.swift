import Foundation

/// The rules that turn what a file says about one invoice into the invoice cobrador keeps
/// (README, "Importing from other tools"):
/// - the invoice's own total, else the sum of its lines; a balance / amount due is the truth for what is
///   owed, else the amount paid, else the payments listed, else the status (paid → paid in full);
/// - drafts, voided, cancelled and written-off invoices are not debts; credit notes, bills and other
///   documents are not invoices; a zero total is nothing to collect;
/// - due date from the file, else issue date + the file's terms, else + `--terms` days;
/// - currency from the file (a column, or a code or unambiguous symbol in the amounts), else
///   `--currency` / the configuration; a bare "$" never decides it.
struct InvoiceRules {
    let format: ExportFormat
    let options: ImportOptions
    let mapping: ColumnMapping

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    func finalize(
        _ acc: InvoiceAccumulator, report: inout ImportReadReport, problems: inout ImportProblemLog, noCurrencyReported: inout Bool
    ) -> ImportItem? {
        guard !acc.failed else { return nil }
        let line = acc.firstLine
        if acc.kind == .other {
            report.notInvoices += 1
            return nil
        }
        if let unknown = acc.unknownStatus, report.unknownStatuses.count < 20 || report.unknownStatuses[unknown] != nil {
            report.unknownStatuses[unknown, default: 0] += 1
        }
        let standing = acc.standing ?? .open
        if !standing.isDebt {
            report.skipped[standing, default: 0] += 1
            return .withdrawn(number: acc.number, line: line, standing: standing)
        }
        let journal = format.layout == .journal
        if journal, acc.receivableCount == 0, acc.lineCount == 0, acc.total == nil, acc.balance == nil {
            // Payments of an invoice the export does not contain (issued before its period).
            report.paymentsWithoutInvoice += acc.payments.count
            return nil
        }
        guard let client = acc.client else {
            problems.add(line: line, .missingValue(column: mapping.columnName(.client)))
            return nil
        }
        guard let issued = journal ? (acc.receivableDate ?? acc.issued) : acc.issued else {
            problems.add(line: line, .missingValue(column: mapping.columnName(.issued)))
            return nil
        }
        var fromDefault = false
        let currency: Currency
        if let c = acc.currency {
            currency = c
        } else if case .currency(let c)? = acc.hint {
            currency = c
        } else if let c = options.currency {
            currency = c
            fromDefault = true
        } else {
            if !noCurrencyReported {
                noCurrencyReported = true
                var symbol: String?
                if case .ambiguous(let s)? = acc.hint { symbol = s }
                problems.add(line: 0, .noCurrency(symbol: symbol))
            }
            return nil
        }
        if fromDefault {
            report.defaultCurrencyUsed += 1
            report.defaultCurrency = currency
        }
        func minor(_ micros: Int64, _ field: ImportField) -> Int64? {
            let value = ImportAmount(micros: micros).minorUnits(currency)
            if value == nil {
                problems.add(line: line, .badAmount(column: mapping.columnName(field), value: "\(Double(micros) / 1e6)"))
            }
            return value
        }

        // What was invoiced.
        var amountMicros: Int64
        var amountField = ImportField.total
        if journal && acc.receivableCount > 0 {
            amountMicros = acc.receivable
            amountField = .lineAmount
        } else if let total = acc.total {
            amountMicros = total.micros
        } else if acc.lineCount > 0 {
            amountMicros = acc.lineSum
            amountField = .lineAmount
        } else if acc.quantityPriceCount > 0 {
            amountMicros = acc.quantityPriceSum
            amountField = .unitPrice
        } else if let balance = acc.balance {
            amountMicros = balance.micros
            amountField = .balance
        } else {
            problems.add(line: line, .missingValue(column: mapping.columnName(.total)))
            return nil
        }
        guard var amount = minor(amountMicros, amountField) else { return nil }
        if amount <= 0 {
            if format.strict {
                problems.add(line: line, amount == 0 ? .zeroAmount : .negativeAmount(column: mapping.columnName(.total)))
            } else if amount < 0 {
                report.notInvoices += 1  // a credit note in an invoice list
            } else {
                report.zeroInvoices += 1
            }
            return nil
        }

        // What has been paid.
        var paid: Int64 = 0
        var payments = acc.payments
        if let balance = acc.balance {
            guard let owed = minor(balance.micros, .balance) else { return nil }
            if owed < 0 {
                paid = amount
                report.overpaid.add(acc.number)
            } else if owed > amount {
                report.balanceAboveTotal.add(acc.number)
                amount = owed
            } else {
                paid = amount - owed
            }
        } else if let p = acc.paid {
            guard let value = minor(p.micros, .paid) else { return nil }
            if value > amount {
                if format.strict {
                    problems.add(line: line, .paidExceedsAmount)
                    return nil
                }
                report.overpaid.add(acc.number)
                paid = amount
            } else {
                paid = max(0, value)
            }
        } else if !payments.isEmpty {
            let sum = payments.reduce(Int64(0)) { $0 + $1.micros }
            guard let value = minor(sum, .lineAmount) else { return nil }
            if value > amount { report.overpaid.add(acc.number) }
            paid = min(value, amount)
        } else if standing == .paid {
            paid = amount
        } else if standing == .partial {
            report.partialWithoutAmount.add(acc.number)
        }

        // When it falls due.
        let due: CalendarDay
        if let d = acc.due {
            due = d
        } else if let terms = acc.terms {
            due = terms.due(issued: issued)
            report.dueFromTerms += 1
        } else {
            due = issued.adding(days: options.termDays)
            report.dueAssumed += 1
        }
        if due < issued { report.dueBeforeIssued.add(acc.number) }

        // The payments with their dates, when the file gives them.
        var dated: [ImportedPayment] = []
        if !payments.isEmpty, ImportAmount(micros: payments.reduce(Int64(0)) { $0 + $1.micros }).minorUnits(currency) == paid {
            payments.sort { $0.date < $1.date }
            dated = payments.compactMap { p in
                ImportAmount(micros: p.micros).minorUnits(currency).map {
                    ImportedPayment(amount: Money(minorUnits: $0, currency: currency), date: p.date)
                }
            }
        }
        let paidOn = paid > 0 ? (acc.paidOn ?? (payments.isEmpty ? nil : payments.map(\.date).max())) : nil

        var person = acc.contact
        if person == nil, acc.firstName != nil || acc.lastName != nil {
            person = [acc.firstName, acc.lastName].compactMap { $0 }.joined(separator: " ")
        }
        report.invoices += 1
        return .invoice(
            InvoiceImportRow(
                line: line, number: acc.number, clientName: client, email: acc.email, phone: acc.phone, contact: person,
                issued: issued, due: due, amount: Money(minorUnits: amount, currency: currency),
                paid: Money(minorUnits: paid, currency: currency), paidOn: paidOn, payments: dated))
    }
}
