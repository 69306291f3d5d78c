import CobradorCore
import Foundation

/// The configured `mail.command` (`sendmail -t -i` by default) as an argument vector: words split
/// at spaces, with '…' and "…" quoting and backslash escapes as in a shell, but no shell (no
/// variables, globs or pipes), so nothing in it is interpreted twice.
public struct MailCommand: Hashable, Sendable, CustomStringConvertible {
    public static let defaultLine = "sendmail -t -i"

    public let arguments: [String]

    public var program: String { arguments[0] }
    public var description: String { arguments.joined(separator: " ") }

    public init(parsing line: String) throws(MailError) {
        guard let words = Self.split(line), !words.isEmpty else { throw .invalidCommand(command: line) }
        arguments = words
    }

    public init(arguments: [String]) throws(MailError) {
        guard let first = arguments.first, !first.isEmpty else { throw .invalidCommand(command: arguments.joined(separator: " ")) }
        self.arguments = arguments
    }

    /// Where sendmail lives when it is not on a user's PATH.
    static let systemFolders = ["/usr/sbin", "/usr/lib", "/sbin"]

    /// The program's full path: as given when it has a `/`, else the first executable match on
    /// `PATH`, then in the usual sendmail folders.
    func resolvedProgram(path: String?) -> String? {
        let fileManager = FileManager.default
        if program.contains("/") { return fileManager.isExecutableFile(atPath: program) ? program : nil }
        let folders = (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init) + Self.systemFolders
        for folder in folders where !folder.isEmpty {
            let candidate = (folder as NSString).appendingPathComponent(program)
            var isDirectory: ObjCBool = false
            if fileManager.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
                fileManager.isExecutableFile(atPath: candidate)
            {
                return candidate
            }
        }
        return nil
    }

    /// Shell-like word splitting; nil when a quote is left open or the line ends in a lone backslash.
    static func split(_ line: String) -> [String]? {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
                continue
            }
            if let open = quote {
                if character == open {
                    quote = nil
                } else if character == "\\" && open == "\"" {
                    escaped = true
                } else {
                    current.append(character)
                }
                continue
            }
            switch character {
            case "'", "\"":
                quote = character
                inWord = true
            case "\\":
                escaped = true
                inWord = true
            case " ", "\t", "\n", "\r":
                if inWord { words.append(current) }
                current = ""
                inWord = false
            default:
                current.append(character)
                inWord = true
            }
        }
        guard quote == nil, !escaped else { return nil }
        if inWord { words.append(current) }
        return words
    }
}
