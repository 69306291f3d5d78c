import Foundation

/// The verdict on a draft: what is wrong with it, if anything, and calmer wording.
public struct ToneReview: Hashable, Sendable, Codable {
    public var text: String
    /// In order of appearance.
    public var issues: [ToneIssue]

    public init(text: String, issues: [ToneIssue]) {
        self.text = text
        self.issues = issues
    }

    public var professional: Bool { issues.isEmpty }

    /// Each kind once, in order of first appearance.
    public var kinds: [ToneIssue.Kind] {
        var seen: [ToneIssue.Kind] = []
        for issue in issues where !seen.contains(issue.kind) { seen.append(issue.kind) }
        return seen
    }

    /// Template keys of the calm sentences to offer, one per kind found (`tone.rewrite.*` in `Responses/`).
    public var rewriteKeys: [String] { kinds.map { "tone.rewrite.\($0.rawValue)" } }
}
