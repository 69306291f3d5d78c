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
                #expect(fromDisk.render(key, lang, [:], variation: 0) == embedded.render(key, lang, [:], variation: 0), "\(key) is stale")
            }
        }
    }

    @Test func everyReplyExistsInBothLanguages() throws {
        let library = try ResponseLibrary.load()
        #expect(library.missingTranslations().isEmpty, "\(library.missingTranslations())")
        #expect(library.keys(.es).count > 100)
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

    @Test func overridesReplaceSingleKeys() throws {
        let dir = TestPaths.temporaryDirectory()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("es"), withIntermediateDirectories: true)
        try "greet: \"¡Buenas, {{name}}!\"\n".write(to: dir.appendingPathComponent("es/mine.yml"), atomically: true, encoding: .utf8)
        let library = try ResponseLibrary.load(overrides: [dir])
        #expect(library.render("greet", .es, ["name": "Ana"], variation: 0) == "¡Buenas, Ana!")
        #expect(library.render("thanks", .es, [:], variation: 0).contains("nada"))
    }
}
