import CobradorCore
import CobradorNLU
import Foundation
import Testing

/// Money as the best extractors read it, in both languages: scaled amounts with or without spaces,
/// amounts said in two parts, prefixed dollars, the most used currencies' names and signs, amounts in
/// words. A bare "$" or "pesos" names no currency (nil) unless the client's currency settles it.
@Suite struct MoneyFormsTests {
    static let english: [(String, String, String?)] = [
        ("raised $ 75 million", "75000000", nil),
        ("raised $75 million", "75000000", nil),
        ("raised US$75 million", "75000000", "USD"),
        ("75 million dollars", "75000000", "USD"),
        ("paid 3.5k", "3500", nil),
        ("a budget of 120 MEUR", "120000000", "EUR"),
        ("it cost 15 dollars 50", "15.50", "USD"),
        ("paid 17 USD 25", "17.25", "USD"),
        ("US$3 and fourteen", "3.14", "USD"),
        ("C$20", "20", "CAD"),
        ("NZ$ 100", "100", "NZD"),
        ("A$50", "50", "AUD"),
        ("HK$1,000", "1000", "HKD"),
        ("u.s. $5", "5", "USD"),
        ("S$30", "30", "SGD"),
        ("R$ 200", "200", "BRL"),
        ("€1,200.50", "1200.50", "EUR"),
        ("£300", "300", "GBP"),
        ("¥5000", "5000", "JPY"),
        ("₹2,500", "2500", "INR"),
        ("₩10,000", "10000", "KRW"),
        ("₺250", "250", "TRY"),
        ("₽1000", "1000", "RUB"),
        ("₪50", "50", "ILS"),
        ("฿300", "300", "THB"),
        ("₱500", "500", "PHP"),
        ("₦2000", "2000", "NGN"),
        ("5 zł", "5", "PLN"),
        ("100 Kč", "100", "CZK"),
        ("500 rupees", "500", "INR"),
        ("200 yuan", "200", "CNY"),
        ("300 renminbi", "300", "CNY"),
        ("50 swiss francs", "50", "CHF"),
        ("1000 pounds sterling", "1000", "GBP"),
        ("40 ringgit", "40", "MYR"),
        ("100 reais", "100", "BRL"),
        ("2,000 yen", "2000", "JPY"),
        ("250 zloty", "250", "PLN"),
        ("300 swedish kronor", "300", "SEK"),
        ("500 rand", "500", "ZAR"),
        ("100 canadian dollars", "100", "CAD"),
        ("75 australian dollars", "75", "AUD"),
        ("2 billion dollars", "2000000000", "USD"),
        ("$2.5bn", "2500000000", nil),
        ("€5m", "5000000", "EUR"),
        ("a dollar", "1", "USD"),
        ("twenty dollars", "20", "USD"),
        ("one hundred and twenty pounds", "120", "GBP"),
        ("two point five million dollars", "2500000", "USD"),
        ("1,234.56 USD", "1234.56", "USD"),
        ("USD 1,234.56", "1234.56", "USD"),
        ("EUR 50", "50", "EUR"),
        ("GBP 12.99", "12.99", "GBP"),
        ("paid $1,750", "1750", nil),
        ("40 dollars and 25 cents", "40.25", "USD"),
        ("S/ 250", "250", "PEN"),
        ("€ 30", "30", "EUR"),
        ("30 €", "30", "EUR"),
        ("30,50 €", "30.50", "EUR"),
        ("$ 500", "500", nil),
        ("US$ 300", "300", "USD"),
        ("₡ 15.000", "15000", "CRC"),
        ("120 MEUR", "120000000", "EUR"),
        ("paid thirteen dollars forty five", "13.45", "USD"),
        ("it was one dollar and one", "1.01", "USD"),
        ("owes c $ 100 and fifty", "100.50", "CAD"),
        ("paid 100₾", "100", "GEL"),
        ("got 100,000 ₭", "100000", "LAK"),
        ("worth u.s $ 100,000,000", "100000000", "USD"),
        ("paid 100元", "100", "CNY"),
        ("it cost 100 ₡", "100", "CRC"),
        ("they sent 2 grand in euros", "2000", "EUR"),
        ("the plan is $5.99/mo", "5.99", nil),
        ("billed at 40 €/h", "40", "EUR"),
        ("a round of 3 M€", "3000000", "EUR"),
        ("ten dollars and a half", "10.50", "USD"),
        ("two and a half million dollars", "2500000", "USD"),
    ]

