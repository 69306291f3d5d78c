import CobradorCore
import CobradorNLU
import Foundation

extension Understanding {
    /// "Pagó 450" means 450 in the client's currency when all their invoices share one.
    func resolvingBareAmounts(currencies: [Currency]) -> Understanding {
        guard amounts.isEmpty, let text = bareAmounts.first else { return self }
        let distinct = Set(currencies)
        guard distinct.count == 1, let currency = distinct.first, let money = Money(decimalString: text, currency: currency) else {
            return self
        }
        var u = self
        u.amounts = [money]
        return u
    }
}
