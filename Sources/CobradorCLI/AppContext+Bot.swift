import CobradorBot
import CobradorContent
import CobradorCore
import CobradorNLU
import CobradorStore
import Foundation
import Logging

extension AppContext {
    /// The conversation engine over this context's store, today and content folders; `settings` when the
    /// caller already read the settings file (`serve` reads it once), else it is read here.
    func makeBot(_ options: CobradorCommand, settings: AppConfiguration? = nil) throws -> Bot {
        // The intent catalog and the templates are independent, and each a good part of a cold start.
        let intentDirectories = options.intents
        let catalog = BackgroundWork { try Self.catalog(intentDirectories) }
        let responseDirs = (options.responses.map { [$0] } ?? []) + (environment["COBRADOR_RESPONSES"].map { [$0] } ?? [])
        let replies: ResponseLibrary
        do {
            replies = try ResponseLibrary.load(overrides: responseDirs.map { URL(fileURLWithPath: $0) })
        } catch {
            throw CLIError("cli.error.invalid_templates", CommandErrorView(reason: "\(error)"))
        }
        let settings = try settings ?? configuration(options)
        var logger = Logger(label: "cobrador.bot")
        logger.logLevel = environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        return Bot(
            store: store, understanding: NLUUnderstandingFactory(catalog: try catalog.value()), replies: replies, dates: dates,
            profile: settings.profile, policy: settings.followUp ?? .standard, lateFees: settings.lateFeeCalculator,
            mail: settings.mailSetup(environment: environment), conversations: store, conversationLifetime: settings.conversationLifetime,
            logger: logger)
    }

    func configuration(_ options: CobradorCommand) throws -> AppConfiguration {
        do {
            return try AppConfiguration.load(path: options.config, environment: environment)
        } catch {
            throw CLIError("cli.error.invalid_configuration", CommandErrorView(reason: "\(error)"))
        }
    }

    static func catalog(_ options: CobradorCommand) throws -> IntentCatalog { try catalog(options.intents) }

    /// The built-in intents with the files of `directories` (`--intents`) over them.
    static func catalog(_ directories: [String]) throws -> IntentCatalog {
        do {
            return try IntentCatalogLoader.load(extraDirectories: directories.map { URL(fileURLWithPath: $0) })
        } catch {
            throw CLIError("cli.error.invalid_intents", CommandErrorView(reason: "\(error)"))
        }
    }

    /// The parser over the clients and invoice numbers of the database in `options`, read without
    /// opening the writer (a cold `cobrador parse` must start in a few milliseconds).
    static func makeParser(_ options: CobradorCommand, environment: [String: String]) async throws -> NLUParser {
        // Built while the database is read.
        let intentDirectories = options.intents
        let catalog = BackgroundWork { try Self.catalog(intentDirectories) }
        var clients: [Client] = []
        var numbers: [String: Int64] = [:]
        var currencies: (@Sendable (Int64) -> [Currency])?
        let location = try StoreLocation.resolve(options, environment: environment)
        do {
            switch location {
            case .sqlite(let path):
                // Opened for reading only: parsing a message never creates a database.
                if let store = try AppDatabase.openForReading(path: path) {
                    clients = try store.clients()
                    numbers = try store.invoiceNumbers()
                    // Read only when a message says "$" or "pesos" and names the client.
                    currencies = { id in (try? store.clientFile(id: id))?.invoices.map(\.amount.currency) ?? [] }
                }
            case .postgres:
                let store = try await location.open()
                clients = try await store.clients()
                numbers = try await store.invoiceNumbers()
                // The parser asks synchronously: the currencies of every client with invoices, read once.
                let known = Dictionary(grouping: try await store.openItems(), by: \.clientID).mapValues { Array(Set($0.map(\.outstanding.currency))) }
                currencies = { id in known[id] ?? [] }
            }
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError("cli.error.database_unreadable", CommandErrorView(path: location.displayName, reason: StoreLocation.reason(error)))
        }
        let gazetteer = ClientGazetteer(clients.map { GazetteerEntry(id: $0.id, name: $0.name, aliases: $0.aliases) })
        return NLUParser(catalog: try catalog.value(), clients: gazetteer, invoiceNumbers: numbers, clientCurrencies: currencies)
    }
}
