import CoreMetrics
import Foundation

/// The one retry rule of every outbound call (webhook posts, chat platform APIs): a 5xx or a network
/// error is tried again after a growing wait, a 429 after its `Retry-After`; any other answer ends the
/// loop and goes back to the caller, who decides what it means.
struct RetryLoop: Sendable {
    let policy: RetryPolicy
    let sleep: @Sendable (Duration) async throws -> Void

    /// The first answer that is neither a 429 nor a 5xx, with the number of tries it took; the last
    /// failure once the tries run out; `.cancelled` when the task is.
    func run(
        _ send: () async throws -> HTTPPostResponse
    ) async throws(WebhookPostError) -> (response: HTTPPostResponse, attempts: Int) {
        var attempt = 0
        while true {
            attempt += 1
            let failure: WebhookPostError
            let delay: Duration
            do {
                let response = try await send()
                switch response.status {
                case 429:
                    failure = .gaveUp(status: 429, reason: "too many requests", attempts: attempt)
                    delay = policy.retryAfter(response.headers["retry-after"]) ?? policy.backoff(beforeRetry: attempt)
                case 500..<600:
                    failure = .gaveUp(status: response.status, reason: "server error", attempts: attempt)
                    delay = policy.backoff(beforeRetry: attempt)
                default:
                    return (response, attempt)
                }
            } catch is CancellationError {
                throw .cancelled(attempts: attempt)
            } catch {
                failure = .gaveUp(status: nil, reason: WebhookPoster.reason(for: error), attempts: attempt)
                delay = policy.backoff(beforeRetry: attempt)
            }
            guard attempt < policy.maxAttempts else { throw failure }
            // A no-op until the composition root bootstraps metrics (`serve --metrics`).
            Counter(label: "cobrador_outbound_retries_total").increment()
            do {
                try await sleep(delay)
            } catch {
                throw .cancelled(attempts: attempt)
            }
        }
    }
}
