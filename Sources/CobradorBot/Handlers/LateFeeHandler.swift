import CobradorCore
import CobradorNLU
import Foundation

/// "¿Cuánto recargo le cobro a Umbrella?": the invoice's own terms, or statutory interest, with each
/// line of the computation.
struct LateFeeHandler: IntentHandler {
    func handle(_ t: Turn, in context: inout HandlerContext) async throws -> BotReply {
        let lang = t.lang
        let file: ClientFile
        switch try await context.lookUpClient(t.u, useContext: true) {
        case .answered(let reply): return reply
        case .found(let found): file = found
        }
        var computation = context.lateFees.compute(for: file, asOf: t.today)
        if let number = t.u.invoiceNumbers.first {
            computation.invoices = computation.invoices.filter { $0.invoiceNumber.caseInsensitiveCompare(number) == .orderedSame }
        }
        let relevant = computation.invoices.filter { $0.daysLate > 0 && $0.outstanding.isPositive }
        guard !relevant.isEmpty else { return try context.reply("late_fee.nothing_late", ClientView(client: file.client.name), t.u) }
        var claim = CurrencyTotals()
        var charges = CurrencyTotals()
        for fee in relevant {
            claim.add(fee.outstanding)
            for m in fee.totals.amounts {
                claim.add(m)
                charges.add(m)
            }
        }
        let view = LateFeeView(
            client: file.client.name, today: context.day(t.today, lang),
            invoices: try relevant.map { try context.lateFeeBlock($0, lang) }.joined(separator: "\n\n"),
            charges: charges.isEmpty ? nil : MoneyFormatter.list(charges.amounts, lang),
            claim: MoneyFormatter.list(claim.amounts, lang),
            rateCheck: relevant.contains(where: \.anyRateNeedsCheck) ? try context.text("late_fee.rate_check", lang) : nil)
        return try context.reply("late_fee.reply", view, t.u)
    }
}
