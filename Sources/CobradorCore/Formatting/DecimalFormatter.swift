import Foundation

/// Writes a plain decimal ("10.15", as the domain's parameters carry them) with the language's decimal mark.
public enum DecimalFormatter {
    public static func localized(_ plain: String, _ language: Language) -> String {
        switch language {
        case .es: return plain.replacingOccurrences(of: ".", with: ",")
        case .en: return plain
        }
    }
}
