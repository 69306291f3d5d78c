import CobradorBot
import CobradorOutbound
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// Builds the router of `cobrador serve`. Endpoints whose secret is not configured are not
/// registered, so they answer 404 like any unknown path.
///
/// | route | verified by | request → reply |
/// |---|---|---|
/// | `POST /slack/commands` | `X-Slack-Signature` (HMAC-SHA256, 5-minute window) | slash-command form → `{"response_type", "text"}` |
/// | `POST /mattermost` | `token` in the payload | form or JSON → `{"text"}` (+ `response_type` for a slash command) |
/// | `POST /webhook` | `Authorization: Bearer` | `{"text", "user"}` → `{"text", "intent"}` |
/// | `POST /slack/events` | `X-Slack-Signature` | Events API → 200 at once, the answer by `chat.postMessage` |
/// | `POST /slack/interactions` | `X-Slack-Signature` | `block_actions` → 200 at once, the answer to `response_url` |
/// | `POST /mattermost/actions` | the button's signed context | action request → `{"update"}` |
/// | `POST /teams` | `Authorization: HMAC` | activity → `{"type": "message", "text"}` |
/// | `POST /telegram` | `X-Telegram-Bot-Api-Secret-Token` | update → 200 at once, the answer by `sendMessage` |
/// | `POST /discord/interactions` | `X-Signature-Ed25519` | interaction → interaction response |
/// | `GET /healthz`, `GET /hello` | — | `{"status": "ok"}`, `hello` |
///
/// Refusals are JSON `{"error": {"message"}}`: 400 malformed, 401 credentials, 404 unknown or
/// disabled, 413 body over `maxBodyBytes`; nothing refused reaches the engine. Conversations are
/// keyed (platform, team, channel, user); `canWrite` comes from the writers' allow-list.
///
/// - Parameters:
///   - engine: the conversation engine every channel talks to.
///   - configuration: secrets, writers, limits.
///   - now: the wall clock, for Slack's replay window (injected in tests).
///   - delayedReplies: posts replies that came after the timeout to Slack's / Mattermost's
///     `response_url`; nil to answer "ask again" instead.
///   - chatAPI: how the native bots call the platforms' APIs (Slack, Telegram, Discord), at the
///     configured base URLs.
///   - operations: metrics (`GET /metrics` here when on the same port), the readiness check of `GET /readyz`.
public func buildRouter(
    engine: any ChatEngine,
    configuration: ServerConfiguration,
    now: @escaping @Sendable () -> Date = { Date() },
    delayedReplies: (any DelayedReplyPosting)? = nil,
    chatAPI: ChatAPIClient = ChatAPIClient(),
    operations: ServerOperations = ServerOperations()
) -> Router<ChatRequestContext> {
    let router = Router(context: ChatRequestContext.self)
    router.add(middleware: AccessLogMiddleware(metrics: operations.metrics))
    router.add(middleware: JSONErrorMiddleware())

    let health = HealthRoute()
    router.get("healthz", use: health.health)
    router.get("hello", use: health.hello)
    let signals = OperationsRoutes(metrics: operations.metrics, readiness: operations.readiness)
    router.get("readyz", use: signals.ready)
    if operations.exposure == .samePort { router.get("metrics", use: signals.metrics) }

    let responder = ConversationResponder(
        engine: engine,
        writers: configuration.writers,
        language: configuration.language,
        deduplicator: ReplyDeduplicator(window: configuration.duplicateWindow),
        delayedReplies: delayedReplies,
        metrics: operations.metrics
    )
    let bodyLimit = BodyLimitMiddleware(maxBytes: configuration.maxBodyBytes)

    if let secret = configuration.slackSigningSecret {
        let route = SlackCommandRoute(
            responder: responder,
            timeout: configuration.replyTimeout,
            inChannelIntents: configuration.inChannelIntents
        )
        router.group("slack")
            .add(middleware: bodyLimit)
            .add(
                middleware: SlackSignatureMiddleware(
                    verifier: SlackSignatureVerifier(
                        signingSecret: secret.value,
                        replayWindow: configuration.slackReplayWindow
                    ),
                    now: now
                )
            )
            .post("commands", use: route.handle)
    }
    if configuration.mattermostEnabled {
        let buttons = configuration.publicURL.flatMap { base in
            configuration.mattermostTokens.first.map { token in
                MattermostButtons(
                    signer: MattermostActionSigner(token: token.value, lifetime: configuration.mattermostActionLifetime),
                    actionURL: base.appendingPathComponent("mattermost").appendingPathComponent("actions"),
                    now: now)
            }
        }
        let route = MattermostRoute(
            responder: responder,
            timeout: configuration.replyTimeout,
            inChannelIntents: configuration.inChannelIntents,
            buttons: buttons
        )
        if let buttons {
            let actions = MattermostActionRoute(responder: responder, buttons: buttons, timeout: .seconds(25))
            router.group("mattermost/actions")
                .add(middleware: bodyLimit)
                .add(middleware: MattermostActionsMiddleware(signer: buttons.signer, now: now))
                .post(use: actions.handle)
        }
        router.group("mattermost")
            .add(middleware: bodyLimit)
            .add(middleware: MattermostTokenMiddleware(tokens: configuration.mattermostTokens))
            .post(use: route.handle)
    }
    addNativeBots(to: router, responder: responder, configuration: configuration, now: now, chatAPI: chatAPI)
    if let token = configuration.webhookToken {
        let route = WebhookRoute(responder: responder, timeout: configuration.webhookTimeout)
        router.group("webhook")
            .add(middleware: BearerTokenMiddleware(token: token))
            .add(middleware: bodyLimit)
            .post(use: route.handle)
    }
    return router
}

