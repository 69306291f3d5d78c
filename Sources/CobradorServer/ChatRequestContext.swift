import Hummingbird

/// The request context of every cobrador route: the raw body read once (within the size limit)
/// and the verified chat request set by the authenticating middleware.
public struct ChatRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The request body as received, set by `BodyLimitMiddleware`; signatures are checked over it.
    public var rawBody: ByteBuffer?
    /// Set by `SlackSignatureMiddleware`, `MattermostTokenMiddleware` or `BearerTokenMiddleware`.
    public var chatRequest: VerifiedChatRequest?
    /// Set by the native bots' middlewares (Slack events and interactions, Mattermost buttons, Teams,
    /// Telegram, Discord) once the platform's signature or secret checked out.
    var platformPayload: PlatformPayload?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.rawBody = nil
        self.chatRequest = nil
        self.platformPayload = nil
    }

    /// The raw body's bytes (empty when there was none).
    public var rawBodyBytes: [UInt8] {
        rawBody.map { Array($0.readableBytesView) } ?? []
    }

    /// The verified platform payload, or 500 if a route was registered without its middleware.
    func requirePlatformPayload() throws -> PlatformPayload {
        guard let platformPayload else { throw HTTPError(.internalServerError, message: "Internal error.") }
        return platformPayload
    }

    /// The verified request, or 500 if a route was registered without its middleware.
    public func requireChatRequest() throws -> VerifiedChatRequest {
        guard let chatRequest else { throw HTTPError(.internalServerError, message: "Internal error.") }
        return chatRequest
    }
}
