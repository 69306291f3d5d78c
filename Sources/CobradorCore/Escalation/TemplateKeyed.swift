import Foundation

/// A value the bot renders from a template: a stable key plus flat string parameters.
///
/// The domain stays language-free; `Responses/{es,en}` own the wording. Amounts are plain
/// decimal strings (`"1200.50"`) with the currency code apart, dates ISO (`"2026-11-30"`),
/// lists joined with `", "`, so any template engine can use them without formatting logic.
public protocol TemplateKeyed: Sendable {
    var key: String { get }
    var parameters: [String: String] { get }
}

extension Array where Element == CalendarDay {
    var isoList: String { map(\.isoString).joined(separator: ", ") }
}
