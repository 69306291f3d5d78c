import CobradorBot
import CobradorCore
import Foundation

/// Makes the buttons of a Mattermost reply: one attachment whose actions point back at
/// `POST /mattermost/actions` on the public URL, each with its own signed context.
struct MattermostButtons: Sendable {
    let signer: MattermostActionSigner
    let actionURL: URL
    let now: @Sendable () -> Date

    static let maxButtons = 15

    func attachments(for reply: BotReply, conversation: ConversationKey) -> [MattermostAttachment]? {
        guard !reply.actions.isEmpty else { return nil }
        let date = now()
        let actions = reply.actions.prefix(Self.maxButtons).enumerated().map { index, action in
            MattermostAttachment.Action(
                id: String(action.id.filter { $0.isASCII && ($0.isLetter || $0.isNumber) }.prefix(40)) + "\(index)",
                name: action.label,
                style: Self.style(action.style),
                integration: .init(
                    url: actionURL.absoluteString,
                    context: signer.context(
                        for: action.message, conversation: conversation, language: reply.language.rawValue, now: date)
                )
            )
        }
        return [MattermostAttachment(fallback: reply.actions.map(\.label).joined(separator: " · "), actions: Array(actions))]
    }

    static func style(_ style: ReplyAction.Style) -> String {
        switch style {
        case .primary: "primary"
        case .danger: "danger"
        case .plain: "default"
        }
    }
}
