/// The compiled catalog as bytes, for the start-up cache: reading it back is a copy of arrays and
/// the rebuilding of a few dictionaries, where compiling the intent files again (lexicon tables,
/// patterns, example vectors) was most of a cold `cobrador ask`.
extension IntentCatalog {
    static let snapshotMagic: UInt64 = 0x636F_6272_6164_6F03  // "cobrado" and the format's version

    public func snapshot() -> [UInt8] {
        var w = SnapshotWriter()
        w.strings(intentNames)
        lexicon.write(&w)
        vocabulary.write(&w)
        spanishModel.model.write(&w)
        englishModel.model.write(&w)
        var out = SnapshotWriter()
        out.uint64(IntentCatalog.snapshotMagic)
        out.int(w.bytes.count)
        out.uint64(IntentCatalog.checksum(w.bytes))
        return out.bytes + w.bytes
    }

    /// Nil for anything but a whole snapshot written by this build's format: a damaged cache entry
    /// only costs a compile.
    public convenience init?(snapshot bytes: [UInt8]) {
        let headerSize = 24
        guard bytes.count >= headerSize else { return nil }
        var header = SnapshotReader(Array(bytes[0..<headerSize]))
        guard (try? header.uint64()) == IntentCatalog.snapshotMagic, (try? header.int()) == bytes.count - headerSize,
            let sum = try? header.uint64()
        else { return nil }
        let body = Array(bytes[headerSize...])
        guard IntentCatalog.checksum(body) == sum else { return nil }
        var r = SnapshotReader(body)
        do throws(SnapshotReader.Damaged) {
            let names = try r.strings()
            let lexicon = try Lexicon(&r)
            let vocabulary = try Vocabulary(&r)
            let terms = vocabulary.words.count
            let spanish = try LanguageModel(&r, termCount: terms, intentCount: names.count)
            let english = try LanguageModel(&r, termCount: terms, intentCount: names.count)
            guard r.isAtEnd, names.contains("fallback") else { return nil }
            self.init(lexicon: lexicon, vocabulary: vocabulary, intentNames: names, spanish: spanish, english: english)
        } catch {
            return nil
        }
    }

    /// FNV-1a over 8-byte words (then the tail): enough to tell a damaged or truncated file, and
    /// a fraction of a millisecond for a snapshot.
    static func checksum(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        bytes.withUnsafeBytes { raw in
            let words = raw.count / 8
            for i in 0..<words {
                hash ^= raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)
                hash &*= 0x0000_0100_0000_01B3
            }
            for i in (words * 8)..<raw.count {
                hash ^= UInt64(raw[i])
                hash &*= 0x0000_0100_0000_01B3
            }
        }
        return hash
    }
}
