import CobradorCore
import Foundation

/// The one door every channel (terminal, Slack, Mattermost, webhook) goes through.
/// Adapters know nothing of invoices: they pass text in and get text out.
public protocol ChatEngine: Sendable {
    func respond(to message: IncomingMessage) async -> BotReply

    /// The templates the engine words its replies with, for the little an adapter says by itself
    /// ("one moment, working on it"); nil for an engine without them (a test's stand-in).
    var wording: (any ReplyRendering)? { get }
}

extension ChatEngine {
    public var wording: (any ReplyRendering)? { nil }
}

/// Whose conversation a message belongs to. State (pending question, last intent, undo) is kept per key.
public struct ConversationKey: Hashable, Sendable, Codable {
    /// "terminal", "slack", "mattermost", "webhook".
    public var channel: String
    /// Slack team / Mattermost team; empty when not applicable.
    public var team: String
    /// The chat room or channel id; empty for the terminal.
    public var room: String
    public var user: String

    public init(channel: String, team: String = "", room: String = "", user: String) {
        self.channel = channel
        self.team = team
        self.room = room
        self.user = user
    }
}

public struct IncomingMessage: Sendable {
    public var text: String
    public var conversation: ConversationKey
    /// Whether this user may change data (the chat allow-list); read-only otherwise.
    public var canWrite: Bool
    /// Forces the reply language (`--lang`); nil: detect per message.
    public var language: Language?
    /// Declared by the adapter: whether its screen shows the bar charts (a terminal does; a pipe or a chat
    /// platform gets the table alone).
    public var supportsCharts: Bool

    public init(
        text: String, conversation: ConversationKey, canWrite: Bool = true, language: Language? = nil, supportsCharts: Bool = false
    ) {
        self.text = text
        self.conversation = conversation
        self.canWrite = canWrite
        self.language = language
        self.supportsCharts = supportsCharts
    }
}

public struct BotReply: Sendable, Hashable {
    public var text: String
    /// The intent that was answered (public contract of `/webhook`).
    public var intent: String
    public var language: Language
    /// True when the reply changed data.
    public var changedData: Bool
    /// The obvious next steps, offered as buttons where the channel has them.
    public var actions: [ReplyAction]
    /// True when this turn carried out a change the user had been asked to confirm.
    public var acceptedConfirmation: Bool
    /// The reference of an internal (store) error hidden behind a polite reply; nil when all went well.
    public var incident: String?

    public init(
        text: String, intent: String, language: Language, changedData: Bool = false, actions: [ReplyAction] = [],
        acceptedConfirmation: Bool = false, incident: String? = nil
    ) {
        self.text = text
        self.intent = intent
        self.language = language
        self.changedData = changedData
        self.actions = actions
        self.acceptedConfirmation = acceptedConfirmation
        self.incident = incident
    }
}

/// A button under a reply. Pressing it sends `message` as the user's next turn, so a button and the
/// words it stands for run the same conversation step.
public struct ReplyAction: Sendable, Hashable, Codable {
    public enum Style: String, Sendable, Hashable, Codable { case primary, danger, plain }

    /// Stable identifier of the kind of step ("confirm", "deny", "mark_sent", "redraft_firm", "status", "next_step").
    public var id: String
    /// The label shown on the button, in the reply's language.
    public var label: String
    /// The words the button stands for, in the reply's language ("sí", "estado de Acme S.L.").
    public var message: String
    public var style: Style

    public init(id: String, label: String, message: String, style: Style = .plain) {
        self.id = id
        self.label = label
        self.message = message
        self.style = style
    }
}
