/// An update Telegram posts to the bot's webhook (only what cobrador reads): a new message, or a
/// press on an inline keyboard button (`callback_query`).
struct TelegramUpdate: Decodable, Sendable {
    struct User: Decodable, Sendable {
        var id: Int64
        var is_bot: Bool?
        var first_name: String?
        var username: String?
        var language_code: String?
    }

    struct Chat: Decodable, Sendable {
        var id: Int64
        /// "private", "group", "supergroup" or "channel".
        var type: String
    }

    struct Entity: Decodable, Sendable {
        var type: String
        /// In UTF-16 code units, as Telegram counts.
        var offset: Int
        var length: Int
        var user: User?
    }

    /// The message a message answers (only who wrote it matters).
    struct RepliedMessage: Decodable, Sendable {
        var message_id: Int64
        var from: User?
    }

    struct Message: Decodable, Sendable {
        var message_id: Int64
        var message_thread_id: Int64?
        var from: User?
        var chat: Chat
        var date: Int64?
        var text: String?
        var entities: [Entity]?
        var reply_to_message: RepliedMessage?
    }

    struct CallbackQuery: Decodable, Sendable {
        var id: String
        var from: User
        var message: Message?
        var data: String?
    }

    var update_id: Int64
    var message: Message?
    var callback_query: CallbackQuery?
}
