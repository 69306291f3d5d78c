import Foundation

/// A dispute or a deliberate pause: the ladder stops for the client (or one invoice) while it lasts.
public struct FollowUpPause: Hashable, Sendable, Codable, Identifiable {
    public enum Kind: String, Sendable, Codable { case dispute, pause }

    public var id: Int64
    public var clientID: Int64
    public var invoiceID: Int64?
    public var kind: Kind
    public var from: CalendarDay
    /// Nil: until the user resumes it.
    public var until: CalendarDay?
    public var resolvedOn: CalendarDay?
    public var note: String?

    public init(
        id: Int64, clientID: Int64, invoiceID: Int64? = nil, kind: Kind, from: CalendarDay, until: CalendarDay? = nil,
        resolvedOn: CalendarDay? = nil, note: String? = nil
    ) {
        self.id = id
        self.clientID = clientID
        self.invoiceID = invoiceID
        self.kind = kind
        self.from = from
        self.until = until
        self.resolvedOn = resolvedOn
        self.note = note
    }

    public func isActive(on day: CalendarDay) -> Bool {
        guard from <= day else { return false }
        if let resolvedOn, resolvedOn <= day { return false }
        if let until, until < day { return false }
        return true
    }
}
