import Foundation

/// The optional configuration file: `KEY=value` lines, like a `.env` file.
///
///     # cobrador serve
///     COBRADOR_SLACK_SIGNING_SECRET=8f74…
///     export COBRADOR_WEBHOOK_TOKEN="s3cret"
///     COBRADOR_WRITERS=U024BE7LH, ana
///
/// Blank lines and lines starting with `#` are skipped; an `export ` prefix is allowed; a value
/// wrapped in single or double quotes loses them; whitespace around key and value is trimmed.
/// Keys the server does not know are kept (other commands may read them) and otherwise ignored.
public enum ConfigurationFile {
    public static func parse(_ text: String, path: String = "<config>") throws(ServerConfigurationError) -> [String: String] {
        var values: [String: String] = [:]
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("export ") { line = String(line.dropFirst("export ".count)) }
            guard let equals = line.firstIndex(of: "=") else {
                throw .malformedLine(path: path, line: index + 1)
            }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            var value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty, !key.contains(" ") else {
                throw .malformedLine(path: path, line: index + 1)
            }
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            values[key] = value
        }
        return values
    }

    public static func load(path: String) throws(ServerConfigurationError) -> [String: String] {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadableFile(path: path, reason: error.localizedDescription)
        }
        return try parse(text, path: path)
    }
}
