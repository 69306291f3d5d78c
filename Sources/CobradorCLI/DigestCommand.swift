import ArgumentParser
import CobradorBot
import CobradorCore
import CobradorOutbound
import Foundation

struct DigestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest",
        abstract: "Today's follow-up actions and who owes what: printed, or posted to a team chat's incoming webhook.",
        discussion: "Every weekday at 9:00: 0 9 * * 1-5 cobrador digest --post \"$WEBHOOK_URL\" --format slack")

    @ParentCommand var root: CobradorCommand

    @Option(name: .long, help: "Incoming-webhook URL to post the digest to.")
    var post: String?

    @Option(name: .long, help: "Chat format for --post: slack, mattermost, discord, teams, googlechat.")
    var format: ChatFormat = .slack

    func run() async throws {
        let context = try withCLIErrors(root) { try AppContext(root) }
        let bot = try withCLIErrors(root) { try context.makeBot(root) }
        let lang = context.messageLanguage
        let text = await bot.digest(language: lang)
        guard let post else {
            Console.out(text)
            return
        }
        guard let url = URL(string: post), let scheme = url.scheme?.lowercased(), scheme == "https" || scheme == "http" else {
            Console.err(lang == .es ? "--post necesita una URL http(s) válida." : "--post needs a valid http(s) URL.")
            throw ExitCode(1)
        }
        // Client names and notes come from data: escaped so they can never ping a channel or forge a link.
        let escaped = ChatEscaper.escape(text, for: format)
        do {
            let report = try await WebhookPoster().post(escaped, to: url, format: format)
            Console.out(lang == .es
                ? "Resumen publicado (\(report.messages) mensaje(s), \(report.attempts) intento(s))."
                : "Digest posted (\(report.messages) message(s), \(report.attempts) attempt(s)).")
        } catch {
            Console.err(error.message(in: lang))
            throw ExitCode(1)
        }
    }
}

extension ChatFormat: ExpressibleByArgument {}
