import CobradorBot
import CobradorCore
import Foundation
import Hummingbird
import Logging

/// `POST /telegram`: an update is acknowledged at once (an empty 200); a message for the bot is then
/// answered with `sendMessage` (in reply to it in groups), with an inline keyboard for the next
/// steps. A button press is answered (`answerCallbackQuery`, so its spinner stops) and its words run
/// as the presser's next turn. A repeated `update_id` is acknowledged and changes nothing.
struct TelegramRoute: Sendable {
    let responder: ConversationResponder
    let api: TelegramBotAPI
    let seen: SeenDeliveries
    let buttons: ButtonMessages

    static let callbackDataLimit = 64
    static let buttonsPerRow = 3

    func handle(_ request: Request, context: ChatRequestContext) async throws -> Response {
        guard case .telegram(let update) = try context.requirePlatformPayload() else {
            throw HTTPError(.internalServerError, message: "Internal error.")
        }
        guard await seen.isFirst("telegram:\(update.update_id)") else {
            context.logger.info("Repeated Telegram update acknowledged, not answered again")
            return Response(status: .ok)
        }
        let route = self
        let logger = context.logger
        if let message = update.message {
            Task { await route.answer(message, logger: logger) }
        } else if let query = update.callback_query {
            Task { await route.press(query, logger: logger) }
        }
        return Response(status: .ok)
    }

    private func answer(_ message: TelegramUpdate.Message, logger: Logger) async {
        let username = message.chat.type == "private" ? nil : await api.botUsername(logger: logger)
        guard let from = message.from, let words = TelegramAddressing.words(of: message, botID: api.botID, username: username)
        else { return }
        let reply = await turn(words, from: from, chat: message.chat, logger: logger)
        await send(reply, chat: message.chat, thread: message.message_thread_id, replyingTo: message, logger: logger)
    }

    private func press(_ query: TelegramUpdate.CallbackQuery, logger: Logger) async {
        guard let message = query.message, let data = query.data, query.from.is_bot != true else {
            await api.answerCallbackQuery(id: query.id, logger: logger)
            return
        }
        guard let words = await buttons.message(for: data) else {
            let english = !(query.from.language_code ?? "es").lowercased().hasPrefix("es")
            let notice = english ? "This button has expired: write it in words." : "Este botón ha caducado: escríbelo con palabras."
            await api.answerCallbackQuery(id: query.id, text: notice, logger: logger)
            return
        }
        await api.answerCallbackQuery(id: query.id, logger: logger)
        let reply = await turn(words, from: query.from, chat: message.chat, logger: logger)
        await send(reply, chat: message.chat, thread: message.message_thread_id, replyingTo: message, logger: logger)
    }

    private func turn(_ words: String, from: TelegramUpdate.User, chat: TelegramUpdate.Chat, logger: Logger) async -> BotReply {
        let userID = String(from.id)
        let request = VerifiedChatRequest(
            platform: .telegram,
            conversation: ConversationKey(channel: ChatPlatform.telegram.rawValue, room: String(chat.id), user: userID),
            userID: userID,
            userName: from.username ?? userID,
            text: words
        )
        return await responder.enqueue(request, logger: logger).value
    }

    private func send(
        _ reply: BotReply, chat: TelegramUpdate.Chat, thread: Int64?, replyingTo message: TelegramUpdate.Message, logger: Logger
    ) async {
        let texts = TelegramMessageText.messages(ReplyLayout(reply))
        let keyboard = await keyboard(for: reply.actions)
        let replyTo = chat.type == "private" ? nil : TelegramOutgoingMessage.ReplyParameters(message_id: message.message_id)
        for (index, text) in texts.enumerated() {
            let isLast = index == texts.count - 1
            let outgoing = TelegramOutgoingMessage(
                chat_id: chat.id, message_thread_id: thread, text: text, reply_parameters: index == 0 ? replyTo : nil,
                reply_markup: isLast ? keyboard : nil)
            guard await api.sendMessage(outgoing, logger: logger) else { return }
        }
    }

    private func keyboard(for actions: [ReplyAction]) async -> TelegramOutgoingMessage.Keyboard? {
        guard !actions.isEmpty else { return nil }
        var row: [TelegramOutgoingMessage.Button] = []
        var rows: [[TelegramOutgoingMessage.Button]] = []
        for (index, action) in actions.enumerated() {
            let data = await buttons.id(for: action.message, index: index, limit: Self.callbackDataLimit)
            row.append(.init(text: action.label, callback_data: data))
            if row.count == Self.buttonsPerRow {
                rows.append(row)
                row = []
            }
        }
        if !row.isEmpty { rows.append(row) }
        return .init(inline_keyboard: rows)
    }
}
