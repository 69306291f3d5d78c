import CobradorCore
import CobradorNLU
import Foundation

/// "Revisa el tono: «…»": flags insults, accusations, threats, shouting and blame, and suggests calmer wording.
struct CheckToneHandler: IntentHandler {
    func handle(_ t: Turn, in context: inout HandlerContext) async throws -> BotReply {
        let lang = t.lang
        guard let draft = t.u.quote?.trimmingCharacters(in: .whitespacesAndNewlines), !draft.isEmpty else {
            return try context.ask(.quote, t.u, key: "tone.which_text", MessageView())
        }
        let names = try await context.store.clients().map(\.name)
        let review = ToneChecker().review(draft, names: names)
        guard !review.professional else { return try context.reply("tone.ok", t.u) }
        let issues = try review.issues.map { "• " + (try context.text($0.key, ToneIssueView(excerpt: $0.excerpt), lang)) }
        let rewrite = try review.rewriteKeys.map { "  " + (try context.text($0, lang)) }
        let view = ToneReviewView(count: review.issues.count, issues: issues.joined(separator: "\n"), rewrite: rewrite.joined(separator: "\n"))
        return try context.reply("tone.reply", view, t.u)
    }
}
