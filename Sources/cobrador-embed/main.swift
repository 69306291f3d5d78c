import CobradorTemplateFiles
import Foundation

// Writes one Swift file that embeds content folders (`Intents/`, `Responses/`), so an installed binary
// carries its built-in intents and replies. Run by the EmbedContent build-tool plugin at every build:
// the output lives in the build folder, never in git.
//
// Usage: cobrador-embed OUTPUT.swift TypeName=FOLDER[=templates] …
//
// A folder marked `=templates` (`Responses/`) is read here, at build time, and embedded as its
// templates (`TemplateFile.encode`), so that a start-up never runs the YAML parser over it.

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first, arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: cobrador-embed OUTPUT.swift TypeName=FOLDER …\n".utf8))
    exit(2)
}

let contentExtensions: Set<String> = ["yaml", "yml"]

/// Every content file under `folder`, as (path relative to it, text), in a stable order.
func contentFiles(in folder: URL) throws -> [(path: String, text: String)] {
    guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
    var found: [(path: String, text: String)] = []
    let base = folder.standardizedFileURL.path + "/"
    for case let url as URL in walker where contentExtensions.contains(url.pathExtension.lowercased()) {
        let path = url.standardizedFileURL.path
        let relative = path.hasPrefix(base) ? String(path.dropFirst(base.count)) : url.lastPathComponent
        found.append((relative, try String(contentsOf: url, encoding: .utf8)))
    }
    return found.sorted { $0.path < $1.path }
}

/// A one-line string literal that holds `text` exactly.
func escapedLiteral(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": out += "\\\\"
        case "\"": out += "\\\""
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F {
                out += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out + "\""
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("cobrador-embed: \(message)\n".utf8))
    exit(1)
}

/// A raw string literal that holds `text` exactly: enough `#` that nothing inside can close it.
func rawLiteral(_ text: String) -> String {
    var hashes = "#"
    while text.contains("\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
    return "\(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)"
}

var swift = "// Generated at build time by cobrador-embed (the EmbedContent plugin). Not in git.\n"
for spec in arguments.dropFirst() {
    var parts = spec.split(separator: "=", maxSplits: 1).map(String.init)
    guard parts.count == 2 else { fail("expected TypeName=FOLDER, got \(spec)") }
    let templates = parts[1].hasSuffix("=templates")
    if templates { parts[1].removeLast("=templates".count) }
    let files = try contentFiles(in: URL(fileURLWithPath: parts[1], isDirectory: true))
    if templates {
        var read: [TemplateFile] = []
        for file in files {
            do {
                read.append(try TemplateFile.read(name: file.path, text: file.text))
            } catch {
                fail("\(parts[1])/\(error)")
            }
        }
        guard let encoded = TemplateFile.encode(read) else { fail("a template in \(parts[1]) holds a control character") }
        swift += "\n/// The templates of `\(URL(fileURLWithPath: parts[1]).lastPathComponent)/`, read at build time (`TemplateFile.decode`).\n"
        swift += "enum \(parts[0]) {\n    static let templates = \(escapedLiteral(encoded))\n}\n"
        continue
    }
    swift += "\n/// The files of `\(URL(fileURLWithPath: parts[1]).lastPathComponent)/`, as (relative path, text).\n"
    swift += "enum \(parts[0]) {\n    static let files: [(path: String, text: String)] = [\n"
    for file in files {
        swift += "        (\"\(file.path)\", \(rawLiteral(file.text))),\n"
    }
    swift += "    ]\n}\n"
}
let data = Data(swift.utf8)
// Leave an unchanged file alone so the compiler does not rebuild the module for nothing.
if (try? Data(contentsOf: URL(fileURLWithPath: output))) != data {
    try data.write(to: URL(fileURLWithPath: output), options: .atomic)
}
