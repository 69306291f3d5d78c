import CobradorCore
import Foundation

extension Bot {
    /// Today's agenda followed by the who-owes summary: the daily digest posted to a team chat.
    public func digest(language: Language) async -> String {
        var state = ConversationState()
        let today = dates.today
        func answer(_ intent: String) -> String {
            let u = Understanding(text: intent, intent: intent, language: language, confidence: 1)
            let t = Turn(u: u, today: today, canWrite: false, actor: Actor(user: "digest", channel: "digest"))
            do {
                return intent == "agenda" ? try agenda(t, state: &state).text : try whoOwes(u, state: state, today: today).text
            } catch {
                return replies.render("error.internal", language, ["detail": "\(error)"])
            }
        }
        return replies.render("digest", language, ["agenda": answer("agenda"), "who_owes": answer("who_owes")])
    }
}
