import CobradorBot
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
public func buildRouter(
    engine: any ChatEngine,
    configuration: ServerConfiguration,
    now: @escaping @Sendable () -> Date = { Date() },
    delayedReplies: (any DelayedReplyPosting)? = nil
) -> Router<ChatRequestContext> {
    let router = Router(context: ChatRequestContext.self)
    router.add(middleware: JSONErrorMiddleware())

    let health = HealthRoute()
    router.get("healthz", use: health.health)
    router.get("hello", use: health.hello)

    let responder = ConversationResponder(
        engine: engine,
        writers: configuration.writers,
        language: configuration.language,
        deduplicator: ReplyDeduplicator(window: configuration.duplicateWindow),
        delayedReplies: delayedReplies
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
        let route = MattermostRoute(
            responder: responder,
            timeout: configuration.replyTimeout,
            inChannelIntents: configuration.inChannelIntents
        )
        router.group("mattermost")
            .add(middleware: bodyLimit)
            .add(middleware: MattermostTokenMiddleware(tokens: configuration.mattermostTokens))
            .post(use: route.handle)
    }
    if let token = configuration.webhookToken {
        let route = WebhookRoute(responder: responder, timeout: configuration.webhookTimeout)
        router.group("webhook")
            .add(middleware: BearerTokenMiddleware(token: token))
            .add(middleware: bodyLimit)
            .post(use: route.handle)
    }
    return router
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
    onServerRunning: @escaping @Sendable (_ port: Int?) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let logger = logger ?? Logger(label: "cobrador.server")
    let router = buildRouter(engine: engine, configuration: configuration, now: now, delayedReplies: delayedReplies)
    return Application(
        router: router,
        configuration: .init(address: .hostname(host, port: port), serverName: "cobrador"),
        services: services,
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
        onServerRunning: onServerRunning
    )
    // A ServiceGroup with SIGTERM and SIGINT as graceful shutdown signals.
    try await app.runService()  // defaults: [.sigterm, .sigint]
}