    static let spanish: [(String, String, String?)] = [
        ("20 euros", "20", "EUR"),
        ("1,17 mil millones de dólares", "1170000000", "USD"),
        ("mil doscientos cincuenta euros", "1250", "EUR"),
        ("quinientos pesos", "500", nil),
        ("500 pesos mexicanos", "500", "MXN"),
        ("300 pesos argentinos", "300", "ARS"),
        ("20.000 pesos colombianos", "20000", "COP"),
        ("10.000 pesos chilenos", "10000", "CLP"),
        ("me pagó 2 lucas", "2000", nil),
        ("me debe 3 palos", "3000000", nil),
        ("100 soles", "100", "PEN"),
        ("50 francos suizos", "50", "CHF"),
        ("200 libras", "200", "GBP"),
        ("1.000 yenes", "1000", "JPY"),
        ("5.000 rupias", "5000", "INR"),
        ("300 yuanes", "300", "CNY"),
        ("200 reales", "200", "BRL"),
        ("500 zlotys", "500", "PLN"),
        ("100 coronas suecas", "100", "SEK"),
        ("1.200,50 euros", "1200.50", "EUR"),
        ("15 dólares con 50", "15.50", "USD"),
        ("20 euros con 5 céntimos", "20.05", "EUR"),
        ("1,5 millones de euros", "1500000", "EUR"),
        ("2 millones de dólares", "2000000", "USD"),
        ("doscientos mil pesos", "200000", nil),
        ("diez mil euros", "10000", "EUR"),
        ("un millón de euros", "1000000", "EUR"),
        ("me deben $ un mil millones", "1000000000", nil),
        ("reclaman un mil millones de dólares", "1000000000", "USD"),
        ("el presupuesto es de U$D 90 millones", "90000000", "USD"),
        ("cobré cinco millones de yenes", "5000000", "JPY"),
        ("me pagó un yen", "1", "JPY"),
        ("la emisión fue de 6,65 mil millones de euros", "6650000000", "EUR"),
        ("exportaron 10050 millones de dólares de Hong Kong", "10050000000", "HKD"),
        ("tiene 48.000 millones de dólares", "48000000000", "USD"),
        ("facturó $ 13180 millones", "13180000000", nil),
        ("el cambio es 143,80 yenes", "143.80", "JPY"),
        ("me quedan $ 1,22", "1.22", nil),
        ("unos C$ 1,34 por unidad", "1.34", "CAD"),
        ("mil doscientos millones de euros", "1200000000", "EUR"),
        ("dos millones trescientos mil dólares", "2300000", "USD"),
        ("Acme pagó 7 euros y medio", "7.50", "EUR"),
        ("una ronda de 2 M€", "2000000", "EUR"),
        ("me deben dos millones y medio de pesos", "2500000", nil),
        ("cobro 35 €/hora", "35", "EUR"),
        ("me pagaron 300 en dólares", "300", "USD"),
    ]

    static func check(_ text: String, _ amount: String, _ currency: String?) {
        let r = Fixtures.parser.parse(text, today: Fixtures.today)
        let found = r.entities(.money).contains {
            Decimal(string: $0.amount ?? "x") == Decimal(string: amount) && $0.currency?.code == currency
        }
        #expect(found, "\(text) → \(r.jsonLine())")
    }

    @Test(arguments: english)
    func englishAmounts(_ text: String, _ amount: String, _ currency: String?) { MoneyFormsTests.check(text, amount, currency) }

    @Test(arguments: spanish)
    func spanishAmounts(_ text: String, _ amount: String, _ currency: String?) { MoneyFormsTests.check(text, amount, currency) }

    /// "15 mil 500 pesos" is one amount, 15,500, as people say it; a unit, a comma or decimals after the
    /// scale word end it.
    @Test(arguments: [
        ("Hooli pagó 15 mil 500 pesos", "15500", ["15 mil 500 pesos"]),
        ("me pagó 15 mil quinientos euros", "15500", ["15 mil quinientos euros"]),
        ("paid 2 thousand 500 dollars", "2500", ["2 thousand 500 dollars"]),
        ("they wired 2 million 300 thousand dollars", "2300000", ["2 million 300 thousand dollars"]),
        ("pagó 1 millón doscientos mil pesos", "1200000", ["1 millón doscientos mil pesos"]),
        ("pagó 15 mil, 500 los paga luego", "15000", ["15 mil"]),
        ("Acme pagó 15 mil 2 facturas", "15000", ["15 mil"]),
        ("pagó 2 mil 1,5", "2000", ["2 mil"]),
        ("paid 5 thousand 1.200 dollars", "5000", ["5 thousand", "1.200 dollars"]),
    ])
    func aSmallerNumberRightAfterAScaleWordIsTheRestOfTheAmount(_ text: String, _ amount: String, _ spans: [String]) {
        let r = Fixtures.parser.parse(text, today: Fixtures.today)
        #expect(r.entities(.money).map(\.text) == spans, "\(text) → \(r.jsonLine())")
        #expect(r.entities(.money).first?.amount.flatMap { Decimal(string: $0) } == Decimal(string: amount), "\(r.jsonLine())")
    }

    /// "$1,750 from Globex": the sign many currencies share takes the named client's currency.
    @Test func clientCurrencySettlesASharedSign() {
        let clients = ClientGazetteer([
            GazetteerEntry(id: 2, name: "Globex Corporation", currencies: [Currency(code: "USD")!]),
            GazetteerEntry(id: 7, name: "Hooli", currencies: [Currency(code: "MXN")!]),
            GazetteerEntry(id: 1, name: "Acme S.L.", currencies: [Currency(code: "EUR")!]),
        ])
        let parser = NLUParser(catalog: Fixtures.catalog, clients: clients)
        func money(_ text: String) -> Money? { parser.parse(text, today: Fixtures.today).money }
        #expect(money("ACH from globex came in, $1,750") == Money(minorUnits: 175_000, currency: .usd))
        #expect(money("Hooli pagó 15 mil pesos") == Money(minorUnits: 1_500_000, currency: .mxn))
        // Acme bills in euros: a dollar sign stays unsettled rather than guessed.
        #expect(money("Acme paid $300") == nil)
        #expect(parser.parse("Acme paid $300", today: Fixtures.today).amount == "300")
    }

    /// The look-up runs only when it is needed, and its answer settles the sign as the entry's list would.
    @Test func clientCurrencyLookUp() {
        let parser = NLUParser(
            catalog: Fixtures.catalog, clients: ClientGazetteer(Fixtures.clients), invoiceNumbers: Fixtures.invoices,
            clientCurrencies: { id in id == 2 ? [Currency.usd, Currency.usd] : [] })
        #expect(parser.parse("new invoice to Globex for $750", today: Fixtures.today).money == Money(minorUnits: 75_000, currency: .usd))
        #expect(parser.parse("new invoice to Hooli for $750", today: Fixtures.today).money == nil)
    }
}
