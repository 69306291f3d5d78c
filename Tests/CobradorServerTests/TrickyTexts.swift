/// Deterministic texts built from pieces that JSON must escape or carry as they are (quotes,
/// backslashes, control characters, multi-byte letters, emoji), for round-trip tests.
enum TrickyTexts {
    static let pieces = ["a", "ñ", "\"", "\\", "\n", "\u{00}", "\u{1B}", "€", "🧾", " ", "\t", "é", "\u{7F}", "{", "}", "/", "\u{2028}"]

    static func make(_ count: Int, seed: UInt64, maxPieces: UInt64 = 40) -> [String] {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state
        }
        return (0..<count).map { _ in
            (0..<Int(next() % maxPieces)).map { _ in pieces[Int(next() >> 33) % pieces.count] }.joined()
        }
    }
}
