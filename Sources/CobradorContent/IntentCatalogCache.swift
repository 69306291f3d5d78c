import CobradorCore
import CobradorNLU
import Foundation

/// The intent files as the loader read them, with each example already reduced to word units,
/// kept in the user's cache folder. Reading it is several times cheaper than reading the YAML and
/// running every example through the entity pipeline, which is most of a cold `cobrador parse`.
/// The key is a hash of every source file's name and text and of the running binary (its size and
/// date): any edit, or a new build whose parser may read examples differently, makes a new entry.
struct IntentCatalogCache: Codable {
    var format = 1
    var intents: [IntentDefinition]
    var lexicons: [LexiconDefinition]
    var units: [[String]]

    static func key(_ files: [(path: String, text: String)]) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ bytes: some Sequence<UInt8>) {
            for b in bytes {
                hash ^= UInt64(b)
                hash &*= 0x0000_0100_0000_01B3
            }
        }
        if let exe = Bundle.main.executablePath,
           let attributes = try? FileManager.default.attributesOfItem(atPath: exe) {
            mix("\(exe)|\(attributes[.size] ?? "")|\(attributes[.modificationDate] ?? "")".utf8)
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

    /// The cached catalog for exactly these files, or nil (missing, unreadable, or from other files).
    static func load(_ files: [(path: String, text: String)], environment: [String: String]) -> IntentCatalog? {
        guard let url = folder(environment)?.appendingPathComponent("intents-\(key(files)).json"),
              let data = FileManager.default.contents(atPath: url.path),
              let cache = try? JSONDecoder().decode(IntentCatalogCache.self, from: data), cache.format == 1
        else { return nil }
        return try? IntentCatalog(intents: cache.intents, lexicons: cache.lexicons, precomputedUnits: cache.units)
    }

    /// Best effort: a read-only home or a full disk only costs the next start its speed.
    static func store(_ catalog: IntentCatalog, intents: [IntentDefinition], lexicons: [LexiconDefinition],
                      files: [(path: String, text: String)], environment: [String: String]) {
        guard let dir = folder(environment) else { return }
        let cache = IntentCatalogCache(intents: intents, lexicons: lexicons, units: catalog.exampleUnits)
        guard let data = try? JSONEncoder().encode(cache) else { return }
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try? data.write(to: dir.appendingPathComponent("intents-\(key(files)).json"), options: .atomic)
    }
}
