import Foundation

/// What a column of an export can mean to cobrador. The names are what `--map FIELD=COLUMN` accepts.
public enum ImportField: String, CaseIterable, Sendable, Hashable, Codable {
    case number, client, email, phone, contact
    case firstName = "first_name"
    case lastName = "last_name"
    case issued, due, terms
    /// The invoice's own total (taxes included).
    case total
    /// What is still owed on the invoice (balance, amount due, open balance).
    case balance
    /// What has been received so far.
    case paid
    /// The date of the payment(s) in `paid`.
    case paidOn = "paid_on"
    case currency, status
    /// Invoice, credit note, bill, payment…: rows that are not invoices are skipped.
    case type
    /// One line item's amount, summed when the file gives no total.
    case lineAmount = "line_amount"
    case quantity
    case unitPrice = "unit_price"
    /// Journal exports: the ledger account of a transaction line (receivable, income, cash…).
    case account

    /// Position in `allCases`, for arrays indexed by field on the reader's hot path.
    var ordinal: Int {
        switch self {
        case .number: return 0
        case .client: return 1
        case .email: return 2
        case .phone: return 3
        case .contact: return 4
        case .firstName: return 5
        case .lastName: return 6
        case .issued: return 7
        case .due: return 8
        case .terms: return 9
        case .total: return 10
        case .balance: return 11
        case .paid: return 12
        case .paidOn: return 13
        case .currency: return 14
        case .status: return 15
        case .type: return 16
        case .lineAmount: return 17
        case .quantity: return 18
        case .unitPrice: return 19
        case .account: return 20
        }
    }

    /// Spanish and other names `--map` accepts for each field.
    static let aliases: [String: ImportField] = [
        "numero": .number, "factura": .number, "invoice": .number, "cliente": .client, "customer": .client,
        "correo": .email, "telefono": .phone, "contacto": .contact, "persona": .contact, "person": .contact,
        "nombre": .firstName, "apellido": .lastName, "apellidos": .lastName,
        "emision": .issued, "fecha": .issued, "date": .issued, "vencimiento": .due, "plazo": .terms, "condiciones": .terms,
        "amount": .total, "importe": .total, "saldo": .balance, "pendiente": .balance, "owed": .balance,
        "pagado": .paid, "cobrado": .paid, "pagado_el": .paidOn, "cobrado_el": .paidOn, "fecha_cobro": .paidOn,
        "moneda": .currency, "divisa": .currency, "estado": .status, "tipo": .type,
        "importe_linea": .lineAmount, "cantidad": .quantity, "precio": .unitPrice, "cuenta": .account,
    ]

    /// The template of the field's name in messages ("número de factura", "invoice number").
    public var labelKey: String { "import.field.\(rawValue)" }

    /// `due`, `vencimiento`, `paid-on`, `Paid On`… → the field, or nil.
    public init?(userName: String) {
        let key = userName.trimmingCharacters(in: .whitespaces).lowercased()
            .folding(options: .diacriticInsensitive, locale: nil)
            .replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
        if let field = ImportField(rawValue: key) ?? Self.aliases[key] {
            self = field
        } else if let field = ImportField.allCases.first(where: { $0.rawValue.replacingOccurrences(of: "_", with: "") == key }) {
            self = field
        } else {
            return nil
        }
    }
}

/// A header cell reduced to what identifies it: lower case, no accents, no spaces or punctuation
/// ("Invoice #" → "invoice#", "Amount (One column)" → "amountonecolumn", "*ContactName" → "contactname").
public struct HeaderKey: Hashable, Sendable, CustomStringConvertible {
    public let value: String

    public init(_ text: String) {
        var out = ""
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
            .lowercased()
        for scalar in folded.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9", "#", "%": out.unicodeScalars.append(scalar)
            case "º", "°": out += "o"
            case "ª": out += "a"
            default:
                if scalar.properties.isAlphabetic { out.unicodeScalars.append(scalar) }
            }
        }
        value = out
    }

    public var description: String { value }
}
