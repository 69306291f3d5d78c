import CobradorOutbound
import Foundation
import Testing

@Suite("Discord splitting")
struct MessageSplitterTests {
    @Test func shortTextIsOnePart() {
        #expect(MessageSplitter.split("hola\nmundo", limit: 2000) == ["hola\nmundo"])
        #expect(MessageSplitter.split("", limit: 2000) == [])
    }

    @Test func splitsOnLineBoundaries() {
        let lines = (1...300).map { "Línea \($0): Acme debe 1.200,50 €" }
        let text = lines.joined(separator: "\n")
        let parts = MessageSplitter.split(text, limit: 2000)
        #expect(parts.count > 1)
        #expect(parts.allSatisfy { $0.utf16.count <= 2000 })
        #expect(parts.joined(separator: "\n") == text)  // nothing lost, no line cut
        for part in parts {
            #expect(part.split(separator: "\n").allSatisfy { lines.contains(String($0)) })
        }
    }

    @Test func cutsAnOverlongLineAtASpace() {
        let word = "palabra "
        let line = String(repeating: word, count: 600)  // 4,800 characters, one line
        let parts = MessageSplitter.split(line, limit: 2000)
        #expect(parts.count == 3)
        #expect(parts.allSatisfy { $0.utf16.count <= 2000 })
        #expect(parts.dropLast().allSatisfy { $0.hasSuffix(" ") })
        #expect(parts.joined() == line)
    }

    @Test func cutsAnOverlongWordAnywhere() {
        let parts = MessageSplitter.split(String(repeating: "x", count: 4500), limit: 2000)
        #expect(parts.map(\.count) == [2000, 2000, 500])
    }

    @Test func discordPayloadsAreSplitAndMuteMentions() throws {
        let text = (1...200).map { "línea número \($0) con algo de texto para llenar" }.joined(separator: "\n")
        let bodies = WebhookPayload.bodies(for: text, format: .discord)
        #expect(bodies.count >= 5)
        var rebuilt: [String] = []
        for body in bodies {
            let json = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
            let content = try #require(json["content"] as? String)
            #expect(content.utf16.count <= 2000)
            let mentions = try #require(json["allowed_mentions"] as? [String: Any])
            #expect((mentions["parse"] as? [Any])?.isEmpty == true)
            rebuilt.append(content)
        }
        #expect(rebuilt.joined(separator: "\n") == text)
    }

    @Test(arguments: [ChatFormat.slack, .mattermost, .teams, .googlechat])
    func textFormatsAreOneTextPayload(format: ChatFormat) throws {
        let text = String(repeating: "a\n", count: 3000)
        let bodies = WebhookPayload.bodies(for: text, format: format)
        #expect(bodies.count == 1)
        #expect(try JSONDecoder().decode([String: String].self, from: bodies[0]) == ["text": text])
    }
}
