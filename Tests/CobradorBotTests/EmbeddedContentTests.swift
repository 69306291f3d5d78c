import CobradorBot
import CobradorContent
import CobradorCore
import CobradorTestSupport
import Foundation
import Testing

@Suite struct EmbeddedContentTests {
    @Test func theBinaryCarriesEveryReplyOnDisk() throws {
        let root = TestPaths.repoRoot.appendingPathComponent("Responses")
        var onDisk: [Language: [(name: String, text: String)]] = [:]
        for lang in Language.allCases {
            onDisk[lang] = try ContentLocator.yamlFiles(in: root.appendingPathComponent(lang.rawValue))
        }
        let fromDisk = try ResponseLibrary(sources: onDisk)
        let embedded = try ResponseLibrary.load()
        for lang in Language.allCases {
            #expect(fromDisk.keys(lang) == embedded.keys(lang), "the EmbedContent plugin did not embed every file of Responses/")
            for key in fromDisk.keys(lang) {
                #expect(fromDisk.sources[lang]?[key]?.map(\.text) == embedded.sources[lang]?[key]?.map(\.text), "\(key) is stale")
            }
        }
    }

    @Test func everyReplyExistsInBothLanguages() throws {
        let library = try ResponseLibrary.load()
        #expect(library.missingTranslations().isEmpty, "\(library.missingTranslations())")
        #expect(library.keys(.es).count > 100)
    }

    /// The embedded templates are compiled on first use; every one of them must compile.
    @Test func everyEmbeddedTemplateCompiles() throws {
        try ResponseLibrary.load().compileAll()
    }

    /// Compiled lazily, a broken template still fails at its first render, with its file and line.
    @Test func aLazyTemplateReportsItsMistakeWhenRendered() throws {
        let library = try ResponseLibrary(sources: [.es: [("lazy.yml", "broken: \"{{#open}} never closed\"\n")]], compileNow: false)
        #expect(library.keys(.es) == ["broken"])
        #expect { try library.compileAll() } throws: { "\($0)".contains("lazy.yml") && "\($0)".contains("broken") }
    }

    @Test func aBadTemplateFileIsReportedWithItsNameAndLine() {
        let bad = "ok: fine\nbroken: \"{{#open}} never closed\"\n"
        #expect {
            _ = try ResponseLibrary(sources: [.es: [("custom.yml", bad)]])
        } throws: { error in
            "\(error)".contains("custom.yml") && "\(error)".contains("broken")
        }
        #expect {
            _ = try ResponseLibrary(sources: [.es: [("list.yml", "- just\n- a list\n")]])
        } throws: { error in "\(error)".contains("list.yml:1") }
    }

    static func overrideFolder(_ text: String) throws -> URL {
        let dir = TestPaths.temporaryDirectory()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("es"), withIntermediateDirectories: true)
        try text.write(to: dir.appendingPathComponent("es/mine.yml"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test func overridesReplaceSingleKeys() throws {
        let library = try ResponseLibrary.load(overrides: [try Self.overrideFolder("client.which: \"¿Cuál? ¿{{examples}}?\"\n")])
        #expect(try library.render("client.which", .es, ClientQuestionView(examples: "Acme"), variation: 0) == "¿Cuál? ¿Acme?")
        #expect(try library.render("thanks", .es, MessageView(), variation: 0).contains("nada"))
    }

    @Test func anOverrideNamingAnUnknownValueOrKeyIsRefusedWithItsLine() throws {
        #expect {
            _ = try ResponseLibrary.load(overrides: [try Self.overrideFolder("# mine\ngreet: \"¡Buenas, {{name}}!\"\n")])
        } throws: { error in "\(error)".contains("mine.yml:2") && "\(error)".contains("{{name}}") }
        #expect {
            _ = try ResponseLibrary.load(overrides: [try Self.overrideFolder("gret: \"hola\"\n")])
        } throws: { error in "\(error)".contains("'gret'") }
    }
}
