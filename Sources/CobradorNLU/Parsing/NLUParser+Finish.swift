import CobradorCore

extension NLUParser {
    /// Resolves dates by the tense of their clause or the intent's direction, turns a past date into
    /// an age for overdue listings, marks quoted text, and settles a shared currency sign ("$",
    /// "pesos") from the client's currency.
    func finish(
        _ ctx: ExtractionContext, intent: String, language: Language, today: CalendarDay,
        draft: (start: Int, end: Int)?
    ) -> [Entity] {
        var entities = ctx.entities
        let intentDirection: DateSpec.Direction? =
            NLUParser.pastIntents.contains(intent)
            ? .past
            : NLUParser.futureIntents.contains(intent) ? .future : nil
        // Read the tense only when a date needs it.
        var messageDirection: DateSpec.Direction??
        for k in entities.indices where entities[k].kind == .date {
            guard let spec = entities[k].dateSpec else { continue }
            if case .fixed = spec, !spec.dependsOnDirection { continue }
            let direction: DateSpec.Direction
            if let d = intentDirection {
                direction = d
            } else {
                if messageDirection == nil { messageDirection = .some(TenseReader.direction(ctx, tokens: 0..<ctx.tokens.count)) }
                direction = (messageDirection ?? nil) ?? .future
            }
            if let d = spec.resolve(today: today, direction, language: language) {
                entities[k].day = d
                entities[k].value = d.isoString
            } else {
                entities[k].day = nil
                entities[k].value = nil
            }
        }
        entities.removeAll { $0.kind == .date && $0.value == nil }
        if intent == "list_overdue", !entities.contains(where: { $0.kind == .days }),
            let k = entities.firstIndex(where: { $0.kind == .date && ($0.day.map { $0 < today } ?? false) })
        {
            let days = entities[k].day!.days(until: today)
            entities[k].kind = .days
            entities[k].number = days
            entities[k].value = String(days)
            entities[k].day = nil
        }
        if draft == nil, let q = ctx.quotes.first, ctx.text.tokenRange(coveringChars: q.start, q.end).count >= 3 {
            entities.append(
                Entity(
                    kind: .quote, text: ctx.text.text(q.start, q.end), start: q.start, end: q.end,
                    value: ctx.text.text(q.start, q.end)))
        }
        settleCurrencies(&entities)
        return entities.sorted { $0.start != $1.start ? $0.start < $1.start : $0.kind.rawValue < $1.kind.rawValue }
    }

    /// "$1,750 from Globex": a sign several currencies share takes the currency of the client named
    /// when that client has invoices in exactly one of those currencies.
    private func settleCurrencies(_ entities: inout [Entity]) {
        guard entities.contains(where: { !$0.possibleCurrencies.isEmpty && $0.currency == nil }) else { return }
        let ids = Set(entities.filter { $0.kind == .client || $0.kind == .invoice }.flatMap(\.clientIDs))
        guard ids.count == 1, let id = ids.first else { return }
        var currencies = clients.entry(id: id)?.currencies ?? []
        if currencies.isEmpty, let lookUp = clientCurrencies { currencies = lookUp(id) }
        let distinct = Array(Set(currencies))
        for k in entities.indices where entities[k].kind == .money && entities[k].currency == nil && !entities[k].possibleCurrencies.isEmpty {
            let shared = distinct.filter { entities[k].possibleCurrencies.contains($0.code) }
            guard shared.count == 1, let amount = entities[k].amount else { continue }
            entities[k].currency = shared[0]
            entities[k].money = Money(decimalString: amount, currency: shared[0])
            if let m = entities[k].money { entities[k].amount = m.plainString }
        }
    }
}
