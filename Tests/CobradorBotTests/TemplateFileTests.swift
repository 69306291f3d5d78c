import CobradorCore
import CobradorTemplateFiles
import Testing

/// The templates file format: read with the line of each variation, carried in the binary as one
/// string and read back unchanged; a mistake named by its file and line.
@Suite struct TemplateFileTests {
    static let yaml = """
        greeting: "Hola, {{name}}."
        reminder:
          - "Primera variación."
          - |
            Segunda,
            en dos líneas.
        empty_text: ""
        """

    @Test func readsEachKeyWithItsLines() throws {
        let file = try TemplateFile.read(name: "es/replies.yml", text: TemplateFileTests.yaml)
        #expect(file.entries.map(\.key) == ["greeting", "reminder", "empty_text"])
        #expect(file.entries[0].variants == [TemplateFile.Variant(line: 1, text: "Hola, {{name}}.")])
        #expect(file.entries[1].variants.map(\.text) == ["Primera variación.", "Segunda,\nen dos líneas.\n"])
        #expect(file.entries[1].variants.map(\.line) == [3, 4])
    }

    @Test func encodedFilesDecodeUnchanged() throws {
        let files = [
            try TemplateFile.read(name: "es/replies.yml", text: TemplateFileTests.yaml),
            TemplateFile(name: "en/empty.yml", entries: []),
            try TemplateFile.read(name: "en/replies.yml", text: "a: \"x\"\nb:\n  - \"\"\n  - \"ü 👍🏽 \\t tab\"\n"),
        ]
        let encoded = try #require(TemplateFile.encode(files))
        let decoded = TemplateFile.decode(encoded)
        #expect(decoded.map(\.name) == files.map(\.name))
        #expect(decoded.map(\.entries) == files.map(\.entries))
    }

    @Test func aSeparatorInATextCannotBeEncoded() {
        for mark in ["\u{1D}", "\u{1E}", "\u{1F}"] {
            let file = TemplateFile(name: "es/x.yml", entries: [.init(key: "k", variants: [.init(line: 1, text: "a\(mark)b")])])
            #expect(TemplateFile.encode([file]) == nil)
        }
        #expect(TemplateFile.encode([TemplateFile(name: "es/x.yml", entries: [])]) != nil)
    }

    @Test func mistakesNameTheFileAndLine() {
        let cases: [(String, Int)] = [("a: \"ok\"\nb: [unclosed\n", 3), ("- just\n- a list\n", 1), ("a: \"ok\"\nb:\n  c: d\n", 3)]
        for (text, line) in cases {
            #expect(throws: FileLineError.self) { try TemplateFile.read(name: "en/bad.yml", text: text) }
            do {
                _ = try TemplateFile.read(name: "en/bad.yml", text: text)
            } catch {
                #expect(error.file == "en/bad.yml")
                #expect(error.line == line, "\(text)")
            }
        }
    }
}
