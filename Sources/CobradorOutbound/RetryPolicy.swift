import Foundation

/// How `WebhookPoster` retries: up to `maxAttempts` tries in all; after a 5xx or a network error
/// it waits `initialDelay`, then twice that, and so on up to `maxDelay`; after a 429 it waits the
/// `Retry-After` seconds (at most `maxRetryAfter`), or the backoff delay if there is none.
/// Other 4xx answers are not retried.
public struct RetryPolicy: Sendable, Equatable {
    public var maxAttempts: Int
    public var initialDelay: Duration
    public var maxDelay: Duration
    public var maxRetryAfter: Duration
    /// How long one try may take.
    public var timeout: Duration

    public init(
        maxAttempts: Int = 4,
        initialDelay: Duration = .milliseconds(500),
        maxDelay: Duration = .seconds(8),
        maxRetryAfter: Duration = .seconds(60),
        timeout: Duration = .seconds(10)
    ) {
        precondition(maxAttempts >= 1, "at least one attempt")
        self.maxAttempts = maxAttempts
        self.initialDelay = initialDelay
        self.maxDelay = maxDelay
        self.maxRetryAfter = maxRetryAfter
        self.timeout = timeout
    }

    public static let standard = RetryPolicy()

    /// The wait before retry number `retry` (1 for the first retry) after a 5xx or a network error.
    public func backoff(beforeRetry retry: Int) -> Duration {
        var delay = initialDelay
        for _ in 1..<max(retry, 1) {
            delay *= 2
            if delay >= maxDelay { return maxDelay }
        }
        return min(delay, maxDelay)
    }

    /// The wait asked by a 429's `Retry-After` (delta-seconds), capped; nil when absent or not a number.
    public func retryAfter(_ header: String?) -> Duration? {
        guard let header, let seconds = Int(header.trimmingCharacters(in: .whitespaces)), seconds >= 0 else {
            return nil
        }
        return min(.seconds(seconds), maxRetryAfter)
    }
}
