import Foundation
import Testing

@testable import CobradorServer

/// The webhook's fast JSON path accepts only what JSONDecoder reads the same way, and leaves the rest to it.
@Suite struct FlatJSONReaderTests {
    struct Message: Decodable, Equatable {
        var text: String
        var user: String
    }

    @Test(arguments: [
        #"{"text":"¿quién me debe?","user":"ana"}"#,
        #" { "user" : "luis" , "text" : "hola\n\"mundo\" \\ \/ \t \u00e9 \ud83e\uddfe" } "#,
        #"{"text":"","user":"x","extra":"ignored"}"#,
        #"{"text":"a\u0000b","user":"x"}"#,
    ])
    func acceptedBodiesMatchJSONDecoder(body: String) throws {
        let bytes = Array(body.utf8)
        let fields = try #require(FlatJSONReader.stringFields(bytes))
        let decoded = try JSONDecoder().decode(Message.self, from: Data(bytes))
        #expect(fields["text"] == decoded.text)
        #expect(fields["user"] == decoded.user)
    }

    @Test(arguments: [
        #"{"text":"a","user":"b","n":1}"#, #"{"text":"a","user":{"id":"b"}}"#, #"{"text":"a","text":"b","user":"c"}"#,
        #"{"text":"a\ud800","user":"b"}"#, "{\"text\":\"a\u{01}\",\"user\":\"b\"}", #"{"text":"a","user":"b"} x"#,
        #"["text","user"]"#, #"{"text":"a","user":"b",}"#, "", "{", #"{"text":"\x"}"#,
    ])
    func doubtfulBodiesAreLeftToJSONDecoder(body: String) {
        #expect(FlatJSONReader.stringFields(Array(body.utf8)) == nil)
    }

    @Test func invalidUTF8IsLeftToJSONDecoder() {
        let bytes: [UInt8] = Array(#"{"text":""#.utf8) + [0xC3, 0x28] + Array(#"","user":"b"}"#.utf8)
        #expect(FlatJSONReader.stringFields(bytes) == nil)
    }

    @Test func randomFlatObjectsRoundTripThroughTheWriter() throws {
        for (k, text) in TrickyTexts.make(300, seed: 11, maxPieces: 30).enumerated() {
            let body = FlatJSONObject.data([("text", text), ("user", "u\(k)")])
            let fields = try #require(FlatJSONReader.stringFields(body))
            #expect(fields["text"] == text)
        }
    }
}
