import CobradorCore
import CobradorNLU
import Testing

/// Amounts in Spanish and English notation; a currency only when the message states one ("$" and "pesos" alone do not).
@Suite struct MoneyExtractionTests {
    static let cases: [(String, String, String?)] = [
        ("Acme pagó 1.200,50 €", "1200.50", "EUR"), ("Acme paid $1,200.50", "1200.50", nil),
        ("Umbrella paid 2,750.50 EUR", "2750.50", "EUR"), ("Globex me ha pagado 3.500 dólares", "3500.00", "USD"),
        ("Hooli pagó 15.000 pesos mexicanos", "15000.00", "MXN"), ("pagaron €600", "600.00", "EUR"),
        ("pago de 500 euros", "500.00", "EUR"), ("received USD 300", "300.00", "USD"), ("Acme pagó mil euros", "1000.00", "EUR"),
        ("Acme pagó dos mil quinientos euros", "2500.00", "EUR"), ("factura de 1,5k €", "1500.00", "EUR"),
        ("factura de 2k euros", "2000.00", "EUR"), ("nueva factura de 1.200 € para Initech", "1200.00", "EUR"),
        ("5000 MXN due December 31", "5000.00", "MXN"), ("new invoice for $750", "750", nil),
        ("pagó 99,95€", "99.95", "EUR"), ("paid 12.5 euros", "12.50", "EUR"), ("Hooli paid 42,000 MXN", "42000.00", "MXN"),
        ("cobré 300 libras", "300.00", "GBP"), ("got £1,250", "1250.00", "GBP"), ("paid five hundred dollars", "500.00", "USD"),
        ("paid a thousand euros", "1000.00", "EUR"), ("1.234.567,89 €", "1234567.89", "EUR"), ("US$ 450", "450.00", "USD"),
        ("3 mil euros", "3000.00", "EUR"), ("1,5 millones de pesos", "1500000", nil), ("EUR 1.200", "1200.00", "EUR"),
        ("cien euros", "100.00", "EUR"), ("300 dolares", "300.00", "USD"), ("2.500,00 EUR", "2500.00", "EUR"),
        ("pago de 450 €", "450.00", "EUR"), ("pagó 1.000.000 de pesos", "1000000", nil), ("Acme pagó 450 € de la F-2026-088", "450.00", "EUR"),
        ("Acme pagó 500", "500", nil), ("registra un pago de 1.200", "1200", nil),
        // A space (or a no-break space) between groups of three.
        ("Acme pagó 1 200 €", "1200.00", "EUR"), ("Soylent pagó 15 000 pesos", "15000", nil),
        ("Globex paid 12 500 USD", "12500.00", "USD"), ("pagó 1\u{00A0}200,50 €", "1200.50", "EUR"),
        ("Acme pagó 1 200,50 € el 3 de diciembre", "1200.50", "EUR"),
        // A number that counts invoices or times is not the amount.
        ("Acme pagó 3 facturas de 200 €", "200.00", "EUR"), ("Globex paid 2 invoices of $500", "500", nil),
        // A code or symbol glued to the digits, cents said apart, "a dollar", slang and "M.N.".
        ("paid USD3.14", "3.14", "USD"), ("paid 3.14US$", "3.14", "USD"), ("paid GBP3.01", "3.01", "GBP"),
        ("paid 20 dollars 43 cents", "20.43", "USD"), ("paid $20 and 43c", "20.43", nil),
        ("pagó 20 euros con 5 céntimos", "20.05", "EUR"), ("paid a dollar", "1.00", "USD"), ("pagó un euro", "1.00", "EUR"),
        ("me pagó 300 pavos", "300.00", "EUR"), ("pagó $1,500.00 M.N.", "1500.00", "MXN"), ("paid 10k$", "10000", nil),
    ]

    @Test(arguments: cases)
    func amounts(_ text: String, _ amount: String, _ currency: String?) {
        let r = Fixtures.parser.parse(text, today: Fixtures.today)
        let money = r.entities(.money)
        #expect(money.count == 1, "\(text) → \(r.jsonLine())")
        #expect(money.first?.amount == amount, "\(text) → \(r.jsonLine())")
        #expect(money.first?.currency?.code == currency, "\(text) → \(r.jsonLine())")
    }

    @Test func notMoney() {
        for text in [
            "facturas vencidas hace más de 30 días", "llamé a Acme el 15/12", "en 30 días", "la F-2026-101",
            "tengo 3 clientes", "+34 600 111 222", "older than 60 days", "Acme pagará en 3 plazos",
            "le mandé 2 recordatorios", "called them 3 times",
        ] {
            #expect(Fixtures.parser.parse(text, today: Fixtures.today).entities(.money).isEmpty, "\(text)")
        }
    }

    @Test func moneyIsExact() {
        let r = Fixtures.parser.parse("Acme pagó 1.200,50 €", today: Fixtures.today)
        #expect(r.money == Money(minorUnits: 120_050, currency: .eur))
    }
}
