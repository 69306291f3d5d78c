import CobradorTerminal
import Foundation
import Testing

/// The batch line reader: one JSON object per line, "text" and "today" taken, every other field and
/// value checked and skipped; a line that is not exactly one JSON object is read as plain text.
@Suite struct BatchRequestTests {
    @Test(arguments: [
        (#"{"text": "¿quién me debe?", "today": "2026-11-30"}"#, "¿quién me debe?", "2026-11-30"),
        (#"{"today":"2026-12-07","text":"hola","intent":"greet","n":[1,2.5e3,{"a":null}],"ok":true}"#, "hola", "2026-12-07"),
        (#"  {"text": "a \"quote\" \\ and \/ \u00e9\u20ac \ud83d\ude00 \n"}  "#, "a \"quote\" \\ and / é€ 😀 \n", nil),
        (#"{"text": 42}"#, "", nil),
        (#"{"text": null, "today": 3}"#, "", nil),
        (#"{}"#, "", nil),
    ])
    func objects(_ line: String, _ text: String, _ today: String?) {
        #expect(BatchRequest(line: line) == BatchRequest(text: text, today: today))
    }

    @Test(arguments: [
        "not json at all", #"{"text": "unterminated"#, #"{"text": "a"} trailing"#, #"["text"]"#, #"{"text": "bad \x escape"}"#,
        #"{"text": "a",}"#, #"{"text": 01}"#, #"{"text" "a"}"#, #"{"text": "\ud800"#,
    ])
    func anythingElseIsPlainText(_ line: String) {
        #expect(BatchRequest(line: line) == BatchRequest(text: line))
    }

    @Test func invalidUTF8IsRepairedNotDropped() {
        let r = BatchRequest(line: Array(#"{"text": "a"#.utf8) + [0xFF] + Array(#""}"#.utf8))
        #expect(r.text == "a\u{FFFD}")
    }

    @Test func deepNestingIsBounded() {
        let deep = #"{"x": "# + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + #", "text": "t"}"#
        #expect(BatchRequest(line: deep).text == deep)
    }

    /// Answers come in order, one per non-blank line, and those of a block are written before the next read.
    @Test func loopAnswersEveryLineAndFlushesBeforeReading() {
        final class Log: @unchecked Sendable {
            var events: [String] = []
            var blocks: [[UInt8]]
            init(_ blocks: [String]) { self.blocks = blocks.map { Array($0.utf8) } }
        }
        let log = Log(["{\"text\": \"a\"}\n{\"text\"", ": \"b\"}\n\n  \nc\r\n", "d"])
        BatchLoop(
            read: {
                guard !log.blocks.isEmpty else { return nil }
                log.events.append("read")
                return log.blocks.removeFirst()
            },
            write: { log.events.append("write " + String(decoding: $0, as: UTF8.self)) },
            answer: { "<" + $0.text + ">" }
        ).run()
        #expect(log.events == ["read", "write <a>\n", "read", "write <b>\n<c>\n", "read", "write <d>\n"])
    }

    /// A block of many lines is answered by several workers and still comes back in input order, blank lines skipped.
    @Test func parallelAnswersKeepInputOrder() {
        let lines = (0..<1000).map { $0 % 7 == 3 ? "  " : "{\"text\": \"m\($0)\"}" }
        var blocks = [Array((lines.joined(separator: "\n") + "\n").utf8)]
        var written: [UInt8] = []
        BatchLoop(
            read: { blocks.isEmpty ? nil : blocks.removeFirst() }, write: { written += $0 }, workers: 4,
            answer: { "<" + $0.text + ">" }
        ).run()
        let expected = lines.indices.filter { $0 % 7 != 3 }.map { "<m\($0)>\n" }.joined()
        #expect(String(decoding: written, as: UTF8.self) == expected)
    }
}
