import ArgumentParser

/// `cobrador-bench`: scale figures for cobrador on a generated book of invoices.
@main
struct CobradorBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cobrador-bench",
        abstract: "Import, query and parse benchmarks on a generated data set (1,000,000 invoices, 50,000 clients).",
        subcommands: [RunCommand.self, PhaseCommand.self, ForecastPhaseCommand.self],
        defaultSubcommand: RunCommand.self)
}
