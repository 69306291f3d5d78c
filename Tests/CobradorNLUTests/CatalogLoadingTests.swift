import CobradorContent
import CobradorCore
import CobradorNLU
import Foundation
import Testing

@Suite struct CatalogLoadingTests {
    /// The copy the EmbedContent plugin compiles into the binary is exactly what is in `Intents/`.
    @Test func embeddedCopyMatchesDisk() throws {
        let dir = Fixtures.repositoryRoot.appendingPathComponent("Intents")
        let disk = try IntentCatalogLoader.readDirectory(dir).map { (String($0.path.dropFirst(dir.path.count + 1)), $0.text) }
        let embedded = IntentCatalogLoader.embeddedFiles
        #expect(disk.map(\.0) == embedded.map(\.path), "the plugin missed a file of Intents/")
        for (d, e) in zip(disk, embedded) {
            #expect(d.1 == e.text, "\(d.0) differs from the embedded copy")
        }
    }

    @Test func everyIntentHasBothLanguages() {
        let files = IntentCatalogLoader.embeddedFiles.map(\.path)
        for intent in IntentCatalog.builtInIntents {
            #expect(files.contains("es/\(intent).yaml") && files.contains("en/\(intent).yaml"), "\(intent)")
        }
        #expect(Fixtures.catalog.intents.sorted() == IntentCatalog.builtInIntents.sorted())
    }

    @Test func badFileReportsNameLineAndReason() throws {
        let yaml = "language: es\nintent: who_owes\nkeywords:\n  deudor: mucho\n"
        #expect {
            _ = try IntentCatalogLoader.compile(IntentCatalogLoader.embeddedFiles + [("extra/bad.yaml", yaml)])
        } throws: { error in
            let e = error as? FileLineError
            return e?.file == "extra/bad.yaml" && e?.line == 4 && (e?.reason.contains("weight") ?? false)
                && e!.description.hasPrefix("extra/bad.yaml:4: ")
        }
        #expect(throws: FileLineError.self) {
            _ = try IntentCatalogLoader.compile([("x.yaml", "language: es\nintent: [unclosed\n")])
        }
        #expect {
            _ = try IntentCatalogLoader.compile(
                IntentCatalogLoader.embeddedFiles + [("p.yaml", "language: en\nintent: help\npatterns:\n  - \"(open\"\n")])
        } throws: { ($0 as? FileLineError)?.line == 4 }
        #expect {
            _ = try IntentCatalogLoader.compile(IntentCatalogLoader.embeddedFiles + [("l.yaml", "language: en\nlexicon:\n  montsh: {jan: 1}\n")])
        } throws: { ($0 as? FileLineError)?.line == 3 }
    }

    @Test func extraDirectoryAddsPhrasingsAndIntents() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cobrador-intents-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "language: es\nintent: who_owes\nexamples:\n  - \"¿quién anda fiado?\"\nkeywords:\n  fiado: 6\n"
            .write(to: dir.appendingPathComponent("extra.yaml"), atomically: true, encoding: .utf8)
        try "language: es\nintent: export_csv\nexamples:\n  - exporta las facturas a csv\nkeywords:\n  exporta: 5\n  csv: 3\n"
            .write(to: dir.appendingPathComponent("export.yml"), atomically: true, encoding: .utf8)
        let catalog = try IntentCatalogLoader.load(extraDirectories: [dir], environment: [:], executableDirectory: nil)
        let parser = NLUParser(catalog: catalog, clients: ClientGazetteer(Fixtures.clients))
        #expect(parser.parse("quién anda fiado", today: Fixtures.today).intent == "who_owes")
        #expect(parser.parse("exporta todo a csv", today: Fixtures.today).intent == "export_csv")
        let viaEnv = try IntentCatalogLoader.load(extraDirectories: [], environment: ["COBRADOR_INTENTS": dir.path], executableDirectory: nil)
        #expect(viaEnv.intents.contains("export_csv"))
    }

    @Test func intentsFolderNextToTheExecutableWins() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cobrador-bin-\(UUID().uuidString)")
        let intents = dir.appendingPathComponent("Intents/es")
        try FileManager.default.createDirectory(at: intents, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "language: es\nintent: greet\nexamples: [hola]\n".write(
            to: intents.appendingPathComponent("greet.yaml"), atomically: true, encoding: .utf8)
        let catalog = try IntentCatalogLoader.load(extraDirectories: [], environment: [:], executableDirectory: dir)
        #expect(catalog.intents.sorted() == ["fallback", "greet"])
    }

    @Test func loadingIsCheap() throws {
        // The compile runs on this thread: its CPU time, unlike the wall clock, does not grow when the
        // other tests load the machine. Debug builds are several times slower than release; this only
        // catches gross regressions.
        let start = Self.threadCPUSeconds()
        _ = try IntentCatalogLoader.compile(IntentCatalogLoader.embeddedFiles)
        #expect(Self.threadCPUSeconds() - start < 1.0)
    }

    static func threadCPUSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}

@Suite struct ThroughputTests {
    @Test func parsingCostHardlyGrowsWithTheNumberOfClients() {
        // Client names are found through an index, not by trying each one: fifty times the clients may
        // not cost three times the time. Runs alternate and the best of each size counts, since a busy
        // machine only ever slows a run down. (Release throughput: `scripts/bench.sh`.)
        var few = 0.0
        var many = 0.0
        for _ in 0..<3 {
            few = max(few, ParserBenchmark.run(catalog: Fixtures.catalog, clients: 200, iterations: 300).messagesPerSecond)
            many = max(many, ParserBenchmark.run(catalog: Fixtures.catalog, clients: 10_000, iterations: 300).messagesPerSecond)
        }
        #expect(many * 3 > few, "200 clients: \(Int(few)) msg/s, 10,000 clients: \(Int(many)) msg/s")
    }
}
