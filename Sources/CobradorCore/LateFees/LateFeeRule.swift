import Foundation

/// Which rule produced an invoice's late charges: the bot always says it.
public enum LateFeeRule: Hashable, Sendable, Codable, TemplateKeyed {
    public enum NoFeeReason: String, Hashable, Sendable, Codable {
        case notOverdue = "not_overdue"
        case settled
        /// No clause in the terms and no statutory rule configured for this currency.
        case noRuleForCurrency = "no_rule_for_currency"
    }

    case contractMonthly(basisPoints: Int)
    case contractFixed(Money)
    case statutory(name: String, marginBasisPoints: Int)
    case none(NoFeeReason, currency: Currency)

    public var key: String {
        switch self {
        case .contractMonthly: return "late_fee.rule.contract_monthly"
        case .contractFixed: return "late_fee.rule.contract_fixed"
        case .statutory: return "late_fee.rule.statutory"
        case .none(let reason, _): return "late_fee.rule.none.\(reason.rawValue)"
        }
    }

    public var parameters: [String: String] {
        switch self {
        case .contractMonthly(let bp):
            return ["monthly_rate": Self.percent(bp), "annual_rate": Self.percent(bp * 12)]
        case .contractFixed(let fee):
            return ["amount": fee.plainString, "currency": fee.currency.code]
        case .statutory(let name, let margin):
            return ["name": name, "margin": Self.percent(margin)]
        case .none(_, let currency):
            return ["currency": currency.code]
        }
    }

    /// Basis points as a plain percentage string: 1015 → "10.15".
    static func percent(_ basisPoints: Int) -> String {
        let sign = basisPoints < 0 ? "-" : ""
        let m = abs(basisPoints)
        let frac = m % 100
        return "\(sign)\(m / 100).\(frac < 10 ? "0" : "")\(frac)"
    }
}
