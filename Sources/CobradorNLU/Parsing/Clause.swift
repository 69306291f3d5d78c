/// A stretch of a message between clause boundaries: a greeting, a story, a quoted text, the request.
struct Clause: Sendable {
    enum Role: Sendable {
        /// The user's own words.
        case own
        /// Text the user quotes or forwards: evidence, not a request.
        case quoted
    }

    /// Token indices.
    var tokens: Range<Int>
    /// Character offsets into the message.
    var start: Int
    var end: Int
    var role: Role
    /// Ends with "?" or opens with "¿".
    var isQuestion: Bool
    /// Asks for something: a question, or it opens with an imperative or a polite formula ("dime", "can you").
    var isRequest = false
}
