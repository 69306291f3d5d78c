import CobradorBot
import CobradorCore
import CobradorTemplateFiles
import Foundation
import Yams

/// The user's settings file (`config.yml`): who they are, the ladder's thresholds, late-fee tables,
/// the chat secrets, how mail leaves (`mail:`) and when `serve` posts the digest (`schedule:`).
/// Every section is optional; environment variables override the chat ones.
public struct AppConfiguration: Sendable, Decodable {
    public struct Business: Sendable, Decodable {
        public var name: String?
        public var iban: String?
        public var paymentLink: String?
        public var email: String?
        public var phone: String?
        /// Where clients' answers go when not to `email` (`Reply-To`).
        public var replyTo: String?
        /// The currency of imported files that do not say theirs (ISO code).
        public var currency: String?

        enum CodingKeys: String, CodingKey {
            case name, iban, email, phone, currency
            case paymentLink = "payment_link"
            case replyTo = "reply_to"
        }
    }

    /// `mail:` — how reminders are sent.
    public struct Mail: Sendable, Decodable {
        /// A sendmail-compatible command reading the message on stdin (default `sendmail -t -i`).
        public var command: String?
        /// Seconds the command may take (default 30).
        public var timeout: Int?
        /// A blind copy of every email sent, usually to yourself.
        public var bcc: String?
    }

    /// `schedule:` — jobs `serve` runs by itself.
    public struct Schedule: Sendable, Decodable {
        public var digest: Digest?

        /// `schedule: digest:` — when and where the daily digest is posted.
        public struct Digest: Sendable, Decodable {
            /// `"09:00"`.
            public var at: String?
            /// `weekdays`, `daily` or a list of day names.
            public var days: DayList?
            /// A tz database name (`Europe/Madrid`); the machine's zone when absent.
            public var timezone: String?
            /// `es` or `en`; the system language when absent.
            public var language: String?
            public var post: [Post]?
        }

        public struct Post: Sendable, Decodable {
            public var url: String?
            public var format: String?
        }

        /// One day name or several: `days: weekdays` or `days: [mon, thu]`.
        public struct DayList: Sendable, Decodable {
            public var names: [String]

