import CobradorCore
import Foundation

/// Turns the text of a Slack message event into the words the user typed: the bot's own mention
/// goes, Slack's `<…>` markup becomes what the user saw (`<@U1>` → `@U1`, `<#C1|cobros>` →
/// `#cobros`, `<https://x|x>` → `x`, `<!here>` → `@here`), and `&lt;` `&gt;` `&amp;` are decoded.
enum SlackMessageText {
    static func plain(_ text: String, botUserID: String?) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: ">") else {
                rest = rest[open...]
                break
            }
            let inner = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            out += shown(inner, botUserID: botUserID)
        }
        out += rest
        let decoded = out.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
        return decoded.trimmingBlanks(andNewlines: true)
    }

    private static func shown(_ inner: Substring, botUserID: String?) -> String {
        let parts = inner.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
        let target = parts.first.map(String.init) ?? ""
        let label = parts.count > 1 ? String(parts[1]) : nil
        if target.hasPrefix("@") {
            let id = String(target.dropFirst())
            if let botUserID, id == botUserID { return "" }
            return "@" + (label ?? id)
        }
        if target.hasPrefix("#") { return "#" + (label ?? String(target.dropFirst())) }
        if target.hasPrefix("!") {
            let command = target.dropFirst().split(separator: "^").first.map(String.init) ?? ""
            return label ?? "@" + command
        }
        return label ?? target
    }
}
