import CobradorBot
import CobradorContent
import CobradorCore
import Foundation

extension AppContext {
    /// The conversation engine over this context's store, today and content folders.
    func makeBot(_ options: CobradorCommand) throws -> Bot {
        let responseDirs = (options.responses.map { [$0] } ?? []) + (environment["COBRADOR_RESPONSES"].map { [$0] } ?? [])
        let replies: ResponseLibrary
        do {
            replies = try ResponseLibrary.load(overrides: responseDirs.map { URL(fileURLWithPath: $0) })
        } catch {
            throw CLIError(es: "Plantillas no válidas: \(error)", en: "Invalid reply templates: \(error)")
        }
        return Bot(store: store, understanding: InterimUnderstandingFactory(), replies: replies, dates: dates)
    }
}
