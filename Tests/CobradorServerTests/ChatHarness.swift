import CobradorBot
import CobradorCore
import CobradorOutbound
import CobradorServer
import CobradorTestSupport
import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging

/// The native bots' secrets and request builders, for servers whose platform APIs are a
/// `PlatformAPIStub` on 127.0.0.1.
enum ChatHarness {
    typealias H = ServerHarness

    static let slackBotToken = "xoxb-test-bot-token"
    static let teamsToken = "vqF0En+Z0ucuRTM/01o2GuhMH3hKKk/N2bOmlM31zaA="
    static let telegramToken = "7777:AAH-test_token"
    static let telegramSecret = "tg-secret_123"
    /// Ed25519 key from the seed 00 01 … 1f; its public key, as `openssl pkey -pubout` prints it.
    static let discordSeed: [UInt8] = Array(0..<32)
    static let discordPublicKey = "03a107bff3ce10be1d70dd18e74bc09967e4d6309ba50d5f1ddc8664125531b8"
    static let discordApplication = "123456789012345678"
    static let publicURL = "https://cobrador.example.com"

    static func configuration(
        api: URL,
        writers: String = "U-WRITER, ana",
        replyTimeout: Duration = .seconds(2)
    ) -> ServerConfiguration {
        var settings = ServerSettings()
        settings.slackSigningSecret = H.slackSecret
        settings.slackBotToken = slackBotToken
        settings.slackAPIURL = api.appendingPathComponent("api").absoluteString
        settings.mattermostToken = H.mattermostToken
        settings.publicURL = publicURL
        settings.teamsSecurityToken = teamsToken
        settings.telegramBotToken = telegramToken
        settings.telegramSecretToken = telegramSecret
        settings.telegramAPIURL = api.absoluteString
        settings.discordPublicKey = discordPublicKey
        settings.discordApplicationID = discordApplication
        settings.discordAPIURL = api.appendingPathComponent("discord").absoluteString
        settings.writers = [writers]
        settings.replyTimeoutMilliseconds = String(
            replyTimeout.components.seconds * 1000
                + replyTimeout.components.attoseconds / 1_000_000_000_000_000)
        // Every value above is valid: loading cannot fail.
        return try! ServerConfiguration(settings: settings)
    }

    static func app(engine: any ChatEngine, configuration: ServerConfiguration, now: Date = H.now) -> some ApplicationProtocol {
        var logger = Logger(label: "cobrador.server.test")
        logger.logLevel = .error
        return buildApplication(
            engine: engine, configuration: configuration, host: "127.0.0.1", port: 0, logger: logger, now: { now },
            chatAPI: ChatAPIClient(policy: RetryPolicy(maxAttempts: 2, initialDelay: .milliseconds(10), timeout: .seconds(5))))
    }

    // MARK: Slack

    static func slackJSONHeaders(
        body: String, timestamp: Int = Int(H.now.timeIntervalSince1970), secret: String = H.slackSecret,
        retry: Int? = nil
    ) -> HTTPFields {
        var headers = H.slackHeaders(body: body, timestamp: timestamp, secret: secret, retry: retry)
        headers[.contentType] = "application/json"
        return headers
    }

    /// An `event_callback` as Slack documents it, wrapping `event` (JSON text).
    static func slackEventBody(_ event: String, eventID: String = "Ev123ABC456", team: String = "T123ABC456") -> String {
        """
        {"token":"XXYYZZ","team_id":"\(team)","api_app_id":"A123ABC456","event":\(event),"type":"event_callback",\
        "authorizations":[{"team_id":"\(team)","user_id":"U0LAN0Z89","is_bot":true,"is_enterprise_install":false}],\
        "event_id":"\(eventID)","event_time":1515449522}
        """
    }

