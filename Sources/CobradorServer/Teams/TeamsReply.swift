import Hummingbird

/// The answer to a Teams outgoing webhook, in the response body: `{"type": "message", "text": …}`
/// with the text in Teams' Markdown.
struct TeamsReply: ResponseGenerator, Encodable, Sendable, Equatable {
    var type = "message"
    var text: String

    func response(from request: Request, context: some RequestContext) throws -> Response {
        JSONBody.response(self)
    }
}
