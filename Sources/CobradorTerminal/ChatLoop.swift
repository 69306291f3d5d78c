import CobradorBot
import CobradorCore
import Foundation

/// The `chat` conversation: read a line, answer it, until end of input or "salir" / "exit".
public struct ChatLoop: Sendable {
    let engine: any ChatEngine
    let channel: any LineChannel
    let conversation: ConversationKey
    let language: Language?
    let interactive: Bool
    /// Printed on its own line after each answer, so a script can split answers that contain blank lines.
    let separator: String?

    public init(
        engine: any ChatEngine, channel: any LineChannel, conversation: ConversationKey, language: Language?, interactive: Bool,
        separator: String? = nil
    ) {
        self.separator = separator
        self.engine = engine
        self.channel = channel
        self.conversation = conversation
        self.language = language
        self.interactive = interactive
    }

    static let exitWords: Set<String> = ["salir", "exit", "quit", "adios", "adiós", "bye", ":q"]

    public func run() async {
        while let line = await channel.readLine(prompt: interactive ? "› " : "") {
            let text = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty { continue }
            if Self.exitWords.contains(text.lowercased()) { break }
            let reply = await engine.respond(
                to: IncomingMessage(text: text, conversation: conversation, language: language, supportsCharts: interactive))
            await channel.write(reply.text + "\n" + (separator.map { $0 + "\n" } ?? ""))
        }
    }
}
