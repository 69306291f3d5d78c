import CobradorCore

extension HandlerContext {
    /// The whole book in one read where the store offers it (SQLite does); otherwise gathered client by client.
    func receivablesBook() async throws -> ReceivablesBook {
        if let books = store as? any ReceivablesBookStore { return try await books.receivablesBook() }
        var files: [ClientFile] = []
        for client in try await store.clients() {
            if let file = try await store.clientFile(id: client.id) { files.append(file) }
        }
        return ReceivablesBook(files: files)
    }
}