/// The routes of the native bots (Slack events and buttons, Teams, Telegram, Discord), each only when
/// its secrets are configured.
func addNativeBots(
    to router: Router<ChatRequestContext>,
    responder: ConversationResponder,
    configuration: ServerConfiguration,
    now: @escaping @Sendable () -> Date,
    chatAPI: ChatAPIClient
) {
    let bodyLimit = BodyLimitMiddleware(maxBytes: configuration.maxBodyBytes)
    let seen = SeenDeliveries(window: max(configuration.duplicateWindow, .seconds(3600)))
    let buttons = ButtonMessages()
    if let secret = configuration.slackSigningSecret {
        let verifier = SlackSignatureVerifier(signingSecret: secret.value, replayWindow: configuration.slackReplayWindow)
        let api = SlackWebAPI(client: chatAPI, baseURL: configuration.slackAPIURL, botToken: configuration.slackBotToken)
        if configuration.slackEventsEnabled {
            let events = SlackEventsRoute(responder: responder, api: api, seen: seen)
            router.group("slack/events")
                .add(middleware: bodyLimit)
                .add(middleware: SlackEventsMiddleware(verifier: verifier, now: now))
                .post(use: events.handle)
        }
        let interactions = SlackInteractionsRoute(responder: responder, api: api, seen: seen)
        router.group("slack/interactions")
            .add(middleware: bodyLimit)
            .add(middleware: SlackInteractionsMiddleware(verifier: verifier, now: now))
            .post(use: interactions.handle)
    }
    if let token = configuration.teamsSecurityToken, let verifier = TeamsSignatureVerifier(securityToken: token.value) {
        // Teams waits 5 seconds in all for the answer.
        let route = TeamsRoute(responder: responder, timeout: min(configuration.replyTimeout, .milliseconds(4500)))
        router.group("teams")
            .add(middleware: bodyLimit)
            .add(middleware: TeamsSignatureMiddleware(verifier: verifier))
            .post(use: route.handle)
    }
    if let token = configuration.telegramBotToken, let secret = configuration.telegramSecretToken {
        let api = TelegramBotAPI(
            client: chatAPI, baseURL: configuration.telegramAPIURL, token: token, username: configuration.telegramBotUsername)
        let route = TelegramRoute(responder: responder, api: api, seen: seen, buttons: buttons)
        router.group("telegram")
            .add(middleware: bodyLimit)
            .add(middleware: TelegramSecretTokenMiddleware(secret: secret))
            .post(use: route.handle)
    }
    if let key = configuration.discordPublicKey,
        let verifier = DiscordSignatureVerifier(publicKey: key, replayWindow: configuration.discordReplayWindow)
    {
        let route = DiscordRoute(
            responder: responder,
            api: DiscordWebhookAPI(client: chatAPI, baseURL: configuration.discordAPIURL),
            renderer: DiscordReplyRenderer(buttons: buttons),
            // Discord waits 3 seconds for the first answer.
            timeout: min(configuration.replyTimeout, .milliseconds(2500)),
            applicationID: configuration.discordApplicationID,
            inChannelIntents: configuration.inChannelIntents
        )
        router.group("discord/interactions")
            .add(middleware: bodyLimit)
            .add(middleware: DiscordSignatureMiddleware(verifier: verifier, now: now))
            .post(use: route.handle)
    }
}

