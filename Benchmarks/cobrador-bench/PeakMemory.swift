import Foundation

/// The process's peak resident set, from Linux's `/proc/self/status` (VmHWM).
enum PeakMemory {
    static func megabytes() -> Double { megabytes(status: "/proc/self/status") }

    /// Another process's peak, while it runs.
    static func megabytes(pid: Int32) -> Double { megabytes(status: "/proc/\(pid)/status") }

    private static func megabytes(status path: String) -> Double {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return 0 }
        for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
            return kb / 1024
        }
        return 0
    }
}
