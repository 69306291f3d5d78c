import Foundation

/// A statutory late-payment rule for one currency: a reference rate per half-year plus a margin,
/// and a fixed compensation for recovery costs per invoice.
///
/// Out of the box: EU Directive 2011/7/EU as transposed by Spain's Ley 3/2004 (art. 7 and 8), for
/// invoices between businesses in EUR. The reference rate is the ECB main refinancing operations rate
/// in force on the first day of each half-year (1 January, 1 July). The user replaces the table from
/// configuration when new rates are published; entries marked `checkAndUpdate` were not yet confirmed
/// when this version shipped.
public struct StatutoryInterestTable: Hashable, Sendable, Codable {
    public struct HalfYearRate: Hashable, Sendable, Codable {
        public var year: Int
        /// 1: January–June, 2: July–December.
        public var half: Int
        /// The reference rate in basis points (2.15 % = 215).
        public var basisPoints: Int
        public var checkAndUpdate: Bool

        public init(year: Int, half: Int, basisPoints: Int, checkAndUpdate: Bool = false) {
            self.year = year
            self.half = half
            self.basisPoints = basisPoints
            self.checkAndUpdate = checkAndUpdate
        }

        enum CodingKeys: String, CodingKey {
            case year, half
            case basisPoints = "basis_points"
            case checkAndUpdate = "check_and_update"
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            year = try c.decode(Int.self, forKey: .year)
            half = try c.decode(Int.self, forKey: .half)
            basisPoints = try c.decode(Int.self, forKey: .basisPoints)
            checkAndUpdate = try c.decodeIfPresent(Bool.self, forKey: .checkAndUpdate) ?? false
        }

        var index: Int { year * 2 + (half - 1) }
    }

    /// What a half-year's reference rate turned out to be, and how sure the table is of it.
    public struct Lookup: Hashable, Sendable {
        public var basisPoints: Int
        public var checkAndUpdate: Bool
        /// The table had no entry for that half-year; the nearest earlier one (or the earliest) was used.
        public var assumed: Bool
    }

    /// A stable identifier the bot renders ("statutory EU/ES").
    public var name: String
    public var currency: Currency
    public var marginBasisPoints: Int
    /// Added once per late invoice (40 € under art. 8 of Ley 3/2004); nil when the rule has none.
    public var fixedCompensation: Money?
    public var rates: [HalfYearRate]

    public init(
        name: String, currency: Currency, marginBasisPoints: Int, fixedCompensation: Money?, rates: [HalfYearRate]
    ) {
        self.name = name
        self.currency = currency
        self.marginBasisPoints = marginBasisPoints
        self.fixedCompensation = fixedCompensation
        self.rates = rates.sorted { $0.index < $1.index }
    }

    public static let euDirectiveSpain = StatutoryInterestTable(
        name: "eu_2011_7_es_3_2004", currency: .eur, marginBasisPoints: 800,
        fixedCompensation: Money(minorUnits: 4000, currency: .eur),
        rates: [
            HalfYearRate(year: 2023, half: 1, basisPoints: 250),
            HalfYearRate(year: 2023, half: 2, basisPoints: 400),
            HalfYearRate(year: 2024, half: 1, basisPoints: 450),
            HalfYearRate(year: 2024, half: 2, basisPoints: 425),
            HalfYearRate(year: 2025, half: 1, basisPoints: 315),
            HalfYearRate(year: 2025, half: 2, basisPoints: 215),
            HalfYearRate(year: 2026, half: 1, basisPoints: 215, checkAndUpdate: true),
            HalfYearRate(year: 2026, half: 2, basisPoints: 215, checkAndUpdate: true),
        ])

    /// The reference rate for the half-year containing `day`.
    public func referenceRate(on day: CalendarDay) -> Lookup? {
        let index = day.year * 2 + (day.month <= 6 ? 0 : 1)
        if let exact = rates.first(where: { $0.index == index }) {
            return Lookup(basisPoints: exact.basisPoints, checkAndUpdate: exact.checkAndUpdate, assumed: false)
        }
        guard let nearest = rates.last(where: { $0.index < index }) ?? rates.first else { return nil }
        return Lookup(basisPoints: nearest.basisPoints, checkAndUpdate: true, assumed: true)
    }

    // The config file spells the currency as its code and the compensation as a plain amount.
    enum CodingKeys: String, CodingKey {
        case name, currency, rates
        case marginBasisPoints = "margin_basis_points"
        case fixedCompensation = "fixed_compensation"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let code = try c.decode(String.self, forKey: .currency)
        guard let currency = Currency(code: code) else {
            throw DecodingError.dataCorruptedError(
                forKey: .currency, in: c, debugDescription: "unknown currency \(code)")
        }
        var fixed: Money?
        if let text = try c.decodeIfPresent(String.self, forKey: .fixedCompensation) {
            guard let money = Money(decimalString: text, currency: currency) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .fixedCompensation, in: c, debugDescription: "not an amount: \(text)")
            }
            fixed = money
        }
        self.init(
            name: try c.decode(String.self, forKey: .name), currency: currency,
            marginBasisPoints: try c.decode(Int.self, forKey: .marginBasisPoints), fixedCompensation: fixed,
            rates: try c.decode([HalfYearRate].self, forKey: .rates))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(currency.code, forKey: .currency)
        try c.encode(marginBasisPoints, forKey: .marginBasisPoints)
        try c.encodeIfPresent(fixedCompensation?.plainString, forKey: .fixedCompensation)
        try c.encode(rates, forKey: .rates)
    }
}
