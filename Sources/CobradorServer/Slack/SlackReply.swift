import Foundation
import Hummingbird

/// Slack's slash-command reply: `{"response_type": "ephemeral" | "in_channel", "text": …}`, plus the
/// Block Kit `blocks` when the reply has a layout or buttons.
public struct SlackReply: ResponseGenerator, Sendable, Equatable {
    public enum ResponseType: String, Codable, Sendable {
        case ephemeral
        case inChannel = "in_channel"
    }

    public var responseType: ResponseType
    public var text: String
    var blocks: [SlackBlock]?

    public init(responseType: ResponseType, text: String) {
        self.responseType = responseType
        self.text = text
        self.blocks = nil
    }

    init(responseType: ResponseType, text: String, blocks: [SlackBlock]?) {
        self.responseType = responseType
        self.text = text
        self.blocks = blocks
    }

    /// The flat reply's JSON (no blocks), written without an encoder.
    var json: [(key: String, value: String?)] { [("response_type", responseType.rawValue), ("text", text)] }

    /// The reply's JSON, for the response and for a late post to `response_url`.
    var body: Data {
        guard let blocks else { return Data(FlatJSONObject.data(json)) }
        return JSONBody.data(SlackMessage(responseType: responseType.rawValue, text: text, blocks: blocks))
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        guard let blocks else { return FlatJSONObject.response(json) }
        return JSONBody.response(SlackMessage(responseType: responseType.rawValue, text: text, blocks: blocks))
    }
}
