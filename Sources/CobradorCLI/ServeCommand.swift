import ArgumentParser
import CobradorBot
import CobradorContent
import CobradorCore
import CobradorOutbound
import CobradorServer
import Foundation
import Logging

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Answer Slack, Mattermost, Microsoft Teams, Telegram, Discord and a generic JSON webhook.",
        discussion: """
            Endpoints: POST /slack/commands, /slack/events, /slack/interactions, /mattermost, /mattermost/actions, \
            /teams, /telegram, /discord/interactions, /webhook; GET /healthz, /readyz (and /metrics with --metrics). An endpoint whose secret is not \
            configured answers 404. Secrets: COBRADOR_SLACK_SIGNING_SECRET (+ COBRADOR_SLACK_BOT_TOKEN for events), \
            COBRADOR_MATTERMOST_TOKEN (+ COBRADOR_PUBLIC_URL for buttons), COBRADOR_TEAMS_SECURITY_TOKEN, \
            COBRADOR_TELEGRAM_BOT_TOKEN + COBRADOR_TELEGRAM_SECRET_TOKEN, COBRADOR_DISCORD_PUBLIC_KEY, \
            COBRADOR_WEBHOOK_TOKEN; who may change data: COBRADOR_WRITERS (ids or names, comma-separated, * for all).
            With a schedule: digest: section in the settings file, the digest is also posted on that schedule \
            (see `cobrador digest --schedule`); a run missed while the server was down is made on start, the same day.
            """)

    @ParentCommand var root: CobradorCommand

    @Option(name: .long, help: "Address to listen on (loopback by default; put a TLS proxy in front for the internet).")
    var host = "127.0.0.1"

    @Option(name: .long, help: "Port to listen on.")
    var port = 8080

    @OptionGroup(title: "Operations") var operations: ServeOperationsOptions

    func run() async throws {
        let level = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        let metrics = operations.bootstrap(level: level)
        let context = try await withAsyncCLIErrors(root) { try await AppContext.open(root) }
        // Read once: the engine, the schedule and the server all take their part of this one value.
        let settings = try withCLIErrors(root) { try context.configuration(root) }
        let bot = try withCLIErrors(root) { try context.makeBot(root, settings: settings) }
        let server: ServerConfiguration
        do {
            server = try Self.serverConfiguration(settings, environment: context.environment, language: context.forcedLanguage)
        } catch let error as CLIError {
            Console.err(error.message(context.messageLanguage))
            throw ExitCode(1)
        } catch {
            Console.err("\(error)")
            throw ExitCode(1)
        }
        var logger = Logger(label: "cobrador.server")
        logger.logLevel = level
        var scheduler: DigestScheduler?
        if let schedule = try withCLIErrors(root, { try settings.digestSchedule() }) {
            var scheduleLogger = Logger(label: "cobrador.schedule")
            scheduleLogger.logLevel = level
            scheduler = DigestScheduler(
                schedule: schedule, store: context.store, digest: Self.digestMaker(context: context, options: root, settings: settings),
                language: context.messageLanguage, logger: scheduleLogger)
        }
        try await runServer(
            engine: bot, configuration: server, host: host, port: port, logger: logger, delayedReplies: ResponseURLPoster(),
            scheduler: scheduler, operations: Self.operations(metrics, exposure: operations.exposure, store: context.store))
    }

    /// The server's part of the settings file (its `chat:` section) with the environment over it, checked.
    /// Throws a `CLIError` for a section that is not what the server reads, a `ServerConfigurationError`
    /// for a value that cannot work.
    static func serverConfiguration(
        _ settings: AppConfiguration, environment: [String: String], language: Language?
    ) throws -> ServerConfiguration {
        let chat: ServerSettings
        do {
            chat = try settings.section("chat", as: ServerSettings.self) ?? ServerSettings()
        } catch {
            throw CLIError("cli.error.invalid_configuration", CommandErrorView(reason: "\(error)"))
        }
        return try ServerConfiguration(settings: chat.overridden(by: environment), language: language)
    }

    /// Metrics as asked, and `GET /readyz` answered by a cheap read of the store.
    static func operations(
        _ metrics: ServerMetrics?, exposure: ServerOperations.MetricsExposure, store: any LedgerStore
    )
        -> ServerOperations
    {
        ServerOperations(metrics: metrics, exposure: exposure, readiness: { _ = try await store.changeToken() })
    }

    /// The digest of a scheduled run: the Bot's, as of that day in the schedule's zone (or `--today`).
    static func digestMaker(context: AppContext, options: CobradorCommand, settings: AppConfiguration) -> DigestScheduler.Digest {
        let pinned = options.today != nil
        return { day, language in
            let dated = AppContext(
                store: context.store, dates: pinned ? context.dates : .fixed(day), forcedLanguage: context.forcedLanguage,
                environment: context.environment)
            return try await dated.makeBot(options, settings: settings).digest(language: language)
        }
    }
}

/// Posts an answer that came after Slack's or Mattermost's time budget to the request's `response_url`.
struct ResponseURLPoster: DelayedReplyPosting {
    let poster = WebhookPoster(policy: RetryPolicy(maxAttempts: 3, timeout: .seconds(5)))

    func postDelayedReply(json: Data, to url: URL) async {
        do {
            _ = try await poster.postJSON(json, to: url)
        } catch {
            Console.err(error.message(in: .en))
        }
    }
}
