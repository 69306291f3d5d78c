import CobradorBot
import CobradorOutbound

/// Lays a reply out for Discord: Markdown (escaped data, tables fenced) cut at 2,000 characters, and
/// the next steps as buttons on the last part (5 to a row, 25 at most; labels of 80 characters).
struct DiscordReplyRenderer: Sendable {
    let buttons: ButtonMessages

    static let customIDLimit = 100
    static let labelLimit = 80

    func messages(for reply: BotReply, flags: Int?) async -> [DiscordMessage] {
        let layout = ReplyLayout(reply)
        let text = layout.isPlain ? ChatEscaper.escape(reply.text, for: .discord) : MarkdownText.render(layout, format: .discord)
        var parts = MessageSplitter.split(text, limit: ChatFormat.discord.messageLimit ?? 2_000)
        if parts.isEmpty { parts = ["…"] }
        let components = await rows(for: reply.actions)
        return parts.enumerated().map { index, content in
            DiscordMessage(content: content, components: index == parts.count - 1 ? components : nil, flags: flags)
        }
    }

    private func rows(for actions: [ReplyAction]) async -> [DiscordMessage.Component]? {
        guard !actions.isEmpty else { return nil }
        var buttons: [DiscordMessage.Component] = []
        for (index, action) in actions.prefix(25).enumerated() {
            let id = await self.buttons.id(for: action.message, index: index, limit: Self.customIDLimit)
            buttons.append(
                .init(type: 2, style: Self.style(action.style), label: SlackBlockKit.truncated(action.label, to: Self.labelLimit), custom_id: id))
        }
        return stride(from: 0, to: buttons.count, by: 5).map { start in
            .init(type: 1, components: Array(buttons[start..<min(start + 5, buttons.count)]))
        }
    }

    /// Discord's button styles: 1 primary, 2 secondary, 4 danger.
    static func style(_ style: ReplyAction.Style) -> Int {
        switch style {
        case .primary: 1
        case .plain: 2
        case .danger: 4
        }
    }
}
