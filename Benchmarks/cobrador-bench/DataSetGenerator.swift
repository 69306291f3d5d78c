import CobradorCore
import Foundation

/// Writes a deterministic invoice CSV in the import format (PRODUCT.md §3): clients with made-up,
/// pronounceable names in three currencies, each paying by its own habit (`PaymentHabit`), so the book
/// has paid, partly paid, overdue and not yet due invoices around `today`.
struct DataSetGenerator {
    let scale: BenchScale
    let today: CalendarDay

    static let syllables = ["ka", "lo", "mi", "ren", "tu", "sa", "vex", "dor", "pli", "zan", "gor", "bel", "nu", "tra", "quin", "fe"]
    static let trades = ["Consulting", "Diseño", "Logística", "Studio", "Media", "Obras", "Software", "Textil", "Foods", "Legal"]

    /// Client `i`'s name: a unique invented first word (a base-16 spelling of `i` in syllables), a trade
    /// and a legal suffix that fits the currency.
    static func clientName(_ i: Int, currency: Currency) -> String {
        var word = ""
        var x = i
        repeat {
            word += syllables[x % syllables.count]
            x /= syllables.count
        } while x > 0
        let suffix: String
        switch currency.code {
        case "USD": suffix = i % 2 == 0 ? "Inc." : "LLC"
        case "MXN": suffix = "S.A. de C.V."
        default: suffix = i % 3 == 0 ? "S.A." : "S.L."
        }
        return "\(word.capitalized) \(trades[i % trades.count]) \(suffix)"
    }

    /// Each client bills mostly in one currency: 60 % EUR, 25 % USD, 15 % MXN.
    static func homeCurrency(_ i: Int) -> Currency {
        switch i % 20 {
        case 0..<12: return .eur
        case 12..<17: return .usd
        default: return .mxn
        }
    }

    static func clientNames(_ count: Int) -> [String] {
        (0..<count).map { clientName($0, currency: homeCurrency($0)) }
    }

    /// Streams the file to `url` in chunks; returns its size in bytes.
    @discardableResult
    func write(to url: URL) throws -> Int {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        let names = Self.clientNames(scale.clients)
        var buffer = "number,client,email,phone,contact,issued,due,amount,currency,paid,paid_on\n"
        var written = 0
        // The invoices and their dated payments come from the clients' habits (GeneratedInvoices).
        for g in GeneratedInvoices(scale: scale, today: today) {
            let client = g.client
            let currency = g.currency
            let issued = g.issued
            let due = g.due
            let amount = g.amount
            let paid = g.paid
            let slug = names[client].split(separator: " ")[0].lowercased()
            let phone = client % 3 == 0 ? "+34 6\(String(format: "%08d", client))" : ""
            let contact = client % 4 == 0 ? "Contabilidad" : ""
            buffer += "\(g.number),\(names[client]),billing@\(slug).example,\(phone),\(contact),"
            buffer += "\(issued.isoString),\(due.isoString),\(Self.decimal(amount)),\(currency.code),"
            // The last payment's day stands for all of them: the CSV has one `paid_on` per invoice.
            buffer += paid > 0 ? "\(Self.decimal(paid)),\(g.payments.map(\.day).max()!.isoString)\n" : ",\n"
            if buffer.utf8.count > 1 << 20 {
                handle.write(Data(buffer.utf8))
                written += buffer.utf8.count
                buffer = ""
            }
        }
        handle.write(Data(buffer.utf8))
        return written + buffer.utf8.count
    }

    static func decimal(_ minor: Int64) -> String {
        let cents = minor % 100
        return "\(minor / 100).\(cents < 10 ? "0" : "")\(cents)"
    }
}
