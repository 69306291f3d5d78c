import Foundation

/// An ISO 4217 currency with its number of minor digits.
public struct Currency: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public let code: String
    public let minorDigits: Int

    /// Returns nil for codes cobrador does not know, so a typo in a CSV is caught instead of stored.
    public init?(code: String) {
        let upper = code.uppercased()
        guard let digits = Currency.known[upper] else { return nil }
        self.code = upper
        self.minorDigits = digits
    }

    public var description: String { code }

    public static func < (lhs: Currency, rhs: Currency) -> Bool { lhs.code < rhs.code }

    public static let eur = Currency(code: "EUR")!
    public static let usd = Currency(code: "USD")!
    public static let mxn = Currency(code: "MXN")!

    /// Active ISO 4217 codes and their minor digits.
    static let known: [String: Int] = {
        var table: [String: Int] = [:]
        let two = """
            AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL BSD BTN BWP BYN BZD \
            CAD CDF CHF CNY COP CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD \
            GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD \
            MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP \
            PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS \
            TMT TOP TRY TTD TWD TZS UAH USD UYU UZS VES WST XCD YER ZAR ZMW ZWL
            """
        for c in two.split(separator: " ") { table[String(c)] = 2 }
        for c in ["BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF"] {
            table[c] = 0
        }
        for c in ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"] { table[c] = 3 }
        return table
    }()
}