    static func appMention(text: String, user: String = "U061F7AUR", ts: String = "1515449522.000016", thread: String? = nil) -> String {
        let threadField = thread.map { #","thread_ts":"\#($0)""# } ?? ""
        return """
            {"type":"app_mention","user":"\(user)","text":\(jsonString(text)),"ts":"\(ts)","channel":"C123ABC456",\
            "event_ts":"\(ts)"\(threadField)}
            """
    }

    static func directMessage(text: String, user: String = "U061F7AUR", ts: String = "1515449600.000100") -> String {
        """
        {"type":"message","channel":"D024BE91L","user":"\(user)","text":\(jsonString(text)),"ts":"\(ts)",\
        "event_ts":"\(ts)","channel_type":"im"}
        """
    }

    /// A `block_actions` payload (a button press), form-encoded in `payload=` as Slack posts it.
    static func blockActionsBody(
        value: String, user: String = "U061F7AUR", channel: String = "C123ABC456", responseURL: String,
        trigger: String = "13345224609.738474920.8088930838d88f008e0"
    ) -> String {
        let payload = """
            {"type":"block_actions","user":{"id":"\(user)","username":"ana.perez","name":"ana.perez","team_id":"T123ABC456"},\
            "api_app_id":"A123ABC456","token":"9s8d9as89d8as9d8as989","container":{"type":"message","message_ts":"1548261231.000200",\
            "channel_id":"\(channel)","is_ephemeral":false},"trigger_id":"\(trigger)","team":{"id":"T123ABC456","domain":"acme"},\
            "enterprise":null,"is_enterprise_install":false,"channel":{"id":"\(channel)","name":"cobros"},\
            "message":{"type":"message","text":"¿Lo confirmo?","ts":"1548261231.000200"},\
            "response_url":"\(responseURL)",\
            "actions":[{"action_id":"cobrador-confirm-0","block_id":"=qXel","text":{"type":"plain_text","text":"Sí","emoji":true},\
            "value":\(jsonString(value)),"style":"primary","type":"button","action_ts":"1548426417.840180"}]}
            """
        return "payload=" + H.formEscape(payload)
    }

    static func jsonString(_ text: String) -> String {
        String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
    }

    // MARK: Teams

    static func teamsHeaders(body: String, token: String = teamsToken) -> HTTPFields {
        [.contentType: "application/json", .authorization: TeamsSignatureVerifier(securityToken: token)!.authorization(body: Array(body.utf8))]
    }

    // MARK: Telegram

    static func telegramHeaders(secret: String? = telegramSecret) -> HTTPFields {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let secret { headers[HTTPField.Name("X-Telegram-Bot-Api-Secret-Token")!] = secret }
        return headers
    }

    // MARK: Discord

    static func discordHeaders(body: String, timestamp: Int = Int(H.now.timeIntervalSince1970), seed: [UInt8] = discordSeed) -> HTTPFields {
        let key = try! Curve25519.Signing.PrivateKey(rawRepresentation: seed)
        let signature = try! key.signature(for: Array(String(timestamp).utf8) + Array(body.utf8))
        return [
            .contentType: "application/json",
            HTTPField.Name("X-Signature-Ed25519")!: signature.map { String(format: "%02x", $0) }.joined(),
            HTTPField.Name("X-Signature-Timestamp")!: String(timestamp),
        ]
    }
}

/// A conversation engine for the native bots' tests: like `ScriptedChatEngine.echo`, plus buttons.
/// A "¿…?" question gets "Sí" / "No"; anything with "debe" a heading, a table and a note.
enum ButtonScripts {
    static let confirm = ReplyAction(id: "confirm", label: "Sí", message: "sí", style: .primary)
    static let deny = ReplyAction(id: "deny", label: "No", message: "no", style: .danger)

    static let script: ScriptedChatEngine.Script = { message, turn in
        let text = message.text
        if text.lowercased().contains("pagó") {
            return BotReply(
                text: "\(turn): Voy a apuntar el pago de Acme & <!channel>:\n• F-1  450,00 €\n¿Lo confirmo? (sí / no)",
                intent: "record_payment", language: .es, actions: [confirm, deny])
        }
        if text.lowercased().contains("debe") {
            return BotReply(
                text: "Te deben 2 clientes:\n• Acme S.L.   1.650,00 €  2 facturas\n• Globex       200,00 €  1 factura\n\n"
                    + "Total pendiente: 1.850,00 €\n(Si me he equivocado, escribe «deshaz».)",
                intent: "who_owes", language: .es,
                actions: [ReplyAction(id: "status", label: "Ver estado de Acme S.L.", message: "estado de Acme S.L.")])
        }
        return BotReply(text: "\(turn): \(text)", intent: "echo", language: .es, changedData: false)
    }
}

/// An engine that answers only once the test opens its gate: a request that comes back while the
/// gate is shut was acknowledged without waiting for the engine, whatever the machine's load.
actor GatedChatEngine: ChatEngine {
    private var isOpen = false
    private var waiting: [CheckedContinuation<Void, Never>] = []
    private(set) var received: [IncomingMessage] = []

    func respond(to message: IncomingMessage) async -> BotReply {
        received.append(message)
        if !isOpen { await withCheckedContinuation { waiting.append($0) } }
        return BotReply(text: "listo: \(message.text)", intent: "echo", language: .es)
    }

    func open() {
        isOpen = true
        for continuation in waiting { continuation.resume() }
        waiting = []
    }
}
