import CobradorCore

extension ReplyRendering {
    /// One problem of an import in words: "línea 3: falta el valor de «Cliente»".
    public func text(of problem: ImportProblem, _ language: Language) throws -> String {
        var labels: [String] = []
        if case .unknownLayout(let missing, _) = problem.reason {
            labels = try missing.compactMap(ImportField.init(rawValue:)).map { try render($0.labelKey, language, CommandTextView(), variation: 0) }
        }
        let text = try render(problem.key, language, ImportProblemView(problem.reason, fieldLabels: labels), variation: 0)
        guard problem.line > 0 else { return text }
        return try render("import.problem.line", language, ImportProblemLineView(line: problem.line, problem: text), variation: 0)
    }

    /// Every problem of a failed import, one a line, then how many more past the detailed ones and where.
    public func lines(of failure: ImportFailure, _ language: Language) throws -> [String] {
        var lines = try failure.problems.map { try text(of: $0, language) }
        if failure.omitted > 0 {
            // The first 40 ranges are enough to find the rest; a million lines would drown the terminal.
            let ranges = failure.omittedLines.prefix(40).map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)–\($0.upperBound)" }
            let view = ImportFailureView(omitted: failure.omitted, lines: ranges.joined(separator: ", "), more: failure.omittedLines.count > 40)
            lines.append(try render("import.failure.omitted", language, view, variation: 0))
        }
        return lines
    }
}
