import ArgumentParser
import Foundation

/// Internal: runs one phase and prints its result as JSON; the parent process starts one per phase.
struct PhaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "phase", abstract: "Run one phase (used by `run`).")

    @Argument var phase: BenchPhase
    @Option var db: String
    @Option var csv: String
    @Flag var quick = false

    func run() throws {
        let result = try phase.run(database: db, csv: csv, scale: quick ? .quick : .full)
        let data = try JSONEncoder().encode(result)
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }
}