/// Builds the application of `cobrador serve` (the CLI runs it; the tests drive it with
/// HummingbirdTesting). Binds `host` (127.0.0.1 by default) and `port` (0: any free port).
public func buildApplication(
    engine: any ChatEngine,
    configuration: ServerConfiguration,
    host: String = "127.0.0.1",
    port: Int = 8080,
    logger: Logger? = nil,
    now: @escaping @Sendable () -> Date = { Date() },
    delayedReplies: (any DelayedReplyPosting)? = nil,
    services: [any Service] = [],
    chatAPI: ChatAPIClient = ChatAPIClient(),
    operations: ServerOperations = ServerOperations(),
    onServerRunning: @escaping @Sendable (_ port: Int?) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let logger = logger ?? Logger(label: "cobrador.server")
    let router = buildRouter(
        engine: engine, configuration: configuration, now: now, delayedReplies: delayedReplies, chatAPI: chatAPI,
        operations: operations)
    var services = services
    if case .separatePort(let metricsHost, let metricsPort) = operations.exposure, let metrics = operations.metrics {
        services.append(buildMetricsApplication(metrics: metrics, host: metricsHost, port: metricsPort, logger: logger))
    }
    return Application(
        router: router,
        configuration: .init(address: .hostname(host, port: port), serverName: "cobrador"),
        services: services,
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port) },
        logger: logger
    )
}

/// The listener of `--metrics-port`: `GET /metrics` alone, so the chat port never shows it.
public func buildMetricsApplication(
    metrics: ServerMetrics, host: String, port: Int, logger: Logger,
    onServerRunning: @escaping @Sendable (_ port: Int?) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let router = Router()
    router.get("metrics", use: OperationsRoutes(metrics: metrics, readiness: nil).metrics)
    return Application(
        router: router,
        configuration: .init(address: .hostname(host, port: port), serverName: "cobrador-metrics"),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port) },
        logger: logger
    )
}

/// Runs `cobrador serve` until SIGTERM or SIGINT, then shuts down gracefully (requests in flight
/// finish). Logs which endpoints are enabled, never a secret. `scheduler` (the digest's, when the
/// configuration has a schedule) runs beside the server and stops with it.
public func runServer(
    engine: any ChatEngine,
    configuration: ServerConfiguration,
    host: String = "127.0.0.1",
    port: Int = 8080,
    logger: Logger? = nil,
    delayedReplies: (any DelayedReplyPosting)? = nil,
    scheduler: DigestScheduler? = nil,
    operations: ServerOperations = ServerOperations(),
    onServerRunning: @escaping @Sendable (_ port: Int?) async -> Void = { _ in }
) async throws {
    let logger = logger ?? Logger(label: "cobrador.server")
    logger.info("cobrador serve", metadata: ["endpoints": "\(configuration)", "host": "\(host)", "port": "\(port)"])
    let app = buildApplication(
        engine: engine,
        configuration: configuration,
        host: host,
        port: port,
        logger: logger,
        delayedReplies: delayedReplies,
        services: scheduler.map { [$0] } ?? [],
        operations: operations,
        onServerRunning: onServerRunning
    )
    // A ServiceGroup with SIGTERM and SIGINT as graceful shutdown signals.
    try await app.runService()  // defaults: [.sigterm, .sigint]
}
