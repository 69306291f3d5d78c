import Foundation
import Testing

@testable import CobradorServer

/// The hand-written reply JSON reads back, through Foundation's parser, as exactly what was written.
@Suite struct FlatJSONObjectTests {
    static func roundTrip(_ fields: [(key: String, value: String?)]) throws -> [String: String] {
        let data = Data(FlatJSONObject.data(fields))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: String])
    }

    @Test func escapesQuotesBackslashesAndControlCharacters() throws {
        let tricky = "a \"quoted\" \\ back\\slash\n\r\t\u{08}\u{0C}\u{00}\u{1F}\u{7F} / </script> € 🧾 \u{2028}"
        let read = try Self.roundTrip([("text", tricky), ("intent", "who_owes")])
        #expect(read == ["text": tricky, "intent": "who_owes"])
        let raw = String(decoding: FlatJSONObject.data([("k", "\u{01}")]), as: UTF8.self)
        #expect(raw == #"{"k":"\u0001"}"#)
    }

    @Test func nilValuesAreLeftOutAndOrderIsKept() {
        let raw = String(decoding: FlatJSONObject.data([("text", "hola"), ("response_type", nil)]), as: UTF8.self)
        #expect(raw == #"{"text":"hola"}"#)
        #expect(String(decoding: FlatJSONObject.data([]), as: UTF8.self) == "{}")
        let two = String(decoding: FlatJSONObject.data([("response_type", "in_channel"), ("text", "")]), as: UTF8.self)
        #expect(two == #"{"response_type":"in_channel","text":""}"#)
    }

    @Test func randomTextsRoundTrip() throws {
        for text in TrickyTexts.make(500, seed: 7) {
            #expect(try Self.roundTrip([("text", text)]) == ["text": text])
        }
    }
}
