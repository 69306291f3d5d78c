/// What a phase reports back to the parent process, as one JSON line on standard output.
struct PhaseResult: Codable, Sendable {
    var phase: String
    /// Wall time of the measured operation (best of the repetitions), excluding process start and set-up.
    var seconds: Double
    /// Peak resident set of the child process (VmHWM), set-up included.
    var peakMB: Double
    /// What was counted, for the table: "340,112 open items", "12,345 msg/s".
    var detail: String
}
