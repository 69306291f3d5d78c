import CobradorBot
import CobradorContent

/// The built-in reply templates, loaded once, for stand-in engines and for tests that check wording
/// without a bot (typed as the Bot's protocol, so that a test target need not see the template library).
public enum TestReplies {
    public static let builtIn: (any ReplyRendering)? = try? ResponseLibrary.load()
}
