import CobradorCore
import CobradorNLU
import Testing

/// A minus sign right before an amount, after a space or at the start, is kept; a dash inside a number
/// or an invoice number is not a sign.
@Suite struct MoneySignTests {
    @Test(arguments: [
        ("Acme pagó -50 €", "-50.00"), ("-20 EUR de Globex", "-20.00"), ("Acme paid −€30", "-30.00"),
        ("la T-2026-188 son 50 €", "50.00"), ("Acme pagó 50 €", "50.00"),
    ])
    func signOfTheAmount(_ text: String, _ amount: String) {
        let r = Fixtures.parser.parse(text, today: Fixtures.today)
        #expect(r.entities.first { $0.kind == .money }?.amount == amount, "\(text) → \(r.jsonLine())")
    }
}
