import ArgumentParser
import Foundation

/// Internal: runs one phase and prints its result as JSON; the parent process starts one per phase.
struct PhaseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "phase", abstract: "Run one phase (used by `run`).")

    @Argument var phase: BenchPhase
    /// A SQLite path or a `postgres://` URL.
    @Option var db: String
    @Option var csv: String
    @Flag var quick = false

    func run() async throws {
        let result = try await phase.run(database: db, csv: csv, scale: quick ? .quick : .full)
        let data = try JSONEncoder().encode(result)
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }
}
