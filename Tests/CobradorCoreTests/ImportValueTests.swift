import CobradorCore
import Testing

/// Dates, amounts, terms and statuses as the tools write them (docs/import.md, "Values").
@Suite struct ImportValueTests {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDay { CalendarDay(year: y, month: m, day: d)! }

    @Test(arguments: [
        ("2021-01-28", DateOrder.dmy, day(2021, 1, 28)), ("2021-01-28 12:34:56", .dmy, day(2021, 1, 28)),
        ("2021-01-28T11:04:09+00:00", .mdy, day(2021, 1, 28)), ("2021/01/28", .mdy, day(2021, 1, 28)),
        ("28/01/2021", .mdy, day(2021, 1, 28)), ("1/28/2021", .dmy, day(2021, 1, 28)), ("2/29/2020", .mdy, day(2020, 2, 29)),
        ("03/04/2026", .dmy, day(2026, 4, 3)), ("03/04/2026", .mdy, day(2026, 3, 4)), ("28.01.2021", .dmy, day(2021, 1, 28)),
        ("1/28/21", .mdy, day(2021, 1, 28)), ("28-01-99", .dmy, day(1999, 1, 28)), ("Jan 28 2021", .dmy, day(2021, 1, 28)),
        ("Jan 28, 2021", .dmy, day(2021, 1, 28)), ("January 28, 2021", .dmy, day(2021, 1, 28)), ("28 Jan 2021", .mdy, day(2021, 1, 28)),
        ("28-Jan-21", .mdy, day(2021, 1, 28)), ("28 ene 2021", .dmy, day(2021, 1, 28)), ("28 de enero de 2021", .dmy, day(2021, 1, 28)),
        ("Thursday, July 30, 2026 04:19 PM GMT-06:00", .dmy, day(2026, 7, 30)), ("30 sept. 2026", .dmy, day(2026, 9, 30)),
        ("3 févr. 2026", .dmy, day(2026, 2, 3)), ("20210128", .dmy, day(2021, 1, 28)), ("  2026-11-30  ", .dmy, day(2026, 11, 30)),
        ("1611792000", .dmy, day(2021, 1, 28)),
    ])
    func datesAsToolsWriteThem(text: String, order: DateOrder, expected: CalendarDay) {
        #expect(ImportDate.parse(text, order: order) == expected)
    }

    @Test(arguments: ["2026-02-30", "31/02/2026", "0000-01-01", "mañana", "13/13/2026", "", "Jan 2021", "12:30", "1.2.3.4", "2026-1-"])
    func notDates(text: String) {
        #expect(ImportDate.parse(text, order: .dmy) == nil)
    }

    @Test(arguments: [
        ("1200.50", 120_050), ("1.200,50", 120_050), ("1,200.50", 120_050), ("1200,5", 120_050), ("1.200", 120_000),
        ("1,020.00", 102_000), ("$13.50", 1_350), ("€ 1.020,00", 102_000), ("1.020,00 €", 102_000), ("1 020,50", 102_050),
        ("1\u{00A0}020,50", 102_050), ("1'020.50", 102_050), ("USD 100.00", 10_000), ("100.00 EUR", 10_000), ("(100.00)", -10_000),
        ("-590.50", -59_050), ("100.00-", -10_000), ("−12,00", -1_200), ("+5", 500), (".50", 50), ("US$1,234.56", 123_456),
        ("0,99", 99), ("12.34", 1_234),
    ])
    func amountsAsToolsWriteThem(text: String, minor: Int64) {
        #expect(ImportAmount.parse(text)?.minorUnits(.eur) == minor)
    }

    @Test(arguments: ["1.2.3", "12,34.56.7", "abc", "", "1..2", "1,2,3", "1e9", "NaN", "Total: 5", "--5", "9999999999999.00", "12 34 x"])
    func notAmounts(text: String) {
        #expect(ImportAmount.parse(text) == nil)
    }

    @Test func amountsSayTheirCurrencyOnlyWhenUnambiguous() {
        #expect(ImportAmount.parse("€5")?.hint == .currency(.eur))
        #expect(ImportAmount.parse("5 MXN")?.hint == .currency(.mxn))
        #expect(ImportAmount.parse("US$5")?.hint == .currency(.usd))
        #expect(ImportAmount.parse("$5")?.hint == .ambiguous("$"))
        #expect(ImportAmount.parse("5")?.hint == nil)
        // Three decimals are a fraction for a three-decimal currency, thousands otherwise.
        #expect(ImportAmount.parse("1.234", minorDigits: 3)?.minorUnits(Currency(code: "KWD")!) == 1_234)
        #expect(ImportAmount.parse("1.2345")?.minorUnits(.eur) == nil)
    }

