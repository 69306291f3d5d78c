import CobradorBot
import CobradorCore
import Foundation
import Yams

/// The user's settings file (`config.yml`): who they are, the ladder's thresholds, late-fee tables and
/// the chat secrets. Every section is optional; environment variables override the chat ones.
public struct AppConfiguration: Sendable, Decodable {
    public struct Business: Sendable, Decodable {
        public var name: String?
        public var iban: String?
        public var paymentLink: String?
        public var email: String?
        public var phone: String?

        enum CodingKeys: String, CodingKey {
            case name, iban, email, phone
            case paymentLink = "payment_link"
        }
    }

    public struct LateFees: Sendable, Decodable {
        /// Replaces the built-in statutory tables (EUR: EU 2011/7 + Ley 3/2004).
        public var statutory: [StatutoryInterestTable]?
    }

    public struct Chat: Sendable, Decodable {
        public var slackSigningSecret: String?
        public var mattermostToken: String?
        public var webhookToken: String?
        public var writers: [String]?
        /// How long a conversation (a pending question, a confirmation, the undo list) is kept after it last changed.
        public var conversationExpiryHours: Double?

        enum CodingKeys: String, CodingKey {
            case writers
            case conversationExpiryHours = "conversation_expiry_hours"
            case slackSigningSecret = "slack_signing_secret"
            case mattermostToken = "mattermost_token"
            case webhookToken = "webhook_token"
        }
    }

    public var business: Business?
    public var followUp: EscalationPolicy?
    public var lateFees: LateFees?
    public var chat: Chat?

    enum CodingKeys: String, CodingKey {
        case business, chat
        case followUp = "follow_up"
        case lateFees = "late_fees"
    }

    public init() {}

    /// `--config`, else `$COBRADOR_CONFIG`, else `$XDG_CONFIG_HOME/cobrador/config.yml` (or `~/.config/…`), if it exists.
    public static func load(path: String?, environment: [String: String]) throws -> AppConfiguration {
        let chosen = path ?? environment["COBRADOR_CONFIG"]
        let file = chosen ?? defaultPath(environment: environment)
        guard FileManager.default.fileExists(atPath: file) else {
            if chosen != nil { throw ContentError(file: file, line: 0, reason: "file not found") }
            return AppConfiguration()
        }
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
            throw ContentError(file: file, line: 0, reason: "cannot read the file as UTF-8")
        }
        return try parse(text, name: file)
    }

    public static func parse(_ text: String, name: String) throws -> AppConfiguration {
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return AppConfiguration() }
        do {
            return try YAMLDecoder().decode(AppConfiguration.self, from: text)
        } catch let error as YamlError {
            throw ContentError(file: name, line: ContentError.line(of: error), reason: "\(error)")
        } catch let error as DecodingError {
            throw ContentError(file: name, line: 0, reason: Self.describe(error))
        }
    }

    public static func defaultPath(environment: [String: String]) -> String {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".config")
        return ((base as NSString).appendingPathComponent("cobrador") as NSString).appendingPathComponent("config.yml")
    }

    public var profile: BusinessProfile {
        BusinessProfile(
            name: business?.name ?? "", iban: business?.iban, paymentLink: business?.paymentLink, email: business?.email,
            phone: business?.phone)
    }

    /// 24 hours unless `chat.conversation_expiry_hours` says otherwise.
    public var conversationLifetime: Duration {
        guard let hours = chat?.conversationExpiryHours, hours > 0, hours.isFinite else { return .seconds(24 * 3600) }
        return .seconds(hours * 3600)
    }

    public var lateFeeCalculator: LateFeeCalculator {
        let policy = followUp ?? .standard
        return LateFeeCalculator(
            statutory: lateFees?.statutory ?? [.euDirectiveSpain], assumedPaymentTermDays: policy.assumedPaymentTermDays)
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map(\.stringValue).joined(separator: ".")
        }
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c):
            return "\(path(c)): \(c.debugDescription)"
        case .keyNotFound(let key, let c):
            return "\(path(c)): missing \(key.stringValue)"
        @unknown default:
            return "\(error)"
        }
    }
}
