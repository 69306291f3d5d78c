import CobradorCore
import Foundation

extension Bot {
    func checkTone(_ t: Turn, state: inout ConversationState) throws -> BotReply {
        let lang = t.lang
        guard let draft = t.u.quote?.trimmingCharacters(in: .whitespacesAndNewlines), !draft.isEmpty else {
            return ask(.quote, t.u, key: "tone.which_text", state: &state)
        }
        let names = try store.clients().map(\.name)
        let review = ToneChecker().review(draft, names: names)
        guard !review.professional else { return reply("tone.ok", t.u, ["text": draft], state: state) }
        let issues = review.issues.map { "• " + explain($0, lang) }
        let rewrite = review.suggestedRewrite(language: lang).map { "  " + $0 }
        return reply("tone.reply", t.u, [
            "count": review.issues.count, "one": review.issues.count == 1, "issues": issues.joined(separator: "\n"),
            "rewrite": rewrite.joined(separator: "\n"),
        ], state: state)
    }
}
