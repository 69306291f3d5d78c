import CobradorNLU
import Foundation

extension ConversationKey {
    /// The key of this conversation in the `ConversationStore`: every field, escaped and joined.
    var storageKey: String {
        [channel, team, room, user]
            .map { $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|") }
            .joined(separator: "|")
    }
}