            public init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let one = try? container.decode(String.self) {
                    names = [one]
                } else {
                    names = try container.decode([String].self)
                }
            }
        }
    }

    /// `database:` — where the data lives when neither `--db` nor `COBRADOR_DB` says.
    public struct Database: Sendable, Decodable {
        /// A `postgres://user:password@host:5432/name` URL, or a SQLite file's path.
        public var url: String?
    }

    public struct LateFees: Sendable, Decodable {
        /// Replaces the built-in statutory tables (EUR: EU 2011/7 + Ley 3/2004).
        public var statutory: [StatutoryInterestTable]?
    }

    /// `chat:` — what the conversation engine reads from it. The secrets and addresses of the chat
    /// platforms in the same section belong to the server, which decodes them itself (`section(_:as:)`).
    public struct Chat: Sendable, Decodable {
        /// How long a conversation (a pending question, a confirmation, the undo list) is kept after it last changed.
        public var conversationExpiryHours: Double?

        enum CodingKeys: String, CodingKey {
            case conversationExpiryHours = "conversation_expiry_hours"
        }
    }

    public var business: Business?
    public var followUp: EscalationPolicy?
    /// The cash forecast's window and rules of thumb (`forecast:`).
    public var forecast: ForecastSettings?
    public var lateFees: LateFees?
    public var chat: Chat?
    public var mail: Mail?
    public var schedule: Schedule?
    public var database: Database?

    /// The file the settings came from ("" when none was read), for messages that name a line.
    public var sourceName = ""
    /// The line of every value in the file, by its path (`schedule.digest.timezone`, `schedule.digest.post.0.url`).
    public var lines: [String: Int] = [:]
    /// The file's text, for the sections another module decodes with its own types (`section(_:as:)`).
    private var text = ""

    enum CodingKeys: String, CodingKey {
        case business, chat, database, forecast, mail, schedule
        case followUp = "follow_up"
        case lateFees = "late_fees"
    }

    public init() {}

    /// The line of the value at `path` (or of its nearest enclosing key), 0 when unknown.
    public func line(of path: String) -> Int {
        var key = Substring(path)
        while !key.isEmpty {
            if let line = lines[String(key)] { return line }
            guard let dot = key.lastIndex(of: ".") else { break }
            key = key[..<dot]
        }
        return 0
    }

    /// `--config`, else `$COBRADOR_CONFIG`, else `$XDG_CONFIG_HOME/cobrador/config.yml` (or `~/.config/…`), if it exists.
    public static func load(path: String?, environment: [String: String]) throws -> AppConfiguration {
        let chosen = path ?? environment["COBRADOR_CONFIG"]
        let file = chosen ?? defaultPath(environment: environment)
        guard FileManager.default.fileExists(atPath: file) else {
            if chosen != nil { throw FileLineError(file: file, line: 0, reason: "file not found") }
            return AppConfiguration()
        }
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
            throw FileLineError(file: file, line: 0, reason: "cannot read the file as UTF-8")
        }
        return try parse(text, name: file)
    }

    public static func parse(_ text: String, name: String) throws -> AppConfiguration {
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return AppConfiguration() }
        var lines: [String: Int] = [:]
        do {
            if let node = try Yams.compose(yaml: text) { lines = lineMap(node) }
            var configuration = try YAMLDecoder().decode(AppConfiguration.self, from: text)
            configuration.sourceName = name
            configuration.lines = lines
            configuration.text = text
            return configuration
        } catch let error as YamlError {
            throw FileLineError(file: name, line: FileLineError.line(of: error), reason: "\(error)")
        } catch let error as DecodingError {
            var located = AppConfiguration()
            located.lines = lines
            throw FileLineError(file: name, line: located.line(of: Self.path(of: error)), reason: Self.describe(error))
        }
    }

    /// The top-level section `name` decoded as `T`, nil when the file has none; a value of the wrong
    /// kind is reported like any other in the file (`config.yml:12: chat.writers: …`). For a section whose
    /// keys another module owns: the server's `chat:` settings are decoded by the server's own type.
    public func section<T: Decodable>(_ name: String, as type: T.Type = T.self) throws -> T? {
        guard !text.isEmpty else { return nil }
        do {
            return try YAMLDecoder().decode(Section<T>.self, from: text, userInfo: [Section<T>.name: name]).value
        } catch let error as YamlError {
            throw FileLineError(file: sourceName, line: FileLineError.line(of: error), reason: "\(error)")
        } catch let error as DecodingError {
            throw FileLineError(file: sourceName, line: line(of: Self.path(of: error)), reason: Self.describe(error))
        }
    }

    /// The document seen through one of its top-level keys, so that a decoding error's path starts with
    /// the section's name, as the line map does.
    private struct Section<T: Decodable>: Decodable {
        static var name: CodingUserInfoKey { CodingUserInfoKey(rawValue: "cobrador.section")! }
        var value: T?

        init(from decoder: any Decoder) throws {
            let document = try decoder.container(keyedBy: SectionKey.self)
            let name = decoder.userInfo[Self.name] as? String ?? ""
            value = try document.decodeIfPresent(T.self, forKey: SectionKey(stringValue: name))
        }
    }

    private struct SectionKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public static func defaultPath(environment: [String: String]) -> String {
        let base =
            environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
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

    /// Every key and item of the document with its line (Yams counts from 1).
    static func lineMap(_ root: Node) -> [String: Int] {
        var lines: [String: Int] = [:]
        func walk(_ node: Node, _ path: String) {
            if !path.isEmpty, let mark = node.mark, lines[path] == nil { lines[path] = mark.line }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping {
                    guard let name = key.string else { continue }
                    let child = path.isEmpty ? name : path + "." + name
                    if let mark = key.mark { lines[child] = mark.line }
                    walk(value, child)
                }
            case .sequence(let sequence):
                for (index, item) in sequence.enumerated() { walk(item, path + ".\(index)") }
            default:
                break
            }
        }
        walk(root, "")
        return lines
    }

    /// The dotted path of the value a decoding error is about.
    static func path(of error: DecodingError) -> String {
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c), .keyNotFound(_, let c):
            return c.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        @unknown default:
            return ""
        }
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
