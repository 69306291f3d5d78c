import CobradorCore

/// The email about to go out, shown before the user confirms.
public struct MailPreviewView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["mail.preview"]

    public var from: String
    public var replyTo: String?
    public var to: String
    public var cc: String?
    public var bcc: String?
    public var subject: String
    public var firstLines: String
    /// How many body lines are not shown; nil when all are.
    public var moreLines: String?

    public init(_ preview: MailPreview) {
        from = preview.from
        replyTo = preview.replyTo
        to = preview.to
        cc = preview.cc
        bcc = preview.bcc
        subject = preview.subject
        firstLines = preview.firstLines.joined(separator: "\n")
        moreLines = preview.moreLines > 0 ? String(preview.moreLines) : nil
    }
}
