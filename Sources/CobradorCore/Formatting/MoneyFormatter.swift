import Foundation

/// Writes amounts the way each language reads them: "1.200,00 €" in Spanish, "€1,200.00" in English.
public enum MoneyFormatter {
    public static func string(_ money: Money, _ language: Language) -> String {
        let plain = money.plainString
        let negative = plain.hasPrefix("-")
        let unsigned = negative ? String(plain.dropFirst()) : plain
        let parts = unsigned.split(separator: ".", maxSplits: 1)
        let integer = String(parts[0])
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        let (group, decimal) = language == .es ? (".", ",") : (",", ".")
        var grouped = ""
        for (i, ch) in integer.enumerated() {
            if i > 0, (integer.count - i) % 3 == 0 { grouped += group }
            grouped.append(ch)
        }
        let number = (negative ? "-" : "") + grouped + (fraction.isEmpty ? "" : decimal + fraction)
        switch language {
        case .es:
            return "\(number) \(spanishSymbol(money.currency))"
        case .en:
            if let symbol = englishPrefix(money.currency) {
                return negative ? "-\(symbol)\(number.dropFirst())" : "\(symbol)\(number)"
            }
            return "\(number) \(money.currency.code)"
        }
    }

    /// Several amounts in different currencies, never added together: "1.200,00 € + 3.500,00 US$".
    public static func list(_ amounts: [Money], _ language: Language) -> String {
        amounts.map { string($0, language) }.joined(separator: " + ")
    }

    static func spanishSymbol(_ c: Currency) -> String {
        switch c.code {
        case "EUR": return "€"
        case "USD": return "US$"
        case "GBP": return "£"
        default: return c.code
        }
    }

    static func englishPrefix(_ c: Currency) -> String? {
        switch c.code {
        case "EUR": return "€"
        case "USD": return "$"
        case "GBP": return "£"
        case "MXN": return "MX$"
        default: return nil
        }
    }
}
