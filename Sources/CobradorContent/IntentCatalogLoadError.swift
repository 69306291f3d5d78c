import CobradorCore

/// A problem in an intents file, with the file, the line and the reason, readable in English and Spanish.
public struct IntentCatalogLoadError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var reason: String

    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var place: String { line > 0 ? "\(file):\(line)" : file }

    public var description: String { message(in: .en) + "\n" + message(in: .es) }

    public func message(in language: Language) -> String {
        switch language {
        case .en: return "Bad intents file \(place): \(reason)"
        case .es: return "Archivo de intenciones incorrecto \(place): \(reason)"
        }
    }
}
