import CobradorContent
import CobradorCore
import CobradorNLU
import Foundation

// libFuzzer target: whatever bytes arrive as a chat message, `NLUParser.parse` must not crash and
// `jsonLine()` must be one line of valid JSON whose "text" is the message (as decoded).

/// Built once per process: the real catalog and a few clients, so the gazetteer and the fuzzy
/// matcher are exercised (names with accents, legal suffixes, a shared word, an alias).
let fuzzParser: NLUParser = {
    guard let catalog = try? IntentCatalogLoader.compile(IntentCatalogLoader.embeddedFiles) else {
        fatalError("the embedded intent catalog must compile")
    }
    let clients = ClientGazetteer([
        GazetteerEntry(id: 1, name: "Acme S.L.", aliases: ["ACME"]),
        GazetteerEntry(id: 2, name: "Acme Corp"),
        GazetteerEntry(id: 3, name: "Estudio Núñez & Asociados"),
        GazetteerEntry(id: 4, name: "Umbrella Ibérica S.A."),
        GazetteerEntry(id: 5, name: "Soylent Alimentos S.A. de C.V."),
        GazetteerEntry(id: 6, name: "Café La Esquina"),
        GazetteerEntry(id: 7, name: "The Company"),
    ])
    return NLUParser(catalog: catalog, clients: clients, invoiceNumbers: ["F-2026-088": 1, "INV-5521": 2])
}()

let fuzzToday = CalendarDay(year: 2026, month: 11, day: 30)!

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParserOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    // The first byte picks the language mode (auto, forced es, forced en), as `--lang` would.
    let mode = bytes.first.map { $0 % 3 } ?? 0
    let text = String(decoding: bytes.dropFirst(size > 0 ? 1 : 0), as: UTF8.self)
    let language: Language? = mode == 1 ? .es : mode == 2 ? .en : nil
    let line = fuzzParser.parse(text, today: fuzzToday, language: language).jsonLine()
    guard !line.contains("\n"), !line.contains("\r") else { fatalError("jsonLine() spans several lines: \(line)") }
    guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
        fatalError("jsonLine() is not a JSON object: \(line)")
    }
    guard object["text"] as? String == text else { fatalError("text does not round-trip: \(line)") }
    for key in ["lang", "intent"] where !(object[key] is String) { fatalError("\(key) missing: \(line)") }
    guard object["confidence"] is NSNumber, object["entities"] is [Any], object["alternatives"] is [Any] else {
        fatalError("fields missing: \(line)")
    }
    return 0
}
