import CobradorBot
import CobradorTestSupport

extension GatedChatEngine {
    /// The real templates, so that the "working on it" a slow engine gets reads as in production.
    nonisolated var wording: (any ReplyRendering)? { TestReplies.builtIn }
}
