import Foundation

/// The printed report: one row per phase, aligned, ready to paste into the README as Markdown.
struct ResultTable {
    var rows: [[String]] = []
    static let header = ["operation", "time", "peak RSS", "detail"]

    mutating func add(_ result: PhaseResult, time: String? = nil) {
        rows.append([result.phase, time ?? Self.seconds(result.seconds), String(format: "%.0f MB", result.peakMB), result.detail])
    }

    mutating func add(_ cells: [String]) { rows.append(cells) }

    static func seconds(_ s: Double) -> String {
        if s < 0.001 { return String(format: "%.1f µs", s * 1e6) }
        if s < 1 { return String(format: "%.1f ms", s * 1e3) }
        return String(format: "%.2f s", s)
    }

    func markdown() -> String {
        let all = [Self.header] + rows
        let widths = Self.header.indices.map { c in all.map { $0[c].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            "| " + cells.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: " | ") + " |"
        }
        let rule = "|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|"
        return ([line(Self.header), rule] + rows.map(line)).joined(separator: "\n")
    }
}
