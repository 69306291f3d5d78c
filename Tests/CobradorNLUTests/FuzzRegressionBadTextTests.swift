import CobradorCore
import CobradorNLU
import CobradorTestSupport
import Foundation
import Testing

/// Chat text nobody should send but somebody will (docs/bad-input.md, "Chat text"): the parser answers
/// one line of valid JSON carrying the text back, quickly; `cobrador ask` and `cobrador chat` answer
/// politely and exit 0. Crashing inputs found by `scripts/fuzz.sh parser` are added to `cases`.
@Suite struct FuzzRegressionBadTextTests {
    /// Bytes decoded as the terminal and the webhooks decode them (invalid UTF-8 becomes U+FFFD).
    static func decoded(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    static func garbage(_ count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
    }

    static let cases: [(name: String, text: String)] = [
        ("empty", ""),
        ("spaces and newlines", "   \n\t  \r\n "),
        ("100 KB of words", String(repeating: "quién me debe acme pagó 450 € ", count: 3_400)),
        ("100 KB without spaces", String(repeating: "x", count: 100_000)),
        ("100 KB of digits", String(repeating: "1234567890", count: 10_000)),
        ("binary garbage", decoded(garbage(4_096, seed: 7))),
        ("NUL and control characters", "acme\u{0}pagó\u{1}\u{7}\u{1B}[31m 450 €\u{7F}\u{8}"),
        ("emoji", "👋🏽 ¿quién me debe? 💸💸 👨‍👩‍👧‍👦 🇪🇸 acme 🙏"),
        ("RTL Arabic", "مرحبا، من يدين لي بالمال؟ acme"),
        ("RTL Hebrew with bidi overrides", "\u{202E}שלום acme\u{202C} \u{200F}מי חייב לי\u{200E}"),
        ("combining marks", "Nu\u{0303}n\u{0303}ez pago\u{0301} 4\u{0301}5\u{0301}0 €"),
        ("zero-width characters", "ac\u{200B}me pa\u{200D}gó\u{FEFF} 450 €"),
        ("line separators", "acme\u{2028}pagó\u{2029}450 €"),
        ("huge amount", "Acme pagó 99999999999999999999999999999 € de la F-2026-088"),
        ("huge amount with decimals", "$999,999,999,999,999,999,999.99 from Acme"),
        ("impossible dates", "Acme pagará el 31/02/2026, el 99/99/99999 y el 0000-00-00"),
        ("huge relative date", "recordar a acme en 999999999999999999 días"),
        ("huge day count", "facturas vencidas hace más de 99999999999999999999 días"),
        ("JSON look-alike", #"{"text": "¿quién me debe?", "today": "2026-13-45"}"#),
        ("unbalanced quotes", "revisa este borrador: \"pague ya o «le demando"),
        ("only punctuation", "¿¡?!.,;:…—–-«»\"'()[]{}"),
        ("lone surrogate-like escapes", #"\ud800 \udfff \u0000"#),
        ("long email and phone", "email " + String(repeating: "a", count: 5_000) + "@x.es tel +" + String(repeating: "9", count: 500)),
    ]

    @Test(arguments: cases)
    func parserAnswersValidJSON(name: String, text: String) throws {
        let clock = ContinuousClock()
        let start = clock.now
        let line = Fixtures.parser.parse(text, today: Fixtures.today).jsonLine()
        #expect(clock.now - start < .seconds(5), "\(name): too slow")
        #expect(!line.contains("\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(name): not JSON")
        #expect(object["text"] as? String == text, "\(name): text does not round-trip")
        #expect(object["intent"] is String)
    }

    /// Forced languages take other branches (the other language's model); they must hold too.
    @Test(arguments: [Language.es, .en])
    func forcedLanguageOnGarbage(language: Language) throws {
        let text = Self.decoded(Self.garbage(2_048, seed: 99))
        let line = Fixtures.parser.parse(text, today: Fixtures.today, language: language).jsonLine()
        #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any])
    }
}

/// The same inputs through the real binary: a polite answer, exit status 0, no stack trace.
@Suite(.serialized, .ownThread) struct FuzzRegressionBadTextCLITests {
    static let politeMarkers = ["cobrador", "help", "ayuda", "Acme", "deben", "owe", "facturas", "invoices", "?", "¿"]

    @Test(arguments: [
        "", "   ", String(repeating: "quién me debe acme ", count: 5_500), "👋🏽💸 🙏", "مرحبا، من يدين لي؟",
        "\u{202E}acme\u{202C}", "\u{1}\u{7F}\u{1B}[2J", "Acme pagó 99999999999999999999999 €",
    ])
    func askAnswersPolitely(text: String) throws {
        let cli = try CLIRunner.withFixture()
        let out = try cli.run(["ask", text])
        #expect(out.status == 0, "stderr: \(out.stderr)")
        #expect(!out.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        #expect(!out.stderr.contains("Fatal") && !out.stdout.contains("Fatal"))
        #expect(Self.politeMarkers.contains { out.stdout.contains($0) })
    }

    /// Raw bytes no shell argument can carry (NUL, invalid UTF-8) through `chat` over a pipe.
    @Test func chatSurvivesBinaryGarbageOnStandardInput() throws {
        let cli = try CLIRunner.withFixture()
        var bytes = Array("¿quién me debe?\n".utf8)
        bytes += [0x00, 0xFF, 0xFE, 0xC3, 0x28, 0x0A] + FuzzRegressionBadTextTests.garbage(3_000, seed: 3).filter { $0 != 0x0A }
        bytes += Array("\nwho owes me?\n".utf8)
        let process = Process()
        process.executableURL = TestPaths.binary
        process.arguments = ["--db", cli.database.path, "--today", cli.today, "chat"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data(bytes))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        try #require(process.waitUntilExit(within: .seconds(60)))
        #expect(process.terminationStatus == 0)
        #expect(text.contains("Te deben 8 clientes"))
        #expect(text.contains("8 clients owe you money"))
    }
}
