/// Deterministic texts built from pieces that JSON must escape or carry as they are (quotes,
/// backslashes, control characters, multi-byte letters, emoji), for round-trip tests.
enum TrickyTexts {
    static let pieces = ["a", "ñ", "\"", "\\", "\n", "\u{00}", "\u{1B}", "€", "🧾", " ", "\t", "é", "\u{7F}", "{", "}", "/", "\u{2028}"]

    static func make(_ count: Int, seed: UInt64, maxPieces: UInt64 = 40) -> [String] {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
        return (0..<count).map { _ in
            (0..<Int(next() % maxPieces)).map { _ in pieces[Int(next() >> 33) % pieces.count] }.joined()
        }
    }
}
