import CobradorBot
import CobradorCore

/// A stand-in for the real conversation engine, for adapter tests (server, terminal).
///
/// It records every message it is given, keeps a turn counter per conversation so tests can
/// see that context stays with the right (channel, team, room, user), and answers with a
/// script: a closure from the message and its turn number to a reply. An optional delay
/// makes it slow, to exercise the adapters' timeouts.
public actor ScriptedChatEngine: ChatEngine {
    public typealias Script = @Sendable (_ message: IncomingMessage, _ turn: Int) -> BotReply

    private let script: Script
    private let delay: Duration?
    private var turns: [ConversationKey: Int] = [:]
    /// Every message received, in order.
    public private(set) var received: [IncomingMessage] = []

    public init(delay: Duration? = nil, script: @escaping Script = ScriptedChatEngine.echo) {
        self.delay = delay
        self.script = script
    }

    /// The real templates, so that what an adapter says by itself ("working on it") reads as in production.
    public nonisolated var wording: (any ReplyRendering)? { TestReplies.builtIn }

    public func respond(to message: IncomingMessage) async -> BotReply {
        received.append(message)
        let turn = (turns[message.conversation] ?? 0) + 1
        turns[message.conversation] = turn
        if let delay {
            try? await Task.sleep(for: delay)
        }
        return script(message, turn)
    }

    /// The conversation keys seen, in order of arrival.
    public var keys: [ConversationKey] { received.map(\.conversation) }

    /// How many messages a conversation has had.
    public func turnCount(for key: ConversationKey) -> Int { turns[key] ?? 0 }

    /// Default script: `"<turn>: <text>"`; intent `who_owes` for a question containing "debe"/"owes",
    /// `record_payment` (a change, only when the user may write) for "pagó"/"paid", `echo` otherwise.
    public static let echo: Script = { message, turn in
        let lower = message.text.lowercased()
        let intent: String
        var changed = false
        if lower.contains("debe") || lower.contains("owes") {
            intent = "who_owes"
        } else if lower.contains("pagó") || lower.contains("paid") {
            intent = "record_payment"
            changed = message.canWrite
        } else {
            intent = "echo"
        }
        let language: Language = lower.contains("paid") || lower.contains("owes") ? .en : .es
        return BotReply(text: "\(turn): \(message.text)", intent: intent, language: language, changedData: changed)
    }
}
