import CobradorContent
import CobradorCore
import CobradorNLU
import Foundation

/// The parser the tests share: the embedded catalog, and a gazetteer modelled on the reference
/// fixture's eleven clients plus "Acme Corp" so that "acme" alone is ambiguous.
enum Fixtures {
    static let catalog: IntentCatalog = {
        do { return try IntentCatalogLoader.compile(IntentCatalogLoader.embeddedFiles) } catch { fatalError("\(error)") }
    }()

    static let clients: [GazetteerEntry] = [
        GazetteerEntry(id: 1, name: "Acme S.L."),
        GazetteerEntry(id: 2, name: "Globex Corporation"),
        GazetteerEntry(id: 3, name: "Initech"),
        GazetteerEntry(id: 4, name: "Umbrella Ibérica S.A."),
        GazetteerEntry(id: 5, name: "Estudio Núñez & Asociados"),
        GazetteerEntry(id: 6, name: "Café La Esquina"),
        GazetteerEntry(id: 7, name: "Hooli"),
        GazetteerEntry(id: 8, name: "Pied Piper"),
        GazetteerEntry(id: 9, name: "Wayne Enterprises"),
        GazetteerEntry(id: 10, name: "Soylent S.A. de C.V."),
    ]

    static let acmeCorp = GazetteerEntry(id: 11, name: "Acme Corp")

    static let invoices: [String: Int64] = [
        "F-2026-101": 1, "F-2026-088": 1, "INV-5521": 2, "F-2026-110": 3, "F-2026-061": 4, "F-2026-097": 5,
        "F-2026-090": 6, "H-778": 7, "F-2026-075": 8, "W-2026-3": 9, "S-0042": 10,
    ]

    /// The fixture's clients only (as `cobrador import` of the reference CSV would give).
    static let parser = NLUParser(catalog: catalog, clients: ClientGazetteer(clients), invoiceNumbers: invoices)

    /// With "Acme Corp" added, for ambiguity.
    static let ambiguousParser = NLUParser(
        catalog: catalog, clients: ClientGazetteer(clients + [acmeCorp]),
        invoiceNumbers: invoices)

    static let today = CalendarDay(year: 2026, month: 11, day: 30)!

    static func name(_ id: Int64) -> String {
        (clients + [acmeCorp]).first { $0.id == id }!.name
    }

    /// The repository root, found from this file's path.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
