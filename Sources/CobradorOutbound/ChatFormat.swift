/// The team chats cobrador can post to through an incoming webhook (`digest --format`).
public enum ChatFormat: String, Sendable, CaseIterable, Codable {
    case slack
    case mattermost
    case discord
    case teams
    case googlechat

    /// The longest message the chat takes in one post, in UTF-16 code units (nil: no practical limit).
    public var messageLimit: Int? {
        switch self {
        case .discord: 2000
        case .slack, .mattermost, .teams, .googlechat: nil
        }
    }
}
