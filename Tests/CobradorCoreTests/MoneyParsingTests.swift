import Foundation
import Testing

@testable import CobradorCore

/// The byte-level reading of plain amounts agrees with the general one on every kind of input.
@Suite struct MoneyParsingTests {
    @Test(arguments: [
        ("1200.50", 2, Int64?.some(120_050)), ("1200,5", 2, 120_050), (" 12.500 ", 2, 1_250), ("-3", 2, -300),
        ("+7.00", 2, 700), ("1.2.3", 2, nil), ("", 2, nil), ("-", 2, nil), ("12.", 2, nil), (".5", 2, nil),
        ("12.345", 2, nil), ("15000", 0, 15_000), ("15000.0", 0, 15_000), ("999999999999", 2, 99_999_999_999_900),
        ("1000000000000", 2, nil), ("1 200", 2, nil), ("\t42\t", 2, 4_200), ("1,234.5", 2, nil),
    ])
    func knownAmounts(text: String, digits: Int, expected: Int64?) {
        #expect(Money.minorUnits(fromPlain: text, digits: digits) == expected)
        #expect(Money.minorUnits(general: text, digits: digits) == expected)
    }

    @Test func byteReadingMatchesTheGeneralReading() {
        let alphabet = Array("0123456789.,-+ \t0000")
        var state: UInt64 = 2026
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 60)
            var text = ""
            var x = state
            for _ in 0..<length {
                x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text.append(alphabet[Int(x >> 59) % alphabet.count])
            }
            for digits in [0, 2, 3] {
                #expect(Money.minorUnits(fromPlain: text, digits: digits) == Money.minorUnits(general: text, digits: digits), "\(text)")
            }
        }
        #expect(Money.minorUnits(fromPlain: "1\u{00A0}200", digits: 2) == Money.minorUnits(general: "1\u{00A0}200", digits: 2))
        #expect(Money.minorUnits(fromPlain: "\u{00A0}12.50", digits: 2) == 1_250)
    }

    @Test func isoStringsArePadded() {
        #expect(CalendarDay(year: 2026, month: 1, day: 5)!.isoString == "2026-01-05")
        #expect(CalendarDay(year: 987, month: 12, day: 31)!.isoString == "0987-12-31")
    }
}

/// `trimmingBlanks` is Foundation's trimming without NSString (found by the webhook fuzzer: a space
/// followed by a zero-width joiner was kept).
@Suite struct TrimmingTests {
    @Test(arguments: [
        " \u{200D}👦 ", "\t recordar a Acme\u{0000} \n", "  ", "", "a", " \u{00A0}hola\u{2003} ", "\r\nline\u{2028}",
        "\u{0085}x\u{0085}", " é\u{0301} ", "\u{1F}x\u{1F}", "👍🏽 ", "\u{000B}v\u{000C}",
    ])
    func matchesFoundation(text: String) {
        #expect(text.trimmingBlanks() == text.trimmingCharacters(in: .whitespaces))
        #expect(text.trimmingBlanks(andNewlines: true) == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
