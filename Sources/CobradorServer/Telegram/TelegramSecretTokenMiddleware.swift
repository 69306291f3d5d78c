import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// `POST /telegram`: the `X-Telegram-Bot-Api-Secret-Token` header must be the `secret_token` given to
/// `setWebhook` (constant time; 401 otherwise), then the body must be an update (400 otherwise).
struct TelegramSecretTokenMiddleware: RouterMiddleware {
    typealias Context = ChatRequestContext
    let secret: ConfiguredSecret

    static let header = HTTPField.Name("X-Telegram-Bot-Api-Secret-Token")!

    /// Telegram's rule for a secret token: 1 to 256 of `A-Z`, `a-z`, `0-9`, `_` and `-`.
    static func isValidSecret(_ value: String) -> Bool {
        (1...256).contains(value.utf8.count)
            && value.utf8.allSatisfy { byte in
                (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
            }
    }

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws
        -> Response
    {
        let given = request.headers[Self.header] ?? ""
        guard !given.isEmpty, ConstantTime.equalSecrets(given, secret.value) else {
            context.logger.notice("Telegram request refused", metadata: ["reason": "secret token"])
            throw HTTPError(.unauthorized, message: "Invalid Telegram secret token.")
        }
        let update: TelegramUpdate
        do {
            update = try JSONDecoder().decode(TelegramUpdate.self, from: Data(context.rawBodyBytes))
        } catch {
            throw HTTPError(.badRequest, message: "The body is not a Telegram update.")
        }
        var context = context
        context.platformPayload = .telegram(update)
        return try await next(request, context)
    }
}
