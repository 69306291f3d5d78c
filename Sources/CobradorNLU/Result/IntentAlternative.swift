/// A runner-up intent and its confidence, for "did you mean…" and for debugging the catalog.
public struct IntentAlternative: Sendable, Hashable, Encodable {
    public var intent: String
    public var confidence: Double

    public init(intent: String, confidence: Double) {
        self.intent = intent
        self.confidence = confidence
    }
}
