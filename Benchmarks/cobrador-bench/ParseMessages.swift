import Foundation

/// Chat messages naming clients of the generated data set the way people type them: a distinctive
/// word, the full name, lower case without accents, a typo, in Spanish and English.
enum ParseMessages {
    static let templates = [
        "¿cuánto me debe {c}?", "recordar a {c}", "{c} pagó 450 € de la INV-0000088", "who owes me?",
        "llamé a {c} ayer y no contestan", "next step for {c}", "facturas vencidas hace más de 30 días",
        "nueva factura para {c} de 1.200,50 € que vence el 15/01/2027", "{c} promised to pay by Friday",
        "el email de {c} es pagos@example.es", "gracias", "¿qué hago con {c}?", "¿qué tiempo hace en Madrid?",
        "draft a firm reminder for {c} about invoice INV-0005521", "pausa los recordatorios a {c}", "estado de {c}",
    ]

    static func make(names: [String], count: Int, seed: UInt64) -> [String] {
        var rng = SplitMix64(seed: seed ^ 0xC0B)
        return (0..<count).map { k in
            let name = names[Int(rng.next() % UInt64(names.count))]
            let words = name.split(separator: " ")
            let mention: String
            switch k % 4 {
            case 0: mention = name
            case 1: mention = String(words[0]).lowercased()
            case 2: mention = words.prefix(2).joined(separator: " ")
            default: mention = typo(String(words[0]), rng: &rng)
            }
            return templates[k % templates.count].replacingOccurrences(of: "{c}", with: mention)
        }
    }

    /// Drops one letter (not the first): "Kalomi" → "Kaomi".
    static func typo(_ word: String, rng: inout SplitMix64) -> String {
        guard word.count > 5 else { return word }
        var chars = Array(word)
        chars.remove(at: 1 + Int(rng.next() % UInt64(chars.count - 1)))
        return String(chars)
    }
}