    @Test(arguments: [
        ("Net 30", PaymentTerms.days(30)), ("NET30", .days(30)), ("30", .days(30)), ("30 days", .days(30)), ("a 30 días", .days(30)),
        ("Due on receipt", .days(0)), ("Upon receipt", .days(0)), ("Contado", .days(0)), ("0", .days(0)),
        ("Due end of the month", .endOfMonth(monthsAfter: 0)), ("Net EOM", .endOfMonth(monthsAfter: 0)),
        ("Due end of next month", .endOfMonth(monthsAfter: 1)), ("Fin de mes", .endOfMonth(monthsAfter: 0)),
    ])
    func paymentTerms(text: String, terms: PaymentTerms) {
        #expect(PaymentTerms(parsing: text) == terms)
    }

    @Test func termsGiveTheDueDate() {
        let issued = Self.day(2026, 1, 31)
        #expect(PaymentTerms.days(30).due(issued: issued) == Self.day(2026, 3, 2))
        #expect(PaymentTerms.endOfMonth(monthsAfter: 0).due(issued: issued) == Self.day(2026, 1, 31))
        #expect(PaymentTerms.endOfMonth(monthsAfter: 1).due(issued: issued) == Self.day(2026, 2, 28))
        #expect(PaymentTerms(parsing: "whenever") == nil)
    }

    @Test(arguments: [
        ("Draft", InvoiceStanding.draft), ("DRAFT", .draft), ("Borrador", .draft), ("unsent", .draft), ("SUBMITTED", .draft),
        ("Void", .voided), ("VOIDED", .voided), ("Anulada", .voided), ("Reversed", .voided), ("DELETED", .voided),
        ("Cancelled", .cancelled), ("canceled", .cancelled), ("Cancelada", .cancelled),
        ("uncollectible", .writtenOff), ("Written Off", .writtenOff), ("Incobrable", .writtenOff),
        ("Partially Paid", .partial), ("partial", .partial), ("Cobrada parcialmente", .partial),
        ("Paid", .paid), ("PAID", .paid), ("fully_paid", .paid), ("Cobrada", .paid), ("auto-paid", .paid), ("Closed", .paid),
        ("Unpaid", .open), ("Sent", .open), ("Overdue", .open), ("Overdue 12 days", .open), ("Due in 3 days", .open),
        ("AUTHORISED", .open), ("open", .open), ("Viewed", .open), ("Pendiente", .open), ("Vencida", .open), ("Due", .open),
    ])
    func statuses(text: String, standing: InvoiceStanding) {
        #expect(InvoiceStanding(status: text) == standing)
    }

    @Test func documentKinds() {
        #expect(DocumentKind(type: "Invoice") == .invoice)
        #expect(DocumentKind(type: "Sales invoice") == .invoice)
        #expect(DocumentKind(type: "ACCREC") == .invoice)
        #expect(DocumentKind(type: "Sales credit note") == .other)
        #expect(DocumentKind(type: "Credit Memo") == .other)
        #expect(DocumentKind(type: "ACCPAY") == .other)
        #expect(DocumentKind(type: "Factura rectificativa") == .other)
        #expect(DocumentKind(type: "Estimate") == .other)
        #expect(DocumentKind(type: "Payment") == .other)
        #expect(DocumentKind(type: "whatever") == nil)
    }

    @Test func columnOverridesAndFieldNames() {
        #expect(ColumnOverride(parsing: "due=Fecha vencimiento") == ColumnOverride(field: .due, column: "Fecha vencimiento"))
        #expect(ColumnOverride(parsing: "vencimiento=\"Vence el\"") == ColumnOverride(field: .due, column: "Vence el"))
        #expect(ColumnOverride(parsing: "paid-on=Cobro")?.field == .paidOn)
        #expect(ColumnOverride(parsing: "pagado_el=Cobro")?.field == .paidOn)
        #expect(ColumnOverride(parsing: "nonsense=Col") == nil)
        #expect(ColumnOverride(parsing: "due") == nil)
        #expect(HeaderKey("*ContactName").value == "contactname")
        #expect(HeaderKey("Amount (One column)").value == "amountonecolumn")
        #expect(HeaderKey("Nº Factura") == HeaderKey("no factura"))
        #expect(HeaderKey(" Fecha de emisión ") == HeaderKey("FECHA DE EMISION"))
    }
}
