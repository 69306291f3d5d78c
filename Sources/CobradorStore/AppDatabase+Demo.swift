import CobradorCore

extension AppDatabase {
    /// Fills an empty database with the demo book, dated around `today`.
    public func seedDemo(today: CalendarDay) throws {
        let actor = Actor(user: "demo", channel: "demo")
        let summary = try importInvoices(DemoData.rows(today: today), on: today, by: actor, dryRun: false, progress: nil)
        if let problem = summary.problems.first { throw LedgerError.invalid("demo data, line \(problem.line): \(problem.key)") }
        let ids = Dictionary(try clients().map { ($0.name, $0.id) }, uniquingKeysWith: { a, _ in a })
        func id(_ name: String) throws -> Int64 {
            guard let id = ids[name] else { throw LedgerError.invalid("demo client \(name)") }
            return id
        }
        for fact in DemoData.facts {
            switch fact {
            case .contact(let client, let channel, let outcome, let daysAgo, let note):
                _ = try apply(
                    .logContact(
                        clientID: try id(client), invoiceID: nil, channel: channel, outcome: outcome,
                        date: today.adding(days: -daysAgo), note: note), by: actor)
            case .promise(let client, let inDays, let madeDaysAgo):
                _ = try apply(
                    .promise(
                        clientID: try id(client), invoiceID: nil, promisedFor: today.adding(days: inDays),
                        amount: nil, madeOn: today.adding(days: -madeDaysAgo)), by: actor)
            case .dispute(let client, let number, let since, let note):
                let invoiceID = try invoice(number: number)?.id
                _ = try apply(
                    .pause(
                        clientID: try id(client), invoiceID: invoiceID, kind: .dispute,
                        from: today.adding(days: -since), until: nil, note: note), by: actor)
            case .payment(let number, let amount, let daysAgo):
                guard let inv = try invoice(number: number), let money = Money(decimalString: amount, currency: inv.amount.currency)
                else { continue }
                _ = try apply(.recordPayment(invoiceID: inv.id, amount: money, date: today.adding(days: -daysAgo), note: nil), by: actor)
            case .alias(let client, let alias):
                _ = try apply(.addAlias(clientID: try id(client), alias: alias), by: actor)
            case .invoicePromise(let number, let promisedDaysAgo, let madeDaysAgo):
                guard let inv = try invoice(number: number) else { continue }
                _ = try apply(
                    .promise(
                        clientID: inv.clientID, invoiceID: inv.id, promisedFor: today.adding(days: -promisedDaysAgo),
                        amount: nil, madeOn: today.adding(days: -madeDaysAgo)), by: actor)
            }
        }
    }
}
