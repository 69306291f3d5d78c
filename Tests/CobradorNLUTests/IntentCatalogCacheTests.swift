import CobradorContent
import CobradorCore
import CobradorNLU
import CobradorTestSupport
import Foundation
import Testing

@Suite struct IntentCatalogCacheTests {
    let sentences = [
        "¿quién me debe?", "Acme pagó 1.200,50 € de la F-2026-101", "remind Globex", "Soylent dice que paga el viernes",
        "revisa el tono: 'pagad YA'", "reanuda Umbrella", "what late fee can I charge Soylent?", "cuéntame un chiste",
    ]

    func results(_ catalog: IntentCatalog) -> [String] {
        let gazetteer = ClientGazetteer([
            GazetteerEntry(id: 1, name: "Acme S.L."), GazetteerEntry(id: 2, name: "Globex Corporation"),
            GazetteerEntry(id: 3, name: "Soylent S.A. de C.V."), GazetteerEntry(id: 4, name: "Umbrella Ibérica S.A."),
        ])
        let parser = NLUParser(catalog: catalog, clients: gazetteer)
        let today = CalendarDay(year: 2026, month: 11, day: 30)!
        return sentences.map { parser.parse($0, today: today).jsonLine() }
    }

    @Test func aCachedCatalogParsesExactlyLikeAFreshOne() throws {
        let cacheHome = TestPaths.temporaryDirectory()
        let env = ["XDG_CACHE_HOME": cacheHome.path]
        let fresh = try IntentCatalogLoader.load(extraDirectories: [], environment: env, executableDirectory: nil)
        let files = try FileManager.default.contentsOfDirectory(atPath: cacheHome.appendingPathComponent("cobrador").path)
        #expect(files.count == 1 && files[0].hasPrefix("intents-"))
        let cached = try IntentCatalogLoader.load(extraDirectories: [], environment: env, executableDirectory: nil)
        #expect(results(fresh) == results(cached))
        let uncached = try IntentCatalogLoader.load(extraDirectories: [], environment: ["COBRADOR_NO_CACHE": "1"], executableDirectory: nil)
        #expect(results(uncached) == results(cached))
    }

    @Test func anEditedIntentFileGetsItsOwnEntry() throws {
        let cacheHome = TestPaths.temporaryDirectory()
        let extra = TestPaths.temporaryDirectory()
        let file = extra.appendingPathComponent("extra.yaml")
        try "language: es\nintent: who_owes\nexamples:\n  - \"quién me adeuda pasta\"\n".write(to: file, atomically: true, encoding: .utf8)
        let env = ["XDG_CACHE_HOME": cacheHome.path]
        _ = try IntentCatalogLoader.load(extraDirectories: [extra], environment: env, executableDirectory: nil)
        try "language: es\nintent: who_owes\nexamples:\n  - \"quién me adeuda plata\"\n".write(to: file, atomically: true, encoding: .utf8)
        _ = try IntentCatalogLoader.load(extraDirectories: [extra], environment: env, executableDirectory: nil)
        let entries = try FileManager.default.contentsOfDirectory(atPath: cacheHome.appendingPathComponent("cobrador").path)
        #expect(entries.count == 2)
    }

    @Test func aDamagedCacheEntryIsIgnored() throws {
        let cacheHome = TestPaths.temporaryDirectory()
        let env = ["XDG_CACHE_HOME": cacheHome.path]
        _ = try IntentCatalogLoader.load(extraDirectories: [], environment: env, executableDirectory: nil)
        let dir = cacheHome.appendingPathComponent("cobrador")
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) {
            try Data("not a snapshot".utf8).write(to: dir.appendingPathComponent(name))
        }
        let catalog = try IntentCatalogLoader.load(extraDirectories: [], environment: env, executableDirectory: nil)
        #expect(results(catalog).first?.contains("who_owes") == true)
    }
}

@Suite struct IntentCatalogCacheFormatTests {
    @Test(arguments: ["plain", "tab\there", "line\nbreak", "crlf\r\nx", "back\\slash", "unit\u{1F}sep", "", "ñ «» 🙂"])
    func awkwardTextSurvivesTheCacheFormat(text: String) throws {
        let cacheHome = TestPaths.temporaryDirectory()
        let extra = TestPaths.temporaryDirectory()
        let yaml = "language: es\nintent: extra_intent\nexamples:\n  - \(String(reflecting: "hola \(text) adiós"))\n"
            .replacingOccurrences(of: "\\u{1F}", with: "\\x1F")
        try yaml.write(to: extra.appendingPathComponent("extra.yaml"), atomically: true, encoding: .utf8)
        let env = ["XDG_CACHE_HOME": cacheHome.path]
        guard let fresh = try? IntentCatalogLoader.load(extraDirectories: [extra], environment: env, executableDirectory: nil) else {
            return  // YAML itself refused the text: nothing to cache
        }
        let cached = try IntentCatalogLoader.load(extraDirectories: [extra], environment: env, executableDirectory: nil)
        #expect(fresh.snapshot() == cached.snapshot())
        #expect(fresh.intents == cached.intents)
    }
}
