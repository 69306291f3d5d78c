import CobradorCore
import CobradorNLU
import Foundation

/// The compiled intent catalog, kept in the user's cache folder as a snapshot: reading it back is
/// many times cheaper than reading the YAML, running every example through the entity pipeline and
/// compiling the lexicon, patterns and example vectors, which was most of a cold `cobrador ask`.
/// The key is a hash of every source file's name and text and of the running binary (its size and
/// date): any edit, or a new build whose parser or snapshot format may differ, makes a new entry.
enum IntentCatalogCache {
    static func key(_ files: [(path: String, text: String)]) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ bytes: some Sequence<UInt8>) {
            for b in bytes {
                hash ^= UInt64(b)
                hash &*= 0x0000_0100_0000_01B3
            }
        }
        if let exe = RunningExecutable.path, let fingerprint = RunningExecutable.fingerprint(exe) {
            mix("\(exe)|\(fingerprint)".utf8)
        }
        for f in files {
            mix(f.path.utf8)
            mix([0])
            mix(f.text.utf8)
            mix([0])
        }
        return String(hash, radix: 16)
    }

    static func folder(_ environment: [String: String]) -> URL? {
        if environment["COBRADOR_NO_CACHE"] != nil { return nil }
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("cobrador")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".cache/cobrador")
    }

    static func entry(_ files: [(path: String, text: String)], environment: [String: String]) -> URL? {
        folder(environment)?.appendingPathComponent("intents-\(key(files)).bin")
    }

    /// The cached catalog for exactly these files, or nil (missing, unreadable, or from other files).
    static func load(_ files: [(path: String, text: String)], environment: [String: String]) -> IntentCatalog? {
        guard let url = entry(files, environment: environment), let data = FileManager.default.contents(atPath: url.path) else {
            return nil
        }
        return IntentCatalog(snapshot: [UInt8](data))
    }

    /// Best effort: a read-only home or a full disk only costs the next start its speed.
    static func store(_ catalog: IntentCatalog, files: [(path: String, text: String)], environment: [String: String]) {
        guard let url = entry(files, environment: environment) else { return }
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(catalog.snapshot()).write(to: url, options: .atomic)
    }
}
