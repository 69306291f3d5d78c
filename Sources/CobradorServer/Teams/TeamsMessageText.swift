import CobradorCore
import Foundation

/// The words of a Teams message: the `<at>…</at>` mention that addressed the webhook goes, other tags
/// are dropped (keeping their text), and HTML entities are decoded.
enum TeamsMessageText {
    static func plain(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        var removedMention = false
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: ">") else {
                rest = rest[open...]
                break
            }
            let tag = rest[rest.index(after: open)..<close].lowercased()
            rest = rest[rest.index(after: close)...]
            if !removedMention, tag == "at", let end = rest.range(of: "</at>", options: .caseInsensitive) {
                // The first mention is the webhook's own name: it is how the message reached us.
                rest = rest[end.upperBound...]
                removedMention = true
            }
        }
        out += rest
        return decodeEntities(out).trimmingBlanks(andNewlines: true)
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&nbsp;", with: " ").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}
