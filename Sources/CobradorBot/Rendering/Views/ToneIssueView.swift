/// One unprofessional passage, quoted.
public struct ToneIssueView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = [
        "tone.issue.insult", "tone.issue.bad_faith", "tone.issue.threat", "tone.issue.shouting", "tone.issue.blame",
        "tone.issue.blunt_imperative", "tone.issue.sarcasm",
    ]

    public var excerpt: String

    public init(excerpt: String) { self.excerpt = excerpt }
}
