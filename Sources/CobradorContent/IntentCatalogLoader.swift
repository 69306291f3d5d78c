import CobradorCore
import CobradorNLU
import Foundation

/// Builds the `IntentCatalog` from YAML: the built-in set (an `Intents/` folder next to the
/// executable if one is there, else the copy embedded in the binary), then any extra directories
/// (`--intents DIR`, `COBRADOR_INTENTS=dir1:dir2`), whose files add phrasings, keywords and patterns
/// to existing intents or define new ones.
public enum IntentCatalogLoader {
    public static let environmentVariable = "COBRADOR_INTENTS"

    public static func load(extraDirectories: [URL] = []) throws -> IntentCatalog {
        try load(
            extraDirectories: extraDirectories, environment: ProcessInfo.processInfo.environment,
            executableDirectory: RunningExecutable.directory)
    }

    public static func load(extraDirectories: [URL], environment: [String: String], executableDirectory: URL?) throws -> IntentCatalog {
        var files = builtInFiles(executableDirectory: executableDirectory)
        var dirs = extraDirectories
        if let env = environment[environmentVariable], !env.isEmpty {
            dirs += env.split(separator: ":").map { URL(fileURLWithPath: String($0)) }
        }
        for dir in dirs {
            files += try readDirectory(dir)
        }
        if let cached = IntentCatalogCache.load(files, environment: environment) { return cached }
        let catalog = try compile(files)
        IntentCatalogCache.store(catalog, files: files, environment: environment)
        return catalog
    }

    /// The embedded built-in files, as (relative path, YAML text).
    public static var embeddedFiles: [(path: String, text: String)] { EmbeddedIntents.files }

    /// Compiles already-read files; the name of each is used in error messages.
    public static func compile(_ files: [(path: String, text: String)]) throws -> IntentCatalog {
        var intents: [IntentDefinition] = []
        var lexicons: [LexiconDefinition] = []
        let read = files.map { FileText(path: $0.path, text: $0.text) }.concurrentMap { f in
            Result { try IntentFileReader.read(name: f.path, yaml: f.text) }
        }
        for result in read {
            switch try result.get() {
            case .intent(let d): intents.append(d)
            case .lexicon(let l): lexicons.append(l)
            }
        }
        guard !intents.isEmpty else {
            throw FileLineError(file: files.first?.path ?? "Intents/", line: 0, reason: "no intents found")
        }
        return try IntentCatalog(intents: intents, lexicons: lexicons)
    }

    private struct FileText: Sendable {
        var path: String
        var text: String
    }

    static func builtInFiles(executableDirectory: URL?) -> [(path: String, text: String)] {
        if let dir = executableDirectory?.appendingPathComponent("Intents", isDirectory: true),
            let files = try? readDirectory(dir), !files.isEmpty
        {
            return files
        }
        return EmbeddedIntents.files.map { ("Intents/" + $0.path, $0.text) }
    }

    /// Every `.yaml` / `.yml` file under `dir` (recursively), in a stable order.
    public static func readDirectory(_ dir: URL) throws -> [(path: String, text: String)] {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue else {
            throw FileLineError(file: dir.path, line: 0, reason: "not a directory")
        }
        guard let walker = fm.enumerator(at: dir, includingPropertiesForKeys: nil) else { return [] }
        var paths: [URL] = []
        for case let url as URL in walker where ["yaml", "yml"].contains(url.pathExtension.lowercased()) {
            paths.append(url)
        }
        paths.sort { $0.path < $1.path }
        return try paths.map { url in
            do {
                return (url.path, try String(contentsOf: url, encoding: .utf8))
            } catch {
                throw FileLineError(file: url.path, line: 0, reason: "cannot read the file as UTF-8 text")
            }
        }
    }
}
