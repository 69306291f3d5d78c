import CobradorCore

/// Why a post to a team chat failed, after the last try. The message names the status or the
/// network problem and the number of tries, never the webhook URL (it holds a secret).
public enum WebhookPostError: Error, Equatable, CustomStringConvertible {
    /// The URL is not http(s).
    case invalidURL
    /// The chat refused the message (4xx other than 429): retrying would not help.
    case rejected(status: Int, attempts: Int)
    /// Still failing after the last try: the last status (5xx or 429), or nil for a network error.
    case gaveUp(status: Int?, reason: String, attempts: Int)
    /// The task was cancelled while waiting to retry.
    case cancelled(attempts: Int)

    public var attempts: Int {
        switch self {
        case .invalidURL: 0
        case .rejected(_, let attempts), .gaveUp(_, _, let attempts), .cancelled(let attempts): attempts
        }
    }

    public var description: String { message(in: .en) }

    /// A readable sentence in English or Spanish.
    public func message(in language: Language) -> String {
        switch (self, language) {
        case (.invalidURL, .en):
            "The webhook address is not an http or https URL."
        case (.invalidURL, .es):
            "La dirección del webhook no es una URL http o https."
        case (.rejected(let status, let attempts), .en):
            "The chat refused the message with HTTP \(status) after \(Self.tries(attempts, .en)); check the webhook URL and the format."
        case (.rejected(let status, let attempts), .es):
            "El chat rechazó el mensaje con HTTP \(status) tras \(Self.tries(attempts, .es)); revisa la URL del webhook y el formato."
        case (.gaveUp(let status?, _, let attempts), .en):
            "The chat still answered HTTP \(status) after \(Self.tries(attempts, .en)); try again later."
        case (.gaveUp(let status?, _, let attempts), .es):
            "El chat seguía respondiendo HTTP \(status) tras \(Self.tries(attempts, .es)); inténtalo más tarde."
        case (.gaveUp(nil, let reason, let attempts), .en):
            "Could not reach the chat after \(Self.tries(attempts, .en)) (\(reason)); check the network and try again later."
        case (.gaveUp(nil, let reason, let attempts), .es):
            "No se pudo contactar con el chat tras \(Self.tries(attempts, .es)) (\(reason)); revisa la red e inténtalo más tarde."
        case (.cancelled(let attempts), .en):
            "Posting was cancelled after \(Self.tries(attempts, .en))."
        case (.cancelled(let attempts), .es):
            "Se canceló el envío tras \(Self.tries(attempts, .es))."
        }
    }

    private static func tries(_ count: Int, _ language: Language) -> String {
        switch language {
        case .en: count == 1 ? "1 try" : "\(count) tries"
        case .es: count == 1 ? "1 intento" : "\(count) intentos"
        }
    }
}
