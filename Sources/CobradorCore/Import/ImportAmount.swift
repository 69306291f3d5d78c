import Foundation

/// An amount as an export writes it, exact: `1200.50`, `1.200,50`, `1,020.00`, `$13.50`, `€ 1.020,00`,
/// `1 020,50`, `1'020.50`, `USD 100.00`, `100,00 €`, `(100.00)`, `-590.50`, `100.00-`.
/// Held in millionths so that it can be read before the invoice's currency is known.
public struct ImportAmount: Hashable, Sendable {
    /// The value × 1,000,000.
    public var micros: Int64
    /// The currency the text itself names (`€`, `USD`), if any.
    public var hint: CurrencyHint?

    public var isNegative: Bool { micros < 0 }
    public var isZero: Bool { micros == 0 }

    static let scale: Int64 = 1_000_000

    /// Minor units of `currency`, or nil when the amount has more decimals than the currency allows.
    public func minorUnits(_ currency: Currency) -> Int64? {
        var divisor: Int64 = 1
        for _ in currency.minorDigits..<6 { divisor *= 10 }
        guard micros % divisor == 0 else { return nil }
        return micros / divisor
    }

    public init(micros: Int64, hint: CurrencyHint? = nil) {
        self.micros = micros
        self.hint = hint
    }

    public static func parse(_ text: String, minorDigits: Int = 2) -> ImportAmount? {
        var copy = text
        return copy.withUTF8 { parse($0, minorDigits: minorDigits) }
    }

    /// Nil for anything that is not an amount ("abc", "1.2.3", "1e9", "NaN"). `minorDigits` decides
    /// the one ambiguous case, a lone separator before exactly three digits: thousands ("1.200" = 1200)
    /// unless the currency has three decimals.
    // swiftlint:disable:next cyclomatic_complexity function_body_length
    public static func parse(_ raw: UnsafeBufferPointer<UInt8>, minorDigits: Int = 2) -> ImportAmount? {
        let bytes = ImportText.trimmed(raw)
        guard !bytes.isEmpty else { return nil }
        if let plain = plainFastPath(bytes) { return plain }
        var negative = false
        var lo = 0
        var hi = bytes.count
        if bytes[lo] == UInt8(ascii: "("), bytes[hi - 1] == UInt8(ascii: ")") {
            negative = true
            lo += 1
            hi -= 1
        }
        // Sign and currency before the digits, and after them.
        var prefix: [UInt8] = []
        var suffix: [UInt8] = []
        while lo < hi, !isDigit(bytes[lo]) {
            let b = bytes[lo]
            if b == UInt8(ascii: "-") || b == UInt8(ascii: "+") {
                if negative { return nil }
                negative = b == UInt8(ascii: "-")
                lo += 1
            } else if b == 0xE2, lo + 2 < hi, bytes[lo + 1] == 0x88, bytes[lo + 2] == 0x92 {
                if negative { return nil }
                negative = true  // U+2212 MINUS SIGN
                lo += 3
            } else if b == 0xC2, lo + 1 < hi, bytes[lo + 1] == 0xA0 {
                lo += 2
            } else if b == UInt8(ascii: ".") || b == UInt8(ascii: ",") {
                break  // ".50"
            } else if ImportText.isBlank(b) {
                lo += 1
            } else {
                prefix.append(b)
                lo += 1
            }
        }
        while hi > lo, !isDigit(bytes[hi - 1]) {
            let b = bytes[hi - 1]
            if b == UInt8(ascii: "-") {
                if negative { return nil }
                negative = true
                hi -= 1
            } else if b == 0xA0, hi - 2 >= lo, bytes[hi - 2] == 0xC2 {
                hi -= 2
            } else if ImportText.isBlank(b) {
                hi -= 1
            } else if b == UInt8(ascii: ".") || b == UInt8(ascii: ",") {
                break
            } else {
                suffix.insert(b, at: 0)
                hi -= 1
            }
        }
        guard lo < hi else { return nil }
        var hint: CurrencyHint?
        for text in [prefix, suffix] where !text.isEmpty {
            guard let h = CurrencyHint(symbol: text) else { return nil }
            if let hint, hint != h { return nil }
            hint = h
        }
        // The number: digits, '.', ',', and spaces or apostrophes that group thousands.
        var core: [UInt8] = []
        core.reserveCapacity(hi - lo)
        var i = lo
        while i < hi {
            let b = bytes[i]
            if isDigit(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: ",") {
                core.append(b)
                i += 1
            } else if b == 0x20 || b == UInt8(ascii: "'") {
                i += 1
            } else if b == 0xC2, i + 1 < hi, bytes[i + 1] == 0xA0 {
                i += 2
            } else if b == 0xE2, i + 2 < hi, bytes[i + 1] == 0x80, bytes[i + 2] == 0xAF || bytes[i + 2] == 0x99 {
                i += 3  // narrow no-break space, right single quote
            } else {
                return nil
            }
        }
        guard let value = decimal(core, minorDigits: minorDigits) else { return nil }
        return ImportAmount(micros: negative ? -value : value, hint: hint)
    }

