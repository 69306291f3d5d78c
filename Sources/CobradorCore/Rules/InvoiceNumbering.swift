import Foundation

/// Proposes the number of a new invoice: the next one in the series the client's own invoices follow
/// (a client billed as "ACME-0007" gets "ACME-0008", whatever series other clients use), or the
/// book's newest series for a client without invoices. Prefix and zero padding are kept.
public enum InvoiceNumbering {
    /// - Parameters:
    ///   - clientNumbers: the client's invoice numbers, newest first (empty for a new client).
    ///   - recentNumbers: the book's most recent invoice numbers, newest first.
    ///   - year: for the very first invoice of an empty book ("F-2026-001").
    public static func next(clientNumbers: [String], recentNumbers: [String], year: Int) -> String {
        guard let seed = clientNumbers.first ?? recentNumbers.first else { return "F-\(year)-001" }
        let prefix = split(seed).prefix
        var best: (value: Int, width: Int)?
        for number in clientNumbers + recentNumbers {
            let (p, digits) = split(number)
            guard p == prefix, let value = Int(digits), value > (best?.value ?? -1) else { continue }
            best = (value, digits.count)
        }
        guard let best else { return seed + "-2" }
        return numbered(prefix, best.value + 1, width: best.width)
    }

    /// The number after `number` in its series ("F-2026-009" → "F-2026-010"; "ACME" → "ACME-2").
    public static func successor(of number: String) -> String {
        let (prefix, digits) = split(number)
        guard let value = Int(digits) else { return number + "-2" }
        return numbered(prefix, value + 1, width: digits.count)
    }

    /// "F-2026-110" → ("F-2026-", "110"): the trailing ASCII digits and what comes before them.
    public static func split(_ number: String) -> (prefix: String, digits: String) {
        let digits = String(number.reversed().prefix { $0.isASCII && $0.isNumber }.reversed())
        return (String(number.dropLast(digits.count)), digits)
    }

    static func numbered(_ prefix: String, _ value: Int, width: Int) -> String {
        let text = String(value)
        return prefix + String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
