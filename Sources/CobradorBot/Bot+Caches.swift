import CobradorCore
import Foundation

/// A read-only answer kept until the data changes, and the client it was about (for "¿y…?").
struct CachedAnswer: Sendable {
    var reply: BotReply
    var clientID: Int64?
}

extension Bot {
    /// Questions whose answer depends only on the data, the day and the words: a chat room asking
    /// "¿quién me debe?" twenty times a day gets the same reply until something changes.
    static let cacheableIntents: Set<String> = [
        "who_owes", "list_overdue", "client_status", "next_step", "agenda", "late_fee", "prevention_tips", "help",
    ]

    func answerCacheKey(_ u: Understanding, chart: Bool) -> String? {
        guard Self.cacheableIntents.contains(u.intent), u.ambiguousClients.isEmpty else { return nil }
        let needsClient = ["client_status", "next_step", "late_fee"].contains(u.intent)
        if needsClient && u.clientIDs.isEmpty && u.invoiceNumbers.isEmpty { return nil }
        return [
            u.intent, u.language.rawValue, chart ? "c" : "", u.clientIDs.map(String.init).joined(separator: ","),
            u.invoiceNumbers.joined(separator: ","), u.days.map(String.init) ?? "",
            u.dates.map(\.isoString).joined(separator: ","), String(dates.today.ordinal),
        ].joined(separator: "|")
    }

    /// Drops every cache when the store says some process committed since they were filled.
    func revalidateCaches() {
        // Looking at the files costs two system calls; under load, once every 20 ms is plenty
        // (this bot's own writes clear the caches at once, whatever the clock says).
        let now = ContinuousClock.now
        if let last = lastRevalidation, now - last < .milliseconds(20), cacheToken != nil { return }
        lastRevalidation = now
        let token = store.changeToken()
        guard token == nil || token != cacheToken else { return }
        forgetCaches()
        cacheToken = token
    }

    /// After this bot's own writes (an in-memory store's token never moves).
    func forgetCaches() {
        answers.removeAll(keepingCapacity: true)
        parses.removeAll(keepingCapacity: true)
        understanding = nil
    }
}
