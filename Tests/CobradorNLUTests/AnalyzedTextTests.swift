import Testing

@testable import CobradorNLU

/// Offsets are Character offsets whichever way the text is stepped: the fast path (one scalar per
/// Character) and the grapheme path must agree with `Array(text)`.
@Suite struct AnalyzedTextTests {
    static let texts = [
        "pagó 450 € hoy", "recordar a Acme", "café\r\nok listo", "e\u{301}xito de Acme", "👍🏽 pagó Globex",
        "🇪🇸 Núñez pagó", "a\u{200D}b c", "ok\n\nsigue", "¿quién me debe?", "", "450 € — “vale”… ok", "₹500\u{20DD} x",
    ]

    @Test func fastPathOnlyWhenEachScalarIsACharacter() {
        #expect(AnalyzedText.oneScalarPerCharacter("pagó 450 $ hoy"))
        #expect(AnalyzedText.oneScalarPerCharacter("¿quién me debe?\nya"))
        #expect(AnalyzedText.oneScalarPerCharacter("line\rnext"))
        #expect(!AnalyzedText.oneScalarPerCharacter("café\r\nok"))
        #expect(!AnalyzedText.oneScalarPerCharacter("e\u{301}xito"))
        #expect(!AnalyzedText.oneScalarPerCharacter("👍🏽"))
        #expect(AnalyzedText.oneScalarPerCharacter("450 € — “vale”…"))
        #expect(!AnalyzedText.oneScalarPerCharacter("€\u{20DD}"))
        #expect(!AnalyzedText.oneScalarPerCharacter("a\u{2028}b\u{200D}c"))
        for text in AnalyzedTextTests.texts where AnalyzedText.oneScalarPerCharacter(text) {
            #expect(text.unicodeScalars.count == text.count, "\(text)")
        }
    }

    /// Every sign let through stands alone between letters, digits, spaces and line breaks.
    @Test func punctuationLetThroughIsOneCharacterEach() {
        for v in UInt32(0x2000)...0x20FF where AnalyzedText.isStandalonePunctuation(v) {
            let sign = String(Unicode.Scalar(v)!)
            for text in ["a\(sign)b", "1\(sign)2", " \(sign)\n", "\(sign)\(sign)", "\r\(sign)"] {
                #expect(text.count == text.unicodeScalars.count, "U+\(String(v, radix: 16))")
            }
        }
    }

    @Test(arguments: texts)
    func tokensPointAtTheirCharacters(_ text: String) {
        let a = AnalyzedText(text)
        let characters = Array(text)
        #expect(a.count == characters.count)
        for t in a.tokens {
            #expect(a.text(t.start, t.end) == String(characters[t.start..<t.end]), "\(text): \(t.norm)")
        }
    }

    @Test func offsetsAfterACombinedCharacter() {
        let a = AnalyzedText("👍🏽 pagó Globex")
        #expect(a.tokens.map(\.norm) == ["pago", "globex"])
        #expect(a.tokens.map(\.start) == [2, 7])
        #expect(a.endsAccented(a.tokens[0]))
        let b = AnalyzedText("café\r\nok")
        #expect(b.tokens.map(\.start) == [0, 5])
        #expect(b.lineBreaks == [4])
    }
}
