import Foundation

/// One open invoice's part in a week of the expected-date forecast: what "¿por qué?" lists.
public struct ForecastContribution: Hashable, Sendable, Codable {
    public var invoiceNumber: String
    public var clientID: Int64
    public var clientName: String
    /// What is still owed on the invoice.
    public var outstanding: Money
    /// What the forecast counts on, this week: all of it, the promised part, or a weighted share.
    public var expected: Money
    public var expectedOn: CalendarDay
    public var basis: ExpectedDateBasis

    public init(
        invoiceNumber: String, clientID: Int64, clientName: String, outstanding: Money, expected: Money,
        expectedOn: CalendarDay, basis: ExpectedDateBasis
    ) {
        self.invoiceNumber = invoiceNumber
        self.clientID = clientID
        self.clientName = clientName
        self.outstanding = outstanding
        self.expected = expected
        self.expectedOn = expectedOn
        self.basis = basis
    }
}
