import CobradorCore
import Foundation

/// Writes a deterministic invoice CSV in the import format (PRODUCT.md §3): clients with made-up,
/// pronounceable names in three currencies, and a realistic mix of paid, partly paid, overdue and
/// not yet due invoices around `today`.
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
        var rng = SplitMix64(seed: scale.seed)
        let names = Self.clientNames(scale.clients)
        var buffer = "number,client,email,phone,contact,issued,due,amount,currency,paid,paid_on\n"
        var written = 0
        for n in 0..<scale.invoices {
            // Skewed towards some clients (a few big accounts, a long tail), yet every client appears.
            let client = n < scale.clients ? n : Int(Double(scale.clients) * rng.unit() * rng.unit())
            let home = Self.homeCurrency(client)
            let currency = rng.unit() < 0.1 ? [Currency.eur, .usd, .mxn][Int(rng.next() % 3)] : home
            let issued = today.adding(days: -Int(rng.next() % 540))
            let due = issued.adding(days: [15, 30, 30, 45, 60][Int(rng.next() % 5)])
            // Between 50 and 20,000 in major units, log-uniform, to the cent.
            let amount = Int64(5_000 * pow(400, rng.unit()))
            let paid = Self.paid(amount, due: due, today: today, rng: &rng)
            let slug = names[client].split(separator: " ")[0].lowercased()
            let phone = client % 3 == 0 ? "+34 6\(String(format: "%08d", client))" : ""
            let contact = client % 4 == 0 ? "Contabilidad" : ""
            buffer += "INV-\(String(format: "%07d", n + 1)),\(names[client]),billing@\(slug).example,\(phone),\(contact),"
            buffer += "\(issued.isoString),\(due.isoString),\(Self.decimal(amount)),\(currency.code),"
            buffer += paid > 0 ? "\(Self.decimal(paid)),\(Self.paidOn(n, issued: issued, due: due, today: today).isoString)\n" : ",\n"
            if buffer.utf8.count > 1 << 20 {
                handle.write(Data(buffer.utf8))
                written += buffer.utf8.count
                buffer = ""
            }
        }
        handle.write(Data(buffer.utf8))
        return written + buffer.utf8.count
    }

    /// Old invoices are mostly settled; recent overdue ones less so; not-due ones rarely paid early.
    static func paid(_ amount: Int64, due: CalendarDay, today: CalendarDay, rng: inout SplitMix64) -> Int64 {
        let overdue = due.days(until: today)
        let r = rng.unit()
        let (full, partial): (Double, Double)
        switch overdue {
        case ...0: (full, partial) = (0.03, 0.07)
        case 1...60: (full, partial) = (0.55, 0.15)
        case 61...180: (full, partial) = (0.85, 0.07)
        default: (full, partial) = (0.95, 0.03)
        }
        if r < full { return amount }
        if r < full + partial { return max(1, amount * Int64(10 + rng.next() % 80) / 100) }
        return 0
    }

    /// When a paid invoice was paid: from three weeks early to six weeks late, never before it was
    /// issued nor after today. Derived from the row number, so the random stream (and the rest of the
    /// data set) is the same as without the column.
    static func paidOn(_ n: Int, issued: CalendarDay, due: CalendarDay, today: CalendarDay) -> CalendarDay {
        let offset = Int(UInt64(n) &* 2_654_435_761 % 64) - 21
        return min(today, max(issued, due.adding(days: offset)))
    }

    static func decimal(_ minor: Int64) -> String {
        let cents = minor % 100
        return "\(minor / 100).\(cents < 10 ? "0" : "")\(cents)"
    }
}