    /// Digits with at most one '.', as the cobrador format and most exports write amounts.
    private static func plainFastPath(_ b: UnsafeBufferPointer<UInt8>) -> ImportAmount? {
        var integer: Int64 = 0
        var digits = 0
        var fraction: Int64 = 0
        var fractionDigits = 0
        var seenDot = false
        for c in b {
            if isDigit(c) {
                if seenDot {
                    guard fractionDigits < 6 else { return nil }
                    fraction = fraction * 10 + Int64(c - 48)
                    fractionDigits += 1
                } else {
                    guard digits < 12 else { return nil }
                    integer = integer * 10 + Int64(c - 48)
                    digits += 1
                }
            } else if c == UInt8(ascii: "."), !seenDot {
                seenDot = true
            } else {
                return nil
            }
        }
        // "1.200" is a thousands question: the general path answers it.
        guard digits > 0, !seenDot || (fractionDigits > 0 && fractionDigits != 3) else { return nil }
        for _ in fractionDigits..<6 { fraction *= 10 }
        return ImportAmount(micros: integer * scale + fraction)
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    /// "1200.50", "1.200,50", "1,200.50", "1200,5": when both marks appear the last one is the decimal
    /// mark; a lone separator before exactly three digits groups thousands.
    private static func decimal(_ text: [UInt8], minorDigits: Int) -> Int64? {
        let dot = UInt8(ascii: ".")
        let comma = UInt8(ascii: ",")
        guard !text.isEmpty, text.contains(where: isDigit) else { return nil }
        let lastDot = text.lastIndex(of: dot)
        let lastComma = text.lastIndex(of: comma)
        var integerPart: ArraySlice<UInt8>
        var fractionPart: ArraySlice<UInt8> = []
        var group: UInt8?
        if let d = lastDot, let c = lastComma {
            let mark = d > c ? dot : comma
            let cut = max(d, c)
            guard text.filter({ $0 == mark }).count == 1 else { return nil }
            group = mark == dot ? comma : dot
            integerPart = text[..<cut]
            fractionPart = text[(cut + 1)...]
        } else if let cut = lastDot ?? lastComma {
            let mark = text[cut]
            let count = text.filter { $0 == mark }.count
            let after = text.count - cut - 1
            if count > 1 || (after == 3 && minorDigits != 3) {
                group = mark
                integerPart = text[...]
            } else {
                integerPart = text[..<cut]
                fractionPart = text[(cut + 1)...]
            }
        } else {
            integerPart = text[...]
        }
        if let group {
            let groups = integerPart.split(separator: group, omittingEmptySubsequences: false)
            guard let first = groups.first, (1...3).contains(first.count), groups.dropFirst().allSatisfy({ $0.count == 3 })
            else { return nil }
            integerPart = ArraySlice(integerPart.filter { $0 != group })
        }
        guard integerPart.allSatisfy(isDigit), fractionPart.allSatisfy(isDigit) else { return nil }
        guard !integerPart.isEmpty || !fractionPart.isEmpty else { return nil }
        if lastDot != nil || lastComma != nil, group == nil, fractionPart.isEmpty { return nil }
        var trimmedFraction = fractionPart
        while trimmedFraction.count > 6, trimmedFraction.last == 48 { trimmedFraction = trimmedFraction.dropLast() }
        // At most 12 integer digits (under a trillion): totals add up many amounts in Int64.
        let significant = integerPart.drop { $0 == 48 }
        guard significant.count <= 12, trimmedFraction.count <= 6 else { return nil }
        var value: Int64 = 0
        for b in integerPart { value = value * 10 + Int64(b - 48) }
        var fraction: Int64 = 0
        for b in trimmedFraction { fraction = fraction * 10 + Int64(b - 48) }
        for _ in trimmedFraction.count..<6 { fraction *= 10 }
        return value * scale + fraction
    }
}

/// The currency an amount's own text names: a code (`USD 100`), an unambiguous symbol (`€`, `£`, `US$`),
/// or a bare dollar sign, which never decides the currency on its own.
public enum CurrencyHint: Hashable, Sendable {
    case currency(Currency)
    /// `$` alone: US, Canadian, Australian, Mexican dollars and pesos all write it.
    case ambiguous(String)

    init?(symbol raw: [UInt8]) {
        let text = String(decoding: raw, as: UTF8.self).uppercased()
        switch text {
        case "€", "EUR", "EUROS", "EURO": self = .currency(.eur)
        case "£": self = .currency(Currency(code: "GBP")!)
        case "US$", "USD$", "U$S": self = .currency(.usd)
        case "C$", "CA$", "CAD$": self = .currency(Currency(code: "CAD")!)
        case "A$", "AU$", "AUD$": self = .currency(Currency(code: "AUD")!)
        case "MX$", "MEX$", "MXN$": self = .currency(.mxn)
        case "NZ$": self = .currency(Currency(code: "NZD")!)
        case "HK$": self = .currency(Currency(code: "HKD")!)
        case "S$", "SG$": self = .currency(Currency(code: "SGD")!)
        case "R$": self = .currency(Currency(code: "BRL")!)
        case "₹": self = .currency(Currency(code: "INR")!)
        case "FR.", "SFR.": self = .currency(Currency(code: "CHF")!)
        case "$", "¥", "KR", "KR.", "₱": self = .ambiguous(String(decoding: raw, as: UTF8.self))
        default:
            guard text.count == 3, let code = Currency(code: text) else { return nil }
            self = .currency(code)
        }
    }
}
