import Testing

@testable import CobradorNLU

/// The compiled pattern program against readings made the way the scorer makes them: order, bounded
/// gaps, optional words, a start or end anchor, several-word alternatives, prefix words and
/// placeholders.
@Suite struct PatternProgramTests {
    /// Patterns compiled into one program over one vocabulary, and a reading of words (a word in
    /// braces is an entity's placeholder position).
    struct Fixture {
        var vocabulary = Vocabulary()
        var program = PatternProgram()

        init(_ patterns: [String]) {
            var compiled: [IntentPattern] = []
            for (k, p) in patterns.enumerated() {
                guard case .success(let pattern) = IntentPattern.compile(p, weight: 1, intent: k, mask: 1, vocabulary: &vocabulary)
                else {
                    Issue.record("\(p) did not compile")
                    continue
                }
                compiled.append(pattern)
            }
            vocabulary.finish()
            program = PatternProgram(compiled)
        }

        func matches(_ pattern: Int, _ message: String) -> Bool {
            var positions = FeaturePositions()
            for word in message.split(separator: " ").map(String.init) {
                if word.hasPrefix("{"), let id = vocabulary.id(word) {
                    positions.append(id)
                } else {
                    _ = WordTerms.lookUp(word, vocabulary, into: &positions)
                }
            }
            var present = TermSet(termCount: vocabulary.words.count)
            for t in positions.terms { present.insert(t) }
            return positions.withView { program.matches(pattern, $0, present: present) }
        }
    }

    @Test func wordsInOrderWithABoundedGap() {
        let f = Fixture(["(quien|quienes) * debe*"])
        #expect(f.matches(0, "quien me debe"))
        #expect(f.matches(0, "quienes nos deben dinero"))
        #expect(f.matches(0, "hola quien debe"))
        #expect(!f.matches(0, "me debe quien"))
        #expect(f.matches(0, "quien a b c d debe"))
        #expect(!f.matches(0, "quien a b c d e debe"), "a gap skips at most \(IntentPattern.maxGap) words")
    }

    @Test func startAnchorOptionalWordAndPlaceholder() {
        let f = Fixture(["^ recorda* [a] {client}"])
        #expect(f.matches(0, "recordar a {client}"))
        #expect(f.matches(0, "recordale {client}"))
        #expect(!f.matches(0, "hola recordar a {client}"))
        #expect(!f.matches(0, "recordar a"))
        #expect(!f.matches(0, "recordar a b {client}"))
    }

    @Test func endAnchor() {
        let f = Fixture(["pago $"])
        #expect(f.matches(0, "el pago"))
        #expect(!f.matches(0, "pago hoy"))
    }

    @Test func alternativesOfSeveralWords() {
        let f = Fixture(["(didn t|did not|never) pay*"])
        #expect(f.matches(0, "they didn t pay"))
        #expect(f.matches(0, "they did not pay yet"))
        #expect(f.matches(0, "never pays"))
        #expect(!f.matches(0, "they did pay"))
        #expect(!f.matches(0, "not pay did"))
    }

    @Test func eachPatternOfTheProgramIsItsOwn() {
        let f = Fixture(["deudores", "who owe*", "^ estado {client}"])
        #expect(f.program.count == 3)
        #expect(f.matches(0, "lista de deudores"))
        #expect(!f.matches(1, "lista de deudores"))
        #expect(f.matches(1, "who owes me"))
        #expect(f.matches(2, "estado {client}"))
        #expect(!f.matches(2, "deudores estado {client}"))
        #expect(f.program.headers.map(\.intent) == [0, 1, 2])
    }

    @Test func aMisspeltWordStillMatches() {
        let f = Fixture(["recordatorio"])
        #expect(f.matches(0, "recordatorio"))
        #expect(f.matches(0, "recordatorrio"))
        #expect(!f.matches(0, "calendario"))
    }
}
