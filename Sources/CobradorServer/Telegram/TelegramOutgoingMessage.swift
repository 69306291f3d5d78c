/// The body of Telegram's `sendMessage` as cobrador sends it: HTML text (escaped data), no link
/// previews, in reply to the message that asked (groups), with an inline keyboard when there are
/// next steps.
struct TelegramOutgoingMessage: Encodable, Sendable, Equatable {
    struct LinkPreviewOptions: Encodable, Sendable, Equatable {
        var is_disabled = true
    }

    struct ReplyParameters: Encodable, Sendable, Equatable {
        var message_id: Int64
        var allow_sending_without_reply = true
    }

    struct Button: Encodable, Sendable, Equatable {
        var text: String
        var callback_data: String
    }

    struct Keyboard: Encodable, Sendable, Equatable {
        var inline_keyboard: [[Button]]
    }

    var chat_id: Int64
    var message_thread_id: Int64?
    var text: String
    var parse_mode = "HTML"
    var link_preview_options = LinkPreviewOptions()
    var reply_parameters: ReplyParameters?
    var reply_markup: Keyboard?
}
