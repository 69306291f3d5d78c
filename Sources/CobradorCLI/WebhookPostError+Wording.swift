import CobradorBot
import CobradorCore
import CobradorOutbound

extension WebhookPostError {
    /// The error as the user reads it, from its template.
    func message(in language: Language) -> String {
        Wording(language)(key, WebhookErrorView(status: status, attempts: attempts, reason: networkReason))
    }
}
