/// How to take a change back, kept as JSON with its audit entry (the same steps as the SQLite store's).
enum UndoStep: Codable {
    case delete(table: String, id: Int64)
    case unresolvePauses(ids: [Int64])

    /// The tables an undo may delete from: the name is spliced into SQL, so only these are accepted.
    static let tables: Set<String> = ["client", "client_alias", "client_contact", "invoice", "payment", "contact_event", "promise", "pause"]
}
