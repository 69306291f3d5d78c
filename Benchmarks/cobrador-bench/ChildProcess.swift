import Foundation

/// Runs this same executable again with other arguments and decodes the JSON line it prints.
enum ChildProcess {
    static func run(_ arguments: [String]) throws -> PhaseResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let line = String(decoding: data, as: UTF8.self).split(separator: "\n").last,
            let result = try? JSONDecoder().decode(PhaseResult.self, from: Data(line.utf8))
        else {
            throw ChildProcessError(arguments: arguments, status: process.terminationStatus)
        }
        return result
    }
}

struct ChildProcessError: Error, CustomStringConvertible {
    var arguments: [String]
    var status: Int32
    var description: String { "child \(arguments.joined(separator: " ")) failed with status \(status)" }
}
