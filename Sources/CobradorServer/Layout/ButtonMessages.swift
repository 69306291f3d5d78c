import Crypto

/// Carries a button's words through the few bytes a platform gives a button's id (Telegram's
/// `callback_data`: 64 bytes; Discord's `custom_id`: 100 characters). Short words travel inline;
/// longer ones stay here, and the button carries their digest. The platform signs who pressed, not
/// what the button says: a forged id can only say words the user could have typed.
actor ButtonMessages {
    private let capacity: Int
    private var messages: [String: String] = [:]
    private var order: [String] = []

    init(capacity: Int = 10_000) {
        self.capacity = capacity
    }

    /// The id for button `index` saying `message`, at most `limit` UTF-8 bytes: `"<index>:<message>"`,
    /// or `"<index>#<digest>"` when that is too long. The index keeps the ids of one message distinct.
    func id(for message: String, index: Int, limit: Int) -> String {
        let inline = "\(index):\(message)"
        if inline.utf8.count <= limit { return inline }
        let digest = Hex.encode(SHA256.hash(data: Array(message.utf8)).prefix(12))
        if messages[digest] == nil {
            messages[digest] = message
            order.append(digest)
            if order.count > capacity {
                messages[order.removeFirst()] = nil
            }
        }
        return "\(index)#\(digest)"
    }

    /// The words of a button id made by `id(for:index:limit:)`; nil for anything else (or a digest
    /// forgotten since, e.g. after a restart).
    func message(for id: String) -> String? {
        guard let separator = id.firstIndex(where: { $0 == ":" || $0 == "#" }),
            !id[..<separator].isEmpty, id[..<separator].allSatisfy(\.isASCIIDigit)
        else { return nil }
        let rest = String(id[id.index(after: separator)...])
        return id[separator] == ":" ? rest : messages[rest]
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
