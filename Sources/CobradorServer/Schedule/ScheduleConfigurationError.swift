import CobradorCore

/// A `schedule:` setting that cannot be used. `key` is its path in the configuration file
/// (`schedule.digest.timezone`); the caller adds the file and line.
public struct ScheduleConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Problem: Hashable, Sendable {
        case time, days, timeZone, url, format, noTarget, language
    }

    public var key: String
    public var value: String
    public var problem: Problem

    public init(key: String, value: String, problem: Problem) {
        self.key = key
        self.value = value
        self.problem = problem
    }

    public var description: String { message(.en) }

    /// `schedule.digest.timezone: unknown time zone "Europe/Madird" (…)`.
    public func message(_ language: Language) -> String {
        let shown = value.isEmpty ? "" : " \"\(value)\""
        let formats = "slack, mattermost, discord, teams, googlechat"
        switch (problem, language) {
        case (.time, .en): return "\(key): expected a time like \"09:00\"\(shown.isEmpty ? "" : ", not" + shown)"
        case (.time, .es): return "\(key): se esperaba una hora como \"09:00\"\(shown.isEmpty ? "" : ", no" + shown)"
        case (.days, .en): return "\(key): expected weekdays, daily or a list of days such as [mon, wed, fri], not\(shown)"
        case (.days, .es): return "\(key): se esperaba weekdays, daily o una lista de días como [lun, mié, vie], no\(shown)"
        case (.timeZone, .en): return "\(key): unknown time zone\(shown) (use a name such as Europe/Madrid or America/Mexico_City)"
        case (.timeZone, .es): return "\(key): zona horaria desconocida\(shown) (usa un nombre como Europe/Madrid o America/Mexico_City)"
        case (.url, .en): return "\(key): expected the http(s) URL of an incoming webhook"
        case (.url, .es): return "\(key): se esperaba la URL http(s) de un webhook de entrada"
        case (.format, .en): return "\(key): unknown chat format\(shown) (one of \(formats))"
        case (.format, .es): return "\(key): formato de chat desconocido\(shown) (uno de \(formats))"
        case (.noTarget, .en): return "\(key): no webhook to post to (add post: [{url: …, format: slack}])"
        case (.noTarget, .es): return "\(key): no hay ningún webhook al que publicar (añade post: [{url: …, format: slack}])"
        case (.language, .en): return "\(key): expected es or en, not\(shown)"
        case (.language, .es): return "\(key): se esperaba es o en, no\(shown)"
        }
    }
}
