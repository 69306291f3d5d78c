import Foundation

/// Compares a transcript with its recorded `.golden` file, or records it when `COBRADOR_UPDATE_GOLDEN=1`.
public enum GoldenFile {
    /// Failure messages; empty when the transcript matches (or was just recorded).
    /// `lines` names each turn's line in its script, for the messages.
    public static func check(_ transcript: GoldenTranscript, against url: URL, name: String, lines: [Int]? = nil) throws -> [String] {
        if ConversationScript.updatingGolden {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try transcript.text.write(to: url, atomically: true, encoding: .utf8)
            return []
        }
        guard let recorded = try? String(contentsOf: url, encoding: .utf8) else {
            return ["\(name): no golden file \(url.lastPathComponent); run with COBRADOR_UPDATE_GOLDEN=1 to record it"]
        }
        return transcript.differences(
            from: GoldenTranscript(parsing: recorded), script: name,
            lines: lines ?? Array(transcript.turns.indices.map { $0 + 1 }))
    }
}
