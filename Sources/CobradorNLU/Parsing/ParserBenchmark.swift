import CobradorCore
import Foundation

/// Throughput of the parser on a fixed mix of messages, for `cobrador-bench` and the tests.
public enum ParserBenchmark {
    public struct Report: Sendable, CustomStringConvertible {
        public var messages: Int
        public var seconds: Double
        public var clients: Int
        public var messagesPerSecond: Double { seconds > 0 ? Double(messages) / seconds : 0 }
        public var description: String {
            let rate = Int(messagesPerSecond)
            return "parser: \(messages) messages in \(String(format: "%.3f", seconds)) s = \(rate) msg/s (\(clients) clients)"
        }
    }

    public static let sampleMessages = [
        "¿quién me debe?", "recordar a Cliente 17", "Cliente 250 pagó 450 € de la F-2026-088", "who owes me?",
        "llamé a Cliente 9 ayer y no contestan", "next step for Cliente 42", "facturas vencidas hace más de 30 días",
        "nueva factura para Cliente 3 de 1.200,50 € que vence el 15/01/2027", "Cliente 77 promised to pay by Friday",
        "el email de Cliente 5 es pagos@cliente5.es", "gracias", "sí", "¿qué tiempo hace en Madrid?",
        "draft a firm reminder for Cliente 800 about invoice INV-5521", "pausa los recordatorios a Cliente 12",
    ]

    /// Synthetic client names ("Cliente 1 S.L." …) with distinctive made-up words so matching is exercised.
    public static func syntheticClients(_ count: Int) -> [GazetteerEntry] {
        let syllables = ["ka", "lo", "mi", "ren", "tu", "sa", "vex", "dor", "pli", "zan", "gor", "bel"]
        return (0..<count).map { i in
            var word = ""
            var x = i
            repeat {
                word += syllables[x % syllables.count]
                x /= syllables.count
            } while x > 0
            return GazetteerEntry(
                id: Int64(i + 1), name: "\(word.capitalized)\(i % 7 == 0 ? " Ibérica" : "") S.L.",
                aliases: ["Cliente \(i + 1)"])
        }
    }

    public static func run(catalog: IntentCatalog, clients: Int = 1_000, iterations: Int = 20_000) -> Report {
        let gazetteer = ClientGazetteer(syntheticClients(clients))
        let parser = NLUParser(catalog: catalog, clients: gazetteer, invoiceNumbers: ["F-2026-088": 1, "INV-5521": 2])
        let today = CalendarDay(year: 2026, month: 11, day: 30)!
        var sink = 0
        let start = DispatchTime.now().uptimeNanoseconds
        for k in 0..<iterations {
            let r = parser.parse(sampleMessages[k % sampleMessages.count], today: today)
            sink &+= r.entities.count
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        precondition(sink >= 0)
        return Report(messages: iterations, seconds: seconds, clients: clients)
    }
}
