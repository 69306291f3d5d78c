import CobradorCore
import Foundation

extension Bot {
    func logContact(_ t: Turn, state: inout ConversationState) throws -> BotReply {
        var u = t.u
        let lang = t.lang
        guard t.canWrite else { return reply("write.refused", u, state: state) }
        // "enviado" / "sent it" right after a draft refers to that draft's client.
        if u.clientIDs.isEmpty, u.ambiguousClients.isEmpty, u.invoiceNumbers.isEmpty, let drafted = state.lastDraftClientID {
            u.clientIDs = [drafted]
        }
        let file: ClientFile
        switch try lookUpClient(u, state: &state, useContext: false) {
        case .answered(let r): return r
        case .found(let f): file = f
        }
        let date = u.dates.first ?? t.today
        if date > t.today { return reply("contact.future_date", u, ["date": day(date, lang)], state: state) }
        let channel = u.channel ?? (u.outcome == .noAnswer ? .phone : .email)
        let outcome = u.outcome ?? (channel == .phone || channel == .meeting ? .answered : .sent)
        let invoiceID = try u.invoiceNumbers.first.flatMap { try store.invoice(number: $0)?.id }
        state.lastDraftClientID = nil
        return try commit(
            [.logContact(clientID: file.client.id, invoiceID: invoiceID, channel: channel, outcome: outcome, date: date, note: u.text)],
            t, doneKey: "contact.done",
            done: ["client": file.client.name, "date": day(date, lang), "what": Self.eventText(channel, outcome, lang)],
            state: &state)
    }

    /// "email sent" / "llamada sin respuesta".
    static func eventText(_ channel: ContactEvent.Channel, _ outcome: ContactEvent.Outcome, _ lang: Language) -> String {
        switch (lang, channel, outcome) {
        case (.es, .email, .sent): return "correo enviado"
        case (.es, .email, .answered): return "respuesta por correo"
        case (.es, .email, .noAnswer): return "correo sin respuesta"
        case (.es, .phone, .sent): return "llamada"
        case (.es, .phone, .answered): return "llamada con respuesta"
        case (.es, .phone, .noAnswer): return "llamada sin respuesta"
        case (.es, .letter, _): return "carta enviada"
        case (.es, .meeting, _): return "reunión"
        case (.es, .lawyer, _): return "asunto pasado al abogado"
        case (.en, .email, .sent): return "email sent"
        case (.en, .email, .answered): return "reply by email"
        case (.en, .email, .noAnswer): return "email without answer"
        case (.en, .phone, .sent): return "call"
        case (.en, .phone, .answered): return "call answered"
        case (.en, .phone, .noAnswer): return "call without answer"
        case (.en, .letter, _): return "letter sent"
        case (.en, .meeting, _): return "meeting"
        case (.en, .lawyer, _): return "handed to the lawyer"
        }
    }

    func promiseToPay(_ t: Turn, state: inout ConversationState) throws -> BotReply {
        let u = t.u, lang = t.lang
        guard t.canWrite else { return reply("write.refused", u, state: state) }
        let file: ClientFile
        switch try lookUpClient(u, state: &state, useContext: false) {
        case .answered(let r): return r
        case .found(let f): file = f
        }
        guard let date = u.dates.first else {
            var pending = u
            pending.clientIDs = [file.client.id]
            return ask(.date, pending, key: "promise.which_date", context: ["client": file.client.name], state: &state)
        }
        if date < t.today { return reply("promise.past_date", u, ["date": day(date, lang)], state: state) }
        let invoiceID = try u.invoiceNumbers.first.flatMap { try store.invoice(number: $0)?.id }
        var changes: [LedgerChange] = [
            .promise(clientID: file.client.id, invoiceID: invoiceID, promisedFor: date, amount: u.amounts.first, madeOn: t.today),
        ]
        // A promise is an answer from the client: it resets the follow-up clock.
        changes.append(.logContact(clientID: file.client.id, invoiceID: invoiceID, channel: u.channel ?? .email, outcome: .answered,
                                   date: t.today, note: u.text))
        return try commit(changes, t, doneKey: "promise.done", done: [
            "client": file.client.name, "date": day(date, lang), "weekday": DayFormatter.weekday(date, lang),
            "amount": u.amounts.first.map { money($0, lang) } ?? "", "check": day(date.adding(days: 1), lang),
        ], state: &state)
    }

    func updateContact(_ t: Turn, state: inout ConversationState) throws -> BotReply {
        let u = t.u
        guard t.canWrite else { return reply("write.refused", u, state: state) }
        let file: ClientFile
        switch try lookUpClient(u, state: &state, useContext: false) {
        case .answered(let r): return r
        case .found(let f): file = f
        }
        var contacts: [ClientContact] = u.emails.map { ClientContact(kind: .email, value: $0) }
        contacts += u.phones.map { ClientContact(kind: .phone, value: $0) }
        contacts += u.people.map { ClientContact(kind: .person, value: $0) }
        guard !contacts.isEmpty else {
            var pending = u
            pending.clientIDs = [file.client.id]
            return ask(.email, pending, key: "contact_update.what", context: ["client": file.client.name], state: &state)
        }
        let added = contacts.map(\.value)
        return try commit(contacts.map { .addContact(clientID: file.client.id, contact: $0) }, t, doneKey: "contact_update.done",
                          done: ["client": file.client.name, "added": Self.andList(added, t.lang)], state: &state)
    }

    func pauseFollowUp(_ t: Turn, state: inout ConversationState) throws -> BotReply {
        let u = t.u, lang = t.lang
        guard t.canWrite else { return reply("write.refused", u, state: state) }
        let file: ClientFile
        switch try lookUpClient(u, state: &state, useContext: false) {
        case .answered(let r): return r
        case .found(let f): file = f
        }
        let name = file.client.name
        if TextTools.containsAny(u.text, ["reanuda", "reanudar", "retoma", "retomar", "reactiva", "resume", "restart", "unpause", "resuelta", "resolved", "resuelto"]) {
            let active = file.pauses.filter { $0.isActive(on: t.today) }
            guard !active.isEmpty else { return reply("pause.none_active", u, ["client": name], state: state) }
            return try commit([.resumeFollowUp(clientID: file.client.id, on: t.today)], t, doneKey: "pause.resumed",
                              done: ["client": name], state: &state)
        }
        let kind = u.pauseKind
            ?? (TextTools.containsAny(u.text, ["disputa", "discute", "reclama", "reclamacion", "desacuerdo", "dispute", "disputes", "disputed", "contesta", "queja", "complaint"])
                ? .dispute : .pause)
        let until = u.dates.first.flatMap { $0 > t.today ? $0 : nil }
        let invoiceID = try u.invoiceNumbers.first.flatMap { try store.invoice(number: $0)?.id }
        let scope = u.invoiceNumbers.first ?? ""
        return try commit(
            [.pause(clientID: file.client.id, invoiceID: invoiceID, kind: kind, from: t.today, until: until, note: u.text)], t,
            doneKey: kind == .dispute ? "pause.dispute_done" : "pause.done",
            done: ["client": name, "invoice": scope, "until": until.map { day($0, lang) } ?? ""], state: &state)
    }
}
